#include "monitor/gatewaymonitor.h"
#include "queue/queuehistorystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The monitor's queue side against a stand-in postqueue (a script first on
// PATH printing as many deferred messages as a file says): samples reach the
// SQLite history and come back after a restart, and a queue that grows past
// its thresholds raises an alert that clears when it drains.
class GatewayMonitorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_path;

    void setDepth(int messages)
    {
        QFile f(m_dir.filePath(QStringLiteral("depth")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(messages));
    }

    GatewayProfile profile() const
    {
        GatewayProfile p = GatewayProfile::lab();
        p.name = QStringLiteral("test gateway");
        p.transport = GatewayProfile::Transport::Local;
        p.serviceBackend = GatewayProfile::ServiceBackend::Supervisord;
        p.supervisorUrl = QStringLiteral(
            "http://127.0.0.1:1/RPC2"); // nobody there: services fail, the queue does not care
        p.mailLogPath.clear();
        p.postfixConfigDir.clear();
        return p;
    }

private Q_SLOTS:
    void suspectsAreWhatTheCrashNames();
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile script(m_dir.filePath(QStringLiteral("postqueue")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\nn=$(cat \"$(dirname \"$0\")/depth\")\ni=0\n"
            "while [ $i -lt $n ]; do\n"
            "  printf '{\"queue_name\": \"deferred\", \"queue_id\": \"%X\", \"arrival_time\": 1700000000, "
            "\"message_size\": 900, \"sender\": \"s@example.com\", \"recipients\": [{\"address\": "
            "\"u@example.com\", \"delay_reason\": \"connect to mx.example.com[192.0.2.1]:25: Connection "
            "refused\"}]}\\n' "
            "$((0xA00000 + i))\n  i=$((i + 1))\ndone\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_path = qgetenv("PATH");
        qputenv("PATH", m_dir.path().toLocal8Bit() + ':' + m_path);
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void samplesAlertsAndHistory()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
        QueueAlertPolicy::Settings limits;
        limits.deferredWarning = 5;
        limits.deferredCritical = 20;
        limits.clearAfterSamples = 1;
        {
            QueueHistoryStore store(db);
            GatewayMonitor monitor;
            monitor.setHistoryStore(&store);
            monitor.setAlertSettings(limits);
            monitor.setSocketInterval(0);
            monitor.setQueueInterval(100000); // sampled by hand below
            QSignalSpy sampled(&monitor, &GatewayMonitor::queueSampled);
            QSignalSpy alerts(&monitor, &GatewayMonitor::queueAlert);
            monitor.setProfile(profile());
            setDepth(3);
            monitor.start(); // takes the first sample
            QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 1, 10000);
            QCOMPARE(monitor.lastQueue().messages(QueueEntry::Queue::Deferred), 3);
            QCOMPARE(alerts.size(), 0);

            setDepth(25);
            QTest::qWait(1100); // samples are kept per second
            monitor.pollNow();
            QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 2, 10000);
            QVERIFY(!alerts.isEmpty());
            const auto raised = alerts.last().at(0).value<QueueAlertPolicy::Transition>();
            QCOMPARE(raised.level, QueueAlertPolicy::Level::Critical);
            QVERIFY2(raised.text.contains(QStringLiteral("25")), qPrintable(raised.text));
            QCOMPARE(monitor.activeQueueAlerts().size(), 1);

            setDepth(0);
            QTest::qWait(1100);
            alerts.clear();
            monitor.pollNow();
            QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 3, 10000);
            QTRY_VERIFY(!alerts.isEmpty());
            QCOMPARE(alerts.last().at(0).value<QueueAlertPolicy::Transition>().kind,
                QueueAlertPolicy::Transition::Kind::Cleared);
            QVERIFY(monitor.activeQueueAlerts().isEmpty());
            QCOMPARE(monitor.queueHistory().size(), 3);
            monitor.stop();
        }
        // A new console on the same file shows the same history.
        QueueHistoryStore store(db);
        GatewayMonitor monitor;
        monitor.setHistoryStore(&store);
        monitor.setProfile(profile());
        QCOMPARE(monitor.queueHistory().size(), 3);
        QCOMPARE(monitor.queueHistory().at(1).count(QueueEntry::Queue::Deferred), 25);
    }

    // An ssh gateway is sampled like a local one: the listing runs on the
    // far side (here a stand-in ssh that runs the remote command line with
    // sh, as sshd would) and streams back through the transport.
    void queueOverSsh()
    {
        QFile fake(m_dir.filePath(QStringLiteral("ssh")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/ssh-argv\"\n"
                   "for last in \"$@\"; do :; done\nexec /bin/sh -c \"$last\"\n");
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        GatewayProfile p = profile();
        p.transport = GatewayProfile::Transport::Ssh;
        p.sshHost = QStringLiteral("admin@gw.example.net");
        p.postfixConfigDir = QStringLiteral("/etc/postfix-out");
        GatewayMonitor monitor;
        monitor.setSocketInterval(0);
        monitor.setProfile(p);
        QSignalSpy sampled(&monitor, &GatewayMonitor::queueSampled);
        setDepth(7);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 1, 10000);
        QCOMPARE(monitor.lastQueue().messages(QueueEntry::Queue::Deferred), 7);
        QFile argv(m_dir.filePath(QStringLiteral("ssh-argv")));
        QVERIFY(argv.open(QIODevice::ReadOnly));
        const QByteArray recorded = argv.readAll();
        QVERIFY2(recorded.contains("-l\nadmin\n--\ngw.example.net\n"), recorded.constData());
        QVERIFY2(recorded.contains("BatchMode=yes"), recorded.constData());
        QVERIFY2(recorded.contains("'postqueue' '-c' '/etc/postfix-out' '-j'"), recorded.constData());
        monitor.stop();
        QFile::remove(fake.fileName());
    }

    void unusableSshTargetIsAnError()
    {
        GatewayProfile p = profile();
        p.transport = GatewayProfile::Transport::Ssh;
        p.sshHost = QStringLiteral("admin@:22"); // no host
        GatewayMonitor monitor;
        QSignalSpy failed(&monitor, &GatewayMonitor::queueFailed);
        QSignalSpy sampled(&monitor, &GatewayMonitor::queueSampled);
        monitor.setProfile(p);
        monitor.start();
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(200);
        QCOMPARE(sampled.size(), 0); // never this machine's queue instead
        QVERIFY(monitor.transport() == nullptr);
    }

    void stopThenStartSamplesAgain()
    {
        GatewayMonitor monitor;
        monitor.setSocketInterval(0);
        monitor.setProfile(profile());
        QSignalSpy sampled(&monitor, &GatewayMonitor::queueSampled);
        setDepth(2);
        monitor.start();
        monitor.stop(); // the first sample is cancelled in flight
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(sampled.size(), 1, 10000);
        QCOMPARE(monitor.lastQueue().messages(), 2);
    }
};

