#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <memory>
#include <optional>

namespace MailOps {

struct PolicyRecordReport
{
    enum class Status
    {
        Valid,
        Missing,
        Invalid,
        Revoked,
        Error
    };

    QString kind; // "DKIM", "MTA-STS", "TLS-RPT"
    QString name; // the name looked up
    QString raw;
    QList<std::pair<QString, QString>> tags;
    Status status = Status::Error;
    std::optional<Error> error;
    QStringList warnings;
    QString summary;

    static QString statusName(Status s);
};

// The small TXT policies beside SPF and DMARC: a DKIM key for a selector
// (RFC 6376 3.6.1), MTA-STS (RFC 8461 3.1; the HTTPS policy file is not
// fetched here) and TLS-RPT (RFC 8460 3). Runs on dnsCheckPool(); DNS
// trouble is Error, never Missing.
class PolicyRecordCheck final
{
public:
    static QFuture<PolicyRecordReport> dkim(
        std::shared_ptr<DnsQuerier> querier, const QString &selector, const QString &domain);
    static QFuture<PolicyRecordReport> mtaSts(std::shared_ptr<DnsQuerier> querier, const QString &domain);
    static QFuture<PolicyRecordReport> tlsRpt(std::shared_ptr<DnsQuerier> querier, const QString &domain);

    static PolicyRecordReport dkimBlocking(
        DnsQuerier &querier, const QString &selector, const QString &domain);
    static PolicyRecordReport mtaStsBlocking(DnsQuerier &querier, const QString &domain);
    static PolicyRecordReport tlsRptBlocking(DnsQuerier &querier, const QString &domain);

    // Parsers alone, for records already in hand.
    static PolicyRecordReport parseDkim(const QString &name, const QString &txt);
    static PolicyRecordReport parseMtaSts(const QString &name, const QString &txt);
    static PolicyRecordReport parseTlsRpt(const QString &name, const QString &txt);
};

} // namespace MailOps
