#include "resolver.h"

#include "common/logging.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <ldns/ldns.h>
#include <memory>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::Resolver", text);
}

struct LdnsDeleter
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
    void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); }
};
template<typename T> using LdnsPtr = std::unique_ptr<T, LdnsDeleter>;

QString rdfText(const ldns_rdf *rdf)
{
    if (!rdf)
        return {};
    char *s = ldns_rdf2str(rdf);
    if (!s)
        return {};
    const QString out = QString::fromLatin1(s);
    LDNS_FREE(s);
    return out;
}

QString statusText(ldns_status status)
{
    const char *s = ldns_get_errorstr_by_id(status);
    return s ? QString::fromLatin1(s) : QStringLiteral("ldns status %1").arg(int(status));
}

DnsRecord toRecord(const ldns_rr *rr)
{
    DnsRecord rec;
    rec.name = normalizedDnsName(rdfText(ldns_rr_owner(rr)));
    rec.type = DnsType(ldns_rr_get_type(rr));
    rec.ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);
    QStringList parts;
    for (size_t i = 0; i < count; ++i)
        parts.append(rdfText(ldns_rr_rdf(rr, i)));
    rec.data = parts.join(QLatin1Char(' '));

    auto rdf = [&](size_t i) -> const ldns_rdf * { return i < count ? ldns_rr_rdf(rr, i) : nullptr; };
    auto u8 = [&](size_t i) -> quint8 {
        const ldns_rdf *r = rdf(i);
        return (r && ldns_rdf_size(r) >= 1) ? ldns_rdf_data(r)[0] : 0;
    };
    switch (rec.type) {
    case DnsType::A:
    case DnsType::AAAA:
        if (const ldns_rdf *r = rdf(0)) {
            if (ldns_rdf_size(r) == 4) {
                const uint8_t *d = ldns_rdf_data(r);
                rec.address
                    = QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | d[3]);
            } else if (ldns_rdf_size(r) == 16) {
                rec.address = QHostAddress(ldns_rdf_data(r));
            }
        }
        break;
    case DnsType::MX:
        if (rdf(0) && ldns_rdf_size(rdf(0)) == 2)
            rec.preference = ldns_rdf2native_int16(rdf(0));
        rec.target = normalizedDnsName(rdfText(rdf(1)));
        break;
    case DnsType::PTR:
    case DnsType::NS:
    case DnsType::CNAME:
        rec.target = normalizedDnsName(rdfText(rdf(0)));
        break;
    case DnsType::TXT:
        for (size_t i = 0; i < count; ++i) {
            const ldns_rdf *r = ldns_rr_rdf(rr, i);
            const size_t size = ldns_rdf_size(r);
            if (size < 1)
                continue;
            const uint8_t *d = ldns_rdf_data(r);
            const size_t len = qMin<size_t>(d[0], size - 1);
            rec.strings.append(QByteArray(reinterpret_cast<const char *>(d + 1), qsizetype(len)));
        }
        break;
    case DnsType::SOA:
        rec.soaMname = normalizedDnsName(rdfText(rdf(0)));
        if (rdf(2) && ldns_rdf_size(rdf(2)) == 4)
            rec.soaSerial = ldns_rdf2native_int32(rdf(2));
        break;
    case DnsType::TLSA:
        rec.tlsaUsage = u8(0);
        rec.tlsaSelector = u8(1);
        rec.tlsaMatching = u8(2);
        if (const ldns_rdf *r = rdf(3))
            rec.tlsaData
                = QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(r)), qsizetype(ldns_rdf_size(r)));
        break;
    case DnsType::RRSIG:
        if (rdf(0) && ldns_rdf_size(rdf(0)) == 2)
            rec.rrsigCovers = DnsType(ldns_rdf2native_int16(rdf(0)));
        break;
    default:
        break;
    }
    return rec;
}

QList<DnsRecord> toRecords(const ldns_rr_list *list, bool *signatures)
{
    QList<DnsRecord> out;
    if (!list)
        return out;
    for (size_t i = 0; i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_RRSIG && signatures)
            *signatures = true;
        out.append(toRecord(rr));
    }
    return out;
}

Error withServer(const Error &e, const QString &server)
{
    return Error { e.code, server + QStringLiteral(": ") + e.message };
}

