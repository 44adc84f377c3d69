#include "services/crashloopdetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace MailOps;
using namespace std::chrono_literals;

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

ServiceStatus sample(const QString &name, int restarts, int atSecond)
{
    ServiceStatus s;
    s.name = name;
    s.state = ServiceStatus::State::Running;
    s.restartCount = restarts;
    s.observedAt = T0.addSecs(atSecond);
    s.lastExitStatus = restarts > 0 ? 70 : 0;
    return s;
}

} // namespace

class CrashLoopDetectorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void flappingDoesNotCryWolf();
    void clearsAfterQuietPeriod();
    void counterResetIsABaseline();
    void logLinesAttach();
    void independentServices();
    void hugeJumpsStayCheap();
};

void CrashLoopDetectorTest::scenarios_data()
{
    // One sample per (second, restart count) pair; threshold 3 in 300 s.
    QTest::addColumn<QList<int>>("seconds");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("raised");
    QTest::addColumn<int>("alertRestarts");
    QTest::newRow("steady service") << QList<int> { 0, 60, 120, 180 } << QList<int> { 0, 0, 0, 0 } << 0 << 0;
    QTest::newRow("history before monitoring is not a loop")
        << QList<int> { 0, 60 } << QList<int> { 15, 15 } << 0 << 0;
    QTest::newRow("three restarts in a minute")
        << QList<int> { 0, 20, 40, 60 } << QList<int> { 0, 1, 2, 3 } << 1 << 3;
    QTest::newRow("three restarts seen in one poll") << QList<int> { 0, 5 } << QList<int> { 4, 7 } << 1 << 3;
    QTest::newRow("two restarts: below threshold")
        << QList<int> { 0, 20, 40 } << QList<int> { 0, 1, 2 } << 0 << 0;
    QTest::newRow("three restarts spread over an hour")
        << QList<int> { 0, 1200, 2400, 3600 } << QList<int> { 0, 1, 2, 3 } << 0 << 0;
    QTest::newRow("fifteen crashes, one alert")
        << QList<int> { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150 }
        << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 } << 1 << 15;
}

void CrashLoopDetectorTest::scenarios()
{
    QFETCH(QList<int>, seconds);
    QFETCH(QList<int>, counts);
    QFETCH(int, raised);
    QFETCH(int, alertRestarts);
    CrashLoopDetector detector({ 3, 300s, 300s });
    QSignalSpy raisedSpy(&detector, &CrashLoopDetector::alertRaised);
    QSignalSpy clearedSpy(&detector, &CrashLoopDetector::alertCleared);
    for (qsizetype i = 0; i < seconds.size(); ++i)
        detector.addSample(sample(QStringLiteral("filterhub"), counts.at(i), seconds.at(i)));
    QCOMPARE(raisedSpy.size(), raised);
    QCOMPARE(clearedSpy.size(), 0);
    if (raised) {
        const QList<CrashLoopAlert> alerts = detector.activeAlerts();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).restarts, alertRestarts);
        QCOMPARE(alerts.at(0).service, QStringLiteral("filterhub"));
        QCOMPARE(alerts.at(0).window, 300s);
        QCOMPARE(alerts.at(0).lastExitStatus, 70);
    }
}

void CrashLoopDetectorTest::flappingDoesNotCryWolf()
{
    // A restart every 120 s for an hour: the window sees 3 at times, 2 at
    // others. Without hysteresis that would be alert, clear, alert...
    CrashLoopDetector detector({ 3, 300s, 300s });
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    QSignalSpy cleared(&detector, &CrashLoopDetector::alertCleared);
    int count = 0;
    for (int t = 0; t <= 3600; t += 10) {
        if (t > 0 && t % 120 == 0)
            ++count;
        detector.addSample(sample(QStringLiteral("hub"), count, t));
    }
    QCOMPARE(raised.size(), 1);
    QCOMPARE(cleared.size(), 0);
    QVERIFY(detector.isAlerting(QStringLiteral("hub")));
    QCOMPARE(detector.activeAlerts().at(0).restarts, 30);
}

