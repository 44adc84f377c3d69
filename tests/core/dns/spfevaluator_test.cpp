#include "dns/spfevaluator.h"
#include "dns/spfmacro.h"
#include "fakequerier.h"

#include <QTest>

using namespace MailOps;

Q_DECLARE_METATYPE(SpfResult::Code)

namespace {

// The zone of RFC 7208 Appendix A, with `record` as example.com's SPF record.
std::shared_ptr<FakeQuerier> appendixAZone(const QString &record)
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->txt(QStringLiteral("example.com"), record);
    dns->mx(QStringLiteral("example.com"), 10, QStringLiteral("mail-a.example.com"));
    dns->mx(QStringLiteral("example.com"), 20, QStringLiteral("mail-b.example.com"));
    dns->a(QStringLiteral("example.com"), QStringLiteral("192.0.2.10"));
    dns->a(QStringLiteral("example.com"), QStringLiteral("192.0.2.11"));
    dns->a(QStringLiteral("amy.example.com"), QStringLiteral("192.0.2.65"));
    dns->a(QStringLiteral("bob.example.com"), QStringLiteral("192.0.2.66"));
    dns->a(QStringLiteral("mail-a.example.com"), QStringLiteral("192.0.2.129"));
    dns->a(QStringLiteral("mail-b.example.com"), QStringLiteral("192.0.2.130"));
    dns->mx(QStringLiteral("example.org"), 10, QStringLiteral("mail-c.example.org"));
    dns->a(QStringLiteral("mail-c.example.org"), QStringLiteral("192.0.2.140"));
    dns->ptr(QStringLiteral("192.0.2.10"), QStringLiteral("example.com"));
    dns->ptr(QStringLiteral("192.0.2.11"), QStringLiteral("example.com"));
    dns->ptr(QStringLiteral("192.0.2.65"), QStringLiteral("amy.example.com"));
    dns->ptr(QStringLiteral("192.0.2.66"), QStringLiteral("bob.example.com"));
    dns->ptr(QStringLiteral("192.0.2.129"), QStringLiteral("mail-a.example.com"));
    dns->ptr(QStringLiteral("192.0.2.130"), QStringLiteral("mail-b.example.com"));
    dns->ptr(QStringLiteral("192.0.2.140"), QStringLiteral("mail-c.example.org"));
    dns->ptr(QStringLiteral("10.0.0.4"), QStringLiteral("bob.example.com"));
    // A.3 DNSBL-style and A.4 multiple-requirement records.
    dns->txt(QStringLiteral("mobile-users._spf.example.com"), QStringLiteral("v=spf1 exists:%{l1r+}.%{d}"));
    dns->txt(
        QStringLiteral("remote-users._spf.example.com"), QStringLiteral("v=spf1 exists:%{ir}.%{l1r+}.%{d}"));
    dns->a(QStringLiteral("mary.mobile-users._spf.example.com"), QStringLiteral("127.0.0.2"));
    dns->a(QStringLiteral("fred.mobile-users._spf.example.com"), QStringLiteral("127.0.0.2"));
    dns->a(QStringLiteral("15.15.168.192.joel.remote-users._spf.example.com"), QStringLiteral("127.0.0.2"));
    dns->a(QStringLiteral("16.15.168.192.joel.remote-users._spf.example.com"), QStringLiteral("127.0.0.2"));
    dns->txt(QStringLiteral("ip4._spf.example.com"), QStringLiteral("v=spf1 -ip4:192.0.2.0/24 +all"));
    dns->txt(QStringLiteral("ptr._spf.example.com"), QStringLiteral("v=spf1 -ptr:example.com +all"));
    return dns;
}

SpfResult check(const std::shared_ptr<FakeQuerier> &dns, const QString &ip,
    const QString &domain = QStringLiteral("example.com"),
    const QString &sender = QStringLiteral("sender@example.com"))
{
    SpfEvaluator eval(dns);
    return eval.checkHost(QHostAddress(ip), domain, sender, QStringLiteral("mx.example.org")).result();
}

} // namespace

class SpfEvaluatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendixA_data();
    void appendixA();
    void macros_data();
    void macros();
    void badMacros_data();
    void badMacros();
    void limitsAndErrors_data();
    void limitsAndErrors();
    void explanation();
    void traceNamesEveryStep();
    void ipv6();
};

void SpfEvaluatorTest::appendixA_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<SpfResult::Code>("expected");
    using C = SpfResult::Code;
    const QString s = QStringLiteral("sender@example.com");
    // A.1 Simple Examples
    QTest::newRow("A.1 +all passes anyone")
        << QStringLiteral("v=spf1 +all") << QStringLiteral("198.51.100.7") << s << C::Pass;
    QTest::newRow("A.1 a -all: 192.0.2.10 pass")
        << QStringLiteral("v=spf1 a -all") << QStringLiteral("192.0.2.10") << s << C::Pass;
    QTest::newRow("A.1 a -all: 192.0.2.11 pass")
        << QStringLiteral("v=spf1 a -all") << QStringLiteral("192.0.2.11") << s << C::Pass;
    QTest::newRow("A.1 a -all: 192.0.2.65 fail")
        << QStringLiteral("v=spf1 a -all") << QStringLiteral("192.0.2.65") << s << C::Fail;
    QTest::newRow("A.1 a:example.org -all: no A, fail")
        << QStringLiteral("v=spf1 a:example.org -all") << QStringLiteral("192.0.2.10") << s << C::Fail;
    QTest::newRow("A.1 mx -all: mail-a pass")
        << QStringLiteral("v=spf1 mx -all") << QStringLiteral("192.0.2.129") << s << C::Pass;
    QTest::newRow("A.1 mx -all: mail-b pass")
        << QStringLiteral("v=spf1 mx -all") << QStringLiteral("192.0.2.130") << s << C::Pass;
    QTest::newRow("A.1 mx -all: mail-c fail")
        << QStringLiteral("v=spf1 mx -all") << QStringLiteral("192.0.2.140") << s << C::Fail;
    QTest::newRow("A.1 mx:example.org -all: mail-c pass")
        << QStringLiteral("v=spf1 mx:example.org -all") << QStringLiteral("192.0.2.140") << s << C::Pass;
    QTest::newRow("A.1 mx:example.org -all: mail-a fail")
        << QStringLiteral("v=spf1 mx:example.org -all") << QStringLiteral("192.0.2.129") << s << C::Fail;
    QTest::newRow("A.1 mx mx:example.org: mail-b pass")
        << QStringLiteral("v=spf1 mx mx:example.org -all") << QStringLiteral("192.0.2.130") << s << C::Pass;
    QTest::newRow("A.1 mx mx:example.org: mail-c pass")
        << QStringLiteral("v=spf1 mx mx:example.org -all") << QStringLiteral("192.0.2.140") << s << C::Pass;
    QTest::newRow("A.1 mx/30: 192.0.2.131 pass") << QStringLiteral("v=spf1 mx/30 mx:example.org/30 -all")
                                                 << QStringLiteral("192.0.2.131") << s << C::Pass;
    QTest::newRow("A.1 mx/30: 192.0.2.143 pass") << QStringLiteral("v=spf1 mx/30 mx:example.org/30 -all")
                                                 << QStringLiteral("192.0.2.143") << s << C::Pass;
    QTest::newRow("A.1 mx/30: 192.0.2.132 fail") << QStringLiteral("v=spf1 mx/30 mx:example.org/30 -all")
                                                 << QStringLiteral("192.0.2.132") << s << C::Fail;
    QTest::newRow("A.1 ptr -all: example.com pass")
        << QStringLiteral("v=spf1 ptr -all") << QStringLiteral("192.0.2.10") << s << C::Pass;
    QTest::newRow("A.1 ptr -all: amy pass")
        << QStringLiteral("v=spf1 ptr -all") << QStringLiteral("192.0.2.65") << s << C::Pass;
    QTest::newRow("A.1 ptr -all: mail-b pass")
        << QStringLiteral("v=spf1 ptr -all") << QStringLiteral("192.0.2.130") << s << C::Pass;
    QTest::newRow("A.1 ptr -all: mail-c.example.org fail")
        << QStringLiteral("v=spf1 ptr -all") << QStringLiteral("192.0.2.140") << s << C::Fail;
    QTest::newRow("A.1 ptr -all: 10.0.0.4 forged, fail")
        << QStringLiteral("v=spf1 ptr -all") << QStringLiteral("10.0.0.4") << s << C::Fail;
    QTest::newRow("A.1 ip4:192.0.2.128/28: .65 fail")
        << QStringLiteral("v=spf1 ip4:192.0.2.128/28 -all") << QStringLiteral("192.0.2.65") << s << C::Fail;
    QTest::newRow("A.1 ip4:192.0.2.128/28: .129 pass")
        << QStringLiteral("v=spf1 ip4:192.0.2.128/28 -all") << QStringLiteral("192.0.2.129") << s << C::Pass;
    // A.3 DNSBL-style
    const QString a3
        = QStringLiteral("v=spf1 mx include:mobile-users._spf.%{d} include:remote-users._spf.%{d} -all");
    QTest::newRow("A.3 mary from anywhere pass")
        << a3 << QStringLiteral("198.51.100.7") << QStringLiteral("mary@example.com") << C::Pass;
    QTest::newRow("A.3 fred from anywhere pass")
        << a3 << QStringLiteral("203.0.113.9") << QStringLiteral("fred@example.com") << C::Pass;
    QTest::newRow("A.3 joel from 192.168.15.15 pass")
        << a3 << QStringLiteral("192.168.15.15") << QStringLiteral("joel@example.com") << C::Pass;
    QTest::newRow("A.3 joel from elsewhere fail")
        << a3 << QStringLiteral("192.168.15.17") << QStringLiteral("joel@example.com") << C::Fail;
    QTest::newRow("A.3 bob through mail-a pass")
        << a3 << QStringLiteral("192.0.2.129") << QStringLiteral("bob@example.com") << C::Pass;
    QTest::newRow("A.3 bob from elsewhere fail")
        << a3 << QStringLiteral("198.51.100.7") << QStringLiteral("bob@example.com") << C::Fail;
    // A.4 multiple requirements: in 192.0.2.0/24 AND named under example.com
    const QString a4 = QStringLiteral("v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all");
    QTest::newRow("A.4 amy: both requirements, pass") << a4 << QStringLiteral("192.0.2.65") << s << C::Pass;
    QTest::newRow("A.4 mail-c: wrong name, fail") << a4 << QStringLiteral("192.0.2.140") << s << C::Fail;
    QTest::newRow("A.4 10.0.0.4: wrong network, fail") << a4 << QStringLiteral("10.0.0.4") << s << C::Fail;
}

