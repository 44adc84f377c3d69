#include "smtpprobe.h"

#include "common/logging.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

namespace MailOps {

namespace {

using Direction = SmtpProbeResult::TranscriptEntry::Direction;
using Severity = SmtpProbeResult::Finding::Severity;
using Outcome = SmtpProbeResult::Transaction::Outcome;

// The socket never buffers more than this much unread data, so a server
// that floods us costs bounded memory; the parser enforces the rest.
constexpr qint64 kReadBufferBytes = 64 * 1024;
constexpr qint64 kReadChunk = 16 * 1024;
// A server that does not answer QUIT has still told us everything.
constexpr int kQuitTimeoutMs = 3000;
constexpr int kShortLimitDays = 14;

// Addresses and names go into command lines verbatim: anything that could
// end a line or a path, or confuse a server, is refused before connecting.
bool isValidMailbox(const QString &address)
{
    if (address.size() > 320 || !address.contains(QLatin1Char('@')))
        return false;
    return std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('<') && c != QLatin1Char('>');
    });
}

bool isValidHeloName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || QStringLiteral("-.[]:_").contains(c);
    });
}

// RFC 3461 xtext, which XCLIENT values use: '+', '=', controls and spaces as "+XX".
QByteArray xtext(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126 || c == '+' || c == '=')
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

bool isXclientAttribute(const QString &name)
{
    static const QStringList known { QStringLiteral("NAME"), QStringLiteral("REVERSE_NAME"),
        QStringLiteral("ADDR"), QStringLiteral("PORT"), QStringLiteral("PROTO"), QStringLiteral("HELO"),
        QStringLiteral("LOGIN"), QStringLiteral("DESTADDR"), QStringLiteral("DESTPORT") };
    return known.contains(name);
}

QString addressLiteral(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QLatin1Char('[') + QHostAddress(v4).toString() + QLatin1Char(']');
    return QStringLiteral("[IPv6:") + address.toString() + QLatin1Char(']');
}

Outcome outcomeOf(const SmtpReply &rcpt)
{
    if (rcpt.isPositive())
        return Outcome::Accepted;
    if (rcpt.isTransientFailure())
        return Outcome::TempFailed;
    return Outcome::Refused;
}

QString tlsProtocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return QStringLiteral("TLS (old version)");
    }
}

} // namespace

SmtpProbe::SmtpProbe(QObject *parent)
    : QObject(parent)
{
    m_stepTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &SmtpProbe::onStepTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        fail(Error::Code::Timeout,
            tr("the whole probe took longer than %1 s").arg(m_options.totalTimeoutMs / 1000.0));
    });
}

SmtpProbe::~SmtpProbe()
{
    m_running = false;
    dropSocket();
}

QString SmtpProbe::stepName(Step step)
{
    switch (step) {
    case Step::Idle:
        return QStringLiteral("idle");
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::Greeting:
        return QStringLiteral("greeting");
    case Step::Ehlo:
        return QStringLiteral("ehlo");
    case Step::Helo:
        return QStringLiteral("helo");
    case Step::StartTls:
        return QStringLiteral("starttls");
    case Step::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case Step::EhloAfterTls:
        return QStringLiteral("ehlo-after-tls");
    case Step::Xclient:
        return QStringLiteral("xclient");
    case Step::RecipientMail:
        return QStringLiteral("recipient-mail-from");
    case Step::RecipientRcpt:
        return QStringLiteral("recipient-rcpt-to");
    case Step::RecipientRset:
        return QStringLiteral("recipient-rset");
    case Step::RelayMail:
        return QStringLiteral("relay-mail-from");
    case Step::RelayRcpt:
        return QStringLiteral("relay-rcpt-to");
    case Step::RelayRset:
        return QStringLiteral("relay-rset");
    case Step::Quit:
        return QStringLiteral("quit");
    }
    return QStringLiteral("idle");
}

