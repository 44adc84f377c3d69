#include "dns/dnsblchecker.h"
#include "fakequerier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace MailOps;

Q_DECLARE_METATYPE(DnsblListResult::Status)
Q_DECLARE_METATYPE(DnsblListResult::Health)

namespace {

// Five lists, one of each kind a gateway meets in the wild.
std::shared_ptr<FakeQuerier> lists()
{
    auto dns = std::make_shared<FakeQuerier>();
    // good: RFC 5782 test points, and 192.0.2.99 listed with a reason
    dns->a(QStringLiteral("2.0.0.127.good.example"), QStringLiteral("127.0.0.2"));
    dns->a(QStringLiteral("99.2.0.192.good.example"), QStringLiteral("127.0.0.4"));
    dns->txt(QStringLiteral("99.2.0.192.good.example"),
        QStringLiteral("Spam trap hits, see https://good.example/99"));
    // dead: lists everything, as relays.ordb.org did
    for (const QString &n : { QStringLiteral("1.0.0.127"), QStringLiteral("2.0.0.127"),
             QStringLiteral("99.2.0.192"), QStringLiteral("7.2.0.192") })
        dns->a(n + QStringLiteral(".dead.example"), QStringLiteral("127.0.0.2"));
    // refusing: "query refused" to everything
    for (const QString &n : { QStringLiteral("1.0.0.127"), QStringLiteral("2.0.0.127"),
             QStringLiteral("99.2.0.192"), QStringLiteral("7.2.0.192") })
        dns->a(n + QStringLiteral(".refusing.example"), QStringLiteral("127.255.255.254"));
    // hijacked: a resolver that rewrites NXDOMAIN to an advertising host
    for (const QString &n : { QStringLiteral("1.0.0.127"), QStringLiteral("2.0.0.127"),
             QStringLiteral("99.2.0.192"), QStringLiteral("7.2.0.192") })
        dns->a(n + QStringLiteral(".hijacked.example"), QStringLiteral("198.51.100.80"));
    // slow: times out
    for (const QString &n : { QStringLiteral("1.0.0.127"), QStringLiteral("2.0.0.127"),
             QStringLiteral("99.2.0.192"), QStringLiteral("7.2.0.192") })
        dns->fail(n + QStringLiteral(".slow.example"), DnsType::A, Error::Code::Timeout);
    return dns;
}

const QStringList kZones { QStringLiteral("good.example"), QStringLiteral("dead.example"),
    QStringLiteral("refusing.example"), QStringLiteral("hijacked.example"), QStringLiteral("slow.example") };

} // namespace

class DnsblCheckerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryNames_data();
    void queryNames();
    void classify_data();
    void classify();
    void listsOfEveryKind_data();
    void listsOfEveryKind();
    void cleanAddressOnWorkingList();
    void reportText();
    void reportJson();
    void allListsInFlightAtOnce();
    void manyAddresses();
    void listFile_data();
    void listFile();
};

void DnsblCheckerTest::queryNames_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("name");
    QTest::newRow("v4 (RFC 5782 2.1)")
        << QStringLiteral("192.0.2.99") << QStringLiteral("99.2.0.192.bl.example");
    QTest::newRow("v6 nibbles (RFC 5782 2.4)")
        << QStringLiteral("2001:db8:1:2:3:4:567:89ab")
        << QStringLiteral("b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.bl.example");
}

void DnsblCheckerTest::queryNames()
{
    QFETCH(QString, ip);
    QFETCH(QString, name);
    QCOMPARE(DnsblChecker::queryName(QHostAddress(ip), QStringLiteral("BL.example.")), name);
}

void DnsblCheckerTest::classify_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<DnsblListResult::Status>("status");
    using S = DnsblListResult::Status;
    QTest::newRow("127.0.0.2 listed") << QStringLiteral("127.0.0.2") << S::Listed;
    QTest::newRow("127.0.0.10 listed") << QStringLiteral("127.0.0.10") << S::Listed;
    QTest::newRow("127.1.0.3 listed") << QStringLiteral("127.1.0.3") << S::Listed;
    QTest::newRow("127.255.255.252 typo") << QStringLiteral("127.255.255.252") << S::NotAListing;
    QTest::newRow("127.255.255.254 public resolver") << QStringLiteral("127.255.255.254") << S::NotAListing;
    QTest::newRow("127.255.255.255 excessive") << QStringLiteral("127.255.255.255") << S::NotAListing;
    QTest::newRow("127.0.0.1 reserved") << QStringLiteral("127.0.0.1") << S::NotAListing;
    QTest::newRow("outside 127/8") << QStringLiteral("198.51.100.80") << S::NotAListing;
    QTest::newRow("IPv6 answer") << QStringLiteral("2001:db8::1") << S::NotAListing;
}

void DnsblCheckerTest::classify()
{
    QFETCH(QString, code);
    QFETCH(DnsblListResult::Status, status);
    QString meaning;
    QCOMPARE(DnsblChecker::classify(QHostAddress(code), &meaning), status);
    QVERIFY(!meaning.isEmpty());
}

void DnsblCheckerTest::listsOfEveryKind_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<DnsblListResult::Status>("status");
    QTest::addColumn<DnsblListResult::Health>("health");
    QTest::addColumn<bool>("trustworthy");
    using S = DnsblListResult::Status;
    using H = DnsblListResult::Health;
    QTest::newRow("working list, listed")
        << QStringLiteral("good.example") << S::Listed << H::Working << true;
    QTest::newRow("dead list, listed but not trusted")
        << QStringLiteral("dead.example") << S::Listed << H::Dead << false;
    QTest::newRow("refusing list is not a listing")
        << QStringLiteral("refusing.example") << S::NotAListing << H::Refusing << false;
    QTest::newRow("answer outside 127/8 is not a listing")
        << QStringLiteral("hijacked.example") << S::NotAListing << H::Refusing << false;
    QTest::newRow("timeout is unknown, not 'not listed'")
        << QStringLiteral("slow.example") << S::Error << H::Unknown << false;
}