void SpfEvaluatorTest::appendixA()
{
    QFETCH(QString, record);
    QFETCH(QString, ip);
    QFETCH(QString, sender);
    QFETCH(SpfResult::Code, expected);
    const SpfResult r = check(appendixAZone(record), ip, QStringLiteral("example.com"), sender);
    QVERIFY2(r.code == expected,
        qPrintable(r.codeName() + QStringLiteral(": ") + r.reason + QLatin1Char('\n')
            + r.trace.join(QLatin1Char('\n'))));
    QCOMPARE(r.record, record);
    QVERIFY(!r.reason.isEmpty());
}

void SpfEvaluatorTest::macros_data()
{
    // RFC 7208 section 7.4, with the sender, addresses and PTR name given there.
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("macro");
    QTest::addColumn<QString>("expansion");
    const QString v4 = QStringLiteral("192.0.2.3");
    QTest::newRow("%{s}") << v4 << QStringLiteral("%{s}") << QStringLiteral("strong-bad@email.example.com");
    QTest::newRow("%{o}") << v4 << QStringLiteral("%{o}") << QStringLiteral("email.example.com");
    QTest::newRow("%{d}") << v4 << QStringLiteral("%{d}") << QStringLiteral("email.example.com");
    QTest::newRow("%{d4}") << v4 << QStringLiteral("%{d4}") << QStringLiteral("email.example.com");
    QTest::newRow("%{d3}") << v4 << QStringLiteral("%{d3}") << QStringLiteral("email.example.com");
    QTest::newRow("%{d2}") << v4 << QStringLiteral("%{d2}") << QStringLiteral("example.com");
    QTest::newRow("%{d1}") << v4 << QStringLiteral("%{d1}") << QStringLiteral("com");
    QTest::newRow("%{dr}") << v4 << QStringLiteral("%{dr}") << QStringLiteral("com.example.email");
    QTest::newRow("%{d2r}") << v4 << QStringLiteral("%{d2r}") << QStringLiteral("example.email");
    QTest::newRow("%{l}") << v4 << QStringLiteral("%{l}") << QStringLiteral("strong-bad");
    QTest::newRow("%{l-}") << v4 << QStringLiteral("%{l-}") << QStringLiteral("strong.bad");
    QTest::newRow("%{lr}") << v4 << QStringLiteral("%{lr}") << QStringLiteral("strong-bad");
    QTest::newRow("%{lr-}") << v4 << QStringLiteral("%{lr-}") << QStringLiteral("bad.strong");
    QTest::newRow("%{l1r-}") << v4 << QStringLiteral("%{l1r-}") << QStringLiteral("strong");
    QTest::newRow("%{ir}.%{v}._spf.%{d2}") << v4 << QStringLiteral("%{ir}.%{v}._spf.%{d2}")
                                           << QStringLiteral("3.2.0.192.in-addr._spf.example.com");
    QTest::newRow("%{lr-}.lp._spf.%{d2}")
        << v4 << QStringLiteral("%{lr-}.lp._spf.%{d2}") << QStringLiteral("bad.strong.lp._spf.example.com");
    QTest::newRow("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}")
        << v4 << QStringLiteral("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}")
        << QStringLiteral("bad.strong.lp.3.2.0.192.in-addr._spf.example.com");
    QTest::newRow("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}")
        << v4 << QStringLiteral("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}")
        << QStringLiteral("3.2.0.192.in-addr.strong.lp._spf.example.com");
    QTest::newRow("%{d2}.trusted-domains.example.net")
        << v4 << QStringLiteral("%{d2}.trusted-domains.example.net")
        << QStringLiteral("example.com.trusted-domains.example.net");
    QTest::newRow("IPv6 %{ir}.%{v}._spf.%{d2}")
        << QStringLiteral("2001:db8::cb01") << QStringLiteral("%{ir}.%{v}._spf.%{d2}")
        << QStringLiteral(
               "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com");
    QTest::newRow("escapes %% %_ %-") << v4 << QStringLiteral("a%%b%_c%-d") << QStringLiteral("a%b c%20d");
    QTest::newRow("upper case is URL-escaped")
        << v4 << QStringLiteral("%{S}") << QStringLiteral("strong-bad%40email.example.com");
    QTest::newRow("%{p} validated name") << v4 << QStringLiteral("%{p}") << QStringLiteral("mx.example.org");
    QTest::newRow("%{h} helo") << v4 << QStringLiteral("%{h}") << QStringLiteral("mx.example.org");
}

