#include "services/servicebackend.h"
#include "services/servicemonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace MailOps;
using namespace std::chrono_literals;

namespace {

// Replays scripted polls; each poll's samples carry their own time so the
// crash-loop clock runs as fast as the test wants.
class ScriptedBackend final : public ServiceBackend
{
public:
    QList<Result<ServiceStatusList>> polls;
    int polled = 0;
    int tailed = 0;

    QFuture<Result<ServiceStatusList>> poll() override
    {
        ++polled;
        if (polls.isEmpty())
            return QtFuture::makeReadyFuture(
                Result<ServiceStatusList>::failure(Error::Code::Other, QStringLiteral("script over")));
        return QtFuture::makeReadyFuture(polls.takeFirst());
    }
    QFuture<Result<QStringList>> tailLog(const QString &service, int maxLines) override
    {
        ++tailed;
        return QtFuture::makeReadyFuture(Result<QStringList>(QStringList {
            service + QStringLiteral(": FATAL: poison message queue_id=4bX1"), QString::number(maxLines) }));
    }
    QString kind() const override { return QStringLiteral("scripted"); }
};

ServiceStatusList samples(int hubRestarts, int second)
{
    const QDateTime t0(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    ServiceStatus hub;
    hub.name = QStringLiteral("filterhub");
    hub.state = ServiceStatus::State::Running;
    hub.restartCount = hubRestarts;
    hub.observedAt = t0.addSecs(second);
    ServiceStatus postfix = hub;
    postfix.name = QStringLiteral("postfix");
    postfix.restartCount = 0;
    return { hub, postfix };
}

} // namespace

class ServiceMonitorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alertCarriesLogLines();
    void failedPollKeepsPolling();
};

void ServiceMonitorTest::alertCarriesLogLines()
{
    ScriptedBackend backend;
    for (int i = 0; i <= 3; ++i)
        backend.polls << Result<ServiceStatusList>(samples(i, i * 15));
    backend.polls << Result<ServiceStatusList>(samples(3, 200));
    ServiceMonitor monitor(&backend);
    monitor.detector()->setSettings({ 3, 120s, 60s });
    monitor.setLogLineCount(7);
    monitor.setInterval(10ms);
    QSignalSpy updated(&monitor, &ServiceMonitor::servicesUpdated);
    QSignalSpy raised(&monitor, &ServiceMonitor::alertRaised);
    QSignalSpy alertUpdated(&monitor, &ServiceMonitor::alertUpdated);
    QSignalSpy cleared(&monitor, &ServiceMonitor::alertCleared);
    monitor.start();
    QTRY_COMPARE(cleared.size(), 1);
    monitor.stop();
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).at(0).value<CrashLoopAlert>().service, QStringLiteral("filterhub"));
    QVERIFY(alertUpdated.size() >= 1);
    const auto withLog = alertUpdated.last().at(0).value<CrashLoopAlert>();
    QCOMPARE(withLog.logLines,
        (QStringList {
            QStringLiteral("filterhub: FATAL: poison message queue_id=4bX1"), QStringLiteral("7") }));
    QCOMPARE(backend.tailed, 1);
    QCOMPARE(monitor.lastServices().size(), 2);
    QVERIFY(updated.size() >= 5);
}

void ServiceMonitorTest::failedPollKeepsPolling()
{
    ScriptedBackend backend;
    backend.polls << Result<ServiceStatusList>::failure(Error::Code::Timeout, QStringLiteral("slow"));
    backend.polls << Result<ServiceStatusList>(samples(0, 0));
    ServiceMonitor monitor(&backend);
    monitor.setInterval(10ms);
    QSignalSpy failed(&monitor, &ServiceMonitor::pollFailed);
    QSignalSpy updated(&monitor, &ServiceMonitor::servicesUpdated);
    monitor.start();
    QTRY_VERIFY(updated.size() >= 1);
    monitor.stop();
    QVERIFY(failed.size() >= 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, Error::Code::Timeout);
}

QTEST_GUILESS_MAIN(ServiceMonitorTest)
#include "servicemonitor_test.moc"
