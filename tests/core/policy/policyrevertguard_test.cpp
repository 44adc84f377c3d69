#include "policy/policyrevertguard.h"
#include "transport/localtransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

const QByteArray OldMainCf = "smtpd_client_restrictions = permit_mynetworks\n";
const QByteArray NewMainCf = "smtpd_client_restrictions = reject_unknown_client_hostname\n"
                             "unknown_client_reject_code = 450\n";
const QByteArray OldAccess = "192.0.2.1 OK\n";
const QByteArray NewAccess = "192.0.2.1 REJECT\n";

// systemd 252's systemd-run, as it answers a timer with --unit (on stderr).
const QByteArray SystemdRunOutput = "Running timer as unit: mailops-policy-revert-42.timer\n"
                                    "Will run service as unit: mailops-policy-revert-42.service\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

} // namespace

// The gateway's revert timer over a local transport, with stand-ins for
// systemd (installer/lab/fake-systemd: they really schedule the unit) and
// for postfix, postmap and postlog first on PATH: the real script runs, on a
// temporary configuration directory, when its timer fires.
class PolicyRevertGuardTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_conf;
    QString m_postfixLog;
    QString m_systemdState;
    LocalTransport m_transport;
    QByteArray m_path;

    QString scriptPath() const { return m_tmp.filePath(QStringLiteral("libexec/mailops-policy-revert")); }

    std::unique_ptr<PolicyRevertGuard> guard()
    {
        auto g = std::make_unique<PolicyRevertGuard>(&m_transport);
        g->setScriptPath(scriptPath());
        return g;
    }

    // The state after an apply of the new files: the old ones kept beside them.
    void applied()
    {
        QVERIFY(writeAll(m_conf + QStringLiteral("/main.cf"), NewMainCf));
        QVERIFY(writeAll(m_conf + QStringLiteral("/main.cf.mailops-prev"), OldMainCf));
        QVERIFY(writeAll(m_conf + QStringLiteral("/access"), NewAccess));
        QVERIFY(writeAll(m_conf + QStringLiteral("/access.mailops-prev"), OldAccess));
    }

    PolicyRevertGuard::Arming arming(qint64 token, int seconds)
    {
        PolicyRevertGuard::Arming a;
        a.configDir = m_conf;
        a.token = token;
        a.previousVersion = token - 1;
        a.window = std::chrono::seconds(seconds);
        a.files = { { QStringLiteral("main.cf"), {} }, { QStringLiteral("access"), QStringLiteral("hash") } };
        return a;
    }

    // The script run by hand, as if a timer fired that nobody could stop.
    int runScript(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(scriptPath(), arguments);
        if (!p.waitForFinished(10000))
            return -1;
        if (output)
            *output = p.readAll();
        return p.exitCode();
    }

    QByteArray postfixCalls() const { return readAll(m_postfixLog); }
    QByteArray events() const { return readAll(m_systemdState + QStringLiteral("/events")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_conf = m_tmp.filePath(QStringLiteral("postfix"));
        QVERIFY(QDir().mkpath(m_conf));
        m_postfixLog = m_tmp.filePath(QStringLiteral("postfix-calls.log"));
        m_systemdState = m_tmp.filePath(QStringLiteral("systemd"));
        m_path = qgetenv("PATH");
        qputenv("PATH",
            QByteArray(MAILOPS_SOURCE_DIR "/installer/lab/fake-systemd:" MAILOPS_TEST_DATA_DIR
                                          "/policyrevertguard/bin:")
                + m_path);
        qputenv("MAILOPS_FAKE_SYSTEMD_DIR", m_systemdState.toUtf8());
        qputenv("MAILOPS_FAKE_POSTFIX_LOG", m_postfixLog.toUtf8());
        QVERIFY(!PolicyRevertGuard::script().isEmpty());
        QVERIFY(guard()->install().ok());
    }

    void cleanupTestCase()
    {
        // No fake timer may outlive the test.
        for (qint64 token : { 42, 43, 44, 45, 46 })
            guard()->disarm(m_conf, token);
        qputenv("PATH", m_path);
    }

    void cleanup() { QFile::remove(m_postfixLog); }

    void parsesSystemdRun_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("timer");
        QTest::addColumn<QString>("service");
        QTest::newRow("named unit") << SystemdRunOutput << QStringLiteral("mailops-policy-revert-42.timer")
                                    << QStringLiteral("mailops-policy-revert-42.service");
        QTest::newRow("generated name")
            << QByteArray("Running timer as unit: run-r91aa2dfd6635488d994ce8b609302511.timer\n"
                          "Will run service as unit: run-r91aa2dfd6635488d994ce8b609302511.service\n")
            << QStringLiteral("run-r91aa2dfd6635488d994ce8b609302511.timer")
            << QStringLiteral("run-r91aa2dfd6635488d994ce8b609302511.service");
        QTest::newRow("only the timer line") << QByteArray("Running timer as unit: x-1.timer\n")
                                             << QStringLiteral("x-1.timer") << QStringLiteral("x-1.service");
    }

    void parsesSystemdRun()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, timer);
        QFETCH(QString, service);
        const Result<PolicyRevertGuard::Armed> a = PolicyRevertGuard::parseSystemdRunOutput(output);
        QVERIFY(a.ok());
        QCOMPARE(a->timerUnit, timer);
        QCOMPARE(a->serviceUnit, service);
    }

    void quietSystemdRunIsAnError()
    {
        const Result<PolicyRevertGuard::Armed> a = PolicyRevertGuard::parseSystemdRunOutput({});
        QVERIFY(!a.ok());
        QVERIFY(a.error().message.contains(QLatin1String("did not name the timer")));
    }

    void parsesSystemctlShow()
    {
        const QHash<QString, QString> p = PolicyRevertGuard::parseShowOutput(
            "NextElapseUSecMonotonic=1d 2h 28min 32.812351s\nLoadState=loaded\nActiveState=active\n");
        QCOMPARE(
            p.value(QStringLiteral("NextElapseUSecMonotonic")), QStringLiteral("1d 2h 28min 32.812351s"));
        QCOMPARE(p.value(QStringLiteral("LoadState")), QStringLiteral("loaded"));
        QCOMPARE(p.value(QStringLiteral("ActiveState")), QStringLiteral("active"));
    }

    void manifestNamesEveryFile()
    {
        QCOMPARE(PolicyRevertGuard::manifest(arming(42, 600), 1800000000),
            QByteArray("# MailOps Console: put back by mailops-policy-revert unless v42 is confirmed\n"
                       "token 42\nprevious 41\ndeadline 1800000000\nfile main.cf\nfile access hash\n"));
    }

    // What PolicyGateway::write() keeps a previous copy of, with the table
    // type postmap needs.
    void guardedFilesAreTheReplacedOnes()
    {
        const QString dir = QStringLiteral("/etc/postfix");
        PolicySnapshot from;
        from.setConfigDir(dir);
        from.setFile(PolicySnapshot::MainCf,
            "smtpd_client_restrictions = check_client_access hash:/etc/postfix/access\n");
        from.setFile(PolicySnapshot::MasterCf, "smtp inet n - y - - smtpd\n");
        from.setFile(QStringLiteral("access"), OldAccess);
        PolicySnapshot to = from;
        to.setFile(PolicySnapshot::MainCf,
            "smtpd_client_restrictions = check_client_access hash:/etc/postfix/access, check_client_access "
            "cidr:/etc/postfix/new.cidr\n");
        to.setFile(QStringLiteral("access"), NewAccess);
        to.setFile(QStringLiteral("new.cidr"), "192.0.2.0/24 REJECT\n");
        const QList<PolicyRevertGuard::GuardedFile> files = PolicyRevertGuard::guardedFiles(from, to, dir);
        const QList<PolicyRevertGuard::GuardedFile> expected {
            { QStringLiteral("access"), QStringLiteral("hash") }, { PolicySnapshot::MainCf, {} }
        };
        QCOMPARE(files, expected);
    }

    void detectsSystemd()
    {
        auto g = guard();
        QCOMPARE(g->guardDescription(),
            QStringLiteral(
                "the console's countdown only: the gateway was not asked whether it runs systemd"));
        const Result<PolicyRevertGuard::Detection> d = g->detect();
        QVERIFY(d.ok());
        QVERIFY2(d->available, qPrintable(d->reason));
        QCOMPARE(d->systemState, QStringLiteral("running"));
        QCOMPARE(d->systemdVersion, QStringLiteral("systemd 252 (252.38-1~deb12u1)"));
        QCOMPARE(g->guardDescription(),
            QStringLiteral("the console's countdown only: the gateway's timer is not armed"));
    }

    void detectsNoSystemd()
    {
        qputenv("MAILOPS_FAKE_SYSTEMD_OFFLINE", "1");
        auto g = guard();
        const Result<PolicyRevertGuard::Detection> d = g->detect();
        qunsetenv("MAILOPS_FAKE_SYSTEMD_OFFLINE");
        QVERIFY(d.ok());
        QVERIFY(!d->available);
        QCOMPARE(d->systemState, QStringLiteral("offline"));
        QCOMPARE(g->guardDescription(),
            QStringLiteral("the console's countdown only: the gateway has no systemd as its init (systemctl "
                           "says \"offline\")"));
    }

    void installsOnlyWhenChanged()
    {
        auto g = guard();
        const QString path = scriptPath();
        QCOMPARE(readAll(path), PolicyRevertGuard::script());
        QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ExeOwner));
        QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ExeOther));
        QVERIFY(!QFileInfo(path).permissions().testFlag(QFileDevice::WriteOther));
        const Result<bool> again = g->install();
        QVERIFY(again.ok());
        QVERIFY(!*again);
        QVERIFY(writeAll(path, "#!/bin/sh\nexit 0\n"));
        const Result<bool> changed = g->install();
        QVERIFY(changed.ok());
        QVERIFY(*changed);
        QCOMPARE(readAll(path), PolicyRevertGuard::script());
    }

    // The whole point: nobody confirms, the timer fires, the old files are back.
    void expiryRestoresThePreviousFiles()
    {
        applied();
        auto g = guard();
        QVERIFY(g->detect().ok());
        const Result<PolicyRevertGuard::Armed> a = g->arm(arming(42, 1));
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->timerUnit, QStringLiteral("mailops-policy-revert-42.timer"));
        QCOMPARE(a->serviceUnit, QStringLiteral("mailops-policy-revert-42.service"));
        QVERIFY(a->deadline.isValid());
        QCOMPARE(g->guardDescription(),
            QStringLiteral("gateway timer mailops-policy-revert-42.timer and the console's countdown"));
        QVERIFY(QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));

        // The unit ends after the last file, the reload and the log line.
        QTRY_VERIFY_WITH_TIMEOUT(events().contains("finished mailops-policy-revert-42 0"), 15000);
        QCOMPARE(readAll(m_conf + QStringLiteral("/main.cf")), OldMainCf);
        QCOMPARE(readAll(m_conf + QStringLiteral("/access")), OldAccess);
        const QByteArray calls = postfixCalls();
        const QByteArray conf = m_conf.toUtf8();
        QVERIFY2(calls.contains(QByteArray("postmap -c " + conf + " hash:" + conf + "/access")),
            calls.constData());
        QVERIFY2(calls.contains(QByteArray("postfix -c " + conf + " reload")), calls.constData());
        QVERIFY2(calls.contains(QByteArray("v42 was not confirmed in time: restored policy v41 in " + conf
                     + " (main.cf access), Postfix reloaded")),
            calls.constData());
        QVERIFY(!QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));

        const Result<PolicyRevertGuard::State> s = g->status(m_conf, 42);
        QVERIFY(s.ok());
        QCOMPARE(s->phase, PolicyRevertGuard::State::Phase::Restored);
        const Status late = g->disarm(m_conf, 42);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, Error::Code::Cancelled);
        QVERIFY2(late.error().message.contains(QLatin1String("already restored")),
            qPrintable(late.error().message));
    }

    // A confirm in time: the timer is stopped, the manifest gone, and even a
    // timer that fired anyway would find nothing to do.
    void disarmKeepsTheNewFiles()
    {
        applied();
        auto g = guard();
        QVERIFY(g->detect().ok());
        QVERIFY(g->arm(arming(43, 2)).ok());
        const Result<PolicyRevertGuard::State> armed = g->status(m_conf, 43);
        QVERIFY(armed.ok());
        QCOMPARE(armed->phase, PolicyRevertGuard::State::Phase::Armed);
        QVERIFY(armed->remaining.has_value());
        QVERIFY(armed->remaining->count() <= 2);

        const Status kept = g->disarm(m_conf, 43);
        QVERIFY2(kept.ok(), qPrintable(kept ? QString() : kept.error().message));
        QVERIFY(events().contains("stopped mailops-policy-revert-43.timer"));
        QVERIFY(!QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
        QCOMPARE(g->guardDescription(),
            QStringLiteral("the console's countdown only: the gateway's timer is not armed"));
        const Result<PolicyRevertGuard::State> after = g->status(m_conf, 43);
        QVERIFY(after.ok());
        QCOMPARE(after->phase, PolicyRevertGuard::State::Phase::NotArmed);

        QByteArray said;
        QCOMPARE(runScript({ m_conf, QStringLiteral("43") }, &said), 0);
        QVERIFY2(said.contains("nothing armed for v43"), said.constData());
        QCOMPARE(readAll(m_conf + QStringLiteral("/main.cf")), NewMainCf);
        QVERIFY(!postfixCalls().contains("reload"));
        QVERIFY(!events().contains("fired mailops-policy-revert-43"));
        QVERIFY(g->disarm(m_conf, 43).ok()); // twice is fine
    }

    // A timer of an older apply that nobody stopped leaves a newer apply alone.
    void anotherTokenIsLeftAlone()
    {
        applied();
        auto g = guard();
        QVERIFY(g->arm(arming(44, 600)).ok());
        QByteArray said;
        QCOMPARE(runScript({ m_conf, QStringLiteral("40") }, &said), 0);
        QVERIFY2(said.contains("not for v40"), said.constData());
        QCOMPARE(readAll(m_conf + QStringLiteral("/main.cf")), NewMainCf);
        QVERIFY(QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
        const Status wrong = g->disarm(m_conf, 40);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QLatin1String("armed for v44, not v40")),
            qPrintable(wrong.error().message));
        QVERIFY(QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
        QVERIFY(g->disarm(m_conf, 44).ok());
    }

    void runningTwiceRestoresOnce()
    {
        applied();
        auto g = guard();
        QVERIFY(g->arm(arming(45, 600)).ok());
        QVERIFY(g->arm(arming(45, 600)).ok()); // again: the window starts afresh
        QCOMPARE(runScript({ m_conf, QStringLiteral("45") }), 0);
        QCOMPARE(readAll(m_conf + QStringLiteral("/main.cf")), OldMainCf);
        QByteArray said;
        QCOMPARE(runScript({ m_conf, QStringLiteral("45") }, &said), 0);
        QVERIFY2(said.contains("already reverted"), said.constData());
        QCOMPARE(postfixCalls().count(QByteArray("postfix -c " + m_conf.toUtf8() + " reload")), 1);
        QVERIFY(!g->disarm(m_conf, 45).ok());
        QVERIFY(events().contains("stopped mailops-policy-revert-45.timer"));
    }

    void scriptRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no token") << QStringList { QStringLiteral("/etc/postfix") } << 2;
        QTest::newRow("word token") << QStringList { QStringLiteral("/etc/postfix"), QStringLiteral("4a") }
                                    << 2;
        QTest::newRow("negative token")
            << QStringList { QStringLiteral("/etc/postfix"), QStringLiteral("-4") } << 2;
        QTest::newRow("relative dir")
            << QStringList { QStringLiteral("etc/postfix"), QStringLiteral("4") } << 2;
        QTest::newRow("climbing dir")
            << QStringList { QStringLiteral("/etc/postfix/../shadow"), QStringLiteral("4") } << 2;
        QTest::newRow("space in dir")
            << QStringList { QStringLiteral("/etc/post fix"), QStringLiteral("4") } << 2;
        QTest::newRow("extra argument")
            << QStringList { QStringLiteral("/etc/postfix"), QStringLiteral("4"), QStringLiteral("x") } << 2;
        QTest::newRow("missing dir") << QStringList { QStringLiteral("/nonexistent/postfix"),
            QStringLiteral("4") } << 1;
    }

    void scriptRefusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QCOMPARE(runScript(arguments), exitCode);
        QVERIFY(!postfixCalls().contains("reload"));
    }

    // A manifest that names a file outside the directory restores nothing,
    // not even the good names before it.
    void scriptRefusesBadManifest_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("climbing name") << QByteArray("file ../../etc/passwd\n");
        QTest::newRow("absolute name") << QByteArray("file /etc/shadow\n");
        QTest::newRow("unknown table") << QByteArray("file access pcre\n");
        QTest::newRow("unknown line") << QByteArray("run /bin/sh\n");
        QTest::newRow("extra words") << QByteArray("file access hash more\n");
    }

    void scriptRefusesBadManifest()
    {
        QFETCH(QByteArray, line);
        applied();
        QVERIFY(QDir().mkpath(m_conf + QStringLiteral("/.mailops-guard")));
        QVERIFY(writeAll(PolicyRevertGuard::manifestPath(m_conf), "token 46\nfile main.cf\n" + line));
        QCOMPARE(runScript({ m_conf, QStringLiteral("46") }), 1);
        QCOMPARE(readAll(m_conf + QStringLiteral("/main.cf")), NewMainCf);
        QVERIFY(!postfixCalls().contains("reload"));
        QFile::remove(m_conf + QStringLiteral("/.mailops-guard/restoring"));
    }

    void armRefuses_data()
    {
        QTest::addColumn<QString>("configDir");
        QTest::addColumn<qint64>("token");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        const QString dir = QStringLiteral("<conf>");
        QTest::newRow("outside") << dir << qint64(47) << QStringLiteral("/etc/mail/access")
                                 << QStringLiteral("lies outside");
        QTest::newRow("climbing") << dir << qint64(47) << QStringLiteral("../access")
                                  << QStringLiteral("cannot restore a file named");
        QTest::newRow("no token") << dir << qint64(0) << QStringLiteral("main.cf")
                                  << QStringLiteral("not a version");
        QTest::newRow("relative dir") << QStringLiteral("postfix") << qint64(47) << QStringLiteral("main.cf")
                                      << QStringLiteral("cannot guard the configuration directory");
    }

    void armRefuses()
    {
        QFETCH(QString, configDir);
        QFETCH(qint64, token);
        QFETCH(QString, file);
        QFETCH(QString, says);
        QFile::remove(PolicyRevertGuard::manifestPath(m_conf));
        auto g = guard();
        PolicyRevertGuard::Arming a = arming(token, 60);
        a.configDir = configDir == u"<conf>" ? m_conf : configDir;
        a.files = { { file, {} } };
        const Result<PolicyRevertGuard::Armed> r = g->arm(a);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
        QVERIFY(!events().contains("scheduled mailops-policy-revert-47"));
    }

    void armWithoutTheScriptFails()
    {
        auto g = guard();
        g->setScriptPath(m_tmp.filePath(QStringLiteral("nowhere/mailops-policy-revert")));
        const Result<PolicyRevertGuard::Armed> r = g->arm(arming(47, 60));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("not installed")), qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
    }

    void refusedTimerLeavesNoManifest()
    {
        applied();
        auto g = guard();
        qputenv("MAILOPS_FAKE_SYSTEMD_OFFLINE", "1");
        const Result<PolicyRevertGuard::Armed> r = g->arm(arming(47, 60));
        qunsetenv("MAILOPS_FAKE_SYSTEMD_OFFLINE");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QLatin1String("systemd-run on the gateway refused the timer: System has "
                                   "not been booted with systemd")),
            qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(PolicyRevertGuard::manifestPath(m_conf)));
        QVERIFY(g->guardDescription().startsWith(QLatin1String("the console's countdown only")));
    }
};

QTEST_GUILESS_MAIN(PolicyRevertGuardTest)
#include "policyrevertguard_test.moc"