void SpfEvaluatorTest::macros()
{
    QFETCH(QString, ip);
    QFETCH(QString, macro);
    QFETCH(QString, expansion);
    SpfMacroContext ctx;
    ctx.sender = QStringLiteral("strong-bad@email.example.com");
    ctx.domain = QStringLiteral("email.example.com");
    ctx.ip = QHostAddress(ip);
    ctx.helo = QStringLiteral("mx.example.org");
    ctx.validatedName = [] { return QStringLiteral("mx.example.org"); };
    const Result<QString> r = SpfMacro::expand(macro, ctx);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value(), expansion);
}

void SpfEvaluatorTest::badMacros_data()
{
    QTest::addColumn<QString>("macro");
    QTest::newRow("unknown letter") << QStringLiteral("%{x}");
    QTest::newRow("unclosed") << QStringLiteral("%{d2");
    QTest::newRow("zero parts") << QStringLiteral("%{d0}");
    QTest::newRow("lone percent") << QStringLiteral("abc%");
    QTest::newRow("percent then letter") << QStringLiteral("%d");
    QTest::newRow("c outside an explanation") << QStringLiteral("%{c}");
    QTest::newRow("bad delimiter") << QStringLiteral("%{l;}");
    QTest::newRow("space in a domain") << QStringLiteral("a b");
}