bool pushServer(ldns_resolver *res, const DnsServer &server)
{
    const bool v6 = server.address.protocol() == QAbstractSocket::IPv6Protocol;
    LdnsPtr<ldns_rdf> ns(ldns_rdf_new_frm_str(
        v6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A, server.address.toString().toLatin1().constData()));
    return ns && ldns_resolver_push_nameserver(res, ns.get()) == LDNS_STATUS_OK;
}

} // namespace

Resolver::Resolver()
    : Resolver(ResolverOptions {})
{
}

// Queries block in ldns for up to their timeout, mostly waiting: many
// threads, few cores. Shared by every Resolver and never destroyed, so that
// a Resolver can go away (a closed panel) while its queries finish unseen.
static QThreadPool *queryPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(128);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

Resolver::Resolver(const ResolverOptions &options)
    : m_options(options)
{
    if (queryPool()->maxThreadCount() < options.maxInFlight)
        queryPool()->setMaxThreadCount(qMin(options.maxInFlight, 1024));
}

QFuture<Result<DnsAnswer>> Resolver::ask(const DnsQuestion &question)
{
    // The task copies the options: it must not touch `this`.
    return QtConcurrent::run(
        queryPool(), [options = m_options, question] { return queryNow(options, question); });
}

QString Resolver::describe() const
{
    if (m_options.servers.isEmpty())
        return tr("system resolver (/etc/resolv.conf)");
    QStringList parts;
    for (const DnsServer &s : m_options.servers)
        parts.append(s.toString());
    return parts.join(QStringLiteral(", "));
}