void DnsblCheckerTest::listsOfEveryKind()
{
    QFETCH(QString, zone);
    QFETCH(DnsblListResult::Status, status);
    QFETCH(DnsblListResult::Health, health);
    QFETCH(bool, trustworthy);
    DnsblChecker checker(lists());
    const DnsblReport report = checker.check(QHostAddress(QStringLiteral("192.0.2.99")), kZones).result();
    QCOMPARE(report.lists.size(), kZones.size());
    const auto it = std::find_if(
        report.lists.begin(), report.lists.end(), [&](const DnsblListResult &r) { return r.zone == zone; });
    QVERIFY(it != report.lists.end());
    QCOMPARE(it->status, status);
    QCOMPARE(it->health, health);
    QCOMPARE(it->trustworthyListing(), trustworthy);
    if (status == DnsblListResult::Status::Error)
        QVERIFY(it->error && it->error->code == Error::Code::Timeout);
}

void DnsblCheckerTest::cleanAddressOnWorkingList()
{
    DnsblChecker checker(lists());
    const DnsblReport report
        = checker.check(QHostAddress(QStringLiteral("192.0.2.7")), { QStringLiteral("good.example") })
              .result();
    QCOMPARE(report.lists.first().status, DnsblListResult::Status::NotListed);
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(report.listedCount(), 0);
}

void DnsblCheckerTest::reportText()
{
    DnsblChecker checker(lists());
    const DnsblReport report = checker.check(QHostAddress(QStringLiteral("192.0.2.99")), kZones).result();
    const QString text = report.toText();
    // The dead list is the first thing after the header, and loud.
    QVERIFY2(
        text.section(QLatin1Char('\n'), 1, 1).contains(QStringLiteral("DEAD OR MISCONFIGURED: dead.example")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("reject ALL mail")));
    QVERIFY(text.contains(QStringLiteral("Spam trap hits, see https://good.example/99")));
    QVERIFY(text.contains(QStringLiteral("query refused")));
    QVERIFY(text.contains(QStringLiteral("listing status is unknown")));
    QVERIFY(text.contains(QStringLiteral("listed on 1 working list")));
    QCOMPARE(report.exitCode(), 2);
}

void DnsblCheckerTest::reportJson()
{
    DnsblChecker checker(lists());
    const QJsonObject json
        = checker.check(QHostAddress(QStringLiteral("192.0.2.7")), kZones).result().toJson();
    QCOMPARE(json.value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.7"));
    QCOMPARE(json.value(QStringLiteral("listed")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("dead_lists")).toArray().first().toString(),
        QStringLiteral("dead.example"));
    const QJsonArray l = json.value(QStringLiteral("lists")).toArray();
    QCOMPARE(l.size(), 5);
    QCOMPARE(
        l.at(4).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("timeout"));
}

void DnsblCheckerTest::allListsInFlightAtOnce()
{
    // 50 lists whose answers each take 100 ms: one after another that is 15 s
    // (three queries per list); at once, a few hundred ms.
    auto dns = std::make_shared<FakeQuerier>();
    dns->setDelayMs(100);
    QStringList zones;
    for (int i = 1; i <= 50; ++i) {
        const QString z = QStringLiteral("l%1.bl.example").arg(i, 2, 10, QLatin1Char('0'));
        zones.append(z);
        dns->a(QStringLiteral("2.0.0.127.") + z, QStringLiteral("127.0.0.2"));
    }
    DnsblChecker checker(dns);
    QElapsedTimer t;
    t.start();
    const DnsblReport report = checker.check(QHostAddress(QStringLiteral("192.0.2.7")), zones).result();
    QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(report.lists.size(), 50);
    QCOMPARE(dns->queries(), 150);
    for (const auto &r : report.lists)
        QCOMPARE(r.health, DnsblListResult::Health::Working);
}

void DnsblCheckerTest::manyAddresses()
{
    DnsblChecker checker(lists());
    QList<QHostAddress> ips;
    for (int i = 1; i <= 100; ++i)
        ips.append(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)));
    const QList<DnsblReport> reports = checker.checkMany(ips, { QStringLiteral("good.example") }).result();
    QCOMPARE(reports.size(), 100);
    QCOMPARE(reports.at(98).listedCount(), 1);
    QCOMPARE(reports.at(97).listedCount(), 0);
}

void DnsblCheckerTest::listFile_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QStringList>("zones");
    QTest::newRow("comments and blanks")
        << QStringLiteral("# lists\nbl.mailops.test\n\n  dead.mailops.test.  # dead one\n")
        << QStringList { QStringLiteral("bl.mailops.test"), QStringLiteral("dead.mailops.test") };
    QTest::newRow("duplicates once") << QStringLiteral("a.example\nA.example\n")
                                     << QStringList { QStringLiteral("a.example") };
    QTest::newRow("garbage rejected") << QStringLiteral("a.example\nrm -rf /\n") << QStringList();
    QTest::newRow("empty rejected") << QStringLiteral("# nothing\n") << QStringList();
}

void DnsblCheckerTest::listFile()
{
    QFETCH(QString, contents);
    QFETCH(QStringList, zones);
    const auto r = DnsblChecker::parseListFile(contents);
    QCOMPARE(r.ok(), !zones.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), zones);
    else
        QCOMPARE(r.error().code, Error::Code::ParseError);
}

QTEST_GUILESS_MAIN(DnsblCheckerTest)
#include "dnsblchecker_test.moc"
