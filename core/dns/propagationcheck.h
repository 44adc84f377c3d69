#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <QHash>
#include <memory>
#include <optional>

namespace MailOps {

struct PropagationOptions
{
    quint16 port = 53;
    // Name server host -> where to really ask it (labs and split horizons,
    // where the NS address is not the one that answers).
    QHash<QString, DnsServer> serverOverrides;
};

struct PropagationServer
{
    QString nameServer; // NS host name
    DnsServer server; // address asked
    std::optional<quint32> serial;
    std::optional<Error> soaError;
    QStringList answers; // sorted rdata of name/type
    std::optional<Error> answerError; // NXDOMAIN/NODATA included: they are answers too
    bool authoritative = false;
};

struct PropagationReport
{
    QString zone;
    QString name;
    DnsType type = DnsType::A;
    QStringList nameServers;
    QList<PropagationServer> servers;
    std::optional<Error> error; // the NS set itself could not be found
    bool serialsAgree = false;
    bool answersAgree = false;
    QString summary;
};

// Asks every authoritative server of a zone directly for the zone's SOA and
// one record set, and compares serials and answers. All servers are asked at
// once. Runs on dnsCheckPool(); an unreachable server is reported as such.
class PropagationCheck final
{
public:
    static QFuture<PropagationReport> run(std::shared_ptr<DnsQuerier> querier, const QString &zone,
        const QString &name, DnsType type, const PropagationOptions &options = {});
    static PropagationReport runBlocking(DnsQuerier &querier, const QString &zone, const QString &name,
        DnsType type, const PropagationOptions &options = {});
};

} // namespace MailOps
