#include "textviewer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>

namespace MailOps {

KSyntaxHighlighting::Repository &TextViewer::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

TextViewer::TextViewer(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    applyTheme();
}

TextViewer::~TextViewer() = default;

void TextViewer::setSyntax(const QString &definition)
{
    const auto def = definition.isEmpty() ? KSyntaxHighlighting::Definition()
                                          : repository().definitionForName(definition);
    m_highlighter->setDefinition(def);
    m_highlighter->rehighlight();
}

void TextViewer::setEditable(bool on)
{
    setReadOnly(!on);
    setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setTextInteractionFlags(
        on ? Qt::TextEditorInteraction : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QString TextViewer::syntax() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void TextViewer::setContent(const QString &text, const QString &definition)
{
    setSyntax(definition);
    if (text.size() > maxChars) {
        setPlainText(
            text.left(maxChars) + tr("\n\n[… %1 more characters not shown]").arg(text.size() - maxChars));
    } else {
        setPlainText(text);
    }
}

void TextViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void TextViewer::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace MailOps
