#include "dnsblchecker.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::DnsblChecker", text);
}

struct Lookup
{
    QString name;
    QFuture<Result<DnsAnswer>> future;
    QElapsedTimer timer;
};

Lookup start(DnsQuerier &q, const QString &name, DnsType type)
{
    Lookup l;
    l.name = name;
    l.timer.start();
    l.future = q.query(name, type);
    return l;
}

DnsblListResult decode(const QString &zone, Lookup &lookup)
{
    DnsblListResult r;
    r.zone = zone;
    r.query = lookup.name;
    const Result<DnsAnswer> a = lookup.future.result();
    r.elapsedMs = lookup.timer.elapsed();
    if (!a.ok()) {
        if (a.error().code == Error::Code::NxDomain || a.error().code == Error::Code::NoData) {
            r.status = DnsblListResult::Status::NotListed;
        } else {
            r.status = DnsblListResult::Status::Error;
            r.error = a.error();
        }
        return r;
    }
    r.codes = a.value().addresses();
    bool listed = false;
    for (const QHostAddress &code : std::as_const(r.codes)) {
        QString meaning;
        listed = DnsblChecker::classify(code, &meaning) == DnsblListResult::Status::Listed || listed;
        r.meanings.append(meaning);
    }
    r.status = listed ? DnsblListResult::Status::Listed : DnsblListResult::Status::NotAListing;
    if (r.codes.isEmpty())
        r.status = DnsblListResult::Status::NotListed;
    return r;
}

void judgeHealth(
    const DnsblListResult &tp2, const DnsblListResult &tp1, DnsblListResult::Health *health, QString *detail)
{
    using S = DnsblListResult::Status;
    using H = DnsblListResult::Health;
    auto codes = [](const DnsblListResult &r) {
        QStringList c;
        for (const QHostAddress &a : r.codes)
            c.append(a.toString());
        return c.join(QStringLiteral(", "));
    };
    if (tp1.status == S::Listed) {
        *health = H::Dead;
        *detail = tr(
            "DEAD OR MISCONFIGURED: %1 lists the test address 127.0.0.1 (answer %2), which no working list "
            "does (RFC 5782). "
            "It lists everything and will reject ALL mail: remove it from the gateway's configuration now.")
                      .arg(tp1.zone, codes(tp1));
    } else if (tp1.status == S::NotAListing || tp2.status == S::NotAListing) {
        const DnsblListResult &r = tp1.status == S::NotAListing ? tp1 : tp2;
        *health = H::Refusing;
        *detail = tr("%1 answers %2 to its test queries: %3. Its answers from this resolver mean nothing; "
                     "query it through a resolver it accepts, or drop it.")
                      .arg(r.zone, codes(r), r.meanings.join(QStringLiteral("; ")));
    } else if (tp1.status == S::Error || tp2.status == S::Error) {
        const DnsblListResult &r = tp2.status == S::Error ? tp2 : tp1;
        *health = H::Unknown;
        *detail = tr("could not test %1: %2").arg(r.zone, r.error ? r.error->message : QString());
    } else if (tp2.status == S::NotListed) {
        *health = H::NoTestPoint;
        *detail = tr("%1 does not list the test address 127.0.0.2: it may be discontinued or not publish RFC "
                     "5782 test points; treat its answers with care.")
                      .arg(tp2.zone);
    } else {
        *health = H::Working;
        *detail = tr("%1 answers its test points correctly (127.0.0.2 listed, 127.0.0.1 not listed)")
                      .arg(tp2.zone);
    }
}

} // namespace

DnsblChecker::DnsblChecker(std::shared_ptr<DnsQuerier> querier, DnsblOptions options)
    : m_querier(std::move(querier))
    , m_options(options)
{
}

QString DnsblChecker::queryName(const QHostAddress &ip, const QString &zone)
{
    return reversedAddressLabels(ip) + QLatin1Char('.') + normalizedDnsName(zone);
}

DnsblListResult::Status DnsblChecker::classify(const QHostAddress &code, QString *meaning)
{
    using S = DnsblListResult::Status;
    bool v4 = false;
    const quint32 a = code.toIPv4Address(&v4);
    auto say = [&](const QString &m) {
        if (meaning)
            *meaning = m;
    };
    if (!v4 || (a >> 24) != 127) {
        say(tr("%1 is outside 127.0.0.0/8, so it is not a listing (a wildcard record, a hijacked zone or a "
               "resolver that rewrites NXDOMAIN)")
                .arg(code.toString()));
        return S::NotAListing;
    }
    if ((a & 0xffffff00u) == 0x7fffff00u) {
        const quint32 last = a & 0xff;
        QString why;
        switch (last) {
        case 252:
            why = tr("the list name is wrong (typing error)");
            break;
        case 254:
            why = tr("the list refuses queries through public or open resolvers");
            break;
        case 255:
            why = tr("the list refuses queries from this resolver for excessive volume");
            break;
        default:
            why = tr("an error code of the list");
            break;
        }
        say(tr("%1 means \"query refused\": %2; it is not a listing").arg(code.toString(), why));
        return S::NotAListing;
    }
    if (a == 0x7f000001u) {
        say(tr("127.0.0.1 is not a valid return code (RFC 5782 reserves it); not counted as a listing"));
        return S::NotAListing;
    }
    if (a == 0x7f000002u)
        say(tr("listed (127.0.0.2, the usual return code)"));
    else
        say(tr("listed (return code %1; its meaning is defined by the list)").arg(code.toString()));
    return S::Listed;
}

