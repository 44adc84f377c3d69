#include "dns/dmarccheck.h"
#include "dns/dnsseccheck.h"
#include "dns/mxcheck.h"
#include "dns/policyrecordcheck.h"
#include "dns/propagationcheck.h"
#include "dns/reversednscheck.h"
#include "dns/tlsacheck.h"
#include "fakequerier.h"

#include <QTest>

using namespace MailOps;

Q_DECLARE_METATYPE(ReverseDnsReport::Verdict)
Q_DECLARE_METATYPE(ReverseDnsReport::Helo)
Q_DECLARE_METATYPE(PolicyRecordReport::Status)

namespace {

std::shared_ptr<FakeQuerier> world()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->mx(QStringLiteral("example.com"), 20, QStringLiteral("mx2.example.com"));
    dns->mx(QStringLiteral("example.com"), 10, QStringLiteral("mx1.example.com"));
    dns->a(QStringLiteral("mx1.example.com"), QStringLiteral("192.0.2.10"));
    dns->a(QStringLiteral("mx1.example.com"), QStringLiteral("2001:db8::10"));
    dns->fail(QStringLiteral("mx2.example.com"), DnsType::A, Error::Code::ServFail);
    dns->a(QStringLiteral("noimplicit.example"), QStringLiteral("192.0.2.77"));
    dns->txt(QStringLiteral("noimplicit.example"), QStringLiteral("hello"));
    dns->mx(QStringLiteral("nullmx.example"), 0, QStringLiteral("."));
    dns->fail(QStringLiteral("broken.example"), DnsType::MX, Error::Code::Timeout);

    dns->ptr(QStringLiteral("192.0.2.10"), QStringLiteral("mx1.example.com"));
    dns->ptr(QStringLiteral("192.0.2.12"), QStringLiteral("mx1.example.com")); // forged
    dns->fail(reverseName(QHostAddress(QStringLiteral("192.0.2.13"))), DnsType::PTR, Error::Code::ServFail);
    dns->a(QStringLiteral("mail.bank.example"), QStringLiteral("192.0.2.99"));
    return dns;
}

} // namespace

class DnsChecksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mxByPreference();
    void mxEdgeCases();
    void reverseDns_data();
    void reverseDns();
    void dmarcParse_data();
    void dmarcParse();
    void dmarcLookup();
    void organizationalDomain_data();
    void organizationalDomain();
    void policyRecords_data();
    void policyRecords();
    void propagation();
    void propagationUnreachable();
    void tlsaDescribe();
    void dnssecUnsigned();
};

void DnsChecksTest::mxByPreference()
{
    const MxReport r = MxCheck::run(world(), QStringLiteral("Example.COM.")).result();
    QCOMPARE(r.hosts.size(), 2);
    QCOMPARE(r.hosts.at(0).name, QStringLiteral("mx1.example.com"));
    QCOMPARE(r.hosts.at(0).preference, quint16(10));
    QCOMPARE(r.hosts.at(0).addresses.size(), 2);
    QCOMPARE(r.hosts.at(1).name, QStringLiteral("mx2.example.com"));
    QVERIFY(r.hosts.at(1).addresses.isEmpty());
    QVERIFY2(r.hosts.at(1).problems.join(QString()).contains(QStringLiteral("lookup failed")),
        qPrintable(r.hosts.at(1).problems.join(QString())));
    QVERIFY(r.verdict.contains(QStringLiteral("1 of them")));
    QVERIFY(r.ok());
}

