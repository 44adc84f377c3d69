#pragma once

#include "net/smtpproberesult.h"
#include "net/smtpreplyparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace MailOps {

// Talks to one SMTP server the way a careful admin would by hand: greeting,
// EHLO (HELO if refused), STARTTLS and the certificate chain, AUTH offered
// before and after TLS, an optional recipient check, and a relay test
// (MAIL FROM / RCPT TO for outside addresses, then RSET and QUIT; DATA is
// never sent). Lives on its creator's thread, never blocks it, and always
// ends with finished(): per-step and overall timeouts, cancel() at any time.
class SmtpProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpProbe)

public:
    struct Options
    {
        QString host; // name or address
        quint16 port = 25;
        bool implicitTls = false; // TLS from the first byte (port 465)
        bool startTls = true; // upgrade when the server offers STARTTLS
        QString tlsName; // name the certificate must carry; default: host
        QString heloName; // default: our own address as a literal, "[192.0.2.1]"
        QString recipient; // when set, RCPT TO this address is tried
        QString recipientFrom; // MAIL FROM for that check; empty: the null sender <>
        // Postfix's XCLIENT attributes ("NAME", "[UNAVAILABLE]"), sent after
        // EHLO so that the transactions speak as that client; the server
        // must list this probe's address in smtpd_authorized_xclient_hosts.
        QList<std::pair<QString, QString>> xclient;
        bool relayTest = true;
        QString relayFrom = QStringLiteral("probe@example.org");
        QString relayTo = QStringLiteral("relaytest@example.net");
        int stepTimeoutMs = 15000; // connect, each reply, the TLS handshake
        int totalTimeoutMs = 60000;
        SmtpReplyParser::Limits limits;
    };

    explicit SmtpProbe(QObject *parent = nullptr);
    ~SmtpProbe() override;

    // Returns at once; finished() follows, also for invalid options. Starting
    // again while running abandons the previous run without a signal.
    void start(const Options &options);
    // Ends the run now; finished() is emitted before this returns, with the
    // Cancelled error and everything seen so far.
    void cancel();
    bool isRunning() const { return m_running; }
    const SmtpProbeResult &result() const { return m_result; }

    // Findings in plain words from what a run saw; finished() results have
    // them already. Public so that reports can be rebuilt and tested.
    static QList<SmtpProbeResult::Finding> assess(const SmtpProbeResult &result);

Q_SIGNALS:
    void stepStarted(const QString &step);
    void finished(const MailOps::SmtpProbeResult &result);

private:
    enum class Step
    {
        Idle,
        Connect,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        TlsHandshake,
        EhloAfterTls,
        Xclient,
        RecipientMail,
        RecipientRcpt,
        RecipientRset,
        RelayMail,
        RelayRcpt,
        RelayRset,
        Quit,
    };
    static QString stepName(Step step);

    void enterStep(Step step);
    void send(const QByteArray &command, Step next);
    void record(SmtpProbeResult::TranscriptEntry::Direction direction, const QString &text);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onStepTimeout();
    void onReply(const SmtpReply &reply);
    void afterEhlo();
    void startTransactions();
    void startRelay();
    void quit();
    void recordTls();
    void fail(Error::Code code, const QString &message);
    void finish();
    void dropSocket();

    Options m_options;
    SmtpProbeResult m_result;
    SmtpReplyParser m_parser;
    QPointer<QSslSocket> m_socket;
    QTimer m_stepTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_clock;
    Step m_step = Step::Idle;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace MailOps
