#pragma once

#include "dmarcrecord.h"
#include "dnsquerier.h"

#include <QFuture>
#include <memory>
#include <optional>

namespace MailOps {

struct DmarcReport
{
    QString domain;
    QString queriedName; // where the record was found or last looked for
    QString organizationalDomain; // by the Public Suffix List: example.co.uk for mail.example.co.uk
    bool fromOrganizationalDomain = false;
    QString raw;
    std::optional<DmarcRecord> record;
    std::optional<Error> error; // DNS trouble or bad syntax
    bool missing = false; // no record anywhere
    DmarcRecord::Policy effectivePolicy = DmarcRecord::Policy::None;
    // What receivers step over: TXT strings that look like a record but are
    // discarded, then the record's own slips.
    QStringList warnings;
    QString summary;
};

// Finds and parses a domain's DMARC policy (RFC 7489 6.6.3): _dmarc.<domain>,
// then _dmarc.<organizational domain>, whose sp= then applies. The
// organizational domain comes from the Public Suffix List (libpsl, with the
// system's list). Runs on dnsCheckPool().
class DmarcCheck final
{
public:
    static QFuture<DmarcReport> run(std::shared_ptr<DnsQuerier> querier, const QString &domain);
    static DmarcReport runBlocking(DnsQuerier &querier, const QString &domain);
    static QString organizationalDomain(const QString &domain);
};

} // namespace MailOps
