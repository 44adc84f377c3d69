#include "policydnsblaudit.h"

#include "dns/dnsblchecker.h"
#include "dns/resolver.h"
#include "policy/postfixdnsblusage.h"
#include "policy/postfixmaincf.h"
#include "policy/postfixrestrictions.h"
#include "settings/gatewayprofile.h"

#include <QHostAddress>

namespace MailOps {

bool PolicyDnsblAudit::List::harmful() const
{
    return rejects
        && (health == DnsblListResult::Health::Dead || health == DnsblListResult::Health::NoTestPoint
            || health == DnsblListResult::Health::Refusing);
}

QString PolicyDnsblAudit::List::describe() const
{
    const QString where = parameters.join(QStringLiteral(", "));
    switch (health) {
    case DnsblListResult::Health::Dead:
        return tr("%1 (%2) lists every address it is asked about: it rejects all mail").arg(zone, where);
    case DnsblListResult::Health::NoTestPoint:
        return tr(
            "%1 (%2) does not list its test address 127.0.0.2: discontinued or not answering, it protects "
            "nothing")
            .arg(zone, where);
    case DnsblListResult::Health::Refusing:
        return tr("%1 (%2) refuses queries from this gateway's resolver: its answers mean nothing")
            .arg(zone, where);
    case DnsblListResult::Health::Working:
        return tr("%1 (%2) works").arg(zone, where);
    case DnsblListResult::Health::Unknown:
        break;
    }
    return tr("%1 (%2) could not be tested: %3").arg(zone, where, detail);
}

QByteArray PolicyDnsblAudit::flattened(const PolicySnapshot &snapshot)
{
    // PostfixDnsblUsage reads postconf -n's one line per parameter.
    const PostfixMainCf cf = PostfixMainCf::parse(snapshot.content(PolicySnapshot::MainCf));
    QByteArray out;
    for (const PostfixMainCf::Entry &e : cf.entries())
        out += e.name.toUtf8() + " = " + e.value.toUtf8() + '\n';
    return out;
}

QStringList PolicyDnsblAudit::zones(const PolicySnapshot &snapshot)
{
    return PostfixDnsblUsage::parse(QString::fromUtf8(flattened(snapshot))).zones();
}

QList<PolicyDnsblAudit::List> PolicyDnsblAudit::check(
    const PolicySnapshot &snapshot, std::shared_ptr<DnsQuerier> querier)
{
    const PostfixDnsblUsage usage = PostfixDnsblUsage::parse(QString::fromUtf8(flattened(snapshot)));
    const QStringList all = usage.zones();
    QList<List> out;
    if (all.isEmpty())
        return out;
    DnsblOptions options;
    options.fetchReasons = false;
    const DnsblReport report = DnsblChecker(std::move(querier), options)
                                   .checkBlocking(QHostAddress(QStringLiteral("127.0.0.2")), all);
    for (const QString &zone : all) {
        List l;
        l.zone = zone;
        l.parameters = usage.parameters(zone);
        l.rejects = usage.rejectsWith(zone);
        for (const DnsblListResult &r : report.lists) {
            if (PostfixDnsblUsage::normalizedZone(r.zone) == zone) {
                l.health = r.health;
                l.detail = r.healthDetail;
            }
        }
        out << l;
    }
    return out;
}

QList<PolicyDnsblAudit::List> PolicyDnsblAudit::check(
    const PolicySnapshot &snapshot, const GatewayProfile &profile)
{
    ResolverOptions options;
    if (!profile.dnsServer.isEmpty())
        options.servers << DnsServer { QHostAddress(profile.dnsServer), profile.dnsPort };
    options.timeoutMs = 2000;
    return check(snapshot, std::make_shared<Resolver>(options));
}

PolicyLint::LintContext PolicyDnsblAudit::context(const QList<List> &lists)
{
    PolicyLint::LintContext c;
    for (const List &l : lists) {
        if (l.health == DnsblListResult::Health::Dead)
            c.listsEverything.insert(l.zone);
        else if (l.health == DnsblListResult::Health::NoTestPoint)
            c.deadDnsbls.insert(l.zone);
    }
    return c;
}

PolicySnapshot PolicyDnsblAudit::without(const PolicySnapshot &snapshot, const QString &zone)
{
    const QString wanted = PostfixDnsblUsage::normalizedZone(zone);
    static const QStringList lookups { QStringLiteral("reject_rbl_client"),
        QStringLiteral("reject_rhsbl_client"), QStringLiteral("reject_rhsbl_sender"),
        QStringLiteral("reject_rhsbl_helo"), QStringLiteral("reject_rhsbl_recipient"),
        QStringLiteral("reject_rhsbl_reverse_client"), QStringLiteral("permit_dnswl_client"),
        QStringLiteral("permit_rhswl_client") };
    const auto sameZone = [&](const QString &token) {
        // "zone=127.0.0.[2..11]" and "zone*3" name the zone too.
        QString z = token.section(QLatin1Char('='), 0, 0);
        z = z.section(QLatin1Char('*'), 0, 0);
        return PostfixDnsblUsage::normalizedZone(z) == wanted;
    };
    PostfixMainCf cf = PostfixMainCf::parse(snapshot.content(PolicySnapshot::MainCf));
    QByteArray text = cf.text();
    for (const QString &name : cf.names()) {
        const QStringList tokens = PostfixMainCf::splitList(cf.value(name));
        QStringList kept;
        bool changed = false;
        if (name == u"postscreen_dnsbl_sites") {
            for (const QString &t : tokens) {
                if (sameZone(t))
                    changed = true;
                else
                    kept << t;
            }
        } else {
            // Restriction by restriction, so that each keeps its argument
            // (and its warn_if_reject) as one item.
            for (const PostfixRestrictions::Restriction &r : PostfixRestrictions::group(tokens)) {
                if (lookups.contains(r.name) && sameZone(r.argument))
                    changed = true;
                else
                    kept << r.text();
            }
        }
        if (changed) {
            text = cf.withValue(name, kept.join(QStringLiteral(", ")));
            cf = PostfixMainCf::parse(text);
        }
    }
    PolicySnapshot out = snapshot;
    out.setFile(PolicySnapshot::MainCf, text);
    return out;
}

} // namespace MailOps
