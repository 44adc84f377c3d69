#include "policy/policyhealthwatch.h"

#include <QtTest>

using namespace MailOps;

namespace {

// A syslog line at minute:second past 10:00 on Dec 7.
QByteArray line(int minute, int second, const QByteArray &text)
{
    return QStringLiteral("Dec  7 10:%1:%2 gw postfix/smtpd[1200]: ")
               .arg(minute, 2, 10, QLatin1Char('0'))
               .arg(second, 2, 10, QLatin1Char('0'))
               .toLatin1()
        + text + '\n';
}

QByteArray tempfail(int minute, int second)
{
    return line(minute, second,
        "NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 450 4.7.1 Client host rejected: cannot find your "
        "hostname, [192.0.2.7]; from=<a@partner.example> to=<b@example.com> proto=ESMTP helo=<x>");
}

QByteArray reject(int minute, int second)
{
    return line(minute, second,
        "NOQUEUE: reject: RCPT from unknown[192.0.2.8]: 554 5.7.1 <b@elsewhere.example>: Relay access "
        "denied; from=<a@partner.example> to=<b@elsewhere.example> proto=ESMTP helo=<x>");
}

QByteArray connectLine(int minute, int second)
{
    return line(minute, second, "connect from mail.partner.example[192.0.2.9]");
}

} // namespace

class PolicyHealthWatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietBeforeStormAfter();
    void busyBeforeSameAfter();
    void fewEventsAreNoStorm();
    void rejects();
    void deferredGrowth();
    void failedProbe();
    void chunksSplitLines();
    void garbage();
};

void PolicyHealthWatchTest::quietBeforeStormAfter()
{
    // Two tempfails a minute for the hour before, then 180 a minute.
    QByteArray before;
    for (int m = 0; m < 60; ++m) {
        before += connectLine(m, 0);
        before += tempfail(m, 10);
        before += tempfail(m, 20);
    }
    PolicyHealthWatch watch(42);
    watch.setBaseline(before, 3);
    QCOMPARE(qRound(watch.tempfailsBefore().perMinute()), 2);
    QByteArray after;
    for (int s = 0; s < 60; ++s) {
        after += tempfail(59, s);
        after += tempfail(59, s);
        after += tempfail(59, s);
    }
    after += connectLine(59, 59);
    // One minute more, so the rate counts over a full minute.
    after.replace("10:59:59 gw postfix/smtpd[1200]: connect", "11:00:00 gw postfix/smtpd[1200]: connect");
    watch.feed(after);
    const PolicyHealthWatch::Verdict v = watch.judge(3);
    QVERIFY(v.hurt);
    QCOMPARE(v.key, QStringLiteral("tempfails"));
    QCOMPARE(v.sentence, QStringLiteral("tempfails rose from 2 to 180 a minute after v42"));
}

void PolicyHealthWatchTest::busyBeforeSameAfter()
{
    QByteArray before;
    for (int m = 0; m < 30; ++m)
        for (int s = 0; s < 20; ++s)
            before += tempfail(m, s);
    PolicyHealthWatch watch(7);
    watch.setBaseline(before, 10);
    QByteArray after;
    for (int m = 30; m < 32; ++m)
        for (int s = 0; s < 22; ++s)
            after += tempfail(m, s);
    watch.feed(after);
    QVERIFY(!watch.judge(10).hurt);
}

void PolicyHealthWatchTest::fewEventsAreNoStorm()
{
    PolicyHealthWatch watch(7);
    watch.setBaseline({}, -1);
    QByteArray after;
    for (int s = 0; s < 9; ++s)
        after += tempfail(0, s);
    watch.feed(after);
    QVERIFY(!watch.judge().hurt);
    watch.feed(tempfail(0, 30));
    const PolicyHealthWatch::Verdict v = watch.judge();
    QVERIFY(v.hurt);
    QCOMPARE(v.sentence, QStringLiteral("tempfails rose from 0 to 10 a minute after v7"));
}

void PolicyHealthWatchTest::rejects()
{
    PolicyHealthWatch watch(3);
    watch.setBaseline(QByteArray(connectLine(0, 0) + connectLine(30, 0)), -1);
    QByteArray after;
    for (int s = 0; s < 40; ++s)
        after += reject(31, s);
    watch.feed(after);
    const PolicyHealthWatch::Verdict v = watch.judge();
    QVERIFY(v.hurt);
    QCOMPARE(v.key, QStringLiteral("rejects"));
    QCOMPARE(v.sentence, QStringLiteral("rejects rose from 0 to 40 a minute after v3"));
}

void PolicyHealthWatchTest::deferredGrowth()
{
    PolicyHealthWatch watch(5);
    watch.setBaseline(connectLine(0, 0), 6);
    QVERIFY(!watch.judge(20).hurt); // +14: under the bar
    const PolicyHealthWatch::Verdict v = watch.judge(40);
    QVERIFY(v.hurt);
    QCOMPARE(v.key, QStringLiteral("deferred"));
    QCOMPARE(v.sentence, QStringLiteral("deferred mail grew from 6 to 40 messages after v5"));
    PolicyHealthWatch busy(5);
    busy.setBaseline(connectLine(0, 0), 500);
    QVERIFY(!busy.judge(530).hurt); // +30 of 500 is ordinary churn
    QVERIFY(!busy.judge(-1).hurt);
}

void PolicyHealthWatchTest::failedProbe()
{
    PolicyHealthWatch watch(9);
    watch.setBaseline({}, -1);
    PolicyHealthCheck::Report probe;
    probe.healthy = false;
    probe.failure = QStringLiteral("a partner with reverse DNS got 450 4.7.1 at RCPT");
    const PolicyHealthWatch::Verdict v = watch.judge(-1, &probe);
    QVERIFY(v.hurt);
    QCOMPARE(v.key, QStringLiteral("probe"));
    QVERIFY(v.sentence.contains(QStringLiteral("after v9 failed: a partner with reverse DNS got 450")));
    probe.healthy = true;
    QVERIFY(!watch.judge(-1, &probe).hurt);
}

void PolicyHealthWatchTest::chunksSplitLines()
{
    QByteArray after;
    for (int s = 0; s < 30; ++s)
        after += tempfail(1, s);
    PolicyHealthWatch whole(1);
    whole.setBaseline({}, -1);
    whole.feed(after);
    PolicyHealthWatch pieces(1);
    pieces.setBaseline({}, -1);
    for (qsizetype i = 0; i < after.size(); i += 7)
        pieces.feed(QByteArrayView(after).sliced(i, qMin<qsizetype>(7, after.size() - i)));
    QCOMPARE(pieces.tempfailsAfter().events, 30);
    QCOMPARE(pieces.tempfailsAfter().events, whole.tempfailsAfter().events);
}

void PolicyHealthWatchTest::garbage()
{
    PolicyHealthWatch watch(1);
    QByteArray junk(3 << 20, 'x');
    junk += "\n\r\n\0\0 NOQUEUE: reject: 450\n";
    junk += QByteArray(200000, '\n');
    watch.setBaseline(junk, -1);
    watch.feed(junk);
    watch.feed(QByteArray(100000, 'y'));
    QCOMPARE(watch.tempfailsAfter().events, 0);
    QVERIFY(!watch.judge().hurt);
}

QTEST_GUILESS_MAIN(PolicyHealthWatchTest)
#include "policyhealthwatch_test.moc"
