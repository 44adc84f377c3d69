#pragma once

#include "common/result.h"

#include <QStringList>

namespace MailOps {

// A DMARC record (RFC 7489 6.3, with the RFC 9989 tags) read as receivers
// apply it: v=DMARC1 first and a usable p are what make it a record; any
// other slip (fo:0, pct100, a stray quote, an unknown value) is a warning
// naming the tag and the fix, and the tag falls back to its default, as
// 6.3 tells receivers to do. An invalid p (or sp) with a usable rua= is read
// as p=none (6.6.3); without one, receivers apply no DMARC and parse() says
// why. Tag names and keyword values are case-insensitive; the version is
// exactly "DMARC1", as the ABNF spells it. Pure value.
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

    // "v=DMARC1" first, spaces around "=" allowed: the one test of whether a
    // TXT string is a DMARC record, for the parser and the DNS check alike.
    static bool isDmarcRecord(const QString &txt);
    static Result<DmarcRecord> parse(const QString &text);
    static QString policyName(Policy p);

    Policy policy = Policy::None;
    bool policyGiven = false; // false: p= missing or invalid, read as none
    Policy subdomainPolicy = Policy::None; // sp=, defaults to p=
    bool subdomainPolicyGiven = false;
    Policy nonExistentPolicy = Policy::None; // np= (RFC 9989), defaults to sp=
    bool nonExistentPolicyGiven = false;
    int percent = 100;
    Alignment dkimAlignment = Alignment::Relaxed;
    Alignment spfAlignment = Alignment::Relaxed;
    QStringList aggregateReports; // rua=, mailto: URIs receivers send to
    QStringList failureReports; // ruf=
    QStringList failureOptions { QStringLiteral("0") }; // fo=
    int reportInterval = 86400; // ri=
    bool testing = false; // t=y (RFC 9989)
    QString publicSuffixDomain; // psd= y, n or u (RFC 9989); empty when absent
    // Slips receivers step over, each with the tag and its fix.
    QStringList warnings;
    // What RFC 9989 (DMARCbis) changes for this record: advice, not errors.
    QStringList advice;
    QString text;

    QString describe() const; // one sentence in plain words
};

} // namespace MailOps
