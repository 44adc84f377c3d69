#include "labenvironment.h"
#include "policy/policygateway.h"
#include "policy/policyrevertguard.h"
#include "settings/gatewayprofile.h"
#include "transport/localtransport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The gateway's revert timer on the lab's real Postfix configuration: the
// files PolicyGateway::write() replaced come back when nobody confirms, and
// the real Postfix reloads and logs it. The lab has no systemd as PID 1, so
// installer/lab/fake-systemd stands in for systemd-run and systemctl (it
// really schedules the unit); postfix, postmap and postlog are the lab's own.
class LabPolicyRevertGuardTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    GatewayProfile m_profile = GatewayProfile::lab();
    LocalTransport m_transport;
    std::unique_ptr<PolicyGateway> m_gateway;
    std::unique_ptr<PolicyRevertGuard> m_guard;
    QByteArray m_originalMainCf;
    QByteArray m_path;

    QString mainCfPath() const { return m_profile.postfixConfigDir + QStringLiteral("/main.cf"); }

    QByteArray liveMainCf() const
    {
        QFile f(mainCfPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    qint64 logSize() const { return QFileInfo(m_profile.mailLogPath).size(); }

    QByteArray logSince(qint64 offset) const
    {
        QFile f(m_profile.mailLogPath);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return f.readAll();
    }

    struct Applied
    {
        PolicySnapshot from;
        PolicySnapshot to;
    };

    // An apply as the console makes it: written beside the live files,
    // renamed into place (the old ones kept as .mailops-prev), reloaded.
    Applied applyMarker(const QByteArray &marker)
    {
        Applied a;
        const Result<PolicyGateway::Reading> live = m_gateway->read();
        if (!live)
            return a;
        a.from = live->snapshot;
        a.to = a.from;
        a.to.setFile(PolicySnapshot::MainCf, a.from.content(PolicySnapshot::MainCf) + "\n# " + marker + '\n');
        if (!m_gateway->write(a.from, a.to) || !m_gateway->reload())
            a.to = PolicySnapshot();
        return a;
    }

    PolicyRevertGuard::Arming arming(const Applied &a, qint64 token)
    {
        PolicyRevertGuard::Arming arm;
        arm.configDir = m_profile.postfixConfigDir;
        arm.token = token;
        arm.previousVersion = token - 1;
        arm.window = std::chrono::seconds(2);
        arm.files = PolicyRevertGuard::guardedFiles(a.from, a.to, m_profile.postfixConfigDir);
        return arm;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(mainCfPath()), "the lab must be running");
        m_originalMainCf = liveMainCf();
        m_path = qgetenv("PATH");
        qputenv("PATH", QByteArray(MAILOPS_SOURCE_DIR "/installer/lab/fake-systemd:") + m_path);
        qputenv("MAILOPS_FAKE_SYSTEMD_DIR", m_tmp.filePath(QStringLiteral("systemd")).toUtf8());
        m_gateway = std::make_unique<PolicyGateway>(
            &m_transport, m_profile.postfixConfigDir, m_profile.mailLogPath);
        m_guard = std::make_unique<PolicyRevertGuard>(&m_transport);
        m_guard->setScriptPath(m_tmp.filePath(QStringLiteral("libexec/mailops-policy-revert")));
        const Result<PolicyRevertGuard::Detection> d = m_guard->detect();
        QVERIFY(d.ok());
        QVERIFY2(d->available, qPrintable(d->reason));
        const Result<bool> installed = m_guard->install();
        QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().message));
    }

    void cleanupTestCase()
    {
        for (qint64 token : { 9001, 9002 })
            m_guard->disarm(m_profile.postfixConfigDir, token);
        QDir(m_profile.postfixConfigDir + QStringLiteral("/.mailops-guard")).removeRecursively();
        // The lab is shared by every test after this one: its own main.cf back.
        if (!m_originalMainCf.isEmpty() && liveMainCf() != m_originalMainCf) {
            QFile f(mainCfPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(m_originalMainCf);
            f.close();
            LabEnvironment::run(QStringLiteral("postfix"),
                { QStringLiteral("-c"), m_profile.postfixConfigDir, QStringLiteral("reload") });
        }
        qputenv("PATH", m_path);
    }

    void expiredWindowRestoresAndReloads()
    {
        const Applied a = applyMarker("revert guard test: not confirmed");
        QVERIFY(!a.to.isEmpty());
        QVERIFY(liveMainCf() != a.from.content(PolicySnapshot::MainCf));
        const qint64 offset = logSize();
        const Result<PolicyRevertGuard::Armed> armed = m_guard->arm(arming(a, 9001));
        QVERIFY2(armed.ok(), qPrintable(armed ? QString() : armed.error().message));
        QCOMPARE(m_guard->guardDescription(),
            QStringLiteral("gateway timer mailops-policy-revert-9001.timer and the console's countdown"));

        QTRY_COMPARE_WITH_TIMEOUT(liveMainCf(), a.from.content(PolicySnapshot::MainCf), 15000);
        // The real Postfix re-read it, and the mail log says who did it.
        QTRY_VERIFY_WITH_TIMEOUT(logSince(offset).contains("reload -- version"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(logSince(offset).contains("mailops-guard"), 15000);
        const QByteArray log = logSince(offset);
        QVERIFY2(log.contains("v9001 was not confirmed in time: restored policy v9000"), log.constData());
        QVERIFY2(log.contains("Postfix reloaded"), log.constData());

        const Result<PolicyRevertGuard::State> s = m_guard->status(m_profile.postfixConfigDir, 9001);
        QVERIFY(s.ok());
        QCOMPARE(s->phase, PolicyRevertGuard::State::Phase::Restored);
    }

    void confirmedWindowKeepsTheVersion()
    {
        const Applied a = applyMarker("revert guard test: confirmed");
        QVERIFY(!a.to.isEmpty());
        const qint64 offset = logSize();
        const Result<PolicyRevertGuard::Armed> armed = m_guard->arm(arming(a, 9002));
        QVERIFY(armed.ok());
        const Status kept = m_guard->disarm(m_profile.postfixConfigDir, 9002);
        QVERIFY2(kept.ok(), qPrintable(kept ? QString() : kept.error().message));

        // Nothing happening can only be seen by letting the window pass.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTime() > armed->deadline.addSecs(2), 10000);
        QCOMPARE(liveMainCf(), a.to.content(PolicySnapshot::MainCf));
        QVERIFY(!logSince(offset).contains("mailops-guard"));

        QVERIFY(m_gateway->write(a.to, a.from).ok());
        QVERIFY(m_gateway->reload().ok());
    }
};

QTEST_GUILESS_MAIN(LabPolicyRevertGuardTest)
#include "lab_policyrevertguard_test.moc"
