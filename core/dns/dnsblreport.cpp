#include "dnsblreport.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::DnsblReport", text);
}

} // namespace

QString DnsblListResult::statusName(Status s)
{
    switch (s) {
    case Status::NotListed:
        return QStringLiteral("not-listed");
    case Status::Listed:
        return QStringLiteral("listed");
    case Status::NotAListing:
        return QStringLiteral("not-a-listing");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString DnsblListResult::healthName(Health h)
{
    switch (h) {
    case Health::Working:
        return QStringLiteral("working");
    case Health::Dead:
        return QStringLiteral("dead");
    case Health::Refusing:
        return QStringLiteral("refusing");
    case Health::NoTestPoint:
        return QStringLiteral("no-test-point");
    case Health::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

int DnsblReport::listedCount() const
{
    int n = 0;
    for (const DnsblListResult &r : lists)
        n += r.trustworthyListing() ? 1 : 0;
    return n;
}

QList<DnsblListResult> DnsblReport::deadLists() const
{
    QList<DnsblListResult> out;
    for (const DnsblListResult &r : lists) {
        if (r.health == DnsblListResult::Health::Dead)
            out.append(r);
    }
    return out;
}

QList<DnsblListResult> DnsblReport::unusableLists() const
{
    QList<DnsblListResult> out;
    for (const DnsblListResult &r : lists) {
        if (r.health == DnsblListResult::Health::Dead || r.health == DnsblListResult::Health::Refusing
            || r.status == DnsblListResult::Status::Error || r.status == DnsblListResult::Status::NotAListing)
            out.append(r);
    }
    return out;
}

int DnsblReport::exitCode() const
{
    if (listedCount() > 0)
        return 2;
    return unusableLists().isEmpty() ? 0 : 1;
}

QString DnsblReport::toText() const
{
    QStringList out;
    out.append(tr("DNSBL check of %1 against %2 list(s) via %3, %4 ms")
                   .arg(ip.toString())
                   .arg(lists.size())
                   .arg(server)
                   .arg(elapsedMs));
    // The loudest news first: a dead list rejects everyone's mail.
    for (const DnsblListResult &r : lists) {
        if (r.health == DnsblListResult::Health::Dead)
            out.append(QStringLiteral("!!! ") + r.healthDetail);
    }
    for (const DnsblListResult &r : lists) {
        QString line;
        switch (r.status) {
        case DnsblListResult::Status::Listed:
            line = (r.trustworthyListing() ? tr("LISTED       ") : tr("LISTED?      ")) + r.zone
                + QStringLiteral("  ") + r.meanings.join(QStringLiteral("; "));
            if (!r.reason.isEmpty())
                line += QStringLiteral("\n               ") + tr("reason: ") + r.reason;
            if (!r.trustworthyListing())
                line += QStringLiteral("\n               ")
                    + tr("not trustworthy: the list itself is %1").arg(DnsblListResult::healthName(r.health));
            break;
        case DnsblListResult::Status::NotListed:
            line = tr("not listed   ") + r.zone;
            break;
        case DnsblListResult::Status::NotAListing:
            line
                = tr("NO ANSWER    ") + r.zone + QStringLiteral("  ") + r.meanings.join(QStringLiteral("; "));
            break;
        case DnsblListResult::Status::Error:
            line = tr("UNKNOWN      ") + r.zone + QStringLiteral("  ")
                + tr("lookup failed, so listing status is unknown: ")
                + (r.error ? r.error->message : QString());
            break;
        }
        out.append(QStringLiteral("  ") + line);
        if (r.health != DnsblListResult::Health::Working && r.health != DnsblListResult::Health::Dead)
            out.append(QStringLiteral("               ") + tr("list health: ") + r.healthDetail);
    }
    const int listed = listedCount();
    out.append(listed > 0 ? tr("Verdict: %1 is listed on %2 working list(s).").arg(ip.toString()).arg(listed)
                          : tr("Verdict: %1 is not listed on any working list.").arg(ip.toString()));
    const auto dead = deadLists();
    if (!dead.isEmpty()) {
        QStringList names;
        for (const auto &d : dead)
            names.append(d.zone);
        out.append(tr("WARNING: %1 list(s) LIST EVERYTHING and must not be used: %2")
                       .arg(dead.size())
                       .arg(names.join(QStringLiteral(", "))));
    }
    return out.join(QLatin1Char('\n'));
}

QJsonObject DnsblReport::toJson() const
{
    QJsonArray arr;
    for (const DnsblListResult &r : lists) {
        QJsonArray codes;
        for (const QHostAddress &c : r.codes)
            codes.append(c.toString());
        QJsonObject o {
            { QStringLiteral("zone"), r.zone },
            { QStringLiteral("query"), r.query },
            { QStringLiteral("status"), DnsblListResult::statusName(r.status) },
            { QStringLiteral("trustworthy"), r.trustworthyListing() },
            { QStringLiteral("codes"), codes },
            { QStringLiteral("meanings"), QJsonArray::fromStringList(r.meanings) },
            { QStringLiteral("reason"), r.reason },
            { QStringLiteral("health"), DnsblListResult::healthName(r.health) },
            { QStringLiteral("health_detail"), r.healthDetail },
            { QStringLiteral("elapsed_ms"), r.elapsedMs },
        };
        if (r.error) {
            o.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), Error::codeName(r.error->code) },
                    { QStringLiteral("message"), r.error->message } });
        }
        arr.append(o);
    }
    QJsonArray dead;
    for (const auto &d : deadLists())
        dead.append(d.zone);
    return QJsonObject {
        { QStringLiteral("ip"), ip.toString() },
        { QStringLiteral("server"), server },
        { QStringLiteral("elapsed_ms"), elapsedMs },
        { QStringLiteral("listed"), listedCount() },
        { QStringLiteral("dead_lists"), dead },
        { QStringLiteral("exit_code"), exitCode() },
        { QStringLiteral("lists"), arr },
    };
}

} // namespace MailOps
