// Integration tests against the lab gateway's NSD (installer/lab, zones in
// installer/lab/zones) on 127.0.0.1:5300.
#include "dns/dmarccheck.h"
#include "dns/dnsblchecker.h"
#include "dns/dnsseccheck.h"
#include "dns/mxcheck.h"
#include "dns/policyrecordcheck.h"
#include "dns/propagationcheck.h"
#include "dns/resolver.h"
#include "dns/reversednscheck.h"
#include "dns/spfevaluator.h"
#include "dns/tlsacheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace MailOps;

Q_DECLARE_METATYPE(SpfResult::Code)
Q_DECLARE_METATYPE(ReverseDnsReport::Verdict)
Q_DECLARE_METATYPE(ReverseDnsReport::Helo)

namespace {

// MAILOPS_LAB_DNS=ADDR:PORT points the tests at another server with the same zones.
const DnsServer kLab = [] {
    const auto s
        = DnsServer::parse(qEnvironmentVariable("MAILOPS_LAB_DNS", QStringLiteral("127.0.0.1:5300")));
    return s.ok() ? s.value() : DnsServer { QHostAddress(QStringLiteral("127.0.0.1")), 5300 };
}();

std::shared_ptr<Resolver> lab(bool dnssec = false)
{
    ResolverOptions o;
    o.servers = { kLab };
    o.timeoutMs = 2000;
    o.dnssecOk = dnssec;
    o.recursionDesired = false;
    return std::make_shared<Resolver>(o);
}

QString labDir()
{
    const QString env = qEnvironmentVariable("MAILOPS_LAB_DIR");
    return env.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : env;
}

} // namespace

class DnsLabTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAndTypedErrors();
    void tcp();
    void timeoutOnDeadPort();
    void mx();
    void reverseDns_data();
    void reverseDns();
    void spf_data();
    void spf();
    void spfExplanation();
    void dmarc();
    void policyRecords();
    void tlsa();
    void dnsbl();
    void dnssec();
    void propagation();
};

void DnsLabTest::answersAndTypedErrors()
{
    auto r = lab();
    const auto mx = r->queryBlocking(QStringLiteral("mailops.test"), DnsType::MX);
    QVERIFY2(mx.ok(), mx.ok() ? "" : qPrintable(mx.error().message));
    QCOMPARE(mx.value().records(DnsType::MX).size(), 2);
    QVERIFY(mx.value().authoritative);
    QCOMPARE(mx.value().server, kLab);

    const auto nx = r->queryBlocking(QStringLiteral("nope.mailops.test"), DnsType::A);
    QCOMPARE(nx.error().code, Error::Code::NxDomain);
    QVERIFY2(nx.error().message.contains(QStringLiteral("127.0.0.1:5300")), qPrintable(nx.error().message));
    const auto nodata = r->queryBlocking(QStringLiteral("mx2.mailops.test"), DnsType::AAAA);
    QCOMPARE(nodata.error().code, Error::Code::NoData);
    const auto refused = r->queryBlocking(QStringLiteral("example.org"), DnsType::A);
    QCOMPARE(refused.error().code, Error::Code::Refused);
    const auto txt = r->queryBlocking(QStringLiteral("sel1._domainkey.mailops.test"), DnsType::TXT);
    QVERIFY(txt.ok());
    QVERIFY(txt.value().texts().first().startsWith(QStringLiteral("v=DKIM1; k=rsa; p=MIGfMA0")));
}

void DnsLabTest::tcp()
{
    ResolverOptions o;
    o.servers = { kLab };
    o.tcpOnly = true;
    o.recursionDesired = false;
    Resolver r(o);
    const auto a = r.queryBlocking(QStringLiteral("mx1.mailops.test"), DnsType::A);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    QCOMPARE(a.value().addresses().first(), QHostAddress(QStringLiteral("127.0.0.10")));
}

void DnsLabTest::timeoutOnDeadPort()
{
    ResolverOptions o;
    o.servers = { DnsServer { QHostAddress(QStringLiteral("127.0.0.1")), 5399 } };
    o.timeoutMs = 300;
    o.retries = 0;
    Resolver r(o);
    QElapsedTimer t;
    t.start();
    const auto a = r.queryBlocking(QStringLiteral("mailops.test"), DnsType::MX);
    QCOMPARE(a.error().code, Error::Code::Timeout);
    QVERIFY(t.elapsed() < 2000);
}