void CrashLoopDetectorTest::clearsAfterQuietPeriod()
{
    CrashLoopDetector detector({ 3, 120s, 60s });
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    QSignalSpy cleared(&detector, &CrashLoopDetector::alertCleared);
    for (int i = 0; i <= 3; ++i)
        detector.addSample(sample(QStringLiteral("hub"), i, i * 10)); // restarts at 10, 20, 30
    QCOMPARE(raised.size(), 1);
    detector.addSample(sample(QStringLiteral("hub"), 3, 89)); // 59 s quiet: still alerting
    QCOMPARE(cleared.size(), 0);
    detector.addSample(sample(QStringLiteral("hub"), 3, 90));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).at(0).toString(), QStringLiteral("hub"));
    QVERIFY(!detector.isAlerting(QStringLiteral("hub")));
    // One more restart right after the clear is not a new loop: it needs a new run.
    detector.addSample(sample(QStringLiteral("hub"), 4, 95));
    QCOMPARE(raised.size(), 1);
    detector.addSample(sample(QStringLiteral("hub"), 6, 100));
    QCOMPARE(raised.size(), 2);
}

void CrashLoopDetectorTest::counterResetIsABaseline()
{
    CrashLoopDetector detector({ 3, 300s, 300s });
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    detector.addSample(sample(QStringLiteral("unit"), 10, 0));
    detector.addSample(sample(QStringLiteral("unit"), 0, 10)); // systemctl restart resets NRestarts
    detector.addSample(sample(QStringLiteral("unit"), 2, 20));
    QCOMPARE(raised.size(), 0);
    QCOMPARE(detector.recentRestarts(QStringLiteral("unit")), 2);
    detector.addSample(sample(QStringLiteral("unit"), 3, 30));
    QCOMPARE(raised.size(), 1);
}

void CrashLoopDetectorTest::logLinesAttach()
{
    CrashLoopDetector detector({ 2, 300s, 300s });
    QSignalSpy updated(&detector, &CrashLoopDetector::alertUpdated);
    detector.setLogLines(QStringLiteral("hub"), { QStringLiteral("ignored: no alert yet") });
    QCOMPARE(updated.size(), 0);
    for (int i = 0; i <= 2; ++i)
        detector.addSample(sample(QStringLiteral("hub"), i, i * 10));
    const QStringList lines { QStringLiteral("FATAL: poison message queue_id=4bX1") };
    detector.setLogLines(QStringLiteral("hub"), lines);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).value<CrashLoopAlert>().logLines, lines);
    QCOMPARE(detector.activeAlerts().at(0).logLines, lines);
}

void CrashLoopDetectorTest::independentServices()
{
    CrashLoopDetector detector({ 3, 300s, 300s });
    for (int i = 0; i <= 3; ++i)
        detector.addSamples(
            { sample(QStringLiteral("a"), i, i * 10), sample(QStringLiteral("b"), 0, i * 10) });
    QVERIFY(detector.isAlerting(QStringLiteral("a")));
    QVERIFY(!detector.isAlerting(QStringLiteral("b")));
}

void CrashLoopDetectorTest::hugeJumpsStayCheap()
{
    // Bad counters (a bogus NRestarts) must not cost memory per restart.
    CrashLoopDetector detector({ 3, 300s, 300s });
    detector.addSample(sample(QStringLiteral("x"), 0, 0));
    detector.addSample(sample(QStringLiteral("x"), 2000000000, 1));
    QVERIFY(detector.isAlerting(QStringLiteral("x")));
    QCOMPARE(detector.activeAlerts().at(0).restarts, 2000000000);
}

QTEST_GUILESS_MAIN(CrashLoopDetectorTest)
#include "crashloopdetector_test.moc"
