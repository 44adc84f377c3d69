#pragma once

#include "common/error.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace MailOps {

// What one list said about one address, and whether the list itself works.
struct DnsblListResult
{
    enum class Status
    {
        NotListed, // NXDOMAIN
        Listed, // a 127.0.0.0/8 return code
        NotAListing, // an answer that is not a listing: "query refused" codes, addresses outside 127/8
        Error, // timeout, SERVFAIL...: nothing is known, it is NOT "not listed"
    };
    // RFC 5782 section 5 test points: 127.0.0.2 listed, 127.0.0.1 not.
    enum class Health
    {
        Working,
        Dead, // lists 127.0.0.1: it lists everything and would reject all mail
        Refusing, // answers "query refused" codes: its answers mean nothing from here
        NoTestPoint, // does not list 127.0.0.2: discontinued, or no test points
        Unknown, // the test queries failed, or were not made
    };

    QString zone;
    QString query; // the name asked, e.g. 2.0.0.127.bl.example
    Status status = Status::Error;
    QList<QHostAddress> codes; // every A record returned
    QStringList meanings; // one plain-words line per code
    QString reason; // the list's TXT record, when listed
    std::optional<Error> error; // for Status::Error
    Health health = Health::Unknown;
    QString healthDetail;
    qint64 elapsedMs = 0;

    static QString statusName(Status s); // "listed", "not-listed", "not-a-listing", "error"
    static QString healthName(Health h); // "working", "dead", "refusing", "no-test-point", "unknown"
    // Listed on a list that is known to work: what should alarm someone.
    bool trustworthyListing() const
    {
        return status == Status::Listed && health != Health::Dead && health != Health::Refusing;
    }
};

// One address against many lists, with each list's liveness. Plain value;
// renders itself for the CLI (text), scripts (JSON) and the evidence report.
struct DnsblReport
{
    QHostAddress ip;
    QString server; // the resolver that was asked
    qint64 elapsedMs = 0;
    QList<DnsblListResult> lists;

    int listedCount() const; // trustworthy listings only
    QList<DnsblListResult> deadLists() const;
    QList<DnsblListResult> unusableLists() const; // dead, refusing or failing
    // 0: not listed and every list works; 1: warning (a list is dead,
    // refusing or unreachable); 2: listed on a working list.
    int exitCode() const;
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace MailOps
