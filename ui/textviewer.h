#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace MailOps {

// A viewer, or with setEditable() an editor, for raw text (DNS records, a queued message, a log
// excerpt, a diff) highlighted by KSyntaxHighlighting, its theme following
// the palette so it stays readable in dark mode. Bounded: text beyond
// maxBytes is cut with a note rather than freezing the GUI.
class TextViewer final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextViewer)

public:
    explicit TextViewer(QWidget *parent = nullptr);
    ~TextViewer() override;

    // definition: a KSyntaxHighlighting name such as "Email", "Diff", "INI
    // Files", "Log File", "JSON", "Markdown"; empty or unknown: plain text.
    void setSyntax(const QString &definition);
    QString syntax() const;
    void setContent(const QString &text, const QString &definition = {});
    // An editor instead of a viewer (a notice draft): typing allowed, lines
    // wrapped at the width, and no cut: the admin's text is kept whole.
    void setEditable(bool on);

    static constexpr int maxChars = 4 * 1024 * 1024;

    // One repository per process: loading the definitions is slow.
    static KSyntaxHighlighting::Repository &repository();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace MailOps