void SpfEvaluatorTest::badMacros()
{
    QFETCH(QString, macro);
    const Status s = SpfMacro::validate(macro);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::ParseError);
}

void SpfEvaluatorTest::limitsAndErrors_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<SpfResult::Code>("expected");
    QTest::addColumn<QString>("reasonContains");
    using C = SpfResult::Code;
    QTest::newRow("include loop") << QStringLiteral("v=spf1 include:loop.example.net -all") << C::PermError
                                  << QStringLiteral("include loop");
    QTest::newRow("11 lookups") << QStringLiteral(
        "v=spf1 a:a1.example.net a:a2.example.net a:a3.example.net a:a4.example.net a:a5.example.net "
        "a:a6.example.net a:a7.example.net a:a8.example.net a:a9.example.net a:a10.example.net "
        "a:a11.example.net -all")
                                << C::PermError << QStringLiteral("more than 10 DNS lookups");
    QTest::newRow("10 lookups are fine") << QStringLiteral(
        "v=spf1 a:a1.example.net a:a2.example.net a:a3.example.net a:a4.example.net a:a5.example.net "
        "a:a6.example.net a:a7.example.net a:a8.example.net a:a9.example.net a:a10.example.net -all")
                                         << C::Fail << QStringLiteral("-all");
    QTest::newRow("3 void lookups") << QStringLiteral(
        "v=spf1 a:nx1.example.net a:nx2.example.net a:nx3.example.net -all")
                                    << C::PermError << QStringLiteral("void lookup");
    QTest::newRow("2 void lookups are fine")
        << QStringLiteral("v=spf1 a:nx1.example.net a:nx2.example.net -all") << C::Fail
        << QStringLiteral("-all");
    QTest::newRow("SERVFAIL is temperror") << QStringLiteral("v=spf1 a:broken.example.net -all")
                                           << C::TempError << QStringLiteral("broken.example.net");
    QTest::newRow("timeout is temperror") << QStringLiteral("v=spf1 mx:slow.example.net -all") << C::TempError
                                          << QStringLiteral("slow.example.net");
    QTest::newRow("unknown mechanism")
        << QStringLiteral("v=spf1 foo:bar -all") << C::PermError << QStringLiteral("foo");
    QTest::newRow("bad ip4") << QStringLiteral("v=spf1 ip4:300.1.2.3 -all") << C::PermError
                             << QStringLiteral("300.1.2.3");
    QTest::newRow("bad cidr") << QStringLiteral("v=spf1 ip4:192.0.2.0/33 -all") << C::PermError
                              << QStringLiteral("/33");
    QTest::newRow("two redirects") << QStringLiteral("v=spf1 redirect=a.example.net redirect=b.example.net")
                                   << C::PermError << QStringLiteral("more than once");
    QTest::newRow("redirect to nothing") << QStringLiteral("v=spf1 redirect=nx.example.net") << C::PermError
                                         << QStringLiteral("nx.example.net");
    QTest::newRow("include of nothing") << QStringLiteral("v=spf1 include:nx.example.net -all")
                                        << C::PermError << QStringLiteral("nx.example.net");
    QTest::newRow("redirect followed")
        << QStringLiteral("v=spf1 redirect=ok.example.net") << C::Pass << QStringLiteral("ok.example.net");
    QTest::newRow("redirect ignored after all")
        << QStringLiteral("v=spf1 ~all redirect=ok.example.net") << C::SoftFail << QStringLiteral("~all");
    QTest::newRow("no match is neutral")
        << QStringLiteral("v=spf1 ip4:192.0.2.1") << C::Neutral << QStringLiteral("neutral");
    QTest::newRow("unknown modifier ignored")
        << QStringLiteral("v=spf1 foo=bar ?all") << C::Neutral << QStringLiteral("?all");
    QTest::newRow("include temperror propagates") << QStringLiteral("v=spf1 include:tmp.example.net -all")
                                                  << C::TempError << QStringLiteral("tmp.example.net");
}

