#include "reversednscheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::ReverseDnsCheck", text);
}

bool missing(const Error &e)
{
    return e.code == Error::Code::NxDomain || e.code == Error::Code::NoData;
}

QString joined(const QList<QHostAddress> &l)
{
    QStringList s;
    for (const QHostAddress &a : l)
        s.append(a.toString());
    return s.join(QStringLiteral(", "));
}

// Both families: a PTR name may confirm through A or AAAA.
Result<QList<QHostAddress>> addressesOf(DnsQuerier &q, const QString &name)
{
    auto a = q.query(name, DnsType::A);
    auto aaaa = q.query(name, DnsType::AAAA);
    const Result<DnsAnswer> ra = a.result();
    const Result<DnsAnswer> raaaa = aaaa.result();
    QList<QHostAddress> out;
    if (ra.ok())
        out += ra.value().addresses();
    if (raaaa.ok())
        out += raaaa.value().addresses();
    if (out.isEmpty()) {
        if (!ra.ok() && !missing(ra.error()))
            return ra.error();
        if (!raaaa.ok() && !missing(raaaa.error()))
            return raaaa.error();
    }
    return out;
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    bool v4a = false, v4b = false;
    const quint32 x = a.toIPv4Address(&v4a);
    const quint32 y = b.toIPv4Address(&v4b);
    if (v4a && v4b)
        return x == y;
    return a.isEqual(b, QHostAddress::StrictConversion);
}

} // namespace

