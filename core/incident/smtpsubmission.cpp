#include "smtpsubmission.h"

#include "common/logging.h"
#include "incident/mailaddress.h"

#include <QHostAddress>
#include <cerrno>
#include <cstring>
#include <curl/curl.h>
#include <mutex>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace MailOps {

namespace {

// curl_global_init is not thread-safe before 7.84 and must run before any
// other call; once per process, whichever thread sends first.
void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CURL *handle(void *p)
{
    return static_cast<CURL *>(p);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString hostPort(const SmtpSubmission::Settings &s)
{
    const QString host = s.host.contains(u':') ? QLatin1Char('[') + s.host + QLatin1Char(']') : s.host;
    return host + QLatin1Char(':') + QString::number(s.port);
}

int replyCode(const QString &line)
{
    if (line.size() < 3)
        return 0;
    bool ok = false;
    const int code = QStringView(line).left(3).toInt(&ok);
    return ok ? code : 0;
}

using RefusedRecipient = SmtpSubmission::RefusedRecipient;
using Failure = SmtpSubmission::Failure;

// What the debug callback saw of the dialogue: the commands curl sent and
// the replies, kept so a failure can be named by what the server said.
struct Dialogue
{
    QString password;
    QStringList transcript;
    QString verb; // of the last command sent
    QString recipient; // of the last RCPT
    QString reply; // the last complete reply, all its lines joined
    QString pending; // lines of a multi-line reply so far
    QString authReply; // the final reply to AUTH
    QStringList capabilities;
    QString mailReply;
    QStringList accepted;
    QList<RefusedRecipient> refused;
    bool dataAccepted = false; // 354 seen
    bool dataEnded = false; // the reply to the end of DATA seen
    QString endReply;
    QByteArray inBuffer;

    QString redact(QString text) const
    {
        if (password.size() >= 1)
            text.replace(password, QStringLiteral("********"));
        return text;
    }

    void sent(const QByteArray &raw)
    {
        const QString line = QString::fromLatin1(raw).trimmed();
        if (line.isEmpty())
            return;
        // Inside an AUTH exchange every client line is a credential.
        if (verb == QLatin1String("AUTH") && authReply.isEmpty()
            && !line.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive)) {
            transcript.append(QStringLiteral("C: (credentials)"));
            return;
        }
        const QString upper = line.toUpper();
        verb = upper.section(u' ', 0, 0);
        if (verb == QLatin1String("AUTH")) {
            authReply.clear();
            transcript.append(
                QStringLiteral("C: AUTH ") + upper.section(u' ', 1, 1) + QStringLiteral(" ..."));
            return;
        }
        if (verb == QLatin1String("RCPT")) {
            recipient = line.section(u'<', 1).section(u'>', 0, 0);
        } else if (verb == QLatin1String("DATA")) {
            dataAccepted = false;
            dataEnded = false;
        }
        transcript.append(QStringLiteral("C: ") + redact(line));
    }

    void received(const QByteArray &raw)
    {
        inBuffer += raw;
        qsizetype nl;
        while ((nl = inBuffer.indexOf('\n')) >= 0) {
            QString line = QString::fromUtf8(inBuffer.left(nl)).trimmed();
            inBuffer.remove(0, nl + 1);
            line = redact(line);
            transcript.append(QStringLiteral("S: ") + line);
            pending = pending.isEmpty() ? line : pending + QLatin1Char(' ') + line.mid(4);
            if (verb == QLatin1String("EHLO") && line.size() > 4)
                capabilities.append(line.mid(4).toUpper());
            const bool last = line.size() < 4 || line.at(3) != u'-';
            if (last)
                finished(replyCode(line));
        }
    }

    void finished(int code)
    {
        reply = pending;
        pending.clear();
        if (verb == QLatin1String("AUTH")) {
            if (code != 334)
                authReply = reply;
        } else if (verb == QLatin1String("MAIL")) {
            mailReply = reply;
        } else if (verb == QLatin1String("RCPT")) {
            if (code >= 200 && code < 300)
                accepted.append(recipient);
            else
                refused.append({ recipient, reply });
        } else if (verb == QLatin1String("DATA")) {
            // The message itself goes out as data, not as a command, so the
            // reply after 354 is the one to the end of DATA.
            if (code == 354 && !dataAccepted) {
                dataAccepted = true;
            } else if (dataAccepted) {
                dataEnded = true;
                endReply = reply;
            }
        }
    }

    bool offers(QLatin1String capability) const
    {
        for (const QString &c : capabilities) {
            if (c == capability || c.startsWith(capability + QLatin1Char(' ')))
                return true;
        }
        return false;
    }

    QString authMechanisms() const
    {
        for (const QString &c : capabilities) {
            if (c.startsWith(QLatin1String("AUTH ")))
                return c.mid(5);
        }
        return {};
    }
};

// The certificate OpenSSL refused first, for the error text. send() runs
// the whole transfer on its own thread, so one slot per thread serves.
thread_local QString *t_refusedCertificate = nullptr;

QString nameText(X509_NAME *name)
{
    char buffer[512] = {};
    X509_NAME_oneline(name, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

int noteRefusedCertificate(int preverifyOk, X509_STORE_CTX *store)
{
    if (!preverifyOk && t_refusedCertificate && t_refusedCertificate->isEmpty()) {
        if (X509 *cert = X509_STORE_CTX_get_current_cert(store))
            *t_refusedCertificate
                = SmtpSubmission::tr("%1, issued by %2")
                      .arg(nameText(X509_get_subject_name(cert)), nameText(X509_get_issuer_name(cert)));
    }
    // The verdict stays OpenSSL's and libcurl's: this only takes notes.
    return preverifyOk;
}

// libcurl sets SSL_VERIFY_PEER before it calls this; the mode is kept and
// only a callback that takes notes is added.
CURLcode addCertificateNotes(CURL *, void *sslCtx, void *)
{
    auto *ctx = static_cast<SSL_CTX *>(sslCtx);
    SSL_CTX_set_verify(ctx, SSL_CTX_get_verify_mode(ctx), noteRefusedCertificate);
    return CURLE_OK;
}

struct Upload
{
    const QByteArray *message = nullptr;
    qint64 position = 0;
    const std::atomic<bool> *cancelled = nullptr;
    const SmtpSubmission::ProgressCallback *progress = nullptr;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    if (upload->cancelled->load())
        return CURL_READFUNC_ABORT;
    const qint64 left = upload->message->size() - upload->position;
    const qint64 n = std::min<qint64>(left, qint64(size * count));
    if (n > 0) {
        std::memcpy(buffer, upload->message->constData() + upload->position, size_t(n));
        upload->position += n;
        if (*upload->progress)
            (*upload->progress)(upload->position, upload->message->size());
    }
    return size_t(n);
}

int checkCancel(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Upload *>(userdata)->cancelled->load() ? 1 : 0;
}

int recordDialogue(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    auto *dialogue = static_cast<Dialogue *>(userdata);
    const QByteArray bytes(data, qsizetype(size));
    if (type == CURLINFO_HEADER_OUT)
        dialogue->sent(bytes);
    else if (type == CURLINFO_HEADER_IN)
        dialogue->received(bytes);
    return 0;
}

} // namespace

namespace {

QString tlsNotOffered(const QString &where)
{
    return SmtpSubmission::tr("%1 does not offer STARTTLS, so the password and the notice would go "
                              "unencrypted: nothing was sent.")
        .arg(where);
}

// One sentence for what went wrong, from libcurl's code and where the
// dialogue stopped; "%DETAIL%" stands for libcurl's own words.
QString explain(const SmtpSubmission::Settings &settings, CURL *curl, bool cancelled, int curlCode,
    const Dialogue &d, Failure *failure, Error::Code *code)
{
    const QString where = hostPort(settings);
    const auto set = [&](Failure f, Error::Code c) {
        *failure = f;
        *code = c;
    };
    if (cancelled || curlCode == CURLE_ABORTED_BY_CALLBACK) {
        set(Failure::Cancelled, Error::Code::Cancelled);
        return SmtpSubmission::tr("Sending through %1 was cancelled; the message was not accepted.")
            .arg(where);
    }
    switch (curlCode) {
    case CURLE_COULDNT_RESOLVE_HOST:
        set(Failure::Unreachable, Error::Code::HostNotFound);
        return SmtpSubmission::tr("Could not reach %1: the host name %2 was not found.")
            .arg(where, settings.host);
    case CURLE_COULDNT_CONNECT: {
        long osErrno = 0;
        curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &osErrno);
        if (osErrno == EHOSTUNREACH || osErrno == ENETUNREACH) {
            set(Failure::Unreachable, Error::Code::HostUnreachable);
            return SmtpSubmission::tr("Could not reach %1: there is no route to that host.").arg(where);
        }
        if (osErrno == ETIMEDOUT) {
            set(Failure::Unreachable, Error::Code::Timeout);
            return SmtpSubmission::tr(
                "Could not reach %1: the connection timed out (a firewall may drop it).")
                .arg(where);
        }
        set(Failure::Unreachable, Error::Code::ConnectionRefused);
        return SmtpSubmission::tr(
            "Could not reach %1: the connection was refused (nothing listens on that port).")
            .arg(where);
    }
    case CURLE_OPERATION_TIMEDOUT: {
        if (d.transcript.isEmpty()) {
            set(Failure::Unreachable, Error::Code::Timeout);
            return SmtpSubmission::tr(
                "Could not reach %1: no answer within %2 s (a firewall may drop the connection).")
                .arg(where)
                .arg(settings.connectTimeoutMs / 1000.0);
        }
        set(Failure::Timeout, Error::Code::Timeout);
        return SmtpSubmission::tr("%1 stopped answering (after %2); the message was not accepted.")
            .arg(where, d.verb.isEmpty() ? SmtpSubmission::tr("its greeting") : d.verb);
    }
    case CURLE_USE_SSL_FAILED:
        set(Failure::TlsNotOffered, Error::Code::TlsError);
        return tlsNotOffered(where);
    case CURLE_PEER_FAILED_VERIFICATION:
        set(Failure::UntrustedCertificate, Error::Code::TlsError);
        return SmtpSubmission::tr(
            "The certificate of %1 is not trusted (%DETAIL%): nothing was sent; give the CA file that "
            "signed it, or have the server's certificate fixed.")
            .arg(where);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        set(Failure::TlsFailed, Error::Code::TlsError);
        return SmtpSubmission::tr("The TLS handshake with %1 failed (%DETAIL%): nothing was sent.")
            .arg(where);
    case CURLE_LOGIN_DENIED:
        if (!d.authReply.isEmpty()) {
            set(Failure::AuthenticationFailed, Error::Code::PermissionDenied);
            return SmtpSubmission::tr("%1 refused the user name or password for %2 (%3): nothing was sent.")
                .arg(where, settings.username, d.authReply);
        }
        set(Failure::AuthNotOffered, Error::Code::Unsupported);
        return d.authMechanisms().isEmpty()
            ? SmtpSubmission::tr("%1 does not offer authentication on this connection: nothing was sent.")
                  .arg(where)
            : SmtpSubmission::tr("%1 offers none of AUTH PLAIN and LOGIN (only %2): nothing was sent.")
                  .arg(where, d.authMechanisms());
    default:
        break;
    }
    // The rest are read from where the dialogue stopped.
    if (d.dataAccepted && !d.dataEnded) {
        set(Failure::DroppedDuringData, Error::Code::ProtocolError);
        return SmtpSubmission::tr(
            "%1 dropped the connection while the message was being sent (after DATA); it was not "
            "accepted and can be sent again.")
            .arg(where);
    }
    if (d.dataEnded) {
        set(Failure::MessageRefused, Error::Code::ProtocolError);
        return SmtpSubmission::tr("%1 refused the message at the end of DATA: %2").arg(where, d.endReply);
    }
    if (d.verb == QLatin1String("MAIL") && !d.mailReply.isEmpty()) {
        if (d.mailReply.startsWith(QLatin1String("552")) || d.mailReply.contains(QLatin1String("5.3.4"))) {
            set(Failure::MessageRefused, Error::Code::InvalidInput);
            return SmtpSubmission::tr("%1 refused the message as too large: %2").arg(where, d.mailReply);
        }
        set(Failure::SenderRefused, Error::Code::PermissionDenied);
        return SmtpSubmission::tr("%1 refused the sender: %2").arg(where, d.mailReply);
    }
    if (!d.refused.isEmpty() && d.accepted.isEmpty()) {
        set(Failure::RecipientsRefused, Error::Code::PermissionDenied);
        QStringList each;
        for (const RefusedRecipient &r : d.refused)
            each.append(r.address + QStringLiteral(" (") + r.reply + QLatin1Char(')'));
        return SmtpSubmission::tr("%1 refused every recipient: %2.")
            .arg(where, each.join(QStringLiteral("; ")));
    }
    if (d.verb == QLatin1String("EHLO") && !d.capabilities.isEmpty() && !d.offers(QLatin1String("STARTTLS"))
        && settings.security == SmtpSubmission::Security::StartTls) {
        set(Failure::TlsNotOffered, Error::Code::TlsError);
        return tlsNotOffered(where);
    }
    if (curlCode == CURLE_GOT_NOTHING || curlCode == CURLE_RECV_ERROR || curlCode == CURLE_SEND_ERROR) {
        set(Failure::Other, Error::Code::ProtocolError);
        return SmtpSubmission::tr("%1 closed the connection (after %2): nothing was sent.")
            .arg(where, d.verb.isEmpty() ? SmtpSubmission::tr("connecting") : d.verb);
    }
    if (!d.reply.isEmpty() && replyCode(d.reply) >= 400) {
        set(Failure::Other, Error::Code::ProtocolError);
        return SmtpSubmission::tr("%1 answered %2 with: %3").arg(where, d.verb, d.reply);
    }
    return {};
}

} // namespace

quint16 SmtpSubmission::Settings::defaultPort(Security security)
{
    switch (security) {
    case Security::StartTls:
        return 587;
    case Security::ImplicitTls:
        return 465;
    case Security::Plain:
        return 25;
    }
    return 587;
}

QString SmtpSubmission::Settings::url() const
{
    return (security == Security::ImplicitTls ? QStringLiteral("smtps://") : QStringLiteral("smtp://"))
        + hostPort(*this);
}

SmtpSubmission::SmtpSubmission(Settings settings)
    : m_settings(std::move(settings))
{
    initCurlOnce();
}

SmtpSubmission::~SmtpSubmission()
{
    disconnect();
}

void SmtpSubmission::disconnect()
{
    if (m_curl) {
        // Cleaning up the handle closes its kept connection with QUIT.
        curl_easy_cleanup(handle(m_curl));
        m_curl = nullptr;
    }
}

QString SmtpSubmission::settingsProblem(const Settings &s)
{
    if (s.host.trimmed().isEmpty())
        return tr("No SMTP server is set.");
    for (const QChar c : s.host) {
        if (c.isSpace() || c == u'/' || c == u'@' || c == u'?' || c == u'#' || c.unicode() < 0x20)
            return tr("\"%1\" is not a host name or address.").arg(s.host);
    }
    if (s.port == 0)
        return tr("No SMTP port is set.");
    if (s.security == Security::Plain && !isLoopbackHost(s.host))
        return tr("Unencrypted SMTP is only allowed to this machine (loopback); use STARTTLS or implicit TLS "
                  "for %1.")
            .arg(s.host);
    if (!s.username.isEmpty() && s.password.isEmpty())
        return tr("A user name is set for %1 but no password.").arg(hostPort(s));
    return {};
}

Result<SmtpSubmission::Receipt> SmtpSubmission::fail(
    Failure failure, Error::Code code, const QString &message)
{
    m_failure = failure;
    QString text = message;
    if (!m_settings.password.isEmpty())
        text.replace(m_settings.password, QStringLiteral("********"));
    qCWarning(lcIncident).noquote() << "SMTP submission failed:" << text;
    return Result<Receipt>::failure(code, text);
}

Result<SmtpSubmission::Receipt> SmtpSubmission::send(
    const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message)
{
    m_failure = Failure::None;
    m_refused.clear();
    m_transcript.clear();

    if (const QString problem = settingsProblem(m_settings); !problem.isEmpty())
        return fail(Failure::InvalidInput, Error::Code::InvalidInput, problem);
    if (const QString problem = MailAddress::addrSpecProblem(envelopeFrom); !problem.isEmpty())
        return fail(Failure::InvalidInput, Error::Code::InvalidInput,
            tr("The sender \"%1\" cannot be used: %2").arg(envelopeFrom, problem));
    if (recipients.isEmpty())
        return fail(Failure::InvalidInput, Error::Code::InvalidInput, tr("The notice has no recipient."));
    for (const QString &r : recipients) {
        if (const QString problem = MailAddress::addrSpecProblem(r); !problem.isEmpty())
            return fail(Failure::InvalidInput, Error::Code::InvalidInput,
                tr("The recipient \"%1\" cannot be used: %2").arg(r, problem));
    }
    if (message.isEmpty())
        return fail(Failure::InvalidInput, Error::Code::InvalidInput, tr("The message is empty."));
    if (m_cancelled.load())
        return fail(Failure::Cancelled, Error::Code::Cancelled,
            tr("Sending was cancelled before it began; the message was not sent."));

    if (!m_curl)
        m_curl = curl_easy_init();
    CURL *curl = handle(m_curl);
    if (!curl)
        return fail(Failure::Other, Error::Code::Other, tr("libcurl could not be initialised."));

    // Options are set afresh each time; the handle keeps only its connection.
    curl_easy_reset(curl);

    Dialogue dialogue;
    dialogue.password = m_settings.password;
    Upload upload { &message, 0, &m_cancelled, &m_progress };
    char errorBuffer[CURL_ERROR_SIZE] = {};

    const QByteArray url = m_settings.url().toUtf8();
    const QByteArray from = QByteArray('<' + envelopeFrom.toUtf8() + '>');
    curl_slist *rcpt = nullptr;
    for (const QString &r : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + r.toUtf8() + '>').constData());
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    // A proxy from the environment must not see the dialogue or the password.
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
        long(m_settings.security == Security::Plain ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        const char *mechanisms = m_settings.auth == AuthMethod::Plain ? "AUTH=PLAIN"
            : m_settings.auth == AuthMethod::Login                    ? "AUTH=LOGIN"
                                                                      : "AUTH=PLAIN;AUTH=LOGIN";
        curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, mechanisms);
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    // Recipients the server refuses are reported; the others still get it.
#if LIBCURL_VERSION_NUM >= 0x080200
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT_ALLOWFAILS, 1L);
#else
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT_ALLLOWFAILS, 1L);
#endif
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, checkCancel);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &upload);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, recordDialogue);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &dialogue);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(
        curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, long((m_settings.responseTimeoutMs + 999) / 1000));
    if (m_settings.totalTimeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_settings.totalTimeoutMs));
    // Only an OpenSSL build of libcurl takes it; others ignore it.
    curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, addCertificateNotes);
    QString refusedCertificate;
    t_refusedCertificate = &refusedCertificate;

    const CURLcode code = curl_easy_perform(curl);
    t_refusedCertificate = nullptr;
    curl_slist_free_all(rcpt);
    // Nothing may point into this frame once perform returns.
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, nullptr);

    m_transcript = dialogue.transcript;
    for (const QString &line : std::as_const(m_transcript))
        qCDebug(lcIncident).noquote() << line;

    if (code != CURLE_OK || !dialogue.dataEnded) {
        m_refused = dialogue.refused;
        Failure failure = Failure::Other;
        Error::Code errorCode = Error::Code::Other;
        QString detail = QString::fromUtf8(errorBuffer).trimmed();
        if (detail.isEmpty())
            detail = QString::fromUtf8(curl_easy_strerror(code));
        if (detail.startsWith(QLatin1String("SSL certificate problem: ")))
            detail = detail.mid(25);
        if (code == CURLE_PEER_FAILED_VERIFICATION && !refusedCertificate.isEmpty())
            detail += QStringLiteral("; ") + refusedCertificate;
        QString text
            = explain(m_settings, curl, m_cancelled.load(), int(code), dialogue, &failure, &errorCode);
        if (text.isEmpty())
            text = tr("Sending through %1 failed: %2.").arg(hostPort(m_settings), detail);
        text.replace(QLatin1String("%DETAIL%"), detail);
        // libcurl closes the session after any failed transfer; the next
        // send connects afresh.
        disconnect();
        return fail(failure, errorCode, text);
    }

    long connects = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
    Receipt receipt;
    receipt.reply = dialogue.endReply;
    receipt.accepted = dialogue.accepted;
    receipt.refused = dialogue.refused;
    receipt.bytes = message.size();
    receipt.reusedConnection = connects == 0;
    qCInfo(lcIncident).noquote() << "submitted" << message.size() << "bytes to" << receipt.accepted.size()
                                 << "recipients through" << hostPort(m_settings) << "-" << receipt.reply;
    return receipt;
}

} // namespace MailOps