void SmtpProbe::start(const Options &options)
{
    m_running = false;
    dropSocket();
    ++m_generation;
    m_options = options;
    if (m_options.tlsName.isEmpty())
        m_options.tlsName = m_options.host;
    m_result = SmtpProbeResult();
    m_result.host = options.host;
    m_result.port = options.port;
    m_result.implicitTls = options.implicitTls;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.tls.nameChecked = m_options.tlsName;
    m_parser = SmtpReplyParser(options.limits);
    m_clock.start();
    m_running = true;
    m_step = Step::Idle;

    QString invalid;
    if (options.host.trimmed().isEmpty() || options.host.contains(QLatin1Char(' ')))
        invalid = tr("no host name or address to probe");
    else if (options.port == 0)
        invalid = tr("port 0 cannot be probed");
    else if (!options.heloName.isEmpty() && !isValidHeloName(options.heloName))
        invalid = tr("\"%1\" cannot be sent as a HELO name").arg(options.heloName);
    else if (!options.recipient.isEmpty() && !isValidMailbox(options.recipient))
        invalid = tr("\"%1\" is not a usable recipient address").arg(options.recipient);
    else if (!options.recipientFrom.isEmpty() && !isValidMailbox(options.recipientFrom))
        invalid = tr("\"%1\" is not a usable sender address").arg(options.recipientFrom);
    else if (options.relayTest && (!isValidMailbox(options.relayFrom) || !isValidMailbox(options.relayTo)))
        invalid = tr("the relay test needs a sender and a recipient address");
    else if (std::any_of(options.xclient.cbegin(), options.xclient.cend(),
                 [](const auto &attribute) { return !isXclientAttribute(attribute.first); }))
        invalid = tr(
            "XCLIENT knows only NAME, REVERSE_NAME, ADDR, PORT, PROTO, HELO, LOGIN, DESTADDR and DESTPORT");
    else if (options.stepTimeoutMs <= 0 || options.totalTimeoutMs <= 0)
        invalid = tr("timeouts must be positive");
    if (!invalid.isEmpty()) {
        // Reported from the event loop, like every other outcome, so callers
        // can connect after start() and still hear about it.
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, invalid] {
            if (generation == m_generation && m_running)
                fail(Error::Code::InvalidInput, invalid);
        });
        return;
    }

    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    // Certificate problems are findings, not reasons to hang up.
    m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setPeerVerifyName(m_options.tlsName);
    connect(m_socket, &QSslSocket::connected, this, &SmtpProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpProbe::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpProbe::onSslErrors);

    m_totalTimer.start(options.totalTimeoutMs);
    enterStep(Step::Connect);
    record(Direction::Event,
        tr("connecting to %1 port %2%3")
            .arg(options.host)
            .arg(options.port)
            .arg(options.implicitTls ? tr(" with TLS") : QString()));
    if (options.implicitTls) {
        m_result.tls.offered = true;
        m_result.tls.attempted = true;
        m_socket->connectToHostEncrypted(options.host, options.port, m_options.tlsName);
    } else {
        m_socket->connectToHost(options.host, options.port);
    }
}

void SmtpProbe::cancel()
{
    if (m_running)
        fail(Error::Code::Cancelled, tr("cancelled"));
}

void SmtpProbe::enterStep(Step step)
{
    m_step = step;
    m_stepTimer.start(
        step == Step::Quit ? std::min(kQuitTimeoutMs, m_options.stepTimeoutMs) : m_options.stepTimeoutMs);
    Q_EMIT stepStarted(stepName(step));
}

void SmtpProbe::record(Direction direction, const QString &text)
{
    QString shown = text;
    // Defence in depth: the probe never authenticates, but should a command
    // ever carry credentials, only the verb and mechanism reach the record.
    if (direction == Direction::Client && shown.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
        shown = shown.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" [redacted]");
    m_result.transcript.append({ direction, m_clock.elapsed(), shown });
}

void SmtpProbe::send(const QByteArray &command, Step next)
{
    // DATA and BDAT would send a message, AUTH would send a secret: the
    // probe must never do either, whatever a future caller builds.
    qsizetype verbEnd = 0;
    while (verbEnd < command.size() && command.at(verbEnd) != ' ' && command.at(verbEnd) != ':')
        ++verbEnd;
    const QByteArray verb = command.left(verbEnd).toUpper();
    if (verb == "DATA" || verb == "BDAT" || verb == "AUTH") {
        Q_ASSERT_X(false, "SmtpProbe::send", "forbidden command");
        fail(Error::Code::Other, tr("refused to send %1").arg(QString::fromLatin1(verb)));
        return;
    }
    // A reply already waiting was sent before this command: the server
    // answers things nobody asked, and every later reply would be misread.
    if (m_parser.hasReply()) {
        const SmtpReply extra = m_parser.takeReply();
        for (const QString &line : extra.rawLines)
            record(Direction::Server, line);
        fail(Error::Code::ProtocolError,
            tr("the server sent a reply nobody asked for: %1").arg(extra.summary()));
        return;
    }
    record(Direction::Client, QString::fromLatin1(command));
    enterStep(next);
    m_socket->write(command + "\r\n");
}