void DnsLabTest::mx()
{
    const MxReport r = MxCheck::run(lab(), QStringLiteral("mailops.test")).result();
    QCOMPARE(r.hosts.size(), 2);
    QCOMPARE(r.hosts.at(0).name, QStringLiteral("mx1.mailops.test"));
    QCOMPARE(r.hosts.at(0).preference, quint16(10));
    QVERIFY(r.hosts.at(0).addresses.contains(QHostAddress(QStringLiteral("127.0.0.10"))));
    QCOMPARE(r.hosts.at(1).name, QStringLiteral("mx2.mailops.test"));
    QCOMPARE(r.hosts.at(1).addresses, QList<QHostAddress> { QHostAddress(QStringLiteral("127.0.0.11")) });
    QVERIFY(r.ok());
}

void DnsLabTest::reverseDns_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<ReverseDnsReport::Verdict>("verdict");
    QTest::addColumn<ReverseDnsReport::Helo>("heloVerdict");
    using V = ReverseDnsReport::Verdict;
    using H = ReverseDnsReport::Helo;
    QTest::newRow("127.0.0.10 FCrDNS pass, HELO mx1")
        << QStringLiteral("127.0.0.10") << QStringLiteral("mx1.mailops.test") << V::Confirmed
        << H::MatchesPtr;
    QTest::newRow("127.0.0.11 missing PTR")
        << QStringLiteral("127.0.0.11") << QStringLiteral("mx2.mailops.test") << V::MissingPtr
        << H::ResolvesToIp;
    QTest::newRow("127.0.0.12 forged PTR, HELO mail.bank")
        << QStringLiteral("127.0.0.12") << QStringLiteral("mail.bank.mailops.test") << V::ForgedPtr
        << H::PointsElsewhere;
}

void DnsLabTest::reverseDns()
{
    QFETCH(QString, ip);
    QFETCH(QString, helo);
    QFETCH(ReverseDnsReport::Verdict, verdict);
    QFETCH(ReverseDnsReport::Helo, heloVerdict);
    const ReverseDnsReport r = ReverseDnsCheck::run(lab(), QHostAddress(ip), helo).result();
    QVERIFY2(
        r.verdict == verdict, qPrintable(r.summary + QLatin1Char('\n') + r.details.join(QLatin1Char('\n'))));
    QVERIFY2(r.heloVerdict == heloVerdict, qPrintable(r.summary));
    if (verdict == ReverseDnsReport::Verdict::ForgedPtr) {
        QVERIFY2(r.summary.contains(QStringLiteral("mx1.mailops.test (127.0.0.10")), qPrintable(r.summary));
        QVERIFY(r.summary.contains(QStringLiteral("127.0.0.99")));
    }
}

void DnsLabTest::spf_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<SpfResult::Code>("expected");
    QTest::addColumn<QString>("says");
    using C = SpfResult::Code;
    QTest::newRow("pass ip4") << QStringLiteral("127.0.0.10") << QStringLiteral("mailops.test") << C::Pass
                              << QStringLiteral("ip4:127.0.0.10");
    QTest::newRow("fail") << QStringLiteral("127.0.0.99") << QStringLiteral("mailops.test") << C::Fail
                          << QStringLiteral("-all");
    QTest::newRow("softfail") << QStringLiteral("127.0.0.99") << QStringLiteral("softfail.mailops.test")
                              << C::SoftFail << QStringLiteral("~all");
    QTest::newRow("neutral") << QStringLiteral("127.0.0.99") << QStringLiteral("neutral.mailops.test")
                             << C::Neutral << QStringLiteral("?all");
    QTest::newRow("pass through mx") << QStringLiteral("127.0.0.11") << QStringLiteral("pass-mx.mailops.test")
                                     << C::Pass << QStringLiteral("mx:mailops.test");
    QTest::newRow("pass through include")
        << QStringLiteral("127.0.0.11") << QStringLiteral("include.mailops.test") << C::Pass
        << QStringLiteral("include:mailops.test");
    QTest::newRow("pass through redirect")
        << QStringLiteral("127.0.0.10") << QStringLiteral("redirect.mailops.test") << C::Pass
        << QStringLiteral("ip4:127.0.0.10");
    QTest::newRow("permerror include loop")
        << QStringLiteral("127.0.0.10") << QStringLiteral("loop.mailops.test") << C::PermError
        << QStringLiteral("include loop");
    QTest::newRow("permerror too many lookups")
        << QStringLiteral("127.0.0.99") << QStringLiteral("toomany.mailops.test") << C::PermError
        << QStringLiteral("more than 10 DNS lookups");
    QTest::newRow("permerror syntax")
        << QStringLiteral("127.0.0.10") << QStringLiteral("badsyntax.mailops.test") << C::PermError
        << QStringLiteral("300.1.2.3");
    QTest::newRow("permerror two records")
        << QStringLiteral("127.0.0.10") << QStringLiteral("twospf.mailops.test") << C::PermError
        << QStringLiteral("2 SPF records");
    QTest::newRow("permerror void lookups")
        << QStringLiteral("127.0.0.10") << QStringLiteral("void.mailops.test") << C::PermError
        << QStringLiteral("void lookup");
    QTest::newRow("macro exists expands")
        << QStringLiteral("127.0.0.10") << QStringLiteral("macro.mailops.test") << C::Fail
        << QStringLiteral("-all");
    QTest::newRow("none: no record") << QStringLiteral("127.0.0.10") << QStringLiteral("mx1.mailops.test")
                                     << C::None << QStringLiteral("no SPF record");
    QTest::newRow("temperror: server down") << QStringLiteral("127.0.0.10") << QStringLiteral("example.org")
                                            << C::TempError << QStringLiteral("REFUSED");
}