void DnsChecksTest::mxEdgeCases()
{
    auto dns = world();
    const MxReport implicit = MxCheck::runBlocking(*dns, QStringLiteral("noimplicit.example"));
    QVERIFY(implicit.implicitMx);
    QCOMPARE(implicit.hosts.first().addresses.first(), QHostAddress(QStringLiteral("192.0.2.77")));
    const MxReport nullMx = MxCheck::runBlocking(*dns, QStringLiteral("nullmx.example"));
    QVERIFY(nullMx.nullMx);
    QVERIFY(!nullMx.ok());
    const MxReport broken = MxCheck::runBlocking(*dns, QStringLiteral("broken.example"));
    QVERIFY(broken.error);
    QCOMPARE(broken.error->code, Error::Code::Timeout);
    QVERIFY2(broken.verdict.contains(QStringLiteral("could not be looked up")), qPrintable(broken.verdict));
    const MxReport nx = MxCheck::runBlocking(*dns, QStringLiteral("nowhere.example"));
    QCOMPARE(nx.error->code, Error::Code::NxDomain);
}

void DnsChecksTest::reverseDns_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<ReverseDnsReport::Verdict>("verdict");
    QTest::addColumn<ReverseDnsReport::Helo>("heloVerdict");
    using V = ReverseDnsReport::Verdict;
    using H = ReverseDnsReport::Helo;
    QTest::newRow("FCrDNS pass, HELO matches")
        << QStringLiteral("192.0.2.10") << QStringLiteral("mx1.example.com") << V::Confirmed << H::MatchesPtr;
    QTest::newRow("missing PTR") << QStringLiteral("192.0.2.11") << QString() << V::MissingPtr << H::NotGiven;
    QTest::newRow("forged PTR, HELO elsewhere")
        << QStringLiteral("192.0.2.12") << QStringLiteral("mail.bank.example") << V::ForgedPtr
        << H::PointsElsewhere;
    QTest::newRow("SERVFAIL is unknown, not missing")
        << QStringLiteral("192.0.2.13") << QString() << V::Unknown << H::NotGiven;
    QTest::newRow("HELO does not resolve")
        << QStringLiteral("192.0.2.10") << QStringLiteral("nothing.example") << V::Confirmed
        << H::DoesNotResolve;
}

void DnsChecksTest::reverseDns()
{
    QFETCH(QString, ip);
    QFETCH(QString, helo);
    QFETCH(ReverseDnsReport::Verdict, verdict);
    QFETCH(ReverseDnsReport::Helo, heloVerdict);
    const ReverseDnsReport r = ReverseDnsCheck::run(world(), QHostAddress(ip), helo).result();
    QVERIFY2(r.verdict == verdict, qPrintable(r.summary));
    QVERIFY2(r.heloVerdict == heloVerdict, qPrintable(r.summary));
    QVERIFY(r.summary.contains(ip));
}

