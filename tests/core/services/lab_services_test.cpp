// Against the running lab gateway (installer/lab): supervisord's real
// XML-RPC, the listening sockets, and the third story's crash loop, from the
// poison message to the hold that ends it.
#include "services/portconflictdetector.h"
#include "services/servicemonitor.h"
#include "services/ssoutputparser.h"
#include "services/supervisordbackend.h"
#include "transport/localtransport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace MailOps;
using namespace std::chrono_literals;

namespace {

const QUrl LabSupervisor(QStringLiteral("http://127.0.0.1:9011/RPC2"));

QString labDir()
{
    const QString dir = qEnvironmentVariable("MAILOPS_LAB_DIR");
    return dir.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : dir;
}

template<typename T> T waitFor(QFuture<T> future, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished() && future.resultCount() > 0 ? future.result() : T {};
}

} // namespace

class LabServicesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsLabServicesRunning();
    void listeningSocketsMatchTheLab();
    void poisonCrashLoopAlertsAndHoldEndsIt();

private:
    LocalTransport m_local;
};

void LabServicesTest::initTestCase()
{
    SupervisordBackend backend(LabSupervisor);
    backend.setTimeout(5s);
    Result<ServiceStatusList> r = waitFor(backend.poll());
    if (!r.ok())
        QFAIL(qPrintable(
            QStringLiteral("lab gateway not reachable (installer/lab/lab start): ") + r.error().toString()));
    // A test before this one may have left the filter hub restarting after a
    // poison message it then deleted: wait until everything runs again.
    for (int i = 0; i < 60; ++i) {
        const bool allUp
            = r.ok() && std::all_of(r->cbegin(), r->cend(), [](const ServiceStatus &s) { return s.isUp(); });
        if (allUp)
            break;
        QTest::qWait(500);
        r = waitFor(backend.poll());
    }
}

void LabServicesTest::listsLabServicesRunning()
{
    SupervisordBackend backend(LabSupervisor);
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QMap<QString, ServiceStatus> byName;
    for (const ServiceStatus &s : r.value())
        byName.insert(s.name, s);
    for (const char *name : { "postfix", "nsd", "filterhub" }) {
        const ServiceStatus s = byName.value(QString::fromLatin1(name));
        QVERIFY2(s.state == ServiceStatus::State::Running, name);
        QVERIFY(s.pid > 0);
        QVERIFY(s.uptimeSeconds() >= 0);
    }
}

void LabServicesTest::listeningSocketsMatchTheLab()
{
    CommandOptions options;
    options.timeout = 10s;
    const Result<CommandOutput> out = waitFor(m_local.run(SsOutputParser::command(), options));
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QCOMPARE(out->exitCode, 0);
    const Result<ListeningSocketList> sockets = SsOutputParser::parse(out->stdOut);
    QVERIFY2(sockets.ok(), qPrintable(sockets.ok() ? QString() : sockets.error().toString()));
    const QList<PortExpectation> expected {
        { QStringLiteral("postfix"), QStringLiteral("tcp"), 2525, QStringLiteral("127.0.0.1"),
            { QStringLiteral("master"), QStringLiteral("smtpd") } },
        { QStringLiteral("postfix"), QStringLiteral("tcp"), 10026, QStringLiteral("127.0.0.1"),
            { QStringLiteral("master"), QStringLiteral("smtpd") } },
        { QStringLiteral("filterhub"), QStringLiteral("tcp"), 10025, QStringLiteral("127.0.0.1"),
            { QStringLiteral("python3") } },
        { QStringLiteral("nsd"), QStringLiteral("udp"), 5300, QStringLiteral("127.0.0.1"),
            { QStringLiteral("nsd"), QStringLiteral("nsd: main"), QStringLiteral("nsd: xfrd"),
                QStringLiteral("nsd: server 1") } },
        { QStringLiteral("supervisord"), QStringLiteral("tcp"), 9011, QStringLiteral("127.0.0.1"),
            { QStringLiteral("supervisord") } },
    };
    const QList<PortConflict> conflicts = PortConflictDetector::detect(expected, sockets.value());
    QStringList described;
    for (const PortConflict &c : conflicts)
        described << c.description;
    QVERIFY2(conflicts.isEmpty(), qPrintable(described.join(QLatin1Char('\n'))));

    // A second service configured for the hub's port is the first story's clash.
    QList<PortExpectation> clash = expected;
    clash << PortExpectation { QStringLiteral("second-filter"), QStringLiteral("tcp"), 10025,
        QStringLiteral("*"), { QStringLiteral("amavisd") } };
    const QList<PortConflict> found = PortConflictDetector::detect(clash, sockets.value());
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.at(0).kind, PortConflict::Kind::SharedPort);
    QVERIFY2(found.at(0).description.contains(QLatin1String("python3")), qPrintable(found.at(0).description));
}

