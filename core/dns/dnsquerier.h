#pragma once

#include "common/result.h"
#include "dnsanswer.h"

#include <QFuture>

class QThreadPool;

namespace MailOps {

// One question. A null server means "whatever the querier is configured
// with"; a set one means "ask exactly this server" (propagation checks).
struct DnsQuestion
{
    QString name;
    DnsType type = DnsType::A;
    DnsServer server;
};

// Where DNS answers come from: the ldns Resolver in production, a table in
// unit tests. Thread-safe: ask() may be called from any thread, many times at
// once. Every future finishes, with a DnsAnswer or an Error whose code is
// NxDomain, NoData, ServFail, Refused, Timeout, MalformedAnswer or Other.
class DnsQuerier
{
public:
    virtual ~DnsQuerier() = default;

    virtual QFuture<Result<DnsAnswer>> ask(const DnsQuestion &question) = 0;
    // "127.0.0.1:5300", "system resolver (10.0.0.1:53)": shown in evidence.
    virtual QString describe() const = 0;

    QFuture<Result<DnsAnswer>> query(const QString &name, DnsType type)
    {
        return ask(DnsQuestion { name, type, {} });
    }
    // Waits for the answer: only for code already running on a worker thread
    // (the checks), never on the GUI thread.
    Result<DnsAnswer> queryBlocking(const QString &name, DnsType type) { return query(name, type).result(); }
    Result<DnsAnswer> askBlocking(const DnsQuestion &question) { return ask(question).result(); }

protected:
    DnsQuerier() = default;
    DnsQuerier(const DnsQuerier &) = default;
    DnsQuerier &operator=(const DnsQuerier &) = default;
};

// The pool the composite checks (SPF, MX, DNSBL...) run on. Separate from the
// resolver's own pool so that a check waiting for its lookups can never take
// the thread those lookups need.
QThreadPool *dnsCheckPool();

// "10.0.0.127.in-addr.arpa" / nibble form under "ip6.arpa" (RFC 3596).
QString reverseName(const QHostAddress &address);
// The reversed address without the arpa suffix, as DNSBLs and SPF's %{ir} use.
QString reversedAddressLabels(const QHostAddress &address);
// Lower case, no trailing dot.
QString normalizedDnsName(const QString &name);

} // namespace MailOps