void SmtpProbe::onConnected()
{
    m_result.connected = true;
    m_result.connectMs = m_clock.elapsed();
    m_result.peerAddress = m_socket->peerAddress().toString();
    m_result.heloName
        = m_options.heloName.isEmpty() ? addressLiteral(m_socket->localAddress()) : m_options.heloName;
    record(
        Direction::Event, tr("connected to %1 in %2 ms").arg(m_result.peerAddress).arg(m_result.connectMs));
    if (m_options.implicitTls)
        enterStep(Step::TlsHandshake);
    else
        enterStep(Step::Greeting);
}

void SmtpProbe::onEncrypted()
{
    recordTls();
    if (m_options.implicitTls) {
        enterStep(Step::Greeting);
        onReadyRead(); // the greeting may have come with the handshake
        return;
    }
    // RFC 3207 4.2: forget everything learnt before TLS and ask again.
    m_parser.reset();
    send("EHLO " + m_result.heloName.toLatin1(), Step::EhloAfterTls);
}

void SmtpProbe::recordTls()
{
    auto &tls = m_result.tls;
    tls.established = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    tls.protocol = tlsProtocolName(m_socket->sessionProtocol());
    tls.cipher = cipher.name();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    for (const QSslCertificate &cert : chain)
        tls.chain.append(CertificateInfo::fromCertificate(cert, now));
    tls.nameMatches = CertificateInfo::matchesName(m_socket->peerCertificate(), tls.nameChecked);
    record(Direction::Event,
        tr("TLS established: %1, %2; certificate for %3, issued by %4")
            .arg(tls.protocol, tls.cipher,
                tls.chain.isEmpty() ? tr("(none)") : tls.chain.constFirst().commonName,
                tls.chain.isEmpty() ? tr("(none)") : tls.chain.constFirst().issuer));
}

void SmtpProbe::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        const QString text = e.errorString();
        if (!m_result.tls.errors.contains(text)) {
            m_result.tls.errors.append(text);
            record(Direction::Event, tr("certificate problem: %1").arg(text));
        }
    }
    m_socket->ignoreSslErrors();
}

void SmtpProbe::onReadyRead()
{
    const quint64 generation = m_generation;
    while (m_running && generation == m_generation && m_socket && m_socket->bytesAvailable() > 0
        && m_step != Step::TlsHandshake) {
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (const Status s = m_parser.feed(chunk); !s) {
            // Show what came before the violation: it is the evidence.
            while (m_parser.hasReply()) {
                for (const QString &line : m_parser.takeReply().rawLines)
                    record(Direction::Server, line);
            }
            fail(Error::Code::ProtocolError, s.error().message);
            return;
        }
        while (m_running && generation == m_generation && m_parser.hasReply() && m_step != Step::TlsHandshake)
            onReply(m_parser.takeReply());
    }
}

