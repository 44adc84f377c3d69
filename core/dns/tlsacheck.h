#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <QSslCertificate>
#include <memory>
#include <optional>

namespace MailOps {

struct TlsaReport
{
    QString name; // _25._tcp.mx1.example
    QList<DnsRecord> records;
    bool authenticated = false; // AD from the resolver: DANE needs it
    std::optional<Error> error;
    bool missing = false;
    QStringList descriptions; // one per record, e.g. "DANE-EE, public key, SHA-256"
    QString summary;
};

// DANE TLSA records of a mail host (RFC 6698, RFC 7672) and whether a
// certificate chain matches them. Runs on dnsCheckPool(); the resolver must
// set the DO bit for the AD flag to mean anything.
class TlsaCheck final
{
public:
    static QFuture<TlsaReport> run(
        std::shared_ptr<DnsQuerier> querier, const QString &host, quint16 port = 25);
    static TlsaReport runBlocking(DnsQuerier &querier, const QString &host, quint16 port = 25);
    static QString describe(const DnsRecord &tlsa);
    // True when `record` matches the chain (leaf first): usage 1/3 against
    // the leaf, 0/2 against any certificate of the chain.
    static bool matches(const DnsRecord &record, const QList<QSslCertificate> &chain);
};

} // namespace MailOps
