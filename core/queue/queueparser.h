#pragma once

#include "common/boundedlinesplitter.h"
#include "queue/queueentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <functional>

namespace MailOps {

// A line of parser input that could not be used, and why.
struct QueueParseIssue
{
    qint64 line = 0; // 1-based
    QString message;
};

// Streaming parser for `postqueue -j` (Postfix 3.1+: one JSON object per
// line). Fed arbitrary chunks; hands each entry to a callback as soon as its
// line is complete, so memory is bounded by the longest accepted line, never
// by the queue. Bad lines are counted and described, parsing carries on.
// Not thread-safe; use it from one thread at a time.
class QueueParser final
{
public:
    using EntryHandler = std::function<void(const QueueEntry &)>;

    // A message with thousands of recipients (a mailing list's fan-out) is
    // one line of several MiB; the bound only stops a runaway stream.
    static constexpr qsizetype DefaultMaxLineLength = qsizetype(256) << 20;
    static constexpr int MaxIssuesKept = 100;

    explicit QueueParser(EntryHandler handler = {});

    void setMaxLineLength(qsizetype bytes) { m_lines.setMaxLineLength(bytes); }
    void setEntryHandler(EntryHandler handler) { m_handler = std::move(handler); }

    void feed(QByteArrayView chunk);
    // Parses a last line that had no newline. Call once at end of input.
    void finish();

    qint64 linesSeen() const { return m_lines.lineNumber(); }
    qint64 entriesParsed() const { return m_entries; }
    qint64 badLines() const { return m_badLines; }
    // The first MaxIssuesKept problems; badLines() counts all of them.
    const QList<QueueParseIssue> &issues() const { return m_issues; }

    // Parses one line on its own (no newline). For tests and for callers that
    // already hold lines.
    static bool parseLine(QByteArrayView line, QueueEntry *entry, QString *why);

private:
    void processLine(QByteArrayView line);
    void addIssue(const QString &message);
    void reportLongLine();

    EntryHandler m_handler;
    BoundedLineSplitter m_lines { DefaultMaxLineLength };
    qint64 m_entries = 0;
    qint64 m_badLines = 0;
    QList<QueueParseIssue> m_issues;
};

} // namespace MailOps