Result<DnsAnswer> Resolver::queryNow(const ResolverOptions &options, const DnsQuestion &question)
{
    QElapsedTimer timer;
    timer.start();
    const QString name = normalizedDnsName(question.name);
    const QString what = name + QLatin1Char(' ') + dnsTypeName(question.type);
    if (name.isEmpty() || name.size() > 253)
        return Result<DnsAnswer>::failure(
            Error::Code::InvalidInput, tr("\"%1\" is not a valid DNS name").arg(question.name));

    QList<DnsServer> servers = options.servers;
    if (!question.server.isNull())
        servers = { question.server };

    ldns_resolver *raw = nullptr;
    QString serverText;
    if (servers.isEmpty()) {
        const ldns_status st = ldns_resolver_new_frm_file(&raw, nullptr);
        if (st != LDNS_STATUS_OK || !raw)
            return Result<DnsAnswer>::failure(Error::Code::Other,
                tr("cannot use the system resolver: /etc/resolv.conf could not be read (%1)")
                    .arg(statusText(st)));
        serverText = tr("system resolver");
    } else {
        raw = ldns_resolver_new();
        if (!raw)
            return Result<DnsAnswer>::failure(Error::Code::Other, tr("out of memory creating a resolver"));
        QStringList names;
        for (const DnsServer &s : servers) {
            if (!pushServer(raw, s)) {
                ldns_resolver_deep_free(raw);
                return Result<DnsAnswer>::failure(
                    Error::Code::InvalidInput, tr("%1 is not a usable server address").arg(s.toString()));
            }
            names.append(s.toString());
        }
        // ldns has one port per resolver; servers are asked on the first one's port.
        ldns_resolver_set_port(raw, servers.first().port);
        serverText = names.join(QStringLiteral(", "));
    }
    LdnsPtr<ldns_resolver> res(raw);

    const int timeoutMs = qBound(10, options.timeoutMs, 60000);
    const int attempts = qBound(1, options.retries + 1, 10);
    ldns_resolver_set_timeout(res.get(), timeval { timeoutMs / 1000, (timeoutMs % 1000) * 1000 });
    ldns_resolver_set_retry(res.get(), uint8_t(attempts));
    ldns_resolver_set_retrans(res.get(), 0);
    ldns_resolver_set_recursive(res.get(), options.recursionDesired);
    ldns_resolver_set_dnssec(res.get(), options.dnssecOk);
    ldns_resolver_set_edns_udp_size(res.get(), options.ednsUdpSize);
    ldns_resolver_set_fallback(res.get(), options.tcpFallback);
    ldns_resolver_set_usevc(res.get(), options.tcpOnly);
    ldns_resolver_set_random(res.get(), false);
    ldns_resolver_set_fail(res.get(), false);
    ldns_resolver_set_defnames(res.get(), false);
    ldns_resolver_set_dnsrch(res.get(), false);

    LdnsPtr<ldns_rdf> qname(ldns_dname_new_frm_str(name.toLatin1().constData()));
    if (!qname)
        return Result<DnsAnswer>::failure(
            Error::Code::InvalidInput, tr("\"%1\" is not a valid DNS name").arg(question.name));

    ldns_pkt *queryRaw = nullptr;
    ldns_status st = ldns_resolver_prepare_query_pkt(&queryRaw, res.get(), qname.get(),
        ldns_rr_type(question.type), LDNS_RR_CLASS_IN, options.recursionDesired ? LDNS_RD : 0);
    LdnsPtr<ldns_pkt> query(queryRaw);
    if (st != LDNS_STATUS_OK || !query)
        return Result<DnsAnswer>::failure(
            Error::Code::InvalidInput, tr("cannot build a query for %1: %2").arg(what, statusText(st)));
    ldns_pkt_set_rd(query.get(), options.recursionDesired);
    if (options.ednsUdpSize > 0)
        ldns_pkt_set_edns_udp_size(query.get(), options.ednsUdpSize);
    if (options.dnssecOk)
        ldns_pkt_set_edns_do(query.get(), true);
    const int id = ldns_pkt_id(query.get());

    ldns_pkt *replyRaw = nullptr;
    st = ldns_resolver_send_pkt(&replyRaw, res.get(), query.get());
    LdnsPtr<ldns_pkt> reply(replyRaw);
    const qint64 elapsed = timer.elapsed();

    if (st == LDNS_STATUS_NETWORK_ERR || (st == LDNS_STATUS_OK && !reply)) {
        // ldns reports a silent server and an unreachable one alike; the time
        // spent tells them apart.
        if (elapsed >= qint64(timeoutMs) * 8 / 10)
            return Result<DnsAnswer>::failure(Error::Code::Timeout,
                tr("%1: no answer to %2 within %3 ms (%4 attempt(s) of %5 ms each)")
                    .arg(serverText, what, QString::number(elapsed), QString::number(attempts),
                        QString::number(timeoutMs)));
        return Result<DnsAnswer>::failure(Error::Code::HostUnreachable,
            tr("%1: could not send %2 or receive its answer (network error after %3 ms)")
                .arg(serverText, what, QString::number(elapsed)));
    }
    if (st == LDNS_STATUS_SOCKET_ERROR || st == LDNS_STATUS_ADDRESS_ERR || st == LDNS_STATUS_RES_NO_NS)
        return Result<DnsAnswer>::failure(
            Error::Code::HostUnreachable, tr("%1: cannot ask %2: %3").arg(serverText, what, statusText(st)));
    if (st != LDNS_STATUS_OK)
        return Result<DnsAnswer>::failure(Error::Code::MalformedAnswer,
            tr("%1: the answer to %2 could not be decoded (%3)").arg(serverText, what, statusText(st)));

    QString from = serverText;
    if (const ldns_rdf *af = ldns_pkt_answerfrom(reply.get())) {
        DnsServer s;
        if (s.address.setAddress(rdfText(af))) {
            s.port = ldns_resolver_port(res.get());
            from = s.toString();
        }
    }

    uint8_t *wire = nullptr;
    size_t wireSize = 0;
    if (ldns_pkt2wire(&wire, reply.get(), &wireSize) != LDNS_STATUS_OK || !wire)
        return Result<DnsAnswer>::failure(
            Error::Code::MalformedAnswer, tr("%1: the answer to %2 could not be re-encoded").arg(from, what));
    const QByteArray bytes(reinterpret_cast<const char *>(wire), qsizetype(wireSize));
    LDNS_FREE(wire);

    Result<DnsAnswer> decoded = decodeAnswer(bytes, question, id);
    if (!decoded.ok())
        return withServer(decoded.error(), from);
    DnsAnswer answer = std::move(decoded).value();
    if (auto parsed = DnsServer::parse(from); parsed.ok())
        answer.server = parsed.value();
    answer.elapsedMs = elapsed;
    qCDebug(lcDns) << what << "from" << from << "in" << elapsed << "ms";
    return answer;
}

