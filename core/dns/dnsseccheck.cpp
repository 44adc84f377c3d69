#include "dnsseccheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <ldns/ldns.h>
#include <memory>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::DnssecCheck", text);
}

struct PktFree
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
    void operator()(ldns_rr_list *l) const { ldns_rr_list_deep_free(l); }
    void operator()(ldns_rr *r) const { ldns_rr_free(r); }
};
using PktPtr = std::unique_ptr<ldns_pkt, PktFree>;
using ListPtr = std::unique_ptr<ldns_rr_list, PktFree>;
// ldns_verify() puts pointers to the caller's keys into good_keys: that list
// must not free them.
struct ShallowFree
{
    void operator()(ldns_rr_list *l) const { ldns_rr_list_free(l); }
};
using ShallowListPtr = std::unique_ptr<ldns_rr_list, ShallowFree>;

PktPtr toPkt(const QByteArray &wire)
{
    ldns_pkt *p = nullptr;
    if (ldns_wire2pkt(&p, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()))
        != LDNS_STATUS_OK)
        return {};
    return PktPtr(p);
}

// Records of `type` in the answer section, and the RRSIGs covering them.
void split(ldns_pkt *pkt, ldns_rr_type type, ListPtr *rrset, ListPtr *sigs)
{
    rrset->reset(ldns_rr_list_new());
    sigs->reset(ldns_rr_list_new());
    const ldns_rr_list *answer = ldns_pkt_answer(pkt);
    for (size_t i = 0; i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_type(rr) == type)
            ldns_rr_list_push_rr(rrset->get(), ldns_rr_clone(rr));
        else if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_RRSIG
            && ldns_rdf2rr_type(ldns_rr_rrsig_typecovered(rr)) == type)
            ldns_rr_list_push_rr(sigs->get(), ldns_rr_clone(rr));
    }
}

QString statusText(ldns_status s)
{
    const char *t = ldns_get_errorstr_by_id(s);
    return t ? QString::fromLatin1(t) : QString::number(int(s));
}

QString rdfText(const ldns_rdf *rdf)
{
    char *s = rdf ? ldns_rdf2str(rdf) : nullptr;
    if (!s)
        return {};
    const QString out = QString::fromLatin1(s);
    LDNS_FREE(s);
    return out;
}

} // namespace

