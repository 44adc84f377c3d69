#pragma once

#include "common/result.h"

#include <QStringList>
#include <QTcpSocket>

namespace MailOps {

struct SmtpReply
{
    int code = 0;
    QStringList lines; // text after "250-" / "250 ", one per reply line

    QString text() const { return lines.join(u'\n'); }
};

// The reply code, or -1 when there was no reply, for compact test checks.
inline int replyCode(const Result<SmtpReply> &reply)
{
    return reply ? reply->code : -1;
}

// A synchronous SMTP client conversation for integration tests: one command,
// one reply. Lives on the test thread and blocks it, each step with a time
// limit; a timeout, closed connection or malformed reply is an Error.
class SmtpDialog final
{
public:
    Result<SmtpReply> connectToHost(const QString &host, quint16 port, int timeoutMs = 5000);
    Result<SmtpReply> command(const QByteArray &line, int timeoutMs = 10000);
    // Sends a message after a 354 reply: dot-stuffed, ended by the lone dot.
    Result<SmtpReply> sendData(const QByteArray &message, int timeoutMs = 20000);
    void close();

private:
    Result<SmtpReply> readReply(int timeoutMs);

    QTcpSocket m_socket;
};

} // namespace MailOps