void DnsChecksTest::dmarcParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("lab record") << QStringLiteral(
        "v=DMARC1; p=reject; pct=100; adkim=s; aspf=r; rua=mailto:dmarc-reports@mailops.test; "
        "ruf=mailto:dmarc-forensic@mailops.test; fo=1")
                                << true << QStringLiteral("reject")
                                << QStringLiteral("dmarc-reports@mailops.test");
    QTest::newRow("minimal") << QStringLiteral("v=DMARC1; p=none") << true << QStringLiteral("none")
                             << QStringLiteral("nobody");
    QTest::newRow("size suffix on rua")
        << QStringLiteral("v=DMARC1;p=quarantine;rua=mailto:a@example.com!10m,mailto:b@example.com") << true
        << QStringLiteral("quarantine") << QStringLiteral("b@example.com");
    QTest::newRow("missing semicolon (lab badsyntax)")
        << QStringLiteral("v=DMARC1 p=reject") << false << QString() << QStringLiteral("v=DMARC1");
    QTest::newRow("bad policy") << QStringLiteral("v=DMARC1; p=block") << false << QString()
                                << QStringLiteral("block");
    // One slip is a warning with the fix, the rest of the record stands
    // (RFC 7489 6.3): receivers apply p= whatever else is wrong.
    QTest::newRow("pct out of range") << QStringLiteral("v=DMARC1; p=reject; pct=150") << true
                                      << QStringLiteral("reject") << QStringLiteral("pct=150");
    QTest::newRow("bad alignment") << QStringLiteral("v=DMARC1; p=reject; adkim=x") << true
                                   << QStringLiteral("reject") << QStringLiteral("adkim=x");
    QTest::newRow("bad fo") << QStringLiteral("v=DMARC1; p=reject; fo=2") << true << QStringLiteral("reject")
                            << QStringLiteral("fo=2");
    QTest::newRow("fo with a colon") << QStringLiteral("v=DMARC1; p=quarantine; fo:0") << true
                                     << QStringLiteral("quarantine") << QStringLiteral("(write fo=0)");
    QTest::newRow("pct without =") << QStringLiteral("v=DMARC1; p=reject; pct100") << true
                                   << QStringLiteral("reject") << QStringLiteral("(write pct=100)");
    QTest::newRow("rf with a colon") << QStringLiteral("v=DMARC1; p=reject; rf:afrf") << true
                                     << QStringLiteral("reject") << QStringLiteral("(write rf=afrf)");
    QTest::newRow("ri not a number") << QStringLiteral("v=DMARC1; p=reject; ri=abc") << true
                                     << QStringLiteral("reject") << QStringLiteral("ri=abc");
    QTest::newRow("HTML entity") << QStringLiteral("v=DMARC1; p=reject; fo=1&amp;") << true
                                 << QStringLiteral("reject") << QStringLiteral("an HTML entity");
    QTest::newRow("spaces around =") << QStringLiteral("v = DMARC1;p = reject") << true
                                     << QStringLiteral("reject") << QString();
    QTest::newRow("upper case names and values") << QStringLiteral("V=DMARC1; P=Reject; ADKIM=S") << true
                                                 << QStringLiteral("reject") << QStringLiteral("strict");
    QTest::newRow("p not after v") << QStringLiteral("v=DMARC1; rua=mailto:a@example.com; p=reject") << true
                                   << QStringLiteral("reject") << QStringLiteral("right after v=DMARC1");
    QTest::newRow("rua with another scheme")
        << QStringLiteral("v=DMARC1; p=reject; rua=https://example.com/dmarc,mailto:a@example.com") << true
        << QStringLiteral("reject") << QStringLiteral("https: is not a mailto: URI");
    QTest::newRow("rua not a URI") << QStringLiteral("v=DMARC1; p=reject; rua=dmarc@example.com") << true
                                   << QStringLiteral("reject") << QStringLiteral("write mailto:address");
    // An invalid p with a usable rua is p=none (6.6.3); without one, nothing.
    QTest::newRow("smart quote after p, with rua")
        << QString::fromUtf16(u"v=DMARC1; p=reject\u201D; rua=mailto:a@example.com") << true
        << QStringLiteral("none") << QStringLiteral("U+201D");
    QTest::newRow("invalid p with rua") << QStringLiteral("v=DMARC1; p=block; rua=mailto:a@example.com")
                                        << true << QStringLiteral("none") << QStringLiteral("p=block");
    QTest::newRow("invalid p, no usable rua") << QStringLiteral("v=DMARC1; p=block; rua=https://example.com")
                                              << false << QString() << QStringLiteral("apply no DMARC");
    QTest::newRow("duplicate tag: the first counts") << QStringLiteral("v=DMARC1; p=reject; p=none") << true
                                                     << QStringLiteral("reject") << QStringLiteral("twice");
    QTest::newRow("DMARCbis tags") << QStringLiteral("v=DMARC1; p=reject; np=quarantine; psd=n; t=y") << true
                                   << QStringLiteral("reject")
                                   << QStringLiteral("non-existent subdomains: quarantine");
    QTest::newRow("DMARCbis removes pct")
        << QStringLiteral("v=DMARC1; p=reject; pct=50") << true << QStringLiteral("reject")
        << QStringLiteral("removed by DMARCbis");
}