Result<QStringList> DnsblChecker::parseListFile(const QString &contents)
{
    QStringList zones;
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))+$"));
    const QStringList lines = contents.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QString zone = normalizedDnsName(line);
        if (!valid.match(zone).hasMatch() || zone.size() > 200)
            return Result<QStringList>::failure(Error::Code::ParseError,
                tr("line %1: \"%2\" is not a DNS list zone name").arg(i + 1).arg(line));
        if (!zones.contains(zone))
            zones.append(zone);
    }
    if (zones.isEmpty())
        return Result<QStringList>::failure(Error::Code::ParseError, tr("the list file names no lists"));
    return zones;
}

QStringList DnsblChecker::defaultLists()
{
    return { QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net"),
        QStringLiteral("b.barracudacentral.org"), QStringLiteral("psbl.surriel.com"),
        QStringLiteral("dnsbl.sorbs.net") };
}

QFuture<DnsblReport> DnsblChecker::check(const QHostAddress &ip, const QStringList &zones) const
{
    return QtConcurrent::run(
        dnsCheckPool(), [self = *this, ip, zones] { return self.checkBlocking(ip, zones); });
}

QFuture<QList<DnsblReport>> DnsblChecker::checkMany(
    const QList<QHostAddress> &ips, const QStringList &zones) const
{
    return QtConcurrent::run(
        dnsCheckPool(), [self = *this, ips, zones] { return self.checkManyBlocking(ips, zones); });
}

DnsblReport DnsblChecker::checkBlocking(const QHostAddress &ip, const QStringList &zones) const
{
    const QList<DnsblReport> r = checkManyBlocking({ ip }, zones);
    return r.isEmpty() ? DnsblReport {} : r.first();
}

QList<DnsblReport> DnsblChecker::checkManyBlocking(
    const QList<QHostAddress> &ips, const QStringList &zonesIn) const
{
    QElapsedTimer timer;
    timer.start();
    QStringList zones;
    for (const QString &z : zonesIn) {
        const QString n = normalizedDnsName(z);
        if (!n.isEmpty() && !zones.contains(n))
            zones.append(n);
    }
    DnsQuerier &q = *m_querier;

    // Everything goes out before anything is waited for: the whole check
    // costs about one round trip however many lists there are.
    QList<Lookup> tp2, tp1;
    if (m_options.liveness) {
        for (const QString &z : std::as_const(zones)) {
            tp2.append(start(q, QStringLiteral("2.0.0.127.") + z, DnsType::A));
            tp1.append(start(q, QStringLiteral("1.0.0.127.") + z, DnsType::A));
        }
    }
    QList<QList<Lookup>> lookups;
    for (const QHostAddress &ip : ips) {
        QList<Lookup> perIp;
        for (const QString &z : std::as_const(zones))
            perIp.append(start(q, queryName(ip, z), DnsType::A));
        lookups.append(perIp);
    }

    QList<DnsblListResult::Health> health(zones.size(), DnsblListResult::Health::Unknown);
    QStringList healthDetail(zones.size(), tr("liveness not tested"));
    if (m_options.liveness) {
        for (qsizetype i = 0; i < zones.size(); ++i)
            judgeHealth(
                decode(zones.at(i), tp2[i]), decode(zones.at(i), tp1[i]), &health[i], &healthDetail[i]);
    }

    QList<DnsblReport> reports;
    QList<std::pair<DnsblListResult *, Lookup>> reasons;
    reports.reserve(ips.size());
    for (qsizetype n = 0; n < ips.size(); ++n) {
        DnsblReport report;
        report.ip = ips.at(n);
        report.server = q.describe();
        for (qsizetype i = 0; i < zones.size(); ++i) {
            DnsblListResult r = decode(zones.at(i), lookups[n][i]);
            r.health = health.at(i);
            r.healthDetail = healthDetail.at(i);
            report.lists.append(r);
        }
        reports.append(report);
    }
    if (m_options.fetchReasons) {
        for (DnsblReport &report : reports) {
            for (DnsblListResult &r : report.lists) {
                if (r.status == DnsblListResult::Status::Listed)
                    reasons.append({ &r, start(q, r.query, DnsType::TXT) });
            }
        }
        for (auto &[r, lookup] : reasons) {
            const Result<DnsAnswer> txt = lookup.future.result();
            if (txt.ok())
                r->reason = txt.value().texts().join(QStringLiteral(" "));
        }
    }
    for (DnsblReport &report : reports)
        report.elapsedMs = timer.elapsed();
    return reports;
}

} // namespace MailOps