void DnsLabTest::spf()
{
    QFETCH(QString, ip);
    QFETCH(QString, domain);
    QFETCH(SpfResult::Code, expected);
    QFETCH(QString, says);
    SpfEvaluator eval(lab());
    const SpfResult r = eval.checkHost(QHostAddress(ip), domain, QStringLiteral("strong-bad@") + domain,
                                QStringLiteral("mx1.mailops.test"))
                            .result();
    const QString all = r.codeName() + QStringLiteral(": ") + r.reason + QStringLiteral(" [") + r.matched
        + QStringLiteral("]\n") + r.trace.join(QLatin1Char('\n'));
    QVERIFY2(r.code == expected, qPrintable(all));
    QVERIFY2(r.reason.contains(says) || r.matched.contains(says), qPrintable(all));
    if (domain == QLatin1String("macro.mailops.test"))
        QVERIFY2(r.trace.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("10.0.0.127.strong._spf.macro.mailops.test")),
            qPrintable(all));
}

void DnsLabTest::spfExplanation()
{
    SpfEvaluator eval(lab());
    const SpfResult r = eval.checkHostBlocking(QHostAddress(QStringLiteral("127.0.0.99")),
        QStringLiteral("exp.mailops.test"), QStringLiteral("a@exp.mailops.test"));
    QCOMPARE(r.code, SpfResult::Code::Fail);
    QCOMPARE(r.explanation,
        QStringLiteral("127.0.0.99 is not one of exp.mailops.test's designated mail servers."));
}

void DnsLabTest::dmarc()
{
    auto q = lab();
    const DmarcReport r = DmarcCheck::run(q, QStringLiteral("mailops.test")).result();
    QVERIFY2(r.record, qPrintable(r.summary));
    QCOMPARE(r.record->policy, DmarcRecord::Policy::Reject);
    QCOMPARE(r.record->percent, 100);
    QCOMPARE(r.record->dkimAlignment, DmarcRecord::Alignment::Strict);
    QCOMPARE(r.record->spfAlignment, DmarcRecord::Alignment::Relaxed);
    QCOMPARE(r.record->aggregateReports, QStringList { QStringLiteral("mailto:dmarc-reports@mailops.test") });
    QCOMPARE(r.record->failureReports, QStringList { QStringLiteral("mailto:dmarc-forensic@mailops.test") });
    QCOMPARE(r.record->failureOptions, QStringList { QStringLiteral("1") });

    const DmarcReport soft = DmarcCheck::runBlocking(*q, QStringLiteral("softfail.mailops.test"));
    QCOMPARE(soft.record->policy, DmarcRecord::Policy::None);
    // "v=DMARC1 p=reject" is no record: receivers discard it and take the
    // organizational domain's, and the check says so.
    const DmarcReport bad = DmarcCheck::runBlocking(*q, QStringLiteral("badsyntax.mailops.test"));
    QVERIFY(!bad.error);
    QVERIFY(bad.fromOrganizationalDomain);
    QCOMPARE(bad.effectivePolicy, DmarcRecord::Policy::Reject);
    QVERIFY2(bad.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("receivers discard it")),
        qPrintable(bad.warnings.join(QLatin1Char(' '))));
    // No record of its own: falls back to the organizational domain.
    const DmarcReport inherited = DmarcCheck::runBlocking(*q, QStringLiteral("mx1.mailops.test"));
    QVERIFY(inherited.fromOrganizationalDomain);
    QCOMPARE(inherited.effectivePolicy, DmarcRecord::Policy::Reject);
}