void GatewayMonitorTest::suspectsAreWhatTheCrashNames()
{
    // The lab's hub: messages passed through well, then the one it died on.
    const QStringList lab {
        QStringLiteral("05:42:01 filterhub[100]: listening on 127.0.0.1:10025"),
        QStringLiteral("05:42:02 filterhub[100]: queue_id=AAAAAA111 message_id=<a@x> -> 250 Ok"),
        QStringLiteral("05:42:03 filterhub[100]: queue_id=BBBBBB222 message_id=<b@x> -> 250 Ok"),
        QStringLiteral(
            "05:42:04 filterhub[100]: FATAL: poison message queue_id=DCA2A10A074 message_id=<p@x>: "
            "engine crashed while scanning, exiting"),
        QStringLiteral("05:42:05 filterhub[101]: listening on 127.0.0.1:10025"),
    };
    QCOMPARE(GatewayMonitor::suspectQueueIds(lab), QStringList { QStringLiteral("DCA2A10A074") });
    // A crash line without an id: the dying process's last id before it.
    const QStringList segv {
        QStringLiteral("hub[41]: queue_id=AAAAAA111 done"),
        QStringLiteral("hub[41]: processing queue_id=66F5C10C04C"),
        QStringLiteral("hub[41]: segfault"),
    };
    QCOMPARE(GatewayMonitor::suspectQueueIds(segv), QStringList { QStringLiteral("66F5C10C04C") });
    // No crash line: the last line of each process a new one replaced.
    const QStringList silent {
        QStringLiteral("hub[7]: queue_id=AAAAAA111 done"),
        QStringLiteral("hub[7]: queue_id=CCCCCC333 started"),
        QStringLiteral("hub[8]: listening"),
        QStringLiteral("hub[8]: queue_id=DDDDDD444 done"),
    };
    QCOMPARE(GatewayMonitor::suspectQueueIds(silent), QStringList { QStringLiteral("CCCCCC333") });
    // Nothing that ties a message to a death names none.
    QVERIFY(GatewayMonitor::suspectQueueIds({ QStringLiteral("hub[7]: queue_id=AAAAAA111 done") }).isEmpty());
    QVERIFY(GatewayMonitor::suspectQueueIds({}).isEmpty());
}

QTEST_GUILESS_MAIN(GatewayMonitorTest)
#include "gatewaymonitor_test.moc"
