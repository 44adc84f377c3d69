#pragma once

#include "dnsquerier.h"

namespace MailOps {

struct ResolverOptions
{
    // Empty: the system's resolv.conf (ldns_resolver_new_frm_file).
    QList<DnsServer> servers;
    int timeoutMs = 3000; // per attempt
    int retries = 1; // extra attempts per server after the first
    bool recursionDesired = true;
    bool dnssecOk = false; // EDNS0 DO bit: ask for RRSIGs
    quint16 ednsUdpSize = 1232;
    bool tcpFallback = true; // retry over TCP when the UDP answer is truncated
    bool tcpOnly = false;
    int maxInFlight = 128; // queries running at once (threads of the shared query pool, at least)
};

// Asks DNS servers through ldns. Each query runs on a shared query thread
// pool with its own ldns_resolver, so many can be in flight; ask() returns at
// once and destroying the Resolver never waits for queries in flight. Fails
// by value: every outcome other than data is a typed Error naming the
// server, the question and what went wrong.
class Resolver final : public DnsQuerier
{
public:
    Resolver();
    explicit Resolver(const ResolverOptions &options);
    ~Resolver() override = default;
    Q_DISABLE_COPY_MOVE(Resolver)

    const ResolverOptions &options() const { return m_options; }

    QFuture<Result<DnsAnswer>> ask(const DnsQuestion &question) override;
    QString describe() const override;

    // The blocking query itself, on the calling thread. Public for tools and
    // benchmarks that run their own threads.
    static Result<DnsAnswer> queryNow(const ResolverOptions &options, const DnsQuestion &question);

    // Decodes a DNS message as received, checks it answers `question` (and,
    // when expectedId >= 0, carries that ID) and maps the rcode to a typed
    // result. Pure function: the fuzz target feeds it garbage.
    static Result<DnsAnswer> decodeAnswer(
        const QByteArray &wire, const DnsQuestion &question, int expectedId = -1);

private:
    ResolverOptions m_options;
};

} // namespace MailOps