void DnsLabTest::policyRecords()
{
    auto q = lab();
    const auto dkim
        = PolicyRecordCheck::dkim(q, QStringLiteral("sel1"), QStringLiteral("mailops.test")).result();
    QCOMPARE(dkim.status, PolicyRecordReport::Status::Valid);
    QCOMPARE(
        PolicyRecordCheck::dkimBlocking(*q, QStringLiteral("revoked"), QStringLiteral("mailops.test")).status,
        PolicyRecordReport::Status::Revoked);
    QCOMPARE(
        PolicyRecordCheck::dkimBlocking(*q, QStringLiteral("nosuch"), QStringLiteral("mailops.test")).status,
        PolicyRecordReport::Status::Missing);
    QCOMPARE(PolicyRecordCheck::mtaStsBlocking(*q, QStringLiteral("mailops.test")).status,
        PolicyRecordReport::Status::Valid);
    QCOMPARE(PolicyRecordCheck::tlsRptBlocking(*q, QStringLiteral("mailops.test")).status,
        PolicyRecordReport::Status::Valid);
}

void DnsLabTest::tlsa()
{
    const TlsaReport r = TlsaCheck::run(lab(true), QStringLiteral("mx1.mailops.test")).result();
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.first().tlsaUsage, quint8(3));
    QCOMPARE(r.records.first().tlsaData.toHex(),
        QByteArray("0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6"));
    // Answered by an authoritative server, not a validating resolver: no AD.
    QVERIFY(!r.authenticated);
    QVERIFY(r.summary.contains(QStringLiteral("not DNSSEC-validated")));
    QVERIFY(TlsaCheck::runBlocking(*lab(), QStringLiteral("mx2.mailops.test")).missing);
}

void DnsLabTest::dnsbl()
{
    DnsblChecker checker(lab());
    const QStringList zones { QStringLiteral("bl.mailops.test"), QStringLiteral("dead.mailops.test"),
        QStringLiteral("refusing.mailops.test") };
    const DnsblReport listed = checker.check(QHostAddress(QStringLiteral("127.0.0.12")), zones).result();
    QCOMPARE(listed.lists.size(), 3);
    const DnsblListResult &bl = listed.lists.at(0);
    QCOMPARE(bl.status, DnsblListResult::Status::Listed);
    QCOMPARE(bl.health, DnsblListResult::Health::Working);
    QCOMPARE(bl.codes, QList<QHostAddress> { QHostAddress(QStringLiteral("127.0.0.4")) });
    QVERIFY(bl.reason.startsWith(QStringLiteral("Listed: forged PTR")));
    const DnsblListResult &dead = listed.lists.at(1);
    QCOMPARE(dead.health, DnsblListResult::Health::Dead);
    QVERIFY(!dead.trustworthyListing());
    const DnsblListResult &refusing = listed.lists.at(2);
    QCOMPARE(refusing.status, DnsblListResult::Status::NotAListing);
    QCOMPARE(refusing.health, DnsblListResult::Health::Refusing);
    QCOMPARE(listed.listedCount(), 1);
    QVERIFY2(listed.toText().contains(QStringLiteral("DEAD OR MISCONFIGURED: dead.mailops.test")),
        qPrintable(listed.toText()));

    const DnsblReport clean = checker.check(QHostAddress(QStringLiteral("127.0.0.10")), zones).result();
    QCOMPARE(clean.lists.at(0).status, DnsblListResult::Status::NotListed);
    QCOMPARE(clean.listedCount(), 0);
    QCOMPARE(clean.exitCode(), 1); // clean, but two lists are unusable
    const DnsblReport v6
        = checker.check(QHostAddress(QStringLiteral("::1")), { QStringLiteral("bl.mailops.test") }).result();
    QCOMPARE(v6.lists.first().status, DnsblListResult::Status::NotListed);
    QVERIFY(v6.lists.first().query.endsWith(QStringLiteral(".0.0.0.0.bl.mailops.test")));
}

