#pragma once

#include "common/result.h"
#include "net/smtpreply.h"

#include <QByteArray>
#include <QList>

namespace MailOps {

// Turns the byte stream from an SMTP server into replies, incrementally, as
// the bytes arrive. Plain value, any thread. Memory stays within the limits
// whatever the server sends; the first violation (endless or overlong line,
// too many lines, a line without a code, codes that change inside one reply)
// is an Error that sticks, since the stream can no longer be trusted.
class SmtpReplyParser final
{
public:
    struct Limits
    {
        // RFC 5321 4.5.3.1.5 allows 512 octets a reply line; real servers
        // exceed it a little, hostile ones by megabytes.
        int maxLineLength = 2048;
        int maxLines = 100;
        int maxReplyBytes = 64 * 1024;
    };

    SmtpReplyParser() = default;
    explicit SmtpReplyParser(const Limits &limits)
        : m_limits(limits)
    {
    }

    // Consumes bytes; complete replies become available through takeReply().
    Status feed(const QByteArray &bytes);

    bool hasReply() const { return !m_ready.isEmpty(); }
    SmtpReply takeReply() { return m_ready.takeFirst(); }
    // Bytes of a reply that has begun but not ended (for "closed mid-reply").
    bool inReply() const { return !m_line.isEmpty() || !m_current.rawLines.isEmpty(); }
    bool hasFailed() const { return m_failed; }
    const Error &error() const { return m_error; }
    void reset();

    // Parses a whole buffer; the replies it held, or the first violation.
    static Result<QList<SmtpReply>> parseAll(const QByteArray &bytes, const Limits &limits);
    static Result<QList<SmtpReply>> parseAll(const QByteArray &bytes) { return parseAll(bytes, Limits()); }

private:
    Status fail(const QString &message);
    Status takeLine(QByteArray line, bool bareLf);

    Limits m_limits;
    QByteArray m_line; // the line being received, never longer than the limit
    SmtpReply m_current;
    qsizetype m_currentBytes = 0;
    QList<SmtpReply> m_ready;
    Error m_error;
    bool m_failed = false;
};

} // namespace MailOps