QString DnssecReport::statusName(Status s)
{
    switch (s) {
    case Status::Secure:
        return QStringLiteral("secure");
    case Status::Bogus:
        return QStringLiteral("bogus");
    case Status::Unsigned:
        return QStringLiteral("unsigned");
    case Status::Indeterminate:
        return QStringLiteral("indeterminate");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QStringList DnssecCheck::anchorsFromText(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.section(QLatin1Char(';'), 0, 0).trimmed();
        if (l.contains(QLatin1String("DNSKEY")) || l.contains(QLatin1String(" DS "))
            || l.contains(QLatin1String("\tDS\t")))
            out.append(l);
    }
    return out;
}

QFuture<DnssecReport> DnssecCheck::run(
    std::shared_ptr<DnsQuerier> querier, const QString &name, DnsType type, const QStringList &anchors)
{
    return QtConcurrent::run(dnsCheckPool(),
        [querier, name, type, anchors] { return runBlocking(*querier, name, type, anchors); });
}

DnssecReport DnssecCheck::runBlocking(
    DnsQuerier &q, const QString &nameIn, DnsType type, const QStringList &anchors)
{
    DnssecReport r;
    r.name = normalizedDnsName(nameIn);
    r.type = type;
    const QString what = r.name + QLatin1Char(' ') + dnsTypeName(type);
    const Result<DnsAnswer> a = q.queryBlocking(r.name, type);
    if (!a.ok()) {
        r.error = a.error();
        r.summary = tr("%1 could not be looked up: %2").arg(what, a.error().message);
        return r;
    }
    r.authenticatedByResolver = a.value().authenticated;
    for (const DnsRecord &rec : a.value().answers)
        r.signatures += rec.type == DnsType::RRSIG && rec.rrsigCovers == type ? 1 : 0;
    r.steps.append(
        tr("%1: %2 record(s), %3 signature(s), AD=%4")
            .arg(what, QString::number(a.value().records(type).size()), QString::number(r.signatures),
                QString::number(r.authenticatedByResolver ? 1 : 0)));
    if (r.signatures == 0) {
        r.status = DnssecReport::Status::Unsigned;
        r.summary = tr(
            "%1 is not signed (no RRSIG came back; the zone is unsigned, or the resolver strips signatures)")
                        .arg(what);
        return r;
    }

    PktPtr pkt = toPkt(a.value().wire);
    if (!pkt) {
        r.error
            = Error { Error::Code::MalformedAnswer, tr("the answer could not be re-read for validation") };
        r.summary = r.error->message;
        return r;
    }
    ListPtr rrset, sigs;
    split(pkt.get(), ldns_rr_type(type), &rrset, &sigs);
    r.signer = normalizedDnsName(rdfText(ldns_rr_rrsig_signame(ldns_rr_list_rr(sigs.get(), 0))));
    if (r.signer.isEmpty()) {
        r.status = DnssecReport::Status::Bogus;
        r.summary = tr("the RRSIG of %1 names no signer").arg(what);
        return r;
    }

    const Result<DnsAnswer> k = q.queryBlocking(r.signer, DnsType::DNSKEY);
    if (!k.ok()) {
        r.error = k.error();
        r.status = DnssecReport::Status::Error;
        r.summary = tr("the DNSKEY set of %1 could not be fetched: %2").arg(r.signer, k.error().message);
        return r;
    }
    PktPtr keyPkt = toPkt(k.value().wire);
    if (!keyPkt) {
        r.error = Error { Error::Code::MalformedAnswer, tr("the DNSKEY answer could not be re-read") };
        r.summary = r.error->message;
        return r;
    }
    ListPtr keys, keySigs;
    split(keyPkt.get(), LDNS_RR_TYPE_DNSKEY, &keys, &keySigs);
    r.keys = int(ldns_rr_list_rr_count(keys.get()));
    r.steps.append(
        tr("%1 DNSKEY: %2 key(s), %3 signature(s)")
            .arg(r.signer, QString::number(r.keys), QString::number(ldns_rr_list_rr_count(keySigs.get()))));

    // The answer against the zone's keys.
    ShallowListPtr good(ldns_rr_list_new());
    const ldns_status answerStatus = ldns_verify(rrset.get(), sigs.get(), keys.get(), good.get());
    if (answerStatus != LDNS_STATUS_OK) {
        r.status = DnssecReport::Status::Bogus;
        r.summary = tr("the signature on %1 does not verify with the DNSKEYs of %2: %3")
                        .arg(what, r.signer, statusText(answerStatus));
        r.steps.append(r.summary);
        return r;
    }
    r.steps.append(tr("the signature on %1 verifies with a DNSKEY of %2").arg(what, r.signer));

    if (anchors.isEmpty()) {
        r.status = DnssecReport::Status::Indeterminate;
        r.summary = tr("%1 is signed by %2 and the signature verifies, but no trust anchor was given, so the "
                       "key itself is not trusted%3")
                        .arg(what, r.signer,
                            r.authenticatedByResolver ? tr(" (the resolver did set AD)") : QString());
        return r;
    }

    // The zone's key set against the caller's anchors: a DNSKEY equal to an
    // anchor key, or matching an anchor DS, becomes the trusted key.
    ListPtr trusted(ldns_rr_list_new());
    for (const QString &text : anchors) {
        ldns_rr *anchor = nullptr;
        if (ldns_rr_new_frm_str(&anchor, text.toLatin1().constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK
            || !anchor) {
            r.steps.append(tr("trust anchor not understood: %1").arg(text.left(80)));
            continue;
        }
        std::unique_ptr<ldns_rr, PktFree> owned(anchor);
        for (size_t i = 0; i < ldns_rr_list_rr_count(keys.get()); ++i) {
            ldns_rr *key = ldns_rr_list_rr(keys.get(), i);
            const bool same = ldns_rr_get_type(anchor) == LDNS_RR_TYPE_DNSKEY
                ? ldns_rr_compare(key, anchor) == 0
                : ldns_rr_compare_ds(key, anchor);
            if (same)
                ldns_rr_list_push_rr(trusted.get(), ldns_rr_clone(key));
        }
    }
    if (ldns_rr_list_rr_count(trusted.get()) == 0) {
        r.status = DnssecReport::Status::Bogus;
        r.summary = tr("none of the DNSKEYs of %1 matches the trust anchor given: the zone was re-keyed, or "
                       "the anchor is for another zone")
                        .arg(r.signer);
        r.steps.append(r.summary);
        return r;
    }
    ShallowListPtr goodKeys(ldns_rr_list_new());
    const ldns_status keyStatus = ldns_verify(keys.get(), keySigs.get(), trusted.get(), goodKeys.get());
    if (keyStatus != LDNS_STATUS_OK) {
        r.status = DnssecReport::Status::Bogus;
        r.summary = tr("the DNSKEY set of %1 is not signed by the trusted key: %2")
                        .arg(r.signer, statusText(keyStatus));
        r.steps.append(r.summary);
        return r;
    }
    r.steps.append(tr("the DNSKEY set of %1 is signed by the trust anchor's key").arg(r.signer));
    r.status = DnssecReport::Status::Secure;
    r.summary
        = tr("%1 is DNSSEC-secure: signed by %2, verified up to the given trust anchor%3")
              .arg(what, r.signer, r.authenticatedByResolver ? tr(" (the resolver also set AD)") : QString());
    return r;
}

} // namespace MailOps
