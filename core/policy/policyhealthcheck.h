#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace MailOps {

struct GatewayProfile;
class PolicySnapshot;

// Whether the gateway still takes mail after a policy change: the greeting,
// then for each probe client a transaction up to RCPT TO (never DATA),
// spoken through XCLIENT as that client when one is named, e.g. a partner
// with reverse DNS that the new rule must still accept. Runs the probes one
// after another and blocks with a local event loop: for a worker thread or a
// command-line process. Never throws; a failure is a sentence in the report.
class PolicyHealthCheck final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyHealthCheck)

public:
    struct Probe
    {
        QString label; // "a partner with reverse DNS"
        QList<std::pair<QString, QString>> xclient; // empty: as this console
        QString from; // MAIL FROM; empty: <>
        QString to; // RCPT TO
        bool mustAccept = true; // false: any answer to RCPT is fine, only the session must work
    };

    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 25;
        QList<Probe> probes; // empty: the greeting and EHLO only
        int timeoutMs = 15000;
    };

    struct ProbeResult
    {
        QString label;
        int rcptCode = 0; // 0: never reached RCPT
        QString reply; // "450 4.7.1 Client host rejected: cannot find your hostname"
        bool passed = false;
    };

    struct Report
    {
        bool healthy = false;
        QString failure; // one sentence when not healthy
        QString greeting;
        QList<ProbeResult> probes;
        qint64 elapsedMs = 0;
    };

    static Report run(const Options &options);

    // The default check for a gateway: the greeting, then RCPT TO
    // postmaster@domain as this console.
    static Options forGateway(const QString &host, quint16 port, const QString &domain);
    // The same for a profile's gateway, to the first domain the policy relays
    // for (relay_domains, else mydomain), plus `clients` through XCLIENT.
    static Options forProfile(
        const GatewayProfile &profile, const PolicySnapshot &policy, const QList<Probe> &clients = {});
    // "NAME/ADDR" ("partner.example/192.0.2.7"; NAME "-" for none) as a
    // probe that must be accepted; nullopt when it is not that.
    static std::optional<Probe> clientFromText(const QString &text, const QString &recipient);
};

} // namespace MailOps