void SmtpProbe::onReply(const SmtpReply &reply)
{
    for (const QString &line : reply.rawLines)
        record(Direction::Server, line);
    auto &recipient = m_result.recipient;
    auto &relay = m_result.relay;
    switch (m_step) {
    case Step::Greeting:
        m_result.greeting = reply;
        if (reply.code != 220) {
            // 554 here means "no SMTP service"; only QUIT is allowed now.
            quit();
            return;
        }
        send("EHLO " + m_result.heloName.toLatin1(), Step::Ehlo);
        return;
    case Step::Ehlo:
        if (m_result.xclientAccepted) {
            // The EHLO that starts over as the XCLIENT client.
            if (!reply.isPositive()) {
                fail(Error::Code::ProtocolError,
                    tr("the server refused EHLO after XCLIENT: %1").arg(reply.summary()));
                return;
            }
            startTransactions();
            return;
        }
        m_result.ehloReply = reply;
        if (reply.isPositive()) {
            m_result.capabilities = SmtpCapabilities::fromEhloReply(reply);
            afterEhlo();
        } else if (reply.isPermanentFailure()) {
            send("HELO " + m_result.heloName.toLatin1(), Step::Helo);
        } else {
            quit();
        }
        return;
    case Step::Helo:
        if (reply.isPositive()) {
            m_result.usedHelo = true;
            startTransactions();
        } else {
            quit();
        }
        return;
    case Step::StartTls:
        if (reply.code != 220) {
            m_result.tls.failure = tr("the server refused STARTTLS: %1").arg(reply.summary());
            startTransactions();
            return;
        }
        // Anything after the 220 was sent before TLS but would be read as if
        // it came through it (the STARTTLS command injection flaw).
        if (m_parser.hasReply() || m_parser.inReply() || m_socket->bytesAvailable() > 0) {
            m_result.tls.failure = tr("the server sent more data after its reply to STARTTLS");
            fail(Error::Code::ProtocolError, m_result.tls.failure);
            return;
        }
        m_result.tls.attempted = true;
        record(Direction::Event, tr("TLS handshake, expecting the name %1").arg(m_result.tls.nameChecked));
        enterStep(Step::TlsHandshake);
        m_socket->startClientEncryption();
        return;
    case Step::EhloAfterTls:
        if (!reply.isPositive()) {
            fail(Error::Code::ProtocolError,
                tr("the server refused EHLO after STARTTLS: %1").arg(reply.summary()));
            return;
        }
        m_result.capabilitiesAfterTls = SmtpCapabilities::fromEhloReply(reply);
        startTransactions();
        return;
    case Step::Xclient:
        m_result.xclientReply = reply;
        if (reply.code != 220) {
            fail(Error::Code::ProtocolError, tr("the server refused XCLIENT: %1").arg(reply.summary()));
            return;
        }
        // XCLIENT resets the session to the greeting: EHLO again, as that client.
        m_result.xclientAccepted = true;
        send("EHLO " + m_result.heloName.toLatin1(), Step::Ehlo);
        return;
    case Step::RecipientMail:
        recipient.mailReply = reply;
        if (!reply.isPositive()) {
            recipient.outcome = Outcome::SenderRefused;
            send("RSET", Step::RecipientRset);
            return;
        }
        send("RCPT TO:<" + recipient.to.toLatin1() + '>', Step::RecipientRcpt);
        return;
    case Step::RecipientRcpt:
        recipient.rcptReply = reply;
        recipient.outcome = outcomeOf(reply);
        send("RSET", Step::RecipientRset);
        return;
    case Step::RecipientRset:
        startRelay();
        return;
    case Step::RelayMail:
        relay.mailReply = reply;
        if (!reply.isPositive()) {
            relay.outcome = Outcome::SenderRefused;
            send("RSET", Step::RelayRset);
            return;
        }
        send("RCPT TO:<" + relay.to.toLatin1() + '>', Step::RelayRcpt);
        return;
    case Step::RelayRcpt:
        relay.rcptReply = reply;
        relay.outcome = outcomeOf(reply);
        send("RSET", Step::RelayRset);
        return;
    case Step::RelayRset:
        quit();
        return;
    case Step::Quit:
        finish();
        return;
    case Step::Idle:
    case Step::Connect:
    case Step::TlsHandshake:
        break;
    }
    fail(Error::Code::ProtocolError, tr("the server sent a reply nobody asked for: %1").arg(reply.summary()));
}

void SmtpProbe::afterEhlo()
{
    m_result.tls.offered = m_result.tls.offered || m_result.capabilities.startTls;
    if (!m_options.implicitTls && m_options.startTls && m_result.capabilities.startTls)
        send("STARTTLS", Step::StartTls);
    else
        startTransactions();
}

