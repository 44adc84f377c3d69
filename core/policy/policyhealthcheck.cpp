#include "policyhealthcheck.h"

#include "net/smtpprobe.h"
#include "policy/policysnapshot.h"
#include "policy/postfixmaincf.h"
#include "settings/gatewayprofile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>

namespace MailOps {

namespace {

SmtpProbeResult probeOnce(const SmtpProbe::Options &options)
{
    SmtpProbe probe;
    SmtpProbeResult result;
    QEventLoop loop;
    QObject::connect(&probe, &SmtpProbe::finished, &loop, [&](const SmtpProbeResult &r) {
        result = r;
        loop.quit();
    });
    probe.start(options);
    loop.exec();
    return result;
}

} // namespace

PolicyHealthCheck::Options PolicyHealthCheck::forGateway(
    const QString &host, quint16 port, const QString &domain)
{
    Options o;
    o.host = host;
    o.port = port;
    if (!domain.isEmpty())
        o.probes << Probe { tr("this console"), {}, {}, QStringLiteral("postmaster@") + domain, true };
    return o;
}

PolicyHealthCheck::Options PolicyHealthCheck::forProfile(
    const GatewayProfile &profile, const PolicySnapshot &policy, const QList<Probe> &clients)
{
    const PostfixMainCf cf = PostfixMainCf::parse(policy.content(PolicySnapshot::MainCf));
    QString domain;
    for (const QString &item : PostfixMainCf::splitList(cf.expanded(QStringLiteral("relay_domains")))) {
        // Table lookups and ".sub" wildcards are no address to write to.
        if (!item.contains(QLatin1Char(':')) && !item.startsWith(QLatin1Char('.'))) {
            domain = item;
            break;
        }
    }
    if (domain.isEmpty())
        domain = cf.expanded(QStringLiteral("mydomain"));
    Options o = forGateway(profile.smtpHost.isEmpty() ? QStringLiteral("127.0.0.1") : profile.smtpHost,
        profile.smtpPort, domain);
    for (Probe p : clients) {
        if (p.to.isEmpty() && !domain.isEmpty())
            p.to = QStringLiteral("postmaster@") + domain;
        o.probes << p;
    }
    return o;
}

std::optional<PolicyHealthCheck::Probe> PolicyHealthCheck::clientFromText(
    const QString &text, const QString &recipient)
{
    const QString name = text.section(QLatin1Char('/'), 0, 0).trimmed();
    const QString addr = text.section(QLatin1Char('/'), 1).trimmed();
    if (name.isEmpty() || QHostAddress(addr).isNull())
        return std::nullopt;
    Probe p;
    const bool unnamed = name == u"-";
    p.label = unnamed ? tr("a client at %1 without reverse DNS").arg(addr) : tr("%1 [%2]").arg(name, addr);
    p.xclient = { { QStringLiteral("NAME"), unnamed ? QStringLiteral("[UNAVAILABLE]") : name },
        { QStringLiteral("REVERSE_NAME"), unnamed ? QStringLiteral("[UNAVAILABLE]") : name },
        { QStringLiteral("ADDR"), addr } };
    p.to = recipient;
    return p;
}

PolicyHealthCheck::Report PolicyHealthCheck::run(const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    Report report;
    SmtpProbe::Options base;
    base.host = options.host;
    base.port = options.port;
    base.startTls = false;
    base.relayTest = false;
    base.stepTimeoutMs = options.timeoutMs;
    base.totalTimeoutMs = options.timeoutMs * 3;

    QList<Probe> probes = options.probes;
    if (probes.isEmpty())
        probes << Probe { tr("this console"), {}, {}, {}, false };
    for (const Probe &p : probes) {
        SmtpProbe::Options o = base;
        o.recipient = p.to;
        o.recipientFrom = p.from;
        o.xclient = p.xclient;
        const SmtpProbeResult r = probeOnce(o);
        if (report.greeting.isEmpty() && r.greeting)
            report.greeting = r.greeting->summary();
        ProbeResult pr;
        pr.label = p.label;
        if (r.recipient.rcptReply) {
            pr.rcptCode = r.recipient.rcptReply->code;
            pr.reply = r.recipient.rcptReply->summary();
        }
        if (!r.greeting || r.greeting->code != 220) {
            report.failure = r.greeting
                ? tr("the gateway greets with \"%1\" instead of 220").arg(r.greeting->summary())
                : tr("the gateway does not greet: %1").arg(r.error ? r.error->message : tr("no answer"));
        } else if (r.error) {
            report.failure = tr("the check as %1 failed: %2").arg(p.label, r.error->message);
        } else if (p.to.isEmpty()) {
            pr.passed = true;
        } else if (!r.recipient.rcptReply) {
            report.failure
                = tr("the check as %1 did not reach RCPT TO: %2")
                      .arg(p.label,
                          r.recipient.mailReply ? r.recipient.mailReply->summary() : tr("no answer"));
        } else if (p.mustAccept && (pr.rcptCode < 200 || pr.rcptCode > 299)) {
            report.failure
                = tr("the gateway now refuses mail from %1 to %2: %3").arg(p.label, p.to, pr.reply);
        } else {
            pr.passed = true;
        }
        report.probes << pr;
        if (!report.failure.isEmpty())
            break;
    }
    report.healthy = report.failure.isEmpty();
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace MailOps
