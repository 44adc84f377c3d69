// The lab's NSD on 127.0.0.1:5300 through ldns: the zones the console's DNS
// checks rely on, over UDP and TCP, and the signed zone validating against the
// trust anchor the lab script leaves in its dnssec directory.

#include "labenvironment.h"

#include <QFile>
#include <QtTest>
#include <ldns/ldns.h>
#include <memory>

using namespace MailOps;

namespace {

struct ResolverFree
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
};
struct PacketFree
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
struct RrListFree
{
    void operator()(ldns_rr_list *l) const { ldns_rr_list_deep_free(l); }
};
struct RrFree
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};
struct RdfFree
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverFree>;
using PacketPtr = std::unique_ptr<ldns_pkt, PacketFree>;
using RrListPtr = std::unique_ptr<ldns_rr_list, RrListFree>;
using RrPtr = std::unique_ptr<ldns_rr, RrFree>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfFree>;

ResolverPtr labResolver(bool tcp, bool dnssec = false)
{
    ResolverPtr res(ldns_resolver_new());
    RdfPtr server(ldns_rdf_new_frm_str(LDNS_RDF_TYPE_A, "127.0.0.1"));
    if (!res || !server || ldns_resolver_push_nameserver(res.get(), server.get()) != LDNS_STATUS_OK)
        return nullptr;
    ldns_resolver_set_port(res.get(), 5300);
    ldns_resolver_set_timeout(res.get(), timeval { 2, 0 });
    ldns_resolver_set_retry(res.get(), 2);
    ldns_resolver_set_usevc(res.get(), tcp);
    ldns_resolver_set_recursive(res.get(), false);
    ldns_resolver_set_dnssec(res.get(), dnssec);
    return res;
}

PacketPtr query(ldns_resolver *res, const QByteArray &name, ldns_rr_type type)
{
    RdfPtr owner(ldns_dname_new_frm_str(name.constData()));
    if (!owner)
        return nullptr;
    return PacketPtr(ldns_resolver_query(res, owner.get(), type, LDNS_RR_CLASS_IN, 0));
}

QString rdataText(const ldns_rr *rr)
{
    QStringList fields;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        char *text = ldns_rdf2str(ldns_rr_rdf(rr, i));
        fields << QString::fromLatin1(text);
        free(text);
    }
    return fields.join(u' ');
}

RrListPtr answersOfType(ldns_pkt *pkt, ldns_rr_type type)
{
    return RrListPtr(ldns_pkt_rr_list_by_type(pkt, type, LDNS_SECTION_ANSWER));
}

RrPtr readRecordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QByteArray line = file.readAll().trimmed();
    line = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed(); // key id comment
    ldns_rr *rr = nullptr;
    if (ldns_rr_new_frm_str(&rr, line.constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK)
        return nullptr;
    return RrPtr(rr);
}

} // namespace

class LabDnsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mxOfTheLabDomain_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::newRow("udp") << false;
        QTest::newRow("tcp") << true;
    }

    void mxOfTheLabDomain()
    {
        QFETCH(bool, tcp);
        ResolverPtr res = labResolver(tcp);
        QVERIFY(res);
        PacketPtr pkt = query(res.get(), "mailops.test.", LDNS_RR_TYPE_MX);
        QVERIFY2(pkt, "no answer from 127.0.0.1:5300");
        QCOMPARE(ldns_pkt_get_rcode(pkt.get()), LDNS_RCODE_NOERROR);
        QVERIFY(ldns_pkt_aa(pkt.get()));

        RrListPtr mx = answersOfType(pkt.get(), LDNS_RR_TYPE_MX);
        QVERIFY(mx);
        QMap<int, QString> byPreference;
        for (size_t i = 0; i < ldns_rr_list_rr_count(mx.get()); ++i) {
            const ldns_rr *rr = ldns_rr_list_rr(mx.get(), i);
            char *exchange = ldns_rdf2str(ldns_rr_rdf(rr, 1));
            byPreference.insert(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0)), QString::fromLatin1(exchange));
            free(exchange);
        }
        const QMap<int, QString> expected { { 10, QStringLiteral("mx1.mailops.test.") },
            { 20, QStringLiteral("mx2.mailops.test.") } };
        QCOMPARE(byPreference, expected);
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("rcode");
        QTest::addColumn<QStringList>("answers");

        QTest::newRow("mx1 address") << QByteArrayLiteral("mx1.mailops.test.") << int(LDNS_RR_TYPE_A)
                                     << int(LDNS_RCODE_NOERROR)
                                     << QStringList { QStringLiteral("127.0.0.10") };
        QTest::newRow("mx1 PTR") << QByteArrayLiteral("10.0.0.127.in-addr.arpa.") << int(LDNS_RR_TYPE_PTR)
                                 << int(LDNS_RCODE_NOERROR)
                                 << QStringList { QStringLiteral("mx1.mailops.test.") };
        QTest::newRow("DNSBL test point 127.0.0.2 listed")
            << QByteArrayLiteral("2.0.0.127.bl.mailops.test.") << int(LDNS_RR_TYPE_A)
            << int(LDNS_RCODE_NOERROR) << QStringList { QStringLiteral("127.0.0.2") };
        QTest::newRow("DNSBL test point 127.0.0.1 not listed")
            << QByteArrayLiteral("1.0.0.127.bl.mailops.test.") << int(LDNS_RR_TYPE_A)
            << int(LDNS_RCODE_NXDOMAIN) << QStringList();
        QTest::newRow("dead DNSBL lists 127.0.0.1")
            << QByteArrayLiteral("1.0.0.127.dead.mailops.test.") << int(LDNS_RR_TYPE_A)
            << int(LDNS_RCODE_NOERROR) << QStringList { QStringLiteral("127.0.0.2") };
        QTest::newRow("unknown name") << QByteArrayLiteral("nosuchhost.mailops.test.") << int(LDNS_RR_TYPE_A)
                                      << int(LDNS_RCODE_NXDOMAIN) << QStringList();
    }

    void records()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, type);
        QFETCH(int, rcode);
        QFETCH(QStringList, answers);

        ResolverPtr res = labResolver(false);
        QVERIFY(res);
        PacketPtr pkt = query(res.get(), name, ldns_rr_type(type));
        QVERIFY2(pkt, "no answer from 127.0.0.1:5300");
        QCOMPARE(int(ldns_pkt_get_rcode(pkt.get())), rcode);
        RrListPtr rrs = answersOfType(pkt.get(), ldns_rr_type(type));
        QStringList got;
        for (size_t i = 0; rrs && i < ldns_rr_list_rr_count(rrs.get()); ++i)
            got << rdataText(ldns_rr_list_rr(rrs.get(), i));
        got.sort();
        QCOMPARE(got, answers);
    }

    void signedZoneValidatesAgainstTrustAnchor()
    {
        const QString dnssecDir = LabEnvironment::labDirectory() + QStringLiteral("/dnssec/");
        RrPtr anchor = readRecordFile(dnssecDir + QStringLiteral("signed.mailops.test.dnskey"));
        QVERIFY2(anchor, "trust anchor missing or unreadable");
        QCOMPARE(ldns_rr_get_type(anchor.get()), LDNS_RR_TYPE_DNSKEY);
        RrPtr ds = readRecordFile(dnssecDir + QStringLiteral("signed.mailops.test.ds"));
        QVERIFY2(ds, "DS record missing or unreadable");
        QVERIFY(ldns_rr_compare_ds(ds.get(), anchor.get()));

        ResolverPtr res = labResolver(true, true);
        QVERIFY(res);

        // DNSKEY set, signed by the anchor (the KSK).
        PacketPtr keyPkt = query(res.get(), "signed.mailops.test.", LDNS_RR_TYPE_DNSKEY);
        QVERIFY(keyPkt);
        RrListPtr keys = answersOfType(keyPkt.get(), LDNS_RR_TYPE_DNSKEY);
        RrListPtr keySigs = answersOfType(keyPkt.get(), LDNS_RR_TYPE_RRSIG);
        QVERIFY(keys && keySigs);
        QCOMPARE(ldns_rr_list_rr_count(keys.get()), size_t(2)); // KSK and ZSK
        RrListPtr anchors(ldns_rr_list_new());
        ldns_rr_list_push_rr(anchors.get(), ldns_rr_clone(anchor.get()));
        QCOMPARE(ldns_verify(keys.get(), keySigs.get(), anchors.get(), nullptr), LDNS_STATUS_OK);

        // Zone data, signed by a key of that set.
        PacketPtr mxPkt = query(res.get(), "signed.mailops.test.", LDNS_RR_TYPE_MX);
        QVERIFY(mxPkt);
        RrListPtr mx = answersOfType(mxPkt.get(), LDNS_RR_TYPE_MX);
        RrListPtr mxSigs = answersOfType(mxPkt.get(), LDNS_RR_TYPE_RRSIG);
        QVERIFY(mx && mxSigs);
        QCOMPARE(ldns_verify(mx.get(), mxSigs.get(), keys.get(), nullptr), LDNS_STATUS_OK);

        // Denial of existence is signed too.
        PacketPtr nx = query(res.get(), "nosuchhost.signed.mailops.test.", LDNS_RR_TYPE_A);
        QVERIFY(nx);
        QCOMPARE(ldns_pkt_get_rcode(nx.get()), LDNS_RCODE_NXDOMAIN);
        RrListPtr nsec(ldns_pkt_rr_list_by_type(nx.get(), LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY));
        QVERIFY(nsec && ldns_rr_list_rr_count(nsec.get()) > 0);
    }
};

QTEST_GUILESS_MAIN(LabDnsTest)
#include "lab_dns_test.moc"
