// The third story on the lab: a poison message kills the filter hub on every
// delivery attempt, supervisord restarts it each time (seen through XML-RPC
// as new pids), and holding the message in Postfix ends the loop.

#include "labenvironment.h"
#include "supervisorrpc.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace MailOps;

class LabPoisonTest : public QObject
{
    Q_OBJECT

private:
    // Polls the hub until `until` says stop or the time is up; counts pid
    // changes (restarts) and non-RUNNING states seen on the way.
    struct Watch
    {
        int restarts = 0;
        int notRunningSamples = 0;
        qint64 lastPid = 0;
        QStringList errors;
    };

    template<typename Until>
    static Watch watchHub(SupervisorRpc &rpc, qint64 firstPid, int timeoutMs, Until until)
    {
        Watch w;
        w.lastPid = firstPid;
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && !until(w)) {
            const auto processes = rpc.allProcessInfo(3000);
            if (!processes) {
                w.errors << processes.error().message;
            } else {
                for (const SupervisorProcessInfo &p : *processes) {
                    if (p.name != u"filterhub")
                        continue;
                    if (p.stateName != u"RUNNING")
                        ++w.notRunningSamples;
                    if (p.pid > 0 && p.pid != w.lastPid) {
                        ++w.restarts;
                        w.lastPid = p.pid;
                    }
                }
            }
            QTest::qWait(250);
        }
        return w;
    }

    static Result<SupervisorProcessInfo> runningHub(SupervisorRpc &rpc, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        QString last;
        while (!deadline.hasExpired()) {
            const auto processes = rpc.allProcessInfo(3000);
            if (processes) {
                for (const SupervisorProcessInfo &p : *processes)
                    if (p.name == u"filterhub" && p.stateName == u"RUNNING")
                        return p;
            } else {
                last = processes.error().message;
            }
            QTest::qWait(200);
        }
        return Result<SupervisorProcessInfo>::failure(
            Error::Code::Timeout, QStringLiteral("filterhub not RUNNING ") + last);
    }

    static Result<LabEnvironment::ProcessOutput> postsuper(const QString &option, const QString &queueId)
    {
        return LabEnvironment::run(QStringLiteral("postsuper"),
            { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), option, queueId });
    }

    QString m_queueId;

private Q_SLOTS:
    void holdingThePoisonMessageEndsTheCrashLoop()
    {
        SupervisorRpc rpc(QUrl(QStringLiteral("http://127.0.0.1:9011/RPC2")));
        const auto before = runningHub(rpc, 20000);
        QVERIFY2(before, before ? "" : qPrintable(before.error().message));

        const auto injected = LabEnvironment::runLab({ QStringLiteral("poison") });
        QVERIFY2(injected, injected ? "" : qPrintable(injected.error().message));
        QVERIFY2(injected->exitCode == 0, injected->standardError.constData());
        const auto match = QRegularExpression(QStringLiteral("queue_id=([0-9A-Za-z]+) message_id=(\\S+)"))
                               .match(QString::fromLatin1(injected->standardOutput));
        QVERIFY2(match.hasMatch(), injected->standardOutput.constData());
        m_queueId = match.captured(1);
        const QString messageId = match.captured(2);

        // Postfix offers the message again every 10-20 s: two restarts within
        // 90 s make a loop, not a one-off crash.
        const Watch loop = watchHub(rpc, before->pid, 90000, [](const Watch &w) { return w.restarts >= 2; });
        QVERIFY2(loop.restarts >= 2,
            qPrintable(QStringLiteral("only %1 restarts; errors: %2")
                           .arg(loop.restarts)
                           .arg(loop.errors.join(u"; "))));

        // The hub's last words name the message, as a crash log would.
        QFile log(LabEnvironment::labDirectory() + QStringLiteral("/log/filterhub.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lastWords = "FATAL: poison message queue_id=" + m_queueId.toLatin1()
            + " message_id=" + messageId.toLatin1();
        QVERIFY2(log.readAll().contains(lastWords), lastWords.constData());

        const auto held = postsuper(QStringLiteral("-h"), m_queueId);
        QVERIFY(held && held->exitCode == 0);
        QVERIFY2(held->standardError.contains("placed on hold"), held->standardError.constData());

        // Longer than the longest retry interval plus one queue run: a message
        // still in play would have come back and crashed the hub by then.
        const auto settled = runningHub(rpc, 20000);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        const Watch quiet = watchHub(rpc, settled->pid, 35000, [](const Watch &w) { return w.restarts > 0; });
        QCOMPARE(quiet.restarts, 0);
        QCOMPARE(quiet.notRunningSamples, 0);

        const auto queue = LabEnvironment::run(QStringLiteral("postqueue"),
            { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("-j") });
        QVERIFY(queue);
        const QByteArray heldEntry
            = "\"queue_name\": \"hold\", \"queue_id\": \"" + m_queueId.toLatin1() + '"';
        QVERIFY2(queue->standardOutput.contains(heldEntry), queue->standardOutput.constData());
    }

    void cleanupTestCase()
    {
        // A poison message left in the queue would crash the hub for every
        // test after this one.
        if (!m_queueId.isEmpty())
            postsuper(QStringLiteral("-d"), m_queueId);
    }
};

QTEST_GUILESS_MAIN(LabPoisonTest)
#include "lab_poison_test.moc"