Result<DnsAnswer> Resolver::decodeAnswer(const QByteArray &wire, const DnsQuestion &question, int expectedId)
{
    const QString name = normalizedDnsName(question.name);
    const QString what = name + QLatin1Char(' ') + dnsTypeName(question.type);
    auto malformed = [&](const QString &why) {
        return Result<DnsAnswer>::failure(
            Error::Code::MalformedAnswer, tr("malformed answer to %1: %2").arg(what, why));
    };
    if (wire.size() < 12)
        return malformed(tr("%1 bytes is shorter than a DNS header").arg(wire.size()));
    if (wire.size() > 65535)
        return malformed(tr("%1 bytes is larger than any DNS message").arg(wire.size()));

    ldns_pkt *raw = nullptr;
    const ldns_status st
        = ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
    LdnsPtr<ldns_pkt> pkt(raw);
    if (st != LDNS_STATUS_OK || !pkt)
        return malformed(statusText(st));
    if (expectedId >= 0 && ldns_pkt_id(pkt.get()) != expectedId)
        return malformed(tr("it carries ID %1 but the query had ID %2 (a confused or spoofing server)")
                             .arg(ldns_pkt_id(pkt.get()))
                             .arg(expectedId));
    if (!ldns_pkt_qr(pkt.get()))
        return malformed(tr("the server sent a query back, not an answer"));

    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt.get());
    const ldns_rr_list *qs = ldns_pkt_question(pkt.get());
    if (qs && ldns_rr_list_rr_count(qs) > 0) {
        const ldns_rr *q = ldns_rr_list_rr(qs, 0);
        const QString qn = normalizedDnsName(rdfText(ldns_rr_owner(q)));
        if (qn != name || ldns_rr_get_type(q) != ldns_rr_type(question.type))
            return malformed(tr("it answers a different question (%1 %2)")
                                 .arg(qn, dnsTypeName(DnsType(ldns_rr_get_type(q)))));
    } else if (rcode == LDNS_RCODE_NOERROR) {
        return malformed(tr("it has no question section"));
    }

    DnsAnswer answer;
    answer.qname = name;
    answer.qtype = question.type;
    answer.server = question.server;
    answer.rcode = int(rcode);
    answer.authoritative = ldns_pkt_aa(pkt.get());
    answer.authenticated = ldns_pkt_ad(pkt.get());
    answer.truncated = ldns_pkt_tc(pkt.get());
    answer.answers = toRecords(ldns_pkt_answer(pkt.get()), &answer.signatures);
    answer.authority = toRecords(ldns_pkt_authority(pkt.get()), &answer.signatures);
    answer.wire = wire;

    switch (rcode) {
    case LDNS_RCODE_NOERROR: {
        bool has = false;
        for (const DnsRecord &r : std::as_const(answer.answers))
            has = has || r.type == question.type || question.type == DnsType::ANY;
        if (!has) {
            if (answer.truncated)
                return Result<DnsAnswer>::failure(Error::Code::MalformedAnswer,
                    tr("the answer to %1 was truncated and could not be fetched whole (TCP fallback off or "
                       "failed)")
                        .arg(what));
            return Result<DnsAnswer>::failure(Error::Code::NoData,
                tr("%1 exists but has no %2 records (NODATA)").arg(name, dnsTypeName(question.type)));
        }
        return answer;
    }
    case LDNS_RCODE_NXDOMAIN:
        return Result<DnsAnswer>::failure(
            Error::Code::NxDomain, tr("%1 does not exist (NXDOMAIN)").arg(name));
    case LDNS_RCODE_SERVFAIL:
        return Result<DnsAnswer>::failure(Error::Code::ServFail,
            tr("the server failed to answer %1 (SERVFAIL): the domain's DNS is broken, unreachable or fails "
               "DNSSEC validation; this says nothing about whether the record exists")
                .arg(what));
    case LDNS_RCODE_REFUSED:
        return Result<DnsAnswer>::failure(Error::Code::Refused,
            tr("the server refused to answer %1 (REFUSED): it does not serve this zone or does not answer "
               "this client")
                .arg(what));
    default: {
        const ldns_lookup_table *lt = ldns_lookup_by_id(ldns_rcodes, int(rcode));
        const QString rc = lt ? QString::fromLatin1(lt->name) : QString::number(int(rcode));
        return Result<DnsAnswer>::failure(
            Error::Code::Other, tr("the server answered %1 with %2").arg(what, rc));
    }
    }
}

} // namespace MailOps
