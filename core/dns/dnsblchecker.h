#pragma once

#include "dnsblreport.h"
#include "dnsquerier.h"

#include <QFuture>
#include <memory>

namespace MailOps {

struct DnsblOptions
{
    bool liveness = true; // ask each list's RFC 5782 test points
    bool fetchReasons = true; // TXT record of each listing
};

// Checks addresses against DNS blocklists: every list is asked at once, the
// return codes are decoded, and each list's test points show whether it is
// dead (lists everything) or refusing. Runs on dnsCheckPool(); check()
// returns at once and the report always comes, with failures as values.
class DnsblChecker final
{
public:
    explicit DnsblChecker(std::shared_ptr<DnsQuerier> querier, DnsblOptions options = {});

    QFuture<DnsblReport> check(const QHostAddress &ip, const QStringList &zones) const;
    // Many addresses against the same lists, liveness tested once; every
    // query of every address is in flight together.
    QFuture<QList<DnsblReport>> checkMany(const QList<QHostAddress> &ips, const QStringList &zones) const;

    DnsblReport checkBlocking(const QHostAddress &ip, const QStringList &zones) const;
    QList<DnsblReport> checkManyBlocking(const QList<QHostAddress> &ips, const QStringList &zones) const;

    // "2.0.0.127.zone" / nibble form for IPv6 (RFC 5782 2.1 and 2.4).
    static QString queryName(const QHostAddress &ip, const QString &zone);
    // Decodes one A record of a list: is it a listing, and what it means.
    static DnsblListResult::Status classify(const QHostAddress &code, QString *meaning);
    // A list file: one zone per line, '#' starts a comment.
    static Result<QStringList> parseListFile(const QString &contents);
    // Lists commonly used by mail gateways, when the user gives none.
    static QStringList defaultLists();

private:
    std::shared_ptr<DnsQuerier> m_querier;
    DnsblOptions m_options;
};

} // namespace MailOps
