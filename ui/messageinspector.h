#pragma once

#include "message/scannedmessage.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace MailOps {

class TextViewer;

// Shows one queued message as raw text with its lint defects marked: a header
// line (queue id, sender, recipients, size, poison suspect), the text with
// each defect's line tinted by severity, whole-message defects as a banner,
// and the defect list under it; choosing a defect selects its line and
// column. Any bytes are shown safely (invalid UTF-8 as Latin-1, NUL and bare
// CR as visible symbols) and only a bounded prefix of a huge message is
// shown. GUI thread; cannot fail: a fetch error is shown with setError().
class MessageInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageInspector)

public:
    explicit MessageInspector(QWidget *parent = nullptr);
    ~MessageInspector() override;

    void setMessage(const ScannedMessage &message, const QByteArray &raw);
    // While the raw text is fetched: the header of the message and "Loading…".
    void setLoading(const ScannedMessage &message);
    // The fetch failed: the header stays, the reason replaces the text.
    void setError(const QString &error);
    void clear();

    QString queueId() const { return m_message.entry.queueId; }
    // The most characters of one line shown; the rest is cut with a note.
    static constexpr int maxLineChars = 16 * 1024;
    // The most lines shown: every line is a text block, and a message of
    // millions of empty lines must not take the memory of millions of blocks.
    static constexpr int maxLines = 100 * 1000;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ShownLine
    {
        qint64 start = 0; // byte offset of the line in the message
        bool utf8 = true; // decoded as UTF-8, else as Latin-1
    };

    void showHeader();
    void showStatus(const QString &text, bool error);
    void fillDefects();
    void applyColours();
    void showDefect(QTreeWidgetItem *item);
    // The text column of a byte offset on a shown line (1-based), clamped.
    int columnOf(qint64 line, qint64 offset) const;

    ScannedMessage m_message;
    QByteArray m_raw;
    QList<ShownLine> m_lines;
    qint64 m_shownBytes = 0;
    bool m_statusIsError = false;
    bool m_controlPictures = true; // the font shows "␀"; else other symbols stand in

    QLabel *m_header;
    QLabel *m_suspect;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QSplitter *m_splitter;
    QLabel *m_banner;
    TextViewer *m_viewer;
    QTreeWidget *m_defects;
};

} // namespace MailOps
