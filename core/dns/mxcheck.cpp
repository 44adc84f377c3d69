#include "mxcheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::MxCheck", text);
}

void collect(MxHost &host, const Result<DnsAnswer> &r, const QString &type)
{
    if (r.ok()) {
        host.addresses.append(r.value().addresses());
    } else if (r.error().code != Error::Code::NxDomain && r.error().code != Error::Code::NoData) {
        host.problems.append(tr("%1 lookup failed: %2").arg(type, r.error().message));
    } else if (r.error().code == Error::Code::NxDomain && type == QLatin1String("A")) {
        host.problems.append(tr("%1 does not exist (NXDOMAIN)").arg(host.name));
    }
}

} // namespace

QFuture<MxReport> MxCheck::run(std::shared_ptr<DnsQuerier> querier, const QString &domain)
{
    return QtConcurrent::run(dnsCheckPool(), [querier, domain] { return runBlocking(*querier, domain); });
}

MxReport MxCheck::runBlocking(DnsQuerier &q, const QString &domainIn)
{
    MxReport report;
    report.domain = normalizedDnsName(domainIn);
    const Result<DnsAnswer> mx = q.queryBlocking(report.domain, DnsType::MX);
    if (!mx.ok()) {
        const Error::Code c = mx.error().code;
        if (c == Error::Code::NoData) {
            report.implicitMx = true;
            report.hosts.append(MxHost { 0, report.domain, {}, {} });
        } else {
            report.error = mx.error();
            report.verdict = c == Error::Code::NxDomain
                ? tr("%1 does not exist in DNS: no mail can be delivered to it").arg(report.domain)
                : tr("the MX records of %1 could not be looked up: %2")
                      .arg(report.domain, mx.error().message);
            return report;
        }
    } else {
        for (const DnsRecord &r : mx.value().records(DnsType::MX))
            report.hosts.append(MxHost { r.preference, r.target, {}, {} });
        std::stable_sort(report.hosts.begin(), report.hosts.end(), [](const MxHost &a, const MxHost &b) {
            return a.preference != b.preference ? a.preference < b.preference : a.name < b.name;
        });
        if (report.hosts.size() == 1
            && (report.hosts.first().name.isEmpty() || report.hosts.first().name == QLatin1String("."))) {
            report.nullMx = true;
            report.verdict
                = tr("%1 publishes a null MX (RFC 7505): it accepts no mail at all").arg(report.domain);
            return report;
        }
    }

    QList<std::pair<QFuture<Result<DnsAnswer>>, QFuture<Result<DnsAnswer>>>> lookups;
    for (const MxHost &h : std::as_const(report.hosts))
        lookups.append({ q.query(h.name, DnsType::A), q.query(h.name, DnsType::AAAA) });
    int reachable = 0;
    for (qsizetype i = 0; i < report.hosts.size(); ++i) {
        collect(report.hosts[i], lookups[i].first.result(), QStringLiteral("A"));
        collect(report.hosts[i], lookups[i].second.result(), QStringLiteral("AAAA"));
        if (report.hosts[i].addresses.isEmpty() && report.hosts[i].problems.isEmpty())
            report.hosts[i].problems.append(tr("%1 has no A or AAAA record").arg(report.hosts[i].name));
        reachable += report.hosts[i].addresses.isEmpty() ? 0 : 1;
    }
    if (report.implicitMx)
        report.verdict = reachable
            ? tr("%1 has no MX record; mail goes to its own address (RFC 5321 5.1)").arg(report.domain)
            : tr("%1 has no MX record and no address: mail to it cannot be delivered").arg(report.domain);
    else if (reachable == report.hosts.size())
        report.verdict = tr("%1 has %2 MX host(s), all with addresses")
                             .arg(report.domain, QString::number(report.hosts.size()));
    else if (reachable > 0)
        report.verdict = tr("%1 has %2 MX host(s), but %3 of them have no usable address")
                             .arg(report.domain, QString::number(report.hosts.size()),
                                 QString::number(report.hosts.size() - reachable));
    else
        report.verdict = tr("none of the %1 MX host(s) of %2 has a usable address: mail cannot be delivered")
                             .arg(report.hosts.size())
                             .arg(report.domain);
    return report;
}

} // namespace MailOps
