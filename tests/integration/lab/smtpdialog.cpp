#include "smtpdialog.h"

#include <QDeadlineTimer>

namespace MailOps {

namespace {
constexpr int MaxReplyLines = 100;
constexpr qint64 MaxLineLength = 4096;
} // namespace

Result<SmtpReply> SmtpDialog::connectToHost(const QString &host, quint16 port, int timeoutMs)
{
    m_socket.connectToHost(host, port);
    if (!m_socket.waitForConnected(timeoutMs)) {
        const auto code = m_socket.error() == QAbstractSocket::ConnectionRefusedError
            ? Error::Code::ConnectionRefused
            : Error::Code::Timeout;
        return Result<SmtpReply>::failure(
            code, QStringLiteral("%1:%2: %3").arg(host).arg(port).arg(m_socket.errorString()));
    }
    return readReply(timeoutMs);
}

Result<SmtpReply> SmtpDialog::command(const QByteArray &line, int timeoutMs)
{
    m_socket.write(line + "\r\n");
    return readReply(timeoutMs);
}

Result<SmtpReply> SmtpDialog::sendData(const QByteArray &message, int timeoutMs)
{
    QByteArray normalized = message;
    normalized.replace("\r\n", "\n");
    QByteArray wire;
    for (QByteArray line : normalized.split('\n')) {
        if (line.startsWith('.'))
            line.prepend('.');
        wire += line + "\r\n";
    }
    if (normalized.endsWith('\n'))
        wire.chop(2); // split() made an empty last line
    wire += ".\r\n";
    m_socket.write(wire);
    return readReply(timeoutMs);
}

void SmtpDialog::close()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write("QUIT\r\n");
        m_socket.waitForBytesWritten(1000);
    }
    m_socket.abort();
}

Result<SmtpReply> SmtpDialog::readReply(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    SmtpReply reply;
    while (reply.lines.size() < MaxReplyLines) {
        while (!m_socket.canReadLine()) {
            if (m_socket.bytesAvailable() > MaxLineLength)
                return Result<SmtpReply>::failure(
                    Error::Code::ProtocolError, QStringLiteral("reply line too long"));
            if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                return Result<SmtpReply>::failure(m_socket.state() == QAbstractSocket::ConnectedState
                        ? Error::Code::Timeout
                        : Error::Code::ProtocolError,
                    QStringLiteral("no complete reply: ") + m_socket.errorString());
        }
        const QByteArray line = m_socket.readLine(MaxLineLength).trimmed();
        bool isNumber = false;
        const int code = line.left(3).toInt(&isNumber);
        if (!isNumber || line.size() < 3 || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
            return Result<SmtpReply>::failure(Error::Code::ProtocolError,
                QStringLiteral("malformed reply line: ") + QString::fromLatin1(line));
        reply.code = code;
        reply.lines << QString::fromUtf8(line.mid(4));
        if (line.size() == 3 || line[3] == ' ')
            return reply;
    }
    return Result<SmtpReply>::failure(Error::Code::ProtocolError, QStringLiteral("reply has too many lines"));
}

} // namespace MailOps
