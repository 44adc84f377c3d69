#include "portprobe.h"

#include "common/logging.h"

#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace MailOps {

namespace {
using State = PortProbeResult::State;

constexpr int kMaxPorts = 64;
} // namespace

PortProbe::PortProbe(QObject *parent)
    : QObject(parent)
{
    m_lookupTimer.setSingleShot(true);
    connect(&m_lookupTimer, &QTimer::timeout, this, [this] {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        // Not "name not found": a resolver that does not answer says nothing
        // about whether the name exists.
        m_report.lookupError = Error { Error::Code::Timeout,
            tr("looking up %1 took longer than %2 s")
                .arg(m_options.host)
                .arg(m_options.lookupTimeoutMs / 1000.0) };
        failAll(State::Error, m_report.lookupError->message);
    });
}

PortProbe::~PortProbe()
{
    m_running = false;
    cleanup();
}

QList<quint16> PortProbe::mailPorts()
{
    return { 25, 465, 587, 110, 995, 143, 993 };
}

void PortProbe::start(const Options &options)
{
    m_running = false;
    cleanup();
    ++m_generation;
    m_options = options;
    m_report = PortProbeReport();
    m_report.host = options.host.trimmed();
    m_attempts.clear();
    m_pending = 0;
    m_clock.start();
    m_running = true;

    // Ports are deduplicated but keep the caller's order (the report's order).
    QList<quint16> ports;
    for (const quint16 p : options.ports) {
        if (p != 0 && !ports.contains(p))
            ports.append(p);
    }
    m_options.ports = ports;

    QString invalid;
    if (m_report.host.isEmpty())
        invalid = tr("no host name or address to probe");
    else if (ports.isEmpty())
        invalid = tr("no port to probe");
    else if (ports.size() > kMaxPorts)
        invalid = tr("at most %1 ports can be probed at once").arg(kMaxPorts);
    else if (options.timeoutMs <= 0 || options.lookupTimeoutMs <= 0)
        invalid = tr("timeouts must be positive");
    if (!invalid.isEmpty()) {
        m_report.lookupError = Error { Error::Code::InvalidInput, invalid };
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, invalid] {
            if (generation == m_generation && m_running)
                failAll(State::Error, invalid);
        });
        return;
    }

    QString literal = m_report.host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    if (!address.isNull()) {
        const quint64 generation = m_generation;
        // Asynchronous like a lookup, so results never arrive inside start().
        QTimer::singleShot(0, this, [this, generation, address] {
            if (generation == m_generation && m_running)
                connectAll({ address });
        });
        return;
    }
    m_lookupTimer.start(options.lookupTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_report.host, this, &PortProbe::onLookup);
}

void PortProbe::onLookup(const QHostInfo &info)
{
    if (!m_running || info.lookupId() != m_lookupId)
        return;
    m_lookupTimer.stop();
    m_lookupId = -1;
    m_report.lookupMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const bool notFound = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty();
        m_report.lookupError = Error { notFound ? Error::Code::HostNotFound : Error::Code::Other,
            notFound ? tr("the name %1 has no address").arg(m_report.host)
                     : tr("looking up %1 failed: %2").arg(m_report.host, info.errorString()) };
        failAll(notFound ? State::NameNotFound : State::Error, m_report.lookupError->message);
        return;
    }
    connectAll(info.addresses());
}

void PortProbe::connectAll(const QList<QHostAddress> &found)
{
    QList<QHostAddress> addresses;
    int v4 = 0;
    int v6 = 0;
    for (const QHostAddress &a : found) {
        const bool isV4 = a.protocol() == QAbstractSocket::IPv4Protocol;
        if ((isV4 && m_options.family == Family::IPv6) || (!isV4 && m_options.family == Family::IPv4))
            continue;
        int &n = isV4 ? v4 : v6;
        if (n >= m_options.maxAddressesPerFamily || addresses.contains(a))
            continue;
        ++n;
        addresses.append(a);
    }
    m_report.addresses = addresses;
    if (addresses.isEmpty()) {
        m_report.lookupError = Error { Error::Code::NoData,
            tr("%1 has no address of the requested family").arg(m_report.host) };
        failAll(State::NameNotFound, m_report.lookupError->message);
        return;
    }

    for (const QHostAddress &address : std::as_const(addresses)) {
        const HostLocality::Kind locality = HostLocality::of(address);
        for (const quint16 port : std::as_const(m_options.ports)) {
            PortProbeResult r;
            r.host = m_report.host;
            r.address = address;
            r.port = port;
            r.locality = locality;
            m_report.results.append(r);
        }
    }
    m_attempts.resize(m_report.results.size());
    m_pending = int(m_attempts.size());
    for (Attempt &a : m_attempts)
        a.done = false;
    const quint64 generation = m_generation;
    for (int i = 0; i < m_attempts.size() && m_running && generation == m_generation; ++i)
        startAttempt(i);
}