QString ReverseDnsReport::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Confirmed:
        return QStringLiteral("confirmed");
    case Verdict::MissingPtr:
        return QStringLiteral("missing-ptr");
    case Verdict::ForgedPtr:
        return QStringLiteral("forged-ptr");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString ReverseDnsReport::heloName(Helo h)
{
    switch (h) {
    case Helo::NotGiven:
        return QStringLiteral("not-given");
    case Helo::MatchesPtr:
        return QStringLiteral("matches-ptr");
    case Helo::ResolvesToIp:
        return QStringLiteral("resolves-to-ip");
    case Helo::PointsElsewhere:
        return QStringLiteral("points-elsewhere");
    case Helo::DoesNotResolve:
        return QStringLiteral("does-not-resolve");
    case Helo::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QFuture<ReverseDnsReport> ReverseDnsCheck::run(
    std::shared_ptr<DnsQuerier> querier, const QHostAddress &ip, const QString &helo)
{
    return QtConcurrent::run(dnsCheckPool(), [querier, ip, helo] { return runBlocking(*querier, ip, helo); });
}

ReverseDnsReport ReverseDnsCheck::runBlocking(DnsQuerier &q, const QHostAddress &ip, const QString &helo)
{
    ReverseDnsReport r;
    r.ip = ip;
    r.helo = normalizedDnsName(helo);
    const QString rev = reverseName(ip);
    const Result<DnsAnswer> ptr = q.queryBlocking(rev, DnsType::PTR);
    if (!ptr.ok()) {
        if (missing(ptr.error())) {
            r.verdict = ReverseDnsReport::Verdict::MissingPtr;
            r.details.append(tr("%1 PTR: none (%2)").arg(rev, ptr.error().message));
            r.summary = tr("%1 has no PTR record (reverse DNS is missing); many receivers reject or defer "
                           "mail from such addresses")
                            .arg(ip.toString());
        } else {
            r.error = ptr.error();
            r.details.append(tr("%1 PTR: lookup failed: %2").arg(rev, ptr.error().message));
            r.summary = tr("the reverse DNS of %1 could not be checked: %2")
                            .arg(ip.toString(), ptr.error().message);
        }
    } else {
        for (const DnsRecord &p : ptr.value().records(DnsType::PTR))
            r.ptrNames.append(p.target);
        r.details.append(tr("%1 PTR: %2").arg(rev, r.ptrNames.join(QStringLiteral(", "))));
        bool failed = false;
        QStringList elsewhere;
        for (const QString &name : std::as_const(r.ptrNames)) {
            const auto addrs = addressesOf(q, name);
            if (!addrs.ok()) {
                failed = true;
                r.details.append(tr("%1: lookup failed: %2").arg(name, addrs.error().message));
                continue;
            }
            const bool back = std::any_of(addrs.value().begin(), addrs.value().end(),
                [&](const QHostAddress &a) { return sameAddress(a, ip); });
            r.details.append(tr("%1 resolves to %2")
                                 .arg(name, addrs.value().isEmpty() ? tr("nothing") : joined(addrs.value())));
            if (back && r.confirmedName.isEmpty())
                r.confirmedName = name;
            else if (!back)
                elsewhere.append(tr("%1 (%2)").arg(
                    name, addrs.value().isEmpty() ? tr("no address") : joined(addrs.value())));
        }
        if (!r.confirmedName.isEmpty()) {
            r.verdict = ReverseDnsReport::Verdict::Confirmed;
            r.summary = tr("%1 has reverse DNS %2, which resolves back to it (forward-confirmed)")
                            .arg(ip.toString(), r.confirmedName);
        } else if (failed) {
            r.verdict = ReverseDnsReport::Verdict::Unknown;
            r.summary = tr("the PTR names of %1 could not all be checked; forward confirmation is unknown")
                            .arg(ip.toString());
        } else {
            r.verdict = ReverseDnsReport::Verdict::ForgedPtr;
            r.summary
                = tr("%1 claims to be %2 in reverse DNS, but that name does not resolve back to it: the PTR "
                     "is forged or stale, "
                     "and receivers that check forward-confirmed reverse DNS will reject or defer its mail")
                      .arg(ip.toString(), elsewhere.join(QStringLiteral(", ")));
        }
    }

    if (!r.helo.isEmpty()) {
        const auto addrs = addressesOf(q, r.helo);
        if (!addrs.ok()) {
            r.heloVerdict = ReverseDnsReport::Helo::Unknown;
            r.details.append(tr("HELO %1: lookup failed: %2").arg(r.helo, addrs.error().message));
        } else {
            r.heloAddresses = addrs.value();
            const bool toIp = std::any_of(r.heloAddresses.begin(), r.heloAddresses.end(),
                [&](const QHostAddress &a) { return sameAddress(a, ip); });
            if (!r.confirmedName.isEmpty() && r.helo == r.confirmedName)
                r.heloVerdict = ReverseDnsReport::Helo::MatchesPtr;
            else if (toIp)
                r.heloVerdict = ReverseDnsReport::Helo::ResolvesToIp;
            else if (r.heloAddresses.isEmpty())
                r.heloVerdict = ReverseDnsReport::Helo::DoesNotResolve;
            else
                r.heloVerdict = ReverseDnsReport::Helo::PointsElsewhere;
            r.details.append(
                tr("HELO %1 resolves to %2")
                    .arg(r.helo, r.heloAddresses.isEmpty() ? tr("nothing") : joined(r.heloAddresses)));
        }
        switch (r.heloVerdict) {
        case ReverseDnsReport::Helo::MatchesPtr:
            r.summary += tr("; HELO %1 matches the reverse DNS").arg(r.helo);
            break;
        case ReverseDnsReport::Helo::ResolvesToIp:
            r.summary
                += tr("; HELO %1 resolves to %2 but is not its reverse DNS name").arg(r.helo, ip.toString());
            break;
        case ReverseDnsReport::Helo::PointsElsewhere:
            r.summary
                += tr("; HELO %1 resolves to %2, not to %3: the HELO name does not belong to this sender")
                       .arg(r.helo, joined(r.heloAddresses), ip.toString());
            break;
        case ReverseDnsReport::Helo::DoesNotResolve:
            r.summary += tr("; HELO %1 does not resolve at all").arg(r.helo);
            break;
        case ReverseDnsReport::Helo::Unknown:
            r.summary += tr("; HELO %1 could not be checked").arg(r.helo);
            break;
        case ReverseDnsReport::Helo::NotGiven:
            break;
        }
    }
    return r;
}

} // namespace MailOps