void SmtpProbe::startTransactions()
{
    if (!m_options.xclient.isEmpty() && !m_result.xclientAccepted) {
        const SmtpCapabilities &caps = m_result.capabilitiesAfterTls.value_or(m_result.capabilities);
        const bool offered
            = std::any_of(caps.keywords.cbegin(), caps.keywords.cend(), [](const QString &keyword) {
                  return keyword.section(QLatin1Char(' '), 0, 0)
                             .compare(QLatin1String("XCLIENT"), Qt::CaseInsensitive)
                      == 0;
              });
        if (!offered) {
            fail(Error::Code::Unsupported,
                tr("the server does not offer XCLIENT to this address (smtpd_authorized_xclient_hosts)"));
            return;
        }
        QByteArray command("XCLIENT");
        for (const auto &[name, value] : m_options.xclient)
            command += ' ' + name.toLatin1() + '=' + xtext(value);
        send(command, Step::Xclient);
        return;
    }
    if (m_options.recipient.isEmpty()) {
        startRelay();
        return;
    }
    auto &t = m_result.recipient;
    t.from = m_options.recipientFrom;
    t.to = m_options.recipient;
    t.outcome = Outcome::Incomplete;
    send("MAIL FROM:<" + t.from.toLatin1() + '>', Step::RecipientMail);
}

void SmtpProbe::startRelay()
{
    if (!m_options.relayTest) {
        quit();
        return;
    }
    auto &t = m_result.relay;
    t.from = m_options.relayFrom;
    t.to = m_options.relayTo;
    t.outcome = Outcome::Incomplete;
    record(
        Direction::Event, tr("relay test: outside sender and recipient, without AUTH; DATA is never sent"));
    send("MAIL FROM:<" + t.from.toLatin1() + '>', Step::RelayMail);
}

void SmtpProbe::quit()
{
    send("QUIT", Step::Quit);
}

void SmtpProbe::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    // A server that answers and hangs up at once: read the answer first.
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (!m_running || !m_socket)
            return;
    }
    const QAbstractSocket::SocketError e = m_socket->error();
    const QString detail = m_socket->errorString();
    if (m_step == Step::Quit) {
        // Closing after QUIT, with or without 221, is the normal end.
        finish();
        return;
    }
    const bool midReply = m_parser.inReply();
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::Code::ConnectionRefused,
            tr("connection refused: nothing listens on port %1").arg(m_options.port));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Error::Code::HostNotFound, tr("the name %1 was not found").arg(m_options.host));
        return;
    case QAbstractSocket::NetworkError:
        fail(m_result.connected ? Error::Code::Other : Error::Code::HostUnreachable, detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        fail(Error::Code::ProtocolError,
            midReply ? tr("the server closed the connection in the middle of a reply")
                     : tr("the server closed the connection during %1").arg(stepName(m_step)));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        m_result.tls.failure = detail;
        fail(Error::Code::TlsError, tr("TLS handshake failed: %1").arg(detail));
        return;
    default:
        fail(Error::Code::Other, detail);
        return;
    }
}

void SmtpProbe::onStepTimeout()
{
    if (!m_running)
        return;
    if (m_step == Step::Quit) {
        finish();
        return;
    }
    const double seconds = m_options.stepTimeoutMs / 1000.0;
    if (m_step == Step::Connect)
        fail(Error::Code::Timeout, tr("no answer to the connection attempt within %1 s").arg(seconds));
    else
        fail(Error::Code::Timeout,
            tr("no complete answer during %1 within %2 s").arg(stepName(m_step)).arg(seconds));
}

void SmtpProbe::fail(Error::Code code, const QString &message)
{
    if (!m_running)
        return;
    m_result.error = Error { code, message };
    m_result.failedStep = stepName(m_step);
    record(Direction::Event, tr("stopped during %1: %2").arg(m_result.failedStep, message));
    qCDebug(lcNet) << "SMTP probe of" << m_options.host << "stopped:" << m_result.error->toString();
    finish();
}

void SmtpProbe::dropSocket()
{
    m_stepTimer.stop();
    m_totalTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SmtpProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    dropSocket();
    if (m_result.tls.attempted && !m_result.tls.established && m_result.tls.failure.isEmpty()
        && m_result.error)
        m_result.tls.failure = m_result.error->message;
    m_result.elapsedMs = m_clock.elapsed();
    m_result.findings = assess(m_result);
    m_step = Step::Idle;
    Q_EMIT finished(m_result);
}