// QTcpSocket would do, but for one case that matters here: when a REJECT
// rule (local firewall, or loopback) answers the SYN while the kernel is
// still inside connect(), Linux keeps the error as a "soft" one and the
// socket stays in SYN_SENT; QTcpSocket then sees only EALREADY until the
// time limit and would call a rejected port filtered. A plain non-blocking
// connect() and SO_ERROR tell the truth at once.
void PortProbe::startAttempt(int index)
{
    Attempt &a = m_attempts[index];
    const PortProbeResult &r = m_report.results.at(index);
    a.clock.start();

    sockaddr_storage storage {};
    socklen_t length = 0;
    bool isV4 = false;
    const quint32 v4 = r.address.toIPv4Address(&isV4);
    if (isV4) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(r.port);
        sin->sin_addr.s_addr = htonl(v4);
        length = sizeof(sockaddr_in);
    } else {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(r.port);
        const Q_IPV6ADDR bytes = r.address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &bytes, sizeof(bytes));
        bool ok = false;
        const uint scope = r.address.scopeId().toUInt(&ok);
        sin6->sin6_scope_id = ok ? scope : 0;
        length = sizeof(sockaddr_in6);
    }

    a.fd = ::socket(isV4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (a.fd < 0) {
        complete(index, State::Error,
            tr("cannot create a socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (::connect(a.fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0) {
        complete(index, State::Open,
            tr("connected in %1 ms: a service listens on port %2").arg(a.clock.elapsed()).arg(r.port));
        return;
    }
    if (errno != EINPROGRESS) {
        completeWithErrno(index, errno);
        return;
    }
    a.timer = new QTimer(this);
    a.timer->setSingleShot(true);
    connect(a.timer, &QTimer::timeout, this, [this, index] {
        complete(index, State::Filtered,
            tr("no answer within %1 s: a firewall on the way probably drops the packets")
                .arg(m_options.timeoutMs / 1000.0));
    });
    a.notifier = new QSocketNotifier(a.fd, QSocketNotifier::Write, this);
    connect(a.notifier, &QSocketNotifier::activated, this, [this, index] { onWritable(index); });
    a.timer->start(m_options.timeoutMs);
}

void PortProbe::onWritable(int index)
{
    if (index < 0 || index >= m_attempts.size() || m_attempts[index].done || m_attempts[index].fd < 0)
        return;
    Attempt &a = m_attempts[index];
    int error = 0;
    socklen_t len = sizeof(error);
    if (::getsockopt(a.fd, SOL_SOCKET, SO_ERROR, &error, &len) != 0)
        error = errno;
    if (error != 0) {
        completeWithErrno(index, error);
        return;
    }
    sockaddr_storage peer {};
    socklen_t peerLen = sizeof(peer);
    if (::getpeername(a.fd, reinterpret_cast<sockaddr *>(&peer), &peerLen) != 0)
        return; // woken early, still connecting
    complete(index, State::Open,
        tr("connected in %1 ms: a service listens on port %2")
            .arg(a.clock.elapsed())
            .arg(m_report.results[index].port));
}

void PortProbe::completeWithErrno(int index, int error)
{
    const QString text = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ECONNREFUSED:
        complete(index, State::Refused,
            tr("refused in %1 ms: the host answered, but nothing listens on port %2 "
               "(or a firewall rejects the connection)")
                .arg(m_attempts[index].clock.elapsed())
                .arg(m_report.results[index].port));
        return;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
        complete(index, State::Unreachable,
            tr("unreachable: %1 (no route, an ICMP error, or a firewall's REJECT)").arg(text));
        return;
    case EACCES:
    case EPERM:
        complete(
            index, State::Unreachable, tr("not allowed to connect (a local firewall rule?): %1").arg(text));
        return;
    case ETIMEDOUT:
        complete(index, State::Filtered, tr("no answer: %1").arg(text));
        return;
    default:
        complete(index, State::Error, text);
        return;
    }
}

void PortProbe::release(Attempt &a)
{
    if (a.notifier) {
        a.notifier->setEnabled(false);
        a.notifier->disconnect(this);
        a.notifier->deleteLater();
        a.notifier = nullptr;
    }
    if (a.timer) {
        a.timer->stop();
        a.timer->disconnect(this);
        a.timer->deleteLater();
        a.timer = nullptr;
    }
    if (a.fd >= 0) {
        ::close(a.fd);
        a.fd = -1;
    }
}

void PortProbe::complete(int index, State state, const QString &reason)
{
    if (!m_running || index < 0 || index >= m_attempts.size() || m_attempts[index].done)
        return;
    Attempt &a = m_attempts[index];
    a.done = true;
    PortProbeResult &r = m_report.results[index];
    r.state = state;
    r.reason = reason;
    r.elapsedMs = a.clock.isValid() ? a.clock.elapsed() : -1;
    release(a);
    --m_pending;
    qCDebug(lcNet) << "port" << r.address.toString() << r.port << PortProbeResult::stateName(state)
                   << r.elapsedMs << "ms";
    const quint64 generation = m_generation;
    Q_EMIT resultReady(r);
    if (generation == m_generation)
        finishIfDone();
}

void PortProbe::failAll(State state, const QString &reason)
{
    if (!m_running)
        return;
    if (m_report.results.isEmpty()) {
        // Nothing was attempted: one result per port still tells the story.
        for (const quint16 port : std::as_const(m_options.ports)) {
            PortProbeResult r;
            r.host = m_report.host;
            r.port = port;
            r.state = state;
            r.reason = reason;
            m_report.results.append(r);
        }
        m_attempts.clear();
        m_attempts.resize(m_report.results.size());
        m_pending = 0;
        for (const PortProbeResult &r : std::as_const(m_report.results))
            Q_EMIT resultReady(r);
        finishIfDone();
        return;
    }
    for (int i = 0; i < m_attempts.size(); ++i)
        complete(i, state, reason);
}

void PortProbe::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_lookupTimer.stop();
    failAll(State::Cancelled, tr("cancelled"));
}

void PortProbe::finishIfDone()
{
    if (!m_running || m_pending > 0)
        return;
    m_running = false;
    m_report.elapsedMs = m_clock.elapsed();
    cleanup();
    Q_EMIT finished(m_report);
}

void PortProbe::cleanup()
{
    m_lookupTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    for (Attempt &a : m_attempts)
        release(a);
}

} // namespace MailOps
