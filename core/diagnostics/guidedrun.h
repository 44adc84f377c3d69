#pragma once

#include "diagnostics/checkitem.h"
#include "diagnostics/evidencereport.h"

#include <QObject>
#include <QStringList>

namespace MailOps {

// "Why is mail not arriving?" for a domain: MX, addresses, reverse DNS,
// ports, greeting, EHLO and STARTTLS, recipient acceptance, SPF and DMARC of
// the sender, DNSBL listings of the MX addresses and the sender IP. Checks
// run concurrently; each is reported as it starts and ends (itemUpdated), and
// the run ends with verdicts in plain words (finished). GUI or CLI thread;
// never blocks it; cancel() ends it at once.
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
    };

    explicit GuidedRun(QObject *parent = nullptr);
    ~GuidedRun() override;

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

    Private *d;
    EvidenceReport m_report;
    bool m_running = false;
};

} // namespace MailOps
