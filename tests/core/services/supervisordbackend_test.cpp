#include "fakesupervisord.h"
#include "services/crashloopdetector.h"
#include "services/restarttracker.h"
#include "services/supervisordbackend.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace MailOps;
using State = ServiceStatus::State;

namespace {

template<typename T> T waitFor(QFuture<T> future)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished() && future.resultCount() > 0 ? future.result() : T {};
}

QByteArray data(const char *name)
{
    return servicesTestData(QString::fromLatin1(name));
}

} // namespace

class SupervisordBackendTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pollRunning();
    void restartsCountedFromTransitions();
    void loopUnderWayIsSeenAtOnce();
    void trackerRules_data();
    void trackerRules();
    void errors_data();
    void errors();
    void timeout();
    void connectionRefused();
    void tailLog();
    void actions();
};

void SupervisordBackendTest::pollRunning()
{
    FakeSupervisord server;
    server.enqueue(data("supervisord-getallprocessinfo-running.xml"));
    SupervisordBackend backend(server.url());
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 3);
    for (const ServiceStatus &s : r.value()) {
        QCOMPARE(s.state, State::Running);
        QVERIFY(s.pid > 0);
        QCOMPARE(s.restartCount, 0);
        QCOMPARE(s.uptimeSeconds(), 98); // supervisord's now - start
    }
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.at(0).contains("<methodName>supervisor.getAllProcessInfo</methodName>"));
}

void SupervisordBackendTest::loopUnderWayIsSeenAtOnce()
{
    FakeSupervisord server;
    // filterhub died three times before the console started; its running
    // pid 32672 is the last spawn. The log is on another clock and zone.
    server.mainLog
        = QStringLiteral("2031-01-01 10:00:00,000 INFO spawned: 'filterhub' with pid 100\n"
                         "2031-01-01 10:00:27,000 WARN exited: filterhub (exit status 70; not expected)\n"
                         "2031-01-01 10:00:28,000 INFO spawned: 'filterhub' with pid 101\n"
                         "2031-01-01 10:00:47,000 WARN exited: filterhub (exit status 70; not expected)\n"
                         "2031-01-01 10:00:48,000 INFO spawned: 'filterhub' with pid 102\n"
                         "2031-01-01 10:01:07,000 WARN exited: filterhub (exit status 70; not expected)\n"
                         "2031-01-01 10:01:08,000 INFO spawned: 'filterhub' with pid 32672\n"
                         "2031-01-01 10:01:08,500 INFO spawned: 'nsd' with pid 32670\n");
    server.enqueue(data("supervisord-getallprocessinfo-running.xml"));
    server.enqueue(data("supervisord-getallprocessinfo-running.xml"));
    SupervisordBackend backend(server.url());
    const Result<ServiceStatusList> first = waitFor(backend.poll());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    const ServiceStatus hub = first->at(0);
    QCOMPARE(hub.name, QStringLiteral("filterhub"));
    QCOMPARE(hub.restartCount, 3);
    QCOMPARE(hub.pastRestarts.size(), 3);
    QCOMPARE(hub.pastRestarts.last(), hub.since);
    QCOMPARE(hub.pastRestarts.first(), hub.since.addSecs(-40));
    QVERIFY(first->at(1).pastRestarts.isEmpty());
    QCOMPARE(first->at(1).restartCount, 0);

    CrashLoopDetector detector;
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    detector.addSamples(first.value());
    QCOMPARE(raised.size(), 1);
    const auto alert = raised.at(0).at(0).value<CrashLoopAlert>();
    QCOMPARE(alert.restarts, 3);
    QCOMPARE(alert.firstRestart, hub.since.addSecs(-40));

    // Later polls count on from there, without the history again.
    const Result<ServiceStatusList> second = waitFor(backend.poll());
    QVERIFY(second.ok());
    QCOMPARE(second->at(0).restartCount, 3);
    QVERIFY(second->at(0).pastRestarts.isEmpty());
    QCOMPARE(server.requests.size(), 2);
}

void SupervisordBackendTest::restartsCountedFromTransitions()
{
    // The filter hub as a 1 s poll sees it in a crash loop: running, exited,
    // running again with a new pid and start time, crashing within startsecs
    // (BACKOFF), and supervisord giving up (FATAL).
    FakeSupervisord server;
    for (const char *f : { "running", "exited", "restarted", "restarted", "backoff", "fatal" })
        server.enqueue(
            data(qPrintable(QStringLiteral("supervisord-getallprocessinfo-%1.xml").arg(QLatin1String(f)))));
    SupervisordBackend backend(server.url());
    QList<int> counts;
    QList<State> states;
    QList<int> exits;
    for (int i = 0; i < 6; ++i) {
        const Result<ServiceStatusList> r = waitFor(backend.poll());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        counts << r->at(0).restartCount;
        states << r->at(0).state;
        exits << r->at(0).lastExitStatus;
        QCOMPARE(r->at(1).restartCount, 0); // nsd did not move
    }
    QCOMPARE(states,
        (QList<State> {
            State::Running, State::Exited, State::Running, State::Running, State::Backoff, State::Fatal }));
    QCOMPARE(counts, (QList<int> { 0, 0, 1, 1, 2, 3 }));
    // The crash's exit status outlives supervisord's reset of it at respawn.
    QCOMPARE(exits, (QList<int> { 0, 70, 70, 70, 70, 70 }));
}