void DnsLabTest::dnssec()
{
    QFile key(labDir() + QStringLiteral("/dnssec/signed.mailops.test.dnskey"));
    QVERIFY2(key.open(QIODevice::ReadOnly), qPrintable(key.fileName()));
    const QStringList anchors = DnssecCheck::anchorsFromText(QString::fromLatin1(key.readAll()));
    QCOMPARE(anchors.size(), 1);
    auto q = lab(true);
    const DnssecReport secure
        = DnssecCheck::run(q, QStringLiteral("signed.mailops.test"), DnsType::MX, anchors).result();
    QVERIFY2(secure.status == DnssecReport::Status::Secure,
        qPrintable(secure.summary + QLatin1Char('\n') + secure.steps.join(QLatin1Char('\n'))));
    QCOMPARE(secure.signer, QStringLiteral("signed.mailops.test"));

    QFile ds(labDir() + QStringLiteral("/dnssec/signed.mailops.test.ds"));
    QVERIFY(ds.open(QIODevice::ReadOnly));
    const DnssecReport viaDs = DnssecCheck::runBlocking(*q, QStringLiteral("signed.mailops.test"),
        DnsType::TXT, DnssecCheck::anchorsFromText(QString::fromLatin1(ds.readAll())));
    QVERIFY2(viaDs.status == DnssecReport::Status::Secure, qPrintable(viaDs.summary));

    const DnssecReport noAnchor
        = DnssecCheck::runBlocking(*q, QStringLiteral("signed.mailops.test"), DnsType::A, {});
    QCOMPARE(noAnchor.status, DnssecReport::Status::Indeterminate);
    const DnssecReport wrongAnchor = DnssecCheck::runBlocking(*q, QStringLiteral("signed.mailops.test"),
        DnsType::A,
        { QStringLiteral(
            "signed.mailops.test. 3600 IN DNSKEY 257 3 13 "
            "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==") });
    QCOMPARE(wrongAnchor.status, DnssecReport::Status::Bogus);
    const DnssecReport unsignedZone
        = DnssecCheck::runBlocking(*q, QStringLiteral("mailops.test"), DnsType::MX, anchors);
    QCOMPARE(unsignedZone.status, DnssecReport::Status::Unsigned);
}

void DnsLabTest::propagation()
{
    // The lab's one NS (ns1.mailops.test, 127.0.0.53) answers on its own
    // address and on 127.0.0.1, both on port 5300.
    PropagationOptions o;
    o.serverOverrides.insert(QStringLiteral("ns1.mailops.test"), kLab);
    const PropagationReport r = PropagationCheck::run(
        lab(), QStringLiteral("mailops.test"), QStringLiteral("mailops.test"), DnsType::MX, o)
                                    .result();
    QCOMPARE(r.nameServers, QStringList { QStringLiteral("ns1.mailops.test") });
    QVERIFY2(r.serialsAgree && r.answersAgree, qPrintable(r.summary));
    QCOMPARE(*r.servers.first().serial, quint32(2026112301));
    QVERIFY(r.servers.first().authoritative);

    ResolverOptions fast;
    fast.servers = { kLab };
    fast.timeoutMs = 300;
    fast.retries = 0;
    // Without an override the NS is asked where its address record says.
    PropagationOptions direct;
    direct.port = 5300;
    const PropagationReport d = PropagationCheck::runBlocking(
        *std::make_shared<Resolver>(fast), QStringLiteral("mailops.test"), {}, DnsType::SOA, direct);
    QVERIFY2(d.serialsAgree, qPrintable(d.summary));
    QCOMPARE(d.servers.first().server.address, QHostAddress(QStringLiteral("127.0.0.53")));

    // A name server that does not answer is said to, not taken as agreeing.
    PropagationOptions silent;
    silent.port = 5399;
    const PropagationReport n = PropagationCheck::runBlocking(
        *std::make_shared<Resolver>(fast), QStringLiteral("mailops.test"), {}, DnsType::SOA, silent);
    QVERIFY(!n.serialsAgree);
    QVERIFY2(n.summary.contains(QStringLiteral("did not answer")), qPrintable(n.summary));
}

QTEST_GUILESS_MAIN(DnsLabTest)
#include "dnslab_test.moc"
