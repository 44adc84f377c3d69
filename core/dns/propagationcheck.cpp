#include "propagationcheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::PropagationCheck", text);
}

QString answerKey(const PropagationServer &s)
{
    if (s.answerError)
        return Error::codeName(s.answerError->code);
    return s.answers.join(QLatin1Char('\n'));
}

} // namespace

QFuture<PropagationReport> PropagationCheck::run(std::shared_ptr<DnsQuerier> querier, const QString &zone,
    const QString &name, DnsType type, const PropagationOptions &options)
{
    return QtConcurrent::run(dnsCheckPool(),
        [querier, zone, name, type, options] { return runBlocking(*querier, zone, name, type, options); });
}

PropagationReport PropagationCheck::runBlocking(DnsQuerier &q, const QString &zoneIn, const QString &nameIn,
    DnsType type, const PropagationOptions &options)
{
    PropagationReport r;
    r.zone = normalizedDnsName(zoneIn);
    r.name = normalizedDnsName(nameIn.isEmpty() ? zoneIn : nameIn);
    r.type = type;
    const Result<DnsAnswer> ns = q.queryBlocking(r.zone, DnsType::NS);
    if (!ns.ok()) {
        r.error = ns.error();
        r.summary = tr("the name servers of %1 could not be found: %2").arg(r.zone, ns.error().message);
        return r;
    }
    for (const DnsRecord &rec : ns.value().records(DnsType::NS))
        r.nameServers.append(rec.target);
    r.nameServers.sort();

    // Resolve every NS host at once, then ask every address at once.
    QList<std::pair<QFuture<Result<DnsAnswer>>, QFuture<Result<DnsAnswer>>>> addrLookups;
    for (const QString &host : std::as_const(r.nameServers)) {
        if (options.serverOverrides.contains(host))
            addrLookups.emplaceBack();
        else
            addrLookups.append({ q.query(host, DnsType::A), q.query(host, DnsType::AAAA) });
    }
    for (qsizetype i = 0; i < r.nameServers.size(); ++i) {
        const QString &host = r.nameServers.at(i);
        if (options.serverOverrides.contains(host)) {
            r.servers.append(
                PropagationServer { host, options.serverOverrides.value(host), {}, {}, {}, {}, false });
            continue;
        }
        QList<QHostAddress> addrs;
        std::optional<Error> failure;
        for (auto *f : { &addrLookups[i].first, &addrLookups[i].second }) {
            const Result<DnsAnswer> a = f->result();
            if (a.ok())
                addrs += a.value().addresses();
            else if (a.error().code != Error::Code::NoData)
                failure = a.error();
        }
        if (addrs.isEmpty()) {
            PropagationServer s;
            s.nameServer = host;
            s.soaError
                = failure.value_or(Error { Error::Code::HostNotFound, tr("%1 has no address").arg(host) });
            s.answerError = s.soaError;
            r.servers.append(s);
            continue;
        }
        for (const QHostAddress &addr : std::as_const(addrs))
            r.servers.append(
                PropagationServer { host, DnsServer { addr, options.port }, {}, {}, {}, {}, false });
    }

    QList<std::pair<QFuture<Result<DnsAnswer>>, QFuture<Result<DnsAnswer>>>> asks;
    for (const PropagationServer &s : std::as_const(r.servers)) {
        if (s.server.isNull())
            asks.emplaceBack();
        else
            asks.append({ q.ask(DnsQuestion { r.zone, DnsType::SOA, s.server }),
                q.ask(DnsQuestion { r.name, type, s.server }) });
    }
    for (qsizetype i = 0; i < r.servers.size(); ++i) {
        PropagationServer &s = r.servers[i];
        if (s.server.isNull())
            continue;
        const Result<DnsAnswer> soa = asks[i].first.result();
        if (soa.ok() && !soa.value().records(DnsType::SOA).isEmpty()) {
            s.serial = soa.value().records(DnsType::SOA).first().soaSerial;
            s.authoritative = soa.value().authoritative;
        } else {
            s.soaError = soa.ok() ? Error { Error::Code::NoData, tr("no SOA in the answer") } : soa.error();
        }
        const Result<DnsAnswer> ans = asks[i].second.result();
        if (ans.ok()) {
            for (const DnsRecord &rec : ans.value().records(type))
                s.answers.append(rec.data);
            s.answers.sort();
        } else {
            s.answerError = ans.error();
        }
    }

    QSet<quint32> serials;
    QSet<QString> answers;
    QStringList unreachable;
    for (const PropagationServer &s : std::as_const(r.servers)) {
        if (s.serial)
            serials.insert(*s.serial);
        const bool reached = s.serial.has_value();
        if (!reached)
            unreachable.append(s.nameServer
                + (s.server.isNull() ? QString()
                                     : QStringLiteral(" (") + s.server.toString() + QLatin1Char(')')));
        else
            answers.insert(answerKey(s));
    }
    r.serialsAgree = serials.size() == 1 && unreachable.isEmpty();
    r.answersAgree = answers.size() == 1 && unreachable.isEmpty();
    const QString what = r.name + QLatin1Char(' ') + dnsTypeName(type);
    if (r.servers.isEmpty()) {
        r.summary = tr("%1 lists no name servers").arg(r.zone);
    } else if (r.serialsAgree && r.answersAgree) {
        r.summary
            = tr("all %1 server(s) of %2 agree: serial %3, same answer for %4")
                  .arg(QString::number(r.servers.size()), r.zone, QString::number(*serials.begin()), what);
    } else {
        QStringList parts;
        if (!unreachable.isEmpty())
            parts.append(tr("%1 did not answer").arg(unreachable.join(QStringLiteral(", "))));
        if (serials.size() > 1) {
            QStringList list;
            for (const PropagationServer &s : std::as_const(r.servers)) {
                if (s.serial)
                    list.append(QStringLiteral("%1=%2").arg(s.nameServer, QString::number(*s.serial)));
            }
            parts.append(tr("SOA serials differ (%1): a change has not reached every server")
                             .arg(list.join(QStringLiteral(", "))));
        }
        if (answers.size() > 1)
            parts.append(tr("the servers give different answers for %1").arg(what));
        r.summary = tr("%1 is not consistent: %2").arg(r.zone, parts.join(QStringLiteral("; ")));
    }
    return r;
}

} // namespace MailOps