void DnsChecksTest::dmarcParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, policy);
    QFETCH(QString, mentions);
    const auto r = DmarcRecord::parse(text);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(DmarcRecord::policyName(r.value().policy), policy);
        const QString said = r.value().describe() + QLatin1Char('\n')
            + r.value().warnings.join(QLatin1Char('\n')) + QLatin1Char('\n')
            + r.value().advice.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(mentions), qPrintable(said));
    } else {
        QCOMPARE(r.error().code, Error::Code::ParseError);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }
}

void DnsChecksTest::organizationalDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("organizational");
    QTest::newRow("two labels") << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("subdomain") << QStringLiteral("a.b.example.com") << QStringLiteral("example.com");
    // The Public Suffix List, not the last two labels.
    QTest::newRow("co.uk") << QStringLiteral("mail.example.co.uk") << QStringLiteral("example.co.uk");
    QTest::newRow("a suffix itself") << QStringLiteral("co.uk") << QStringLiteral("co.uk");
    QTest::newRow("private suffix") << QStringLiteral("shop.user.github.io")
                                    << QStringLiteral("user.github.io");
    QTest::newRow("the lab's test TLD")
        << QStringLiteral("mx1.mailops.test") << QStringLiteral("mailops.test");
    QTest::newRow("trailing dot, upper case")
        << QStringLiteral("MX.Example.COM.") << QStringLiteral("example.com");
    QTest::newRow("IDN") << QStringLiteral("mail.bücher.example.de") << QStringLiteral("example.de");
}

void DnsChecksTest::organizationalDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, organizational);
    QCOMPARE(DmarcCheck::organizationalDomain(domain), organizational);
}

void DnsChecksTest::dmarcLookup()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->txt(QStringLiteral("_dmarc.example.com"),
        QStringLiteral("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com"));
    dns->txt(QStringLiteral("_dmarc.two.example.net"), QStringLiteral("v=DMARC1; p=none"));
    dns->txt(QStringLiteral("_dmarc.two.example.net"), QStringLiteral("v=DMARC1; p=reject"));
    dns->fail(QStringLiteral("_dmarc.slow.example.org"), DnsType::TXT, Error::Code::Timeout);

    const DmarcReport direct = DmarcCheck::runBlocking(*dns, QStringLiteral("example.com"));
    QVERIFY(direct.record);
    QCOMPARE(direct.effectivePolicy, DmarcRecord::Policy::Reject);
    QVERIFY(!direct.fromOrganizationalDomain);

    const DmarcReport sub = DmarcCheck::run(dns, QStringLiteral("mail.sub.example.com")).result();
    QVERIFY(sub.fromOrganizationalDomain);
    QCOMPARE(sub.queriedName, QStringLiteral("_dmarc.example.com"));
    QCOMPARE(sub.effectivePolicy, DmarcRecord::Policy::Quarantine);

    const DmarcReport two = DmarcCheck::runBlocking(*dns, QStringLiteral("two.example.net"));
    QVERIFY(two.error);
    QVERIFY(two.summary.contains(QStringLiteral("2 DMARC records")));

    const DmarcReport slow = DmarcCheck::runBlocking(*dns, QStringLiteral("slow.example.org"));
    QCOMPARE(slow.error->code, Error::Code::Timeout);
    QVERIFY(!slow.missing);

    const DmarcReport none = DmarcCheck::runBlocking(*dns, QStringLiteral("nothing.example.org"));
    QVERIFY(none.missing);
    QCOMPARE(DmarcCheck::organizationalDomain(QStringLiteral("a.b.c.example.org.")),
        QStringLiteral("example.org"));
}