QList<SmtpProbeResult::Finding> SmtpProbe::assess(const SmtpProbeResult &r)
{
    QList<SmtpProbeResult::Finding> out;
    const auto add = [&out](Severity s, const char *id, const QString &message) {
        out.append({ s, QString::fromLatin1(id), message });
    };
    const QString target = QStringLiteral("%1:%2").arg(r.host).arg(r.port);

    if (r.error && !r.connected) {
        switch (r.error->code) {
        case Error::Code::ConnectionRefused:
            add(Severity::Fail, "connect.refused",
                tr("%1 refused the connection: nothing listens there, or a firewall rejects it.")
                    .arg(target));
            break;
        case Error::Code::Timeout:
            add(Severity::Fail, "connect.timeout",
                tr("%1 did not answer the connection attempt: a firewall on the way probably drops the "
                   "packets.")
                    .arg(target));
            break;
        case Error::Code::HostNotFound:
            add(Severity::Fail, "connect.name",
                tr("The name %1 does not resolve to an address.").arg(r.host));
            break;
        case Error::Code::Cancelled:
            add(Severity::Warning, "probe.cancelled", tr("The probe was cancelled before it connected."));
            break;
        case Error::Code::InvalidInput:
            add(Severity::Fail, "probe.invalid", r.error->message);
            break;
        default:
            add(Severity::Fail, "connect.failed",
                tr("Could not connect to %1: %2").arg(target, r.error->message));
            break;
        }
        return out;
    }

    if (r.greeting) {
        if (r.greeting->code == 220)
            add(Severity::Pass, "greeting.ok", tr("The server greets: %1").arg(r.greeting->summary()));
        else
            add(Severity::Fail, "greeting.refused",
                tr("The server refuses SMTP sessions at the greeting: %1").arg(r.greeting->summary()));
        if (r.greeting->bareLineFeed)
            add(Severity::Warning, "protocol.bare-lf",
                tr("The server ends lines with LF alone instead of CRLF."));
    }
    if (r.usedHelo)
        add(Severity::Warning, "ehlo.refused",
            tr("The server refused EHLO and only speaks HELO: no extensions, no STARTTLS."));
    else if (r.ehloReply && !r.ehloReply->isPositive() && !r.usedHelo && !r.error)
        add(Severity::Fail, "ehlo.failed", tr("The server refused EHLO: %1").arg(r.ehloReply->summary()));

    // TLS
    const auto &tls = r.tls;
    const bool greeted = r.greeting && r.greeting->code == 220 && (r.ehloReply || r.usedHelo);
    if (tls.established) {
        add(Severity::Pass, "tls.ok",
            r.implicitTls ? tr("TLS works: %1, %2.").arg(tls.protocol, tls.cipher)
                          : tr("STARTTLS works: %1, %2.").arg(tls.protocol, tls.cipher));
        if (!tls.chain.isEmpty()) {
            const CertificateInfo &leaf = tls.chain.constFirst();
            const QString expiry = leaf.notAfter.toString(Qt::ISODate);
            bool problem = false;
            if (leaf.isExpired()) {
                problem = true;
                add(Severity::Fail, "tls.cert.expired",
                    tr("The certificate expired on %1 (%2 days ago).").arg(expiry).arg(-leaf.daysLeft));
            } else if (leaf.daysLeft < kShortLimitDays) {
                problem = true;
                add(Severity::Warning, "tls.cert.expiring",
                    tr("The certificate expires on %1, in %2 days.").arg(expiry).arg(leaf.daysLeft));
            }
            if (leaf.selfSigned) {
                problem = true;
                add(Severity::Warning, "tls.cert.self-signed",
                    tr("The certificate is self-signed (%1): senders that verify certificates will not trust "
                       "it.")
                        .arg(leaf.subject));
            }
            if (!tls.nameMatches) {
                problem = true;
                const QStringList names
                    = leaf.dnsNames.isEmpty() ? QStringList { leaf.commonName } : leaf.dnsNames;
                add(Severity::Warning, "tls.cert.name",
                    tr("The certificate does not name %1; it names %2.")
                        .arg(tls.nameChecked, names.join(QStringLiteral(", "))));
            }
            if (!problem && tls.errors.isEmpty())
                add(Severity::Pass, "tls.cert.ok",
                    tr("The certificate for %1 is valid until %2 (%3 days left).")
                        .arg(tls.nameChecked, expiry)
                        .arg(leaf.daysLeft));
            else if (!tls.errors.isEmpty())
                add(Severity::Info, "tls.cert.errors",
                    tr("Certificate verification reported: %1").arg(tls.errors.join(QStringLiteral("; "))));
        }
    } else if (tls.attempted || !tls.failure.isEmpty()) {
        add(Severity::Fail, "tls.failed", tr("TLS failed: %1").arg(tls.failure));
    } else if (greeted && !tls.offered) {
        add(Severity::Warning, "tls.absent",
            tr("The server does not offer STARTTLS: mail to it crosses the network unencrypted."));
    }

    // AUTH
    const QStringList before = r.capabilities.authMechanisms;
    const QStringList after = r.capabilitiesAfterTls ? r.capabilitiesAfterTls->authMechanisms : QStringList();
    if (!r.implicitTls && !before.isEmpty())
        add(Severity::Warning, "auth.cleartext",
            tr("AUTH is offered before TLS (%1): passwords can cross the network unencrypted.")
                .arg(before.join(QLatin1Char(' '))));
    if (!after.isEmpty() || (r.implicitTls && !before.isEmpty()))
        add(Severity::Info, "auth.tls",
            tr("AUTH offered over TLS: %1.").arg((after.isEmpty() ? before : after).join(QLatin1Char(' '))));
    if (greeted && before.isEmpty() && after.isEmpty())
        add(Severity::Info, "auth.none", tr("The server offers no AUTH on this port."));

    // Transactions
    const auto rcptText = [](const SmtpProbeResult::Transaction &t) {
        return t.rcptReply ? t.rcptReply->summary() : (t.mailReply ? t.mailReply->summary() : QString());
    };
    switch (r.recipient.outcome) {
    case Outcome::Accepted:
        add(Severity::Pass, "recipient.accepted",
            tr("The server accepts mail for %1: %2").arg(r.recipient.to, rcptText(r.recipient)));
        break;
    case Outcome::Refused:
        add(Severity::Fail, "recipient.refused",
            tr("The server refuses mail for %1: %2").arg(r.recipient.to, rcptText(r.recipient)));
        break;
    case Outcome::TempFailed:
        add(Severity::Warning, "recipient.tempfailed",
            tr("The server defers mail for %1 (a temporary refusal): %2")
                .arg(r.recipient.to, rcptText(r.recipient)));
        break;
    case Outcome::SenderRefused:
        add(Severity::Warning, "recipient.sender-refused",
            tr("The recipient check could not run: the sender was refused: %1").arg(rcptText(r.recipient)));
        break;
    case Outcome::Incomplete:
    case Outcome::NotTested:
        break;
    }
    switch (r.relay.outcome) {
    case Outcome::Accepted:
        add(Severity::Fail, "relay.open",
            tr("OPEN RELAY: without authentication the server accepted mail from %1 to %2 (%3). "
               "No message was sent: the test stops before DATA.")
                .arg(r.relay.from, r.relay.to, rcptText(r.relay)));
        break;
    case Outcome::Refused:
        add(Severity::Pass, "relay.refused",
            tr("Relaying to outside addresses without authentication is refused: %1").arg(rcptText(r.relay)));
        break;
    case Outcome::TempFailed:
        add(Severity::Warning, "relay.tempfailed",
            tr("The relay test is inconclusive: the server deferred the recipient: %1")
                .arg(rcptText(r.relay)));
        break;
    case Outcome::SenderRefused:
        add(Severity::Warning, "relay.sender-refused",
            tr("The relay test is inconclusive: the outside sender was refused: %1").arg(rcptText(r.relay)));
        break;
    case Outcome::Incomplete:
    case Outcome::NotTested:
        break;
    }

    const SmtpCapabilities &caps = r.capabilitiesAfterTls ? *r.capabilitiesAfterTls : r.capabilities;
    if (caps.sizeLimit > 0)
        add(Severity::Info, "size",
            tr("Largest message accepted: %1 MB.").arg(double(caps.sizeLimit) / 1e6, 0, 'f', 1));

    if (r.error && r.error->code == Error::Code::Cancelled)
        add(Severity::Warning, "probe.cancelled", tr("The probe was cancelled during %1.").arg(r.failedStep));
    else if (r.error && r.error->code != Error::Code::TlsError)
        add(Severity::Fail, "probe.stopped",
            tr("The probe stopped during %1: %2").arg(r.failedStep, r.error->message));
    return out;
}

} // namespace MailOps
