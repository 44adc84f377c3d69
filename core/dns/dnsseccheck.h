#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <memory>
#include <optional>

namespace MailOps {

struct DnssecReport
{
    enum class Status
    {
        Secure, // signatures verified up to the caller's trust anchor
        Bogus, // signed, but a signature or the key chain does not verify
        Unsigned, // no RRSIG came back
        Indeterminate, // signed, but no trust anchor was given to check against
        Error, // the lookups failed
    };

    QString name;
    DnsType type = DnsType::A;
    QString signer; // zone that signed the answer (RRSIG signer name)
    bool authenticatedByResolver = false; // AD flag from the resolver asked
    int signatures = 0;
    int keys = 0;
    Status status = Status::Error;
    std::optional<Error> error;
    QStringList steps;
    QString summary;

    static QString statusName(Status s);
};

// DNSSEC status of one answer: were RRSIGs returned, does the zone's DNSKEY
// set verify against a trust anchor the caller supplies (DNSKEY or DS records
// in zone-file form), and does the answer verify against that key set. Uses
// ldns for the cryptography; runs on dnsCheckPool(). The querier must ask with
// the DO bit (ResolverOptions::dnssecOk).
class DnssecCheck final
{
public:
    static QFuture<DnssecReport> run(std::shared_ptr<DnsQuerier> querier, const QString &name, DnsType type,
        const QStringList &trustAnchors);
    static DnssecReport runBlocking(
        DnsQuerier &querier, const QString &name, DnsType type, const QStringList &trustAnchors);
    // Reads DNSKEY/DS records from zone-file text (e.g. an ldns-keygen .key file).
    static QStringList anchorsFromText(const QString &text);
};

} // namespace MailOps