void SpfEvaluatorTest::limitsAndErrors()
{
    QFETCH(QString, record);
    QFETCH(SpfResult::Code, expected);
    QFETCH(QString, reasonContains);
    auto dns = std::make_shared<FakeQuerier>();
    dns->txt(QStringLiteral("example.com"), record);
    dns->txt(QStringLiteral("loop.example.net"), QStringLiteral("v=spf1 include:loop2.example.net -all"));
    dns->txt(QStringLiteral("loop2.example.net"), QStringLiteral("v=spf1 include:loop.example.net -all"));
    for (int i = 1; i <= 11; ++i)
        dns->a(QStringLiteral("a%1.example.net").arg(i), QStringLiteral("198.51.100.%1").arg(i));
    dns->fail(QStringLiteral("broken.example.net"), DnsType::A, Error::Code::ServFail);
    dns->fail(QStringLiteral("slow.example.net"), DnsType::MX, Error::Code::Timeout);
    dns->txt(QStringLiteral("ok.example.net"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"));
    dns->fail(QStringLiteral("tmp.example.net"), DnsType::TXT, Error::Code::Timeout);
    const SpfResult r = check(dns, QStringLiteral("192.0.2.7"));
    QVERIFY2(r.code == expected,
        qPrintable(r.codeName() + QStringLiteral(": ") + r.reason + QLatin1Char('\n')
            + r.trace.join(QLatin1Char('\n'))));
    QVERIFY2(r.reason.contains(reasonContains) || r.matched.contains(reasonContains),
        qPrintable(r.reason + QStringLiteral(" / ") + r.matched));
    QVERIFY(r.dnsLookups <= SpfEvaluator::LookupLimit + 1);
}

void SpfEvaluatorTest::explanation()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->txt(QStringLiteral("example.com"), QStringLiteral("v=spf1 mx -all exp=explain._spf.%{d}"));
    dns->txt(QStringLiteral("explain._spf.example.com"),
        QStringLiteral("%{i} is not one of %{d}'s designated mail servers."));
    const SpfResult r = check(dns, QStringLiteral("192.0.2.3"));
    QCOMPARE(r.code, SpfResult::Code::Fail);
    QCOMPARE(r.explanation, QStringLiteral("192.0.2.3 is not one of example.com's designated mail servers."));
}

void SpfEvaluatorTest::traceNamesEveryStep()
{
    const SpfResult r
        = check(appendixAZone(QStringLiteral("v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all")),
            QStringLiteral("192.0.2.140"));
    const QString t = r.trace.join(QLatin1Char('\n'));
    QVERIFY2(t.contains(QStringLiteral("ip4._spf.example.com")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("ptr._spf.example.com")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("result: fail")), qPrintable(t));
    QCOMPARE(r.matched, QStringLiteral("-include:ptr._spf.%{d} in example.com"));
}

void SpfEvaluatorTest::ipv6()
{
    auto dns = std::make_shared<FakeQuerier>();
    dns->txt(QStringLiteral("example.com"),
        QStringLiteral("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a//64 -all"));
    dns->a(QStringLiteral("example.com"), QStringLiteral("2001:db9::1"));
    QCOMPARE(check(dns, QStringLiteral("2001:db8::cb01")).code, SpfResult::Code::Pass);
    QCOMPARE(check(dns, QStringLiteral("2001:db9::ffff")).code, SpfResult::Code::Pass);
    QCOMPARE(check(dns, QStringLiteral("2001:dba::1")).code, SpfResult::Code::Fail);
    // IPv4-mapped IPv6 is IPv4.
    QCOMPARE(check(dns, QStringLiteral("::ffff:192.0.2.9")).code, SpfResult::Code::Pass);
}

QTEST_GUILESS_MAIN(SpfEvaluatorTest)
#include "spfevaluator_test.moc"
