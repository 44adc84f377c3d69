#pragma once

#include "dnsquerier.h"

#include <QFuture>
#include <memory>
#include <optional>

namespace MailOps {

struct ReverseDnsReport
{
    enum class Verdict
    {
        Confirmed, // a PTR name resolves back to the address (FCrDNS)
        MissingPtr, // no PTR record
        ForgedPtr, // PTR names exist but none resolves back to the address
        Unknown, // lookups failed: nothing can be concluded
    };
    enum class Helo
    {
        NotGiven,
        MatchesPtr, // HELO is the confirmed PTR name
        ResolvesToIp, // HELO resolves to the address but is not its PTR name
        PointsElsewhere, // HELO resolves, but to other addresses
        DoesNotResolve,
        Unknown,
    };

    QHostAddress ip;
    QStringList ptrNames;
    QString confirmedName;
    QStringList details; // each lookup and what it showed
    std::optional<Error> error;
    Verdict verdict = Verdict::Unknown;
    QString helo;
    QList<QHostAddress> heloAddresses;
    Helo heloVerdict = Helo::NotGiven;
    QString summary; // plain words

    static QString verdictName(Verdict v); // "confirmed", "missing-ptr", "forged-ptr", "unknown"
    static QString heloName(Helo h);
};

// Reverse DNS of a sending address: PTR, forward confirmation of each PTR
// name (FCrDNS), and the HELO name against both. Runs on dnsCheckPool();
// SERVFAIL or a timeout gives Unknown, never "missing".
class ReverseDnsCheck final
{
public:
    static QFuture<ReverseDnsReport> run(
        std::shared_ptr<DnsQuerier> querier, const QHostAddress &ip, const QString &helo = {});
    static ReverseDnsReport runBlocking(
        DnsQuerier &querier, const QHostAddress &ip, const QString &helo = {});
};

} // namespace MailOps
