#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace MailOps {

// Hands finished messages to a submission server (RFC 6409) through
// libcurl's SMTP client: STARTTLS on 587 or implicit TLS on 465, AUTH PLAIN
// or LOGIN, the certificate and the host name always checked against the CA
// file or the system store. Plain SMTP is only allowed to a loopback address.
//
// send() blocks: call it on a worker thread. One object holds one libcurl
// handle, so consecutive sends to the same server reuse its connection (the
// bulk case). cancel() may be called from any thread. Failures come back as
// an Error whose message is one sentence naming the cause (wrong password,
// untrusted certificate, unreachable, dropped during DATA, recipients
// refused, TLS not offered); failure() tells them apart for code. The
// password never appears in an error, a log line or a URL, and the message
// bytes are the caller's and never changed.
class SmtpSubmission final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::SmtpSubmission)

public:
    enum class Security
    {
        StartTls, // submission, port 587: TLS required before AUTH
        ImplicitTls, // submissions, port 465
        Plain, // loopback only: a lab or a local relay
    };

    enum class AuthMethod
    {
        Any, // the best of PLAIN and LOGIN the server offers
        Plain,
        Login,
    };

    struct Settings
    {
        QString host;
        quint16 port = 587;
        Security security = Security::StartTls;
        QString username; // empty: no AUTH
        QString password;
        AuthMethod auth = AuthMethod::Any;
        QString caFile; // PEM; empty: the system's trust store
        int connectTimeoutMs = 15000;
        int responseTimeoutMs = 60000; // for each reply of the server
        int totalTimeoutMs = 0; // one whole send; 0: no limit but cancel()

        static quint16 defaultPort(Security security);
        // "smtps://host:465", never with credentials.
        QString url() const;
    };

    enum class Failure
    {
        None,
        InvalidInput, // settings or envelope refused before connecting
        Unreachable, // refused, no route, name not found, connect timeout
        Timeout, // the server stopped answering
        TlsNotOffered,
        UntrustedCertificate,
        TlsFailed,
        AuthenticationFailed, // 535 and the like
        AuthNotOffered,
        SenderRefused,
        RecipientsRefused, // every recipient refused
        MessageRefused, // refused at the end of DATA
        DroppedDuringData,
        Cancelled,
        Other,
    };

    struct RefusedRecipient
    {
        QString address;
        QString reply; // "550 5.1.1 <x@y>: Recipient address rejected: ..."
    };

    struct Receipt
    {
        QString reply; // the server's answer to the end of DATA
        QStringList accepted;
        // Refused while others were accepted: the message went to the rest.
        QList<RefusedRecipient> refused;
        qint64 bytes = 0;
        bool reusedConnection = false;
    };

    // Bytes of the message handed over so far, and its size.
    using ProgressCallback = std::function<void(qint64 sent, qint64 total)>;

    explicit SmtpSubmission(Settings settings);
    ~SmtpSubmission();
    Q_DISABLE_COPY_MOVE(SmtpSubmission)

    const Settings &settings() const { return m_settings; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Why these settings cannot be used; an empty string when they can.
    static QString settingsProblem(const Settings &settings);

    Result<Receipt> send(
        const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message);

    // Ends a send() in progress (it returns Failure::Cancelled) and any later
    // one until resetCancel().
    void cancel() { m_cancelled.store(true); }
    void resetCancel() { m_cancelled.store(false); }
    bool isCancelled() const { return m_cancelled.load(); }

    // How the last send() failed; None after a success.
    Failure failure() const { return m_failure; }
    // What the last failed send() was refused, with the server's replies.
    const QList<RefusedRecipient> &refusedRecipients() const { return m_refused; }
    // The SMTP dialogue of the last send(), commands and replies, with AUTH
    // exchanges reduced to their mechanism: safe to show or log.
    const QStringList &transcript() const { return m_transcript; }

    // Drops the kept connection (QUIT); the next send() connects afresh.
    void disconnect();

private:
    Result<Receipt> fail(Failure failure, Error::Code code, const QString &message);

    Settings m_settings;
    void *m_curl = nullptr; // CURL*, kept for connection reuse
    ProgressCallback m_progress;
    std::atomic<bool> m_cancelled { false };
    Failure m_failure = Failure::None;
    QList<RefusedRecipient> m_refused;
    QStringList m_transcript;
    int m_connectionsOpened = 0;
};

} // namespace MailOps
