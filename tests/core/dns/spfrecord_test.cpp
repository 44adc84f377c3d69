#include "dns/spfrecord.h"

#include <QTest>

using namespace MailOps;

class SpfRecordTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isSpf_data();
    void isSpf();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void termDetails();
};

void SpfRecordTest::isSpf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("spf");
    QTest::newRow("plain") << QStringLiteral("v=spf1 -all") << true;
    QTest::newRow("version only") << QStringLiteral("v=spf1") << true;
    QTest::newRow("upper case") << QStringLiteral("V=SPF1 -all") << true;
    QTest::newRow("spf10 is not spf1") << QStringLiteral("v=spf10 -all") << false;
    QTest::newRow("leading space") << QStringLiteral(" v=spf1 -all") << false;
    QTest::newRow("DMARC") << QStringLiteral("v=DMARC1; p=none") << false;
}

void SpfRecordTest::isSpf()
{
    QFETCH(QString, text);
    QFETCH(bool, spf);
    QCOMPARE(SpfRecord::isSpfRecord(text), spf);
}

void SpfRecordTest::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("terms");
    QTest::newRow("lab zone apex") << QStringLiteral(
        "v=spf1 ip4:127.0.0.10 ip4:127.0.0.11 a:mx1.mailops.test -all")
                                   << 4;
    QTest::newRow("every mechanism") << QStringLiteral(
        "v=spf1 a mx ptr ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com "
        "exists:%{i}.bl.example.com ~all")
                                     << 8;
    QTest::newRow("dual cidr") << QStringLiteral("v=spf1 a/24//64 mx:example.com/30 a//48 -all") << 4;
    QTest::newRow("modifiers") << QStringLiteral(
        "v=spf1 redirect=_spf.example.com exp=explain.%{d} x-foo=%{l}")
                               << 3;
    QTest::newRow("macro with slash delimiter")
        << QStringLiteral("v=spf1 exists:%{l/}.example.com -all") << 2;
    QTest::newRow("extra spaces") << QStringLiteral("v=spf1   -all  ") << 1;
    QTest::newRow("qualifiers") << QStringLiteral("v=spf1 +a -mx ~ptr ?all") << 4;
    QTest::newRow("trailing dot") << QStringLiteral("v=spf1 include:example.com. -all") << 2;
}

void SpfRecordTest::valid()
{
    QFETCH(QString, text);
    QFETCH(int, terms);
    const auto r = SpfRecord::parse(text);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value().terms().size(), terms);
}

void SpfRecordTest::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");
    QTest::newRow("lab badsyntax") << QStringLiteral("v=spf1 ip4:300.1.2.3 foo:bar -all")
                                   << QStringLiteral("300.1.2.3");
    QTest::newRow("unknown mechanism") << QStringLiteral("v=spf1 foo:bar -all") << QStringLiteral("foo");
    QTest::newRow("all with argument") << QStringLiteral("v=spf1 all:x.com") << QStringLiteral("all");
    QTest::newRow("include without domain")
        << QStringLiteral("v=spf1 include -all") << QStringLiteral("include");
    QTest::newRow("include with empty domain")
        << QStringLiteral("v=spf1 include: -all") << QStringLiteral("include:");
    QTest::newRow("ip4 leading zero")
        << QStringLiteral("v=spf1 ip4:192.0.2.01") << QStringLiteral("192.0.2.01");
    QTest::newRow("ip4 given v6") << QStringLiteral("v=spf1 ip4:2001:db8::1") << QStringLiteral("IPv4");
    QTest::newRow("ip6 given v4") << QStringLiteral("v=spf1 ip6:192.0.2.1") << QStringLiteral("IPv6");
    QTest::newRow("cidr 33") << QStringLiteral("v=spf1 ip4:192.0.2.0/33") << QStringLiteral("33");
    QTest::newRow("cidr leading zero") << QStringLiteral("v=spf1 a/024") << QStringLiteral("024");
    QTest::newRow("ip6 cidr 129") << QStringLiteral("v=spf1 a//129") << QStringLiteral("129");
    QTest::newRow("double redirect") << QStringLiteral("v=spf1 redirect=a.example redirect=b.example")
                                     << QStringLiteral("more than once");
    QTest::newRow("double exp") << QStringLiteral("v=spf1 exp=a.example exp=b.example")
                                << QStringLiteral("more than once");
    QTest::newRow("bad macro") << QStringLiteral("v=spf1 exists:%{z}.example.com") << QStringLiteral("z");
    QTest::newRow("numeric top label")
        << QStringLiteral("v=spf1 a:example.123") << QStringLiteral("example.123");
    QTest::newRow("single label") << QStringLiteral("v=spf1 include:localhost")
                                  << QStringLiteral("localhost");
    QTest::newRow("tab separator") << QStringLiteral("v=spf1\t-all") << QStringLiteral("v=spf1");
    QTest::newRow("bad modifier name") << QStringLiteral("v=spf1 1x=foo") << QStringLiteral("1x");
    QTest::newRow("ptr with cidr") << QStringLiteral("v=spf1 ptr/24") << QStringLiteral("ptr");
}

void SpfRecordTest::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    const auto r = SpfRecord::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ParseError);
    QVERIFY2(r.error().message.contains(names), qPrintable(r.error().message));
}

void SpfRecordTest::termDetails()
{
    const auto r = SpfRecord::parse(QStringLiteral(
        "v=spf1 -ip4:192.0.2.0/24 ~a:mail.example.com/28//64 ip6:2001:db8::1 redirect=_spf.example.com"));
    QVERIFY(r.ok());
    const auto &t = r.value().terms();
    QCOMPARE(t.at(0).qualifier, QLatin1Char('-'));
    QCOMPARE(t.at(0).kind, SpfTerm::Kind::Ip4);
    QCOMPARE(t.at(0).cidr4, 24);
    QCOMPARE(t.at(1).domainSpec, QStringLiteral("mail.example.com"));
    QCOMPARE(t.at(1).cidr4, 28);
    QCOMPARE(t.at(1).cidr6, 64);
    QCOMPARE(t.at(2).network, QHostAddress(QStringLiteral("2001:db8::1")));
    QCOMPARE(t.at(2).cidr6, -1);
    QVERIFY(r.value().redirect());
    QCOMPARE(r.value().redirect()->domainSpec, QStringLiteral("_spf.example.com"));
    QCOMPARE(r.value().mechanisms().size(), 3);
}

QTEST_GUILESS_MAIN(SpfRecordTest)
#include "spfrecord_test.moc"
