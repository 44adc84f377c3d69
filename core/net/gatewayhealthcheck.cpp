#include "gatewayhealthcheck.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace MailOps {

namespace {
// A greeting longer than this is hostile or broken; SMTP lines are at most
// 512 octets (RFC 5321 4.5.3.1.5).
constexpr int kMaxGreeting = 512;

QString printable(const QByteArray &line)
{
    QString out;
    for (const char c : line) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar(QLatin1Char(c)) : QChar(0xfffd);
    }
    return out;
}
} // namespace

GatewayHealthCheck::GatewayHealthCheck(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Result<Answer>::failure(Error::Code::Timeout,
            tr("%1 did not greet within %2 s").arg(m_target).arg(m_timeoutMs / 1000.0)));
    });
}

GatewayHealthCheck::~GatewayHealthCheck()
{
    if (m_socket)
        m_socket->abort();
}

void GatewayHealthCheck::start(const QString &host, quint16 port)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_buffer.clear();
    m_target = QStringLiteral("%1:%2").arg(host).arg(port);
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->read(kMaxGreeting + 1 - m_buffer.size());
        const int eol = int(m_buffer.indexOf('\n'));
        if (eol < 0 && m_buffer.size() <= kMaxGreeting)
            return;
        const QByteArray line = (eol < 0 ? m_buffer : m_buffer.left(eol)).trimmed();
        Answer a;
        a.greeting = printable(line.left(kMaxGreeting));
        a.elapsedMs = m_elapsed.elapsed();
        bool isNumber = false;
        a.replyCode = line.left(3).toInt(&isNumber);
        if (!isNumber || line.size() < 3) {
            finish(Result<Answer>::failure(Error::Code::ProtocolError,
                tr("%1 answered, but not with an SMTP greeting: %2").arg(m_target, a.greeting)));
            return;
        }
        // Be polite: the gateway logs a lost connection otherwise.
        m_socket->write("QUIT\r\n");
        m_socket->flush();
        finish(a);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        Error::Code code = Error::Code::Other;
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            code = Error::Code::ConnectionRefused;
            break;
        case QAbstractSocket::HostNotFoundError:
            code = Error::Code::HostNotFound;
            break;
        case QAbstractSocket::NetworkError:
            code = Error::Code::HostUnreachable;
            break;
        case QAbstractSocket::SocketTimeoutError:
            code = Error::Code::Timeout;
            break;
        case QAbstractSocket::RemoteHostClosedError:
            code = Error::Code::ProtocolError;
            break;
        default:
            break;
        }
        finish(
            Result<Answer>::failure(code, QStringLiteral("%1: %2").arg(m_target, m_socket->errorString())));
    });
    m_elapsed.start();
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(host, port);
}

void GatewayHealthCheck::finish(const Result<Answer> &result)
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!result)
        qCDebug(lcNet) << "health check failed:" << result.error().toString();
    Q_EMIT finished(result);
}

} // namespace MailOps