void LabServicesTest::poisonCrashLoopAlertsAndHoldEndsIt()
{
    SupervisordBackend backend(LabSupervisor);
    backend.setTimeout(5s);
    ServiceMonitor monitor(&backend);
    monitor.setInterval(1s);
    // Short windows: the lab's hub is offered the message every 10-20 s.
    monitor.detector()->setSettings({ 3, 180s, 40s });
    const QString hubLog = labDir() + QStringLiteral("/log/filterhub.log");
    monitor.setLogSource([this, hubLog](const QString &service, int lines) {
        Q_UNUSED(service)
        CommandOptions options;
        options.timeout = 5s;
        // The lab's hub writes its own log file (supervisord's copy stays empty).
        return m_local
            .run({ QStringLiteral("tail"), QStringLiteral("-n"), QString::number(lines), hubLog }, options)
            .then([](const Result<CommandOutput> &out) {
                if (!out.ok())
                    return Result<QStringList>(out.error());
                return Result<QStringList>(
                    QString::fromUtf8(out->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            });
    });
    QSignalSpy raised(&monitor, &ServiceMonitor::alertRaised);
    QSignalSpy updated(&monitor, &ServiceMonitor::alertUpdated);
    QSignalSpy cleared(&monitor, &ServiceMonitor::alertCleared);
    QSignalSpy polled(&monitor, &ServiceMonitor::servicesUpdated);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 2, 10000); // baseline before the poison

    CommandOptions options;
    options.timeout = 30s;
    const Result<CommandOutput> poison = waitFor(m_local.run(
        { QStringLiteral(MAILOPS_SOURCE_DIR "/installer/lab/lab"), QStringLiteral("poison") }, options));
    QVERIFY2(poison.ok() && poison->exitCode == 0,
        qPrintable(poison.ok() ? QString::fromUtf8(poison->stdErr) : poison.error().toString()));
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("queue_id=(\\S+)")).match(QString::fromUtf8(poison->stdOut));
    QVERIFY2(m.hasMatch(), poison->stdOut.constData());
    const QString queueId = m.captured(1);
    QElapsedTimer clock;
    clock.start();

    // Three crashes 10-20 s apart, each seen by the 1 s poll.
    QTRY_VERIFY_WITH_TIMEOUT(raised.size() == 1, 180000);
    const qint64 alertAfter = clock.elapsed();
    const auto alert = raised.at(0).at(0).value<CrashLoopAlert>();
    QCOMPARE(alert.service, QStringLiteral("filterhub"));
    QVERIFY(alert.restarts >= 3);
    QVERIFY2(alert.summary().contains(QLatin1String("filterhub restarted")), qPrintable(alert.summary()));
    // The log lines arrive just after the alert and name the poison message.
    QTRY_VERIFY_WITH_TIMEOUT(
        !updated.isEmpty() && !updated.last().at(0).value<CrashLoopAlert>().logLines.isEmpty(), 10000);
    const QStringList logLines = updated.last().at(0).value<CrashLoopAlert>().logLines;
    QVERIFY2(logLines.join(QLatin1Char('\n')).contains(QStringLiteral("poison message queue_id=") + queueId),
        qPrintable(logLines.join(QLatin1Char('\n'))));

    // Holding the message ends the loop; the alert clears after the quiet period.
    const Result<CommandOutput> hold
        = waitFor(m_local.run({ QStringLiteral("postsuper"), QStringLiteral("-c"),
                                  labDir() + QStringLiteral("/postfix"), QStringLiteral("-h"), queueId },
            options));
    QVERIFY2(hold.ok() && hold->exitCode == 0,
        qPrintable(hold.ok() ? QString::fromUtf8(hold->stdErr) : hold.error().toString()));
    clock.restart();
    QTRY_VERIFY_WITH_TIMEOUT(cleared.size() == 1, 180000);
    const qint64 clearAfter = clock.elapsed();
    QCOMPARE(cleared.at(0).at(0).toString(), QStringLiteral("filterhub"));
    QCOMPARE(raised.size(), 1); // no second alert while it settled
    monitor.stop();
    qInfo("crash-loop alert %lld s after the poison, cleared %lld s after the hold (quiet period 40 s)",
        alertAfter / 1000, clearAfter / 1000);
    const Result<ServiceStatusList> after = waitFor(backend.poll());
    QVERIFY(after.ok());
    for (const ServiceStatus &s : after.value()) {
        if (s.name == QLatin1String("filterhub"))
            QCOMPARE(s.state, ServiceStatus::State::Running);
    }
}

QTEST_GUILESS_MAIN(LabServicesTest)
#include "lab_services_test.moc"
