#pragma once

#include "queue/queueentry.h"
#include "queue/queueparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

namespace MailOps {

// Streaming parser for the text listing of `mailq`: Sendmail's format and
// the Sendmail-compatible one of Postfix's `postqueue -p`. Produces the same
// QueueEntry values as QueueParser (arrival times, which these listings give
// without a year, are resolved against a reference time in local time).
// Memory is bounded by one entry and one line; bad lines are counted with
// their line numbers and parsing carries on. One thread at a time.
class MailqParser final
{
public:
    using EntryHandler = std::function<void(const QueueEntry &)>;

    explicit MailqParser(EntryHandler handler = {});

    // Seconds since the epoch used to pick the year of arrival times; 0 = now.
    void setReferenceTime(qint64 secs) { m_reference = secs; }
    void setMaxLineLength(qsizetype bytes) { m_lines.setMaxLineLength(bytes); }
    void setMaxRecipientsPerEntry(int count) { m_maxRecipients = count; }

    void feed(QByteArrayView chunk);
    void finish();

    qint64 linesSeen() const { return m_lines.lineNumber(); }
    qint64 entriesParsed() const { return m_entries; }
    qint64 badLines() const { return m_badLines; }
    const QList<QueueParseIssue> &issues() const { return m_issues; }

private:
    void processLine(QByteArrayView line);
    bool startEntry(QByteArrayView line);
    void flushEntry();
    void addIssue(const QString &message);
    void reportLongLine();
    qint64 resolveArrival(QByteArrayView month, QByteArrayView day, QByteArrayView time) const;

    EntryHandler m_handler;
    std::optional<QueueEntry> m_current;
    QString m_currentReason;
    BoundedLineSplitter m_lines { QueueParser::DefaultMaxLineLength };
    int m_maxRecipients = 100000;
    qint64 m_reference = 0;
    qint64 m_entries = 0;
    qint64 m_badLines = 0;
    QList<QueueParseIssue> m_issues;
};

} // namespace MailOps