void SupervisordBackendTest::trackerRules_data()
{
    QTest::addColumn<QList<qint64>>("pids");
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<int>("restarts");
    QTest::newRow("steady") << QList<qint64> { 10, 10, 10 } << QList<qint64> { 100, 100, 100 } << 0;
    QTest::newRow("new pid and start each poll")
        << QList<qint64> { 10, 11, 12 } << QList<qint64> { 100, 115, 130 } << 2;
    QTest::newRow("exit seen, then respawn")
        << QList<qint64> { 10, 0, 11 } << QList<qint64> { 100, 100, 115 } << 1;
    QTest::newRow("two spawns in one second") << QList<qint64> { 10, 11 } << QList<qint64> { 100, 100 } << 1;
    QTest::newRow("never started, then started") << QList<qint64> { 0, 12 } << QList<qint64> { 0, 130 } << 0;
    QTest::newRow("backoff retries") << QList<qint64> { 0, 0, 0 } << QList<qint64> { 100, 101, 103 } << 2;
}

void SupervisordBackendTest::trackerRules()
{
    QFETCH(QList<qint64>, pids);
    QFETCH(QList<qint64>, starts);
    QFETCH(int, restarts);
    RestartTracker tracker;
    int last = 0;
    for (qsizetype i = 0; i < pids.size(); ++i)
        last = tracker.observe(
            QStringLiteral("p"), pids.at(i), starts.at(i), pids.at(i) ? State::Running : State::Exited);
    QCOMPARE(last, restarts);
}

void SupervisordBackendTest::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("fault") << data("supervisord-fault-unknownmethod.xml") << 200 << Error::Code::ProtocolError
                           << QStringLiteral("UNKNOWN_METHOD");
    QTest::newRow("HTTP 400 page") << data("supervisord-http400-body.html") << 400
                                   << Error::Code::ProtocolError << QStringLiteral("400");
    QTest::newRow("HTTP 401") << QByteArray("auth") << 401 << Error::Code::PermissionDenied
                              << QStringLiteral("password");
    QTest::newRow("garbage with 200")
        << QByteArray("\x01\x02 not xml") << 200 << Error::Code::ParseError << QStringLiteral("bad reply");
    QTest::newRow("truncated") << data("supervisord-getallprocessinfo-truncated.xml") << 200
                               << Error::Code::ParseError << QStringLiteral("getAllProcessInfo");
    QTest::newRow("not a list") << QByteArray(
        "<methodResponse><params><param><value><int>1</int></value></param></params></methodResponse>")
                                << 200 << Error::Code::ParseError << QStringLiteral("list");
}

void SupervisordBackendTest::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    FakeSupervisord server;
    server.enqueue(body, status);
    SupervisordBackend backend(server.url());
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void SupervisordBackendTest::timeout()
{
    FakeSupervisord server;
    server.enqueue({}, 0);
    SupervisordBackend backend(server.url());
    backend.setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer t;
    t.start();
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Timeout);
    QVERIFY(t.elapsed() < 5000);
}

void SupervisordBackendTest::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a loopback port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SupervisordBackend backend(QUrl(QStringLiteral("http://127.0.0.1:%1/RPC2").arg(port)));
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ConnectionRefused);
    QVERIFY(r.error().message.contains(QLatin1String("is it running")));
}

void SupervisordBackendTest::tailLog()
{
    FakeSupervisord server;
    server.enqueue(data("supervisord-getallprocessinfo-running.xml"));
    server.enqueue(R"(<?xml version='1.0'?><methodResponse><params><param><value><array><data>
<value><string>cut line
2026-11-23T10:25:01 filterhub[33120]: listening on 127.0.0.1:10025
2026-11-23T10:25:12 filterhub[33120]: FATAL: poison message queue_id=4bX1 message_id=&lt;poison-1@mailops.test&gt;: engine crashed
</string></value><value><int>4096</int></value><value><boolean>1</boolean></value></data></array></value></param></params></methodResponse>)");
    SupervisordBackend backend(server.url());
    QVERIFY(waitFor(backend.poll()).ok());
    const Result<QStringList> r = waitFor(backend.tailLog(QStringLiteral("filterhub"), 20));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 2);
    QVERIFY(r->at(1).contains(QLatin1String("poison message queue_id=4bX1")));
    // stderr goes to the stdout log on the lab (redirect_stderr), so that is the one read.
    QVERIFY(server.requests.at(1).contains("supervisor.tailProcessStdoutLog"));
}

void SupervisordBackendTest::actions()
{
    FakeSupervisord server;
    server.enqueue("<methodResponse><params><param><value><boolean>1</boolean></value></param></params></"
                   "methodResponse>");
    server.enqueue(
        R"(<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>70</int></value></member>
<member><name>faultString</name><value><string>NOT_RUNNING: filterhub</string></value></member></struct></value></fault></methodResponse>)");
    server.enqueue(data("supervisord-fault-badname.xml"));
    SupervisordBackend backend(server.url());
    QVERIFY(waitFor(backend.startProcess(QStringLiteral("filterhub"))).ok());
    QVERIFY(waitFor(backend.stopProcess(QStringLiteral("filterhub"))).ok()); // already stopped is fine
    const Status bad = waitFor(backend.startProcess(QStringLiteral("nosuch")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::NotFound);
    QVERIFY(server.requests.at(0).contains("<string>filterhub</string>"));
}

QTEST_GUILESS_MAIN(SupervisordBackendTest)
#include "supervisordbackend_test.moc"