void DnsChecksTest::policyRecords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("txt");
    QTest::addColumn<PolicyRecordReport::Status>("status");
    using S = PolicyRecordReport::Status;
    QTest::newRow("DKIM lab key (1024-bit, warned)")
        << QStringLiteral("dkim")
        << QStringLiteral("v=DKIM1; k=rsa; "
                          "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/"
                          "zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/"
                          "NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB")
        << S::Valid;
    QTest::newRow("DKIM revoked") << QStringLiteral("dkim") << QStringLiteral("v=DKIM1; k=rsa; p=")
                                  << S::Revoked;
    QTest::newRow("DKIM bad base64") << QStringLiteral("dkim") << QStringLiteral("v=DKIM1; p=@@@@")
                                     << S::Invalid;
    QTest::newRow("DKIM unknown key type")
        << QStringLiteral("dkim") << QStringLiteral("v=DKIM1; k=dsa; p=AAAA") << S::Invalid;
    QTest::newRow("DKIM no p") << QStringLiteral("dkim") << QStringLiteral("v=DKIM1; k=rsa") << S::Invalid;
    QTest::newRow("MTA-STS lab") << QStringLiteral("sts") << QStringLiteral("v=STSv1; id=2026112301")
                                 << S::Valid;
    QTest::newRow("MTA-STS bad id") << QStringLiteral("sts") << QStringLiteral("v=STSv1; id=2026-11-23")
                                    << S::Invalid;
    QTest::newRow("TLS-RPT lab") << QStringLiteral("rpt")
                                 << QStringLiteral("v=TLSRPTv1; rua=mailto:tlsrpt@mailops.test") << S::Valid;
    QTest::newRow("TLS-RPT no rua") << QStringLiteral("rpt") << QStringLiteral("v=TLSRPTv1") << S::Invalid;
    QTest::newRow("TLS-RPT ftp rua") << QStringLiteral("rpt") << QStringLiteral("v=TLSRPTv1; rua=ftp://x")
                                     << S::Invalid;
}

void DnsChecksTest::policyRecords()
{
    QFETCH(QString, kind);
    QFETCH(QString, txt);
    QFETCH(PolicyRecordReport::Status, status);
    auto dns = std::make_shared<FakeQuerier>();
    PolicyRecordReport r;
    if (kind == QLatin1String("dkim")) {
        dns->txt(QStringLiteral("sel1._domainkey.example.com"), txt);
        r = PolicyRecordCheck::dkim(dns, QStringLiteral("sel1"), QStringLiteral("example.com")).result();
    } else if (kind == QLatin1String("sts")) {
        dns->txt(QStringLiteral("_mta-sts.example.com"), txt);
        r = PolicyRecordCheck::mtaSts(dns, QStringLiteral("example.com")).result();
    } else {
        dns->txt(QStringLiteral("_smtp._tls.example.com"), txt);
        r = PolicyRecordCheck::tlsRpt(dns, QStringLiteral("example.com")).result();
    }
    QVERIFY2(r.status == status,
        qPrintable(PolicyRecordReport::statusName(r.status) + QStringLiteral(": ") + r.summary));
    QVERIFY(!r.summary.isEmpty());
}

