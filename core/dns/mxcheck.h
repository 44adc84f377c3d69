#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <memory>
#include <optional>

namespace MailOps {

struct MxHost
{
    quint16 preference = 0;
    QString name;
    QList<QHostAddress> addresses; // IPv4 then IPv6
    QStringList problems; // failed address lookups, in plain words
};

struct MxReport
{
    QString domain;
    QList<MxHost> hosts; // by preference
    bool implicitMx = false; // no MX: mail goes to the domain's own address (RFC 5321 5.1)
    bool nullMx = false; // "MX 0 ." : the domain accepts no mail (RFC 7505)
    std::optional<Error> error; // the MX lookup itself failed (not NXDOMAIN/NODATA handled above)
    QString verdict; // one line for the tired reader
    bool ok() const
    {
        return !error && !nullMx && !hosts.isEmpty()
            && std::any_of(
                hosts.begin(), hosts.end(), [](const MxHost &h) { return !h.addresses.isEmpty(); });
    }
};

// Where a domain's mail goes: its MX hosts by preference, each with its A
// and AAAA addresses, looked up in parallel. Runs on dnsCheckPool(); DNS
// failures are reported as such, never as "no MX".
class MxCheck final
{
public:
    static QFuture<MxReport> run(std::shared_ptr<DnsQuerier> querier, const QString &domain);
    static MxReport runBlocking(DnsQuerier &querier, const QString &domain);
};

} // namespace MailOps
