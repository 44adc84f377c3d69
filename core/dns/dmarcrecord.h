#pragma once

#include "common/result.h"

#include <QStringList>

namespace MailOps {

// A parsed DMARC record (RFC 7489 6.3): policy, subdomain policy, pct,
// alignment modes, report addresses, failure options, interval. Pure value;
// syntax errors are ParseError values, unknown tags become warnings.
class DmarcRecord final
{
public:
    enum class Policy
    {
        None,
        Quarantine,
        Reject
    };
    enum class Alignment
    {
        Relaxed,
        Strict
    };

    static bool isDmarcRecord(const QString &txt); // starts with "v=DMARC1"
    static Result<DmarcRecord> parse(const QString &text);
    static QString policyName(Policy p);

    Policy policy = Policy::None;
    Policy subdomainPolicy = Policy::None; // sp=, defaults to p=
    bool subdomainPolicyGiven = false;
    int percent = 100;
    Alignment dkimAlignment = Alignment::Relaxed;
    Alignment spfAlignment = Alignment::Relaxed;
    QStringList aggregateReports; // rua=
    QStringList failureReports; // ruf=
    QStringList failureOptions { QStringLiteral("0") }; // fo=
    int reportInterval = 86400; // ri=
    QStringList warnings;
    QString text;

    QString describe() const; // one sentence in plain words
};

} // namespace MailOps