void DnsChecksTest::propagation()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->ns(QStringLiteral("example.com"), QStringLiteral("ns1.example.com"));
    dns->ns(QStringLiteral("example.com"), QStringLiteral("ns2.example.com"));
    dns->ns(QStringLiteral("example.com"), QStringLiteral("ns3.example.net"));
    dns->a(QStringLiteral("ns1.example.com"), QStringLiteral("192.0.2.53"));
    dns->a(QStringLiteral("ns2.example.com"), QStringLiteral("198.51.100.53"));
    dns->a(QStringLiteral("ns3.example.net"), QStringLiteral("203.0.113.53"));
    const DnsServer s1 { QHostAddress(QStringLiteral("192.0.2.53")), 53 };
    const DnsServer s2 { QHostAddress(QStringLiteral("198.51.100.53")), 53 };
    const DnsServer s3 { QHostAddress(QStringLiteral("203.0.113.53")), 53 };
    for (const DnsServer &s : { s1, s2 })
        dns->soa(QStringLiteral("example.com"), 2026112302, s);
    dns->soa(QStringLiteral("example.com"), 2026112301, s3); // lagging secondary
    dns->txt(QStringLiteral("example.com"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"), s1);
    dns->txt(QStringLiteral("example.com"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"), s2);
    dns->txt(QStringLiteral("example.com"), QStringLiteral("v=spf1 -all"), s3);

    const PropagationReport r = PropagationCheck::run(
        dns, QStringLiteral("example.com"), QStringLiteral("example.com"), DnsType::TXT)
                                    .result();
    QCOMPARE(r.nameServers.size(), 3);
    QCOMPARE(r.servers.size(), 3);
    QVERIFY(!r.serialsAgree);
    QVERIFY(!r.answersAgree);
    QVERIFY2(r.summary.contains(QStringLiteral("ns3.example.net=2026112301")), qPrintable(r.summary));
    QVERIFY(r.summary.contains(QStringLiteral("different answers")));

    // Once the secondary catches up, everything agrees.
    dns->soa(QStringLiteral("example.com"), 2026112302, s3);
    auto fresh = std::make_shared<FakeQuerier>();
    fresh->ns(QStringLiteral("example.com"), QStringLiteral("ns1.example.com"));
    fresh->a(QStringLiteral("ns1.example.com"), QStringLiteral("192.0.2.53"));
    fresh->soa(QStringLiteral("example.com"), 7, s1);
    fresh->txt(QStringLiteral("example.com"), QStringLiteral("v=spf1 -all"), s1);
    const PropagationReport ok
        = PropagationCheck::runBlocking(*fresh, QStringLiteral("example.com"), {}, DnsType::TXT);
    QVERIFY(ok.serialsAgree);
    QVERIFY(ok.answersAgree);
    QVERIFY2(ok.summary.contains(QStringLiteral("agree")), qPrintable(ok.summary));
}

void DnsChecksTest::propagationUnreachable()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->ns(QStringLiteral("example.com"), QStringLiteral("ns1.example.com"));
    dns->ns(QStringLiteral("example.com"), QStringLiteral("gone.example.com"));
    dns->a(QStringLiteral("ns1.example.com"), QStringLiteral("192.0.2.53"));
    const DnsServer s1 { QHostAddress(QStringLiteral("192.0.2.53")), 53 };
    dns->soa(QStringLiteral("example.com"), 5, s1);
    const PropagationReport r
        = PropagationCheck::runBlocking(*dns, QStringLiteral("example.com"), {}, DnsType::SOA);
    QVERIFY(!r.serialsAgree);
    QVERIFY2(r.summary.contains(QStringLiteral("gone.example.com did not answer")), qPrintable(r.summary));
}

void DnsChecksTest::tlsaDescribe()
{
    DnsRecord r;
    r.type = DnsType::TLSA;
    r.tlsaUsage = 3;
    r.tlsaSelector = 1;
    r.tlsaMatching = 1;
    r.tlsaData = QByteArray::fromHex("0c72ac70");
    QCOMPARE(TlsaCheck::describe(r),
        QStringLiteral("3 1 1: DANE-EE (domain-issued certificate), public key, SHA-256 0c72ac70"));
    QVERIFY(!TlsaCheck::matches(r, {}));
}

void DnsChecksTest::dnssecUnsigned()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->a(QStringLiteral("example.com"), QStringLiteral("192.0.2.1"));
    const DnssecReport r = DnssecCheck::run(dns, QStringLiteral("example.com"), DnsType::A, {}).result();
    QCOMPARE(r.status, DnssecReport::Status::Unsigned);
    const DnssecReport e = DnssecCheck::runBlocking(*dns, QStringLiteral("nx.example.com"), DnsType::A, {});
    QCOMPARE(e.status, DnssecReport::Status::Error);
}

QTEST_GUILESS_MAIN(DnsChecksTest)
#include "dnschecks_test.moc"
