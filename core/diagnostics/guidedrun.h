#pragma once

#include "diagnostics/checkitem.h"
#include "diagnostics/evidencereport.h"
#include "settings/gatewayprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

namespace MailOps {

class DnsQuerier;
class JournalSink;
class Transport;

// "Why is mail not arriving?" for a domain: MX, addresses, reverse DNS,
// ports, greeting, EHLO and STARTTLS, recipient acceptance, SPF and DMARC of
// the sender, DNSBL listings of the MX addresses and the sender IP. Checks
// run concurrently; each is reported as it starts and ends (itemUpdated), and
// the run ends with verdicts in plain words (finished), recorded in the
// journal as a "diagnostics.run" event. The checks run on a thread pool of
// the run's own. GUI or CLI thread; never blocks it; cancel() ends it at
// once.
class GuidedRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidedRun)

public:
    struct Options
    {
        QString domain;
        QString senderIp; // optional: SPF and DNSBL of the sending side
        QString helo; // optional: HELO name to compare with the PTR
        QString senderDomain; // optional: SPF/DMARC domain (default: domain)
        QString recipient; // optional: RCPT TO to try (default postmaster@domain)
        QString dnsServer; // empty: system resolver
        quint16 dnsPort = 53;
        quint16 smtpPort = 25; // the lab listens elsewhere
        QStringList dnsbls; // empty: a default set
        int timeoutMs = 5000;
        QString profile; // the gateway profile the run is for: journal and report
        QString postfixConfigDir; // the gateway's, for postconf -c; empty: Postfix's default

        // The profile's DNS server, blocklists and (on the lab, whose MTA is
        // not on port 25) SMTP port, for this domain.
        static Options forProfile(const GatewayProfile &profile, const QString &domain);
    };

    // journal: where each finished run is recorded (not owned; may be null).
    explicit GuidedRun(JournalSink *journal = nullptr, QObject *parent = nullptr);
    ~GuidedRun() override;

    // The DNS every check asks instead of a resolver made from the options
    // (a test's table of records); null: made from the options.
    void setQuerier(std::shared_ptr<DnsQuerier> querier);
    // The gateway to read the Postfix policy from (not owned; may be null,
    // with the reason in `unavailable`): without it, whether the gateway
    // queries a blocklist is reported as unknown.
    void setTransport(Transport *transport, const QString &unavailable = {});

    void start(const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }
    EvidenceReport report() const { return m_report; }

    static QStringList defaultDnsbls();

Q_SIGNALS:
    void itemUpdated(const MailOps::CheckItem &item);
    void progress(int done, int total);
    void finished(const MailOps::EvidenceReport &report);

private:
    class Private;
    void update(const CheckItem &item);
    void finish();

    void record();

    Private *d;
    JournalSink *m_journal;
    std::shared_ptr<DnsQuerier> m_querier;
    QPointer<Transport> m_transport;
    QString m_transportUnavailable;
    Options m_options;
    EvidenceReport m_report;
    bool m_running = false;
};

} // namespace MailOps
