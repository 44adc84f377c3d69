#include "labenvironment.h"
#include "policy/policyapplier.h"
#include "policy/policydiff.h"
#include "policy/policydnsblaudit.h"
#include "policy/policygateway.h"
#include "policy/policyhealthcheck.h"
#include "policy/policyhistory.h"
#include "policy/policylint.h"
#include "policy/policystore.h"
#include "policy/postfixmaincf.h"
#include "settings/gatewayprofile.h"
#include "transport/localtransport.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

// The second story's rule: clients without reverse DNS are told to come back
// later, for ever.
const QByteArray SecondStoryRule = "\n# tempfail clients without reverse DNS\n"
                                   "smtpd_client_restrictions = reject_unknown_client_hostname\n"
                                   "unknown_client_reject_code = 450\n";

PolicyHealthCheck::Probe client(const QString &text)
{
    return PolicyHealthCheck::clientFromText(text, QStringLiteral("postmaster@mailops.test")).value();
}

} // namespace

// The safe path on the lab's real Postfix: staging check, atomic write,
// reload, the mail-flow check through XCLIENT, the previous version restored
// by itself, confirm windows, rollback, drift, and a console killed mid-apply.
class LabPolicyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    GatewayProfile m_profile = GatewayProfile::lab();
    QByteArray m_originalMainCf;
    LocalTransport m_transport;
    std::unique_ptr<PolicyGateway> m_gateway;
    std::unique_ptr<PolicyStore> m_store;
    std::unique_ptr<PolicyApplier> m_applier;

    QString mainCfPath() const
    {
        return LabEnvironment::postfixConfigDirectory() + QStringLiteral("/main.cf");
    }

    QByteArray liveMainCf() const
    {
        QFile f(mainCfPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // What the gateway answers at RCPT TO as `who` ("NAME/ADDR"), e.g. 450.
    int rcptCodeAs(const QString &who)
    {
        PolicyHealthCheck::Options o
            = PolicyHealthCheck::forGateway(m_profile.smtpHost, m_profile.smtpPort, QString());
        PolicyHealthCheck::Probe p = client(who);
        p.mustAccept = false;
        o.probes = { p };
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(o);
        return r.probes.isEmpty() ? -1 : r.probes.constFirst().rcptCode;
    }

    PolicyApplier::Request request(const QByteArray &mainCf, const QString &comment = {})
    {
        PolicyApplier::Request r;
        const Result<PolicyVersion> live = m_applier->sync();
        r.proposed = live ? live->snapshot : PolicySnapshot();
        r.proposed.setFile(PolicySnapshot::MainCf, mainCf);
        r.comment = comment;
        r.health = PolicyHealthCheck::forProfile(
            m_profile, r.proposed, { client(QStringLiteral("partner.mailops.test/127.0.0.20")) });
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(mainCfPath()), "the lab must be running");
        m_originalMainCf = liveMainCf();
        m_gateway = std::make_unique<PolicyGateway>(
            &m_transport, m_profile.postfixConfigDir, m_profile.mailLogPath);
        m_store = std::make_unique<PolicyStore>(m_dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(m_store->open().ok());
        m_applier = std::make_unique<PolicyApplier>(m_gateway.get(), m_store.get(), m_profile.name);
    }

    void cleanupTestCase()
    {
        // The lab is shared by every test after this one: its own main.cf back.
        if (!m_originalMainCf.isEmpty() && liveMainCf() != m_originalMainCf) {
            QFile f(mainCfPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(m_originalMainCf);
            f.close();
            LabEnvironment::run(QStringLiteral("postfix"),
                { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("reload") });
        }
    }

    void firstReadIsTheBaseline()
    {
        bool recorded = false;
        const Result<PolicyVersion> v = m_applier->sync(&recorded);
        QVERIFY2(v.ok(), qPrintable(v ? QString() : v.error().message));
        QVERIFY(recorded);
        QCOMPARE(v->origin, PolicyVersion::Origin::Baseline);
        QVERIFY(v->snapshot.contains(PolicySnapshot::MainCf));
        QVERIFY(v->snapshot.contains(PolicySnapshot::MasterCf));
        QCOMPARE(v->snapshot.content(PolicySnapshot::MainCf), liveMainCf());
        const Result<PolicyVersion> again = m_applier->sync(&recorded);
        QVERIFY(!recorded);
        QCOMPARE(again->number, v->number);
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 250);
    }

    // The second story: the rule tempfails a client without reverse DNS and
    // still accepts one with it; rolling back accepts both again.
    void secondStoryRuleThenRollback()
    {
        const Result<PolicyVersion> before = m_applier->sync();
        QVERIFY(before.ok());
        const PolicyApplier::Report r = m_applier->apply(
            request(liveMainCf() + SecondStoryRule, QStringLiteral("tempfail unknown clients")));
        QVERIFY2(r.outcome == PolicyApplier::Outcome::Applied, qPrintable(r.sentence));
        QVERIFY(r.version.has_value());
        QCOMPARE(r.version->state, PolicyVersion::State::Applied);
        QVERIFY(liveMainCf().endsWith(SecondStoryRule));
        QVERIFY(QFileInfo::exists(mainCfPath() + QStringLiteral(".mailops-prev")));
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 450);
        QCOMPARE(rcptCodeAs(QStringLiteral("partner.mailops.test/127.0.0.20")), 250);
        for (const PolicyApplier::Step &s : r.steps)
            qInfo("apply step %s: %lld ms", qPrintable(s.name), s.ms);

        PolicyApplier::Request back;
        back.proposed = before->snapshot;
        back.origin = PolicyVersion::Origin::Rollback;
        back.rollbackOf = before->number;
        back.health = PolicyHealthCheck::forProfile(m_profile, back.proposed);
        const PolicyApplier::Report rb = m_applier->apply(back);
        QVERIFY2(rb.outcome == PolicyApplier::Outcome::Applied, qPrintable(rb.sentence));
        QCOMPARE(rb.version->origin, PolicyVersion::Origin::Rollback);
        QCOMPARE(rb.version->rollbackOf, before->number);
        QCOMPARE(liveMainCf(), before->snapshot.content(PolicySnapshot::MainCf));
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 250);
    }

    void failingCheckWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("addition");
        QTest::addColumn<QString>("extraFile");
        QTest::addColumn<QByteArray>("extraContent");
        QTest::addColumn<QString>("words");
        QTest::newRow("not name = value") << QByteArray("\nthis line is not a setting\n") << QString()
                                          << QByteArray() << QStringLiteral("postconf");
        QTest::newRow("a cidr map that does not parse")
            << QByteArray(
                   "\nsmtpd_client_restrictions = check_client_access cidr:$config_directory/clients.cidr\n")
            << QStringLiteral("clients.cidr") << QByteArray("300.1.2.3/32 REJECT\n")
            << QStringLiteral("clients.cidr");
        QTest::newRow("a map the policy names but does not hold")
            << QByteArray(
                   "\nsmtpd_client_restrictions = check_client_access cidr:$config_directory/missing.cidr\n")
            << QString() << QByteArray() << QStringLiteral("missing.cidr");
    }

    void failingCheckWritesNothing()
    {
        QFETCH(QByteArray, addition);
        QFETCH(QString, extraFile);
        QFETCH(QByteArray, extraContent);
        QFETCH(QString, words);
        const QByteArray before = liveMainCf();
        const QDateTime mtime = QFileInfo(mainCfPath()).lastModified();
        PolicyApplier::Request r = request(before + addition);
        if (!extraFile.isEmpty())
            r.proposed.setFile(extraFile, extraContent);
        const PolicyApplier::Report report = m_applier->apply(r);
        QCOMPARE(PolicyApplier::outcomeName(report.outcome), QStringLiteral("invalid"));
        QVERIFY2(report.sentence.contains(words), qPrintable(report.sentence));
        QVERIFY(report.sentence.contains(QStringLiteral("Nothing was written")));
        QCOMPARE(liveMainCf(), before);
        QCOMPARE(QFileInfo(mainCfPath()).lastModified(), mtime);
        if (!extraFile.isEmpty())
            QVERIFY(
                !QFileInfo::exists(LabEnvironment::postfixConfigDirectory() + QLatin1Char('/') + extraFile));
        QCOMPARE(report.version->state, PolicyVersion::State::Failed);
    }

    // Passes postfix check, but every client is refused at the greeting: the
    // check after the reload sees it and the previous files come back.
    void brokenGreetingIsRestoredByItself()
    {
        const QByteArray before = liveMainCf();
        const PolicyApplier::Report r = m_applier->apply(
            request(before + "\nsmtpd_delay_reject = no\nsmtpd_client_restrictions = reject\n"));
        QCOMPARE(PolicyApplier::outcomeName(r.outcome), QStringLiteral("reverted"));
        QVERIFY2(r.sentence.contains(QStringLiteral("554")), qPrintable(r.sentence));
        QVERIFY2(r.sentence.contains(QStringLiteral("restored by itself")), qPrintable(r.sentence));
        QCOMPARE(liveMainCf(), before);
        QCOMPARE(r.version->state, PolicyVersion::State::Reverted);
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 250);
        const Result<PolicyVersion> live = m_applier->sync();
        QCOMPARE(live->number, r.previous->number);
    }

    void unconfirmedWindowReverts()
    {
        const QByteArray before = liveMainCf();
        PolicyApplier::Request r = request(before + "\nsmtpd_helo_required = yes\n");
        r.confirmWithinSeconds = 1;
        const PolicyApplier::Report applied = m_applier->apply(r);
        QVERIFY2(applied.outcome == PolicyApplier::Outcome::Applied, qPrintable(applied.sentence));
        QVERIFY(applied.confirmBy.isValid());
        // Within the window nothing happens.
        QCOMPARE(m_applier->recover().value(), QString());
        QVERIFY(liveMainCf() != before);
        // The window is a clock: there is nothing else to wait on.
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(applied.confirmBy)) + 50);
        const Result<QString> said = m_applier->recover();
        QVERIFY(said.ok());
        QVERIFY2(said->contains(QStringLiteral("not confirmed in time")), qPrintable(*said));
        QCOMPARE(liveMainCf(), before);
        QCOMPARE(
            m_store->version(m_profile.name, applied.version->number)->state, PolicyVersion::State::Reverted);

        // And a confirmed one stays.
        r.confirmWithinSeconds = 60;
        const PolicyApplier::Report kept = m_applier->apply(r);
        QVERIFY(kept.outcome == PolicyApplier::Outcome::Applied);
        QVERIFY(m_applier->confirm().ok());
        QCOMPARE(m_applier->recover().value(), QString());
        QCOMPARE(
            m_store->version(m_profile.name, kept.version->number)->state, PolicyVersion::State::Confirmed);
        QVERIFY(!m_applier->confirm().ok());
    }

    // The health-gated window: the second story's rule on probation, a storm
    // of clients without reverse DNS, and the watch puts the previous version
    // back before the window ends, saying why. Through PolicyHistory, as the
    // console runs it.
    void healthWatchRevertsEarly()
    {
        const QByteArray before = liveMainCf();
        PolicyHistory history(m_profile, m_dir.filePath(QStringLiteral("watch.sqlite")), nullptr);
        history.setPollInterval(0);
        history.setWatchInterval(0);
        QSignalSpy listed(&history, &PolicyHistory::versionsChanged);
        QSignalSpy applied(&history, &PolicyHistory::applyFinished);
        QSignalSpy said(&history, &PolicyHistory::message);
        history.start();
        QVERIFY(listed.wait(30000));
        PolicyApplier::Request r = request(before + SecondStoryRule, QStringLiteral("on probation"));
        r.confirmWithinSeconds = 600;
        history.apply(r);
        QVERIFY(applied.wait(30000));
        const auto report = applied.constLast().constFirst().value<PolicyApplier::Report>();
        QVERIFY2(report.outcome == PolicyApplier::Outcome::Applied, qPrintable(report.sentence));
        QTRY_VERIFY_WITH_TIMEOUT(history.confirmBy().isValid(), 10000);
        // Far more tempfails a minute than the lab logs: the hour before
        // holds only what earlier tests did.
        for (int i = 0; i < 80; ++i)
            QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.%1").arg(100 + i % 50)), 450);
        history.setWatchInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty()
                && said.constLast().constFirst().toString().contains(QStringLiteral("reverted to v")),
            30000);
        const QString sentence = said.constLast().constFirst().toString();
        QVERIFY2(sentence.startsWith(QStringLiteral("tempfails rose from ")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral(" a minute after %1").arg(report.version->label())),
            qPrintable(sentence));
        QCOMPARE(liveMainCf(), before);
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 250);
        QTRY_VERIFY_WITH_TIMEOUT(!history.confirmBy().isValid(), 10000);
        PolicyStore check(m_dir.filePath(QStringLiteral("watch.sqlite")));
        QVERIFY(check.open().ok());
        const Result<PolicyVersion> v = check.version(m_profile.name, report.version->number);
        QCOMPARE(v->state, PolicyVersion::State::Reverted);
        QCOMPARE(v->history.constLast().note, sentence.section(QStringLiteral(": reverted"), 0, 0));
    }

    // Shadow: the rule only logs (warn_if_reject), the count names it, and
    // enforcing the waiting proposal makes it refuse for real.
    void shadowCountsThenEnforce()
    {
        const Result<PolicyVersion> before = m_applier->sync();
        QVERIFY(before.ok());
        PolicyApplier::Request r = request(before->snapshot.content(PolicySnapshot::MainCf) + SecondStoryRule,
            QStringLiteral("try the rDNS rule"));
        r.shadowSeconds = 600;
        const PolicyApplier::Report shadow = m_applier->apply(r);
        QVERIFY2(shadow.outcome == PolicyApplier::Outcome::Applied, qPrintable(shadow.sentence));
        QCOMPARE(shadow.version->origin, PolicyVersion::Origin::Shadow);
        QVERIFY(shadow.shadowOf > 0);
        QCOMPARE(shadow.shadowed,
            QStringList { QStringLiteral("smtpd_client_restrictions: reject_unknown_client_hostname") });
        QVERIFY(liveMainCf().contains("warn_if_reject reject_unknown_client_hostname"));
        QCOMPARE(m_store->version(m_profile.name, shadow.shadowOf)->state, PolicyVersion::State::Proposed);
        QVERIFY(PolicyApplier::shadowUntil(*shadow.version).isValid());
        // Logged, not refused.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.%1").arg(30 + i)), 250);
        std::optional<PolicyApplier::ShadowReport> counted;
        QTRY_VERIFY_WITH_TIMEOUT((counted = m_applier->shadowReport().value()).has_value()
                && !counted->rules.isEmpty() && counted->rules.constFirst().tempfails >= 3,
            10000);
        QCOMPARE(counted->proposal, shadow.shadowOf);
        QCOMPARE(counted->rules.constFirst().restriction, QStringLiteral("reject_unknown_client_hostname"));
        QVERIFY(counted->rules.constFirst().clients.contains(QStringLiteral("127.0.0.30")));

        PolicyApplier::Request enforce;
        enforce.existing = shadow.shadowOf;
        enforce.health = PolicyHealthCheck::forProfile(m_profile, r.proposed);
        const PolicyApplier::Report enforced = m_applier->apply(enforce);
        QVERIFY2(enforced.outcome == PolicyApplier::Outcome::Applied, qPrintable(enforced.sentence));
        QCOMPARE(enforced.version->number, shadow.shadowOf);
        QCOMPARE(enforced.version->state, PolicyVersion::State::Applied);
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 450);
        QVERIFY(!m_applier->shadowReport().value().has_value());
        // Applying it again is refused: it is no longer a proposal.
        QCOMPARE(m_applier->apply(enforce).outcome, PolicyApplier::Outcome::Invalid);

        PolicyApplier::Request back;
        back.proposed = before->snapshot;
        back.origin = PolicyVersion::Origin::Rollback;
        back.rollbackOf = before->number;
        back.health = PolicyHealthCheck::forProfile(m_profile, back.proposed);
        QCOMPARE(m_applier->apply(back).outcome, PolicyApplier::Outcome::Applied);
        QCOMPARE(rcptCodeAs(QStringLiteral("-/127.0.0.9")), 250);
    }

    // The lab's dead blocklist (it lists everything) in a policy: lint and
    // the audit flag it through the lab's DNS, and the fix takes it out
    // again, leaving the rest of the restriction as it was.
    void deadBlocklistIsFlaggedAndRemoved()
    {
        const QByteArray base = liveMainCf();
        const QByteArray withDead = base
            + "\nsmtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination,\n"
              "    reject_rbl_client dead.mailops.test, reject_rbl_client bl.mailops.test\n";
        PolicySnapshot s = m_applier->sync()->snapshot;
        s.setFile(PolicySnapshot::MainCf, withDead);
        const QList<PolicyDnsblAudit::List> lists = PolicyDnsblAudit::check(s, m_profile);
        QCOMPARE(lists.size(), 2);
        QStringList harmful;
        for (const PolicyDnsblAudit::List &l : lists) {
            if (l.harmful())
                harmful << l.zone;
        }
        QCOMPARE(harmful, QStringList { QStringLiteral("dead.mailops.test") });
        const QList<PolicyLint::Finding> findings = PolicyLint::check(s, PolicyDnsblAudit::context(lists));
        const auto flagged
            = std::find_if(findings.cbegin(), findings.cend(), [](const PolicyLint::Finding &f) {
                  return f.rule == u"dnsbl-lists-everything"
                      && f.message.contains(QStringLiteral("dead.mailops.test"));
              });
        QVERIFY(flagged != findings.cend());

        const PolicySnapshot fixed = PolicyDnsblAudit::without(s, QStringLiteral("dead.mailops.test"));
        const QByteArray text = fixed.content(PolicySnapshot::MainCf);
        QVERIFY(!text.contains("dead.mailops.test"));
        QVERIFY(text.contains("reject_rbl_client bl.mailops.test"));
        QVERIFY(text.startsWith(base));
        PolicyApplier::Request r = request(text, QStringLiteral("removed dead.mailops.test"));
        QVERIFY(m_applier->apply(r).outcome == PolicyApplier::Outcome::Applied);
        const QList<PolicyDnsblAudit::List> after
            = PolicyDnsblAudit::check(m_applier->sync()->snapshot, m_profile);
        QCOMPARE(after.size(), 1);
        QVERIFY(!after.constFirst().harmful());
    }

    void handEditIsDrift()
    {
        const Result<PolicyVersion> before = m_applier->sync();
        const QByteArray edited
            = liveMainCf() + "\n# hand edit at 3 a.m.\nsmtpd_banner = $myhostname ESMTP hand\n";
        {
            QFile f(mainCfPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(edited);
        }
        bool recorded = false;
        const Result<PolicyVersion> drift = m_applier->sync(&recorded);
        QVERIFY(recorded);
        QCOMPARE(drift->origin, PolicyVersion::Origin::Drift);
        QCOMPARE(drift->parent, before->number);
        const QString diff = PolicyDiff::unified(before->snapshot, drift->snapshot);
        QVERIFY2(diff.contains(QStringLiteral("+smtpd_banner = $myhostname ESMTP hand")), qPrintable(diff));
        QVERIFY(!diff.contains(QStringLiteral("master.cf")));
        QVERIFY(drift->driftDiff.contains(QStringLiteral("+smtpd_banner")));
    }

    // A console killed at any point of an apply: the next command finishes
    // or undoes it, the store opens, and the gateway has a version it holds.
    void killedMidApply()
    {
        const QString store = m_dir.filePath(QStringLiteral("kill.sqlite"));
        const QString a = m_dir.filePath(QStringLiteral("a/main.cf"));
        const QString b = m_dir.filePath(QStringLiteral("b/main.cf"));
        QDir().mkpath(QFileInfo(a).path());
        QDir().mkpath(QFileInfo(b).path());
        const QByteArray base = liveMainCf();
        for (const auto &[path, extra] : { std::pair { a, QByteArray("\nsmtpd_helo_required = yes\n") },
                 std::pair { b, QByteArray("\nsmtpd_helo_required = no\n") } }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(base + extra);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto cli = [&](const QStringList &args, int *exitCode) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MAILOPS_CLI), args);
            p.waitForFinished(60000);
            *exitCode = p.exitCode();
            return p.readAllStandardOutput();
        };
        int code = 0;
        cli({ QStringLiteral("policy"), QStringLiteral("log"), QStringLiteral("--store"), store,
                QStringLiteral("--profile"), m_profile.name },
            &code);
        QCOMPARE(code, 0);
        QRandomGenerator random(42);
        int killed = 0;
        // The first apply runs to its end, to learn how long one takes; the
        // others are killed at a random point within that time.
        qint64 applyMs = 0;
        // At least 30 runs, and more while fewer than 10 were cut off: an
        // apply that happens to finish under the random delay is not a kill.
        int runs = 0;
        for (int run = 0; run <= 30 || (killed < 10 && run <= 90); ++run) {
            ++runs;
            QElapsedTimer clock;
            clock.start();
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MAILOPS_CLI),
                { QStringLiteral("policy"), QStringLiteral("apply"), QStringLiteral("--store"), store,
                    QStringLiteral("--profile"), m_profile.name, run % 2 ? b : a });
            QVERIFY(p.waitForStarted());
            const int delay = run == 0 ? 60000 : int(random.bounded(qMax<qint64>(applyMs, 50)));
            if (!p.waitForFinished(delay)) {
                p.kill();
                p.waitForFinished();
                ++killed;
            }
            // The shortest apply seen so far bounds the next kill, so that
            // most are killed and at every point of the apply.
            const bool applied = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                && p.readAllStandardOutput().contains("is live");
            if (run == 0 || (applied && clock.elapsed() < applyMs))
                applyMs = clock.elapsed();
            const QByteArray listing
                = cli({ QStringLiteral("policy"), QStringLiteral("log"), QStringLiteral("--json"),
                          QStringLiteral("--store"), store, QStringLiteral("--profile"), m_profile.name },
                    &code);
            QVERIFY2(code == 0, listing.constData());
            const QJsonObject log = QJsonDocument::fromJson(listing).object();
            const qint64 live = log.value(QStringLiteral("live")).toInteger();
            QVERIFY(live > 0);
            // The gateway holds exactly the version the store calls live.
            PolicyStore check(store);
            QVERIFY(check.open().ok());
            const Result<PolicyVersion> v = check.version(m_profile.name, live);
            QVERIFY(v.ok());
            QCOMPARE(v->snapshot.content(PolicySnapshot::MainCf), liveMainCf());
            QVERIFY(!check.pendingApply(m_profile.name)->has_value());
        }
        qInfo("%d of %d applies killed before they finished (the shortest took %lld ms)", killed, runs,
            applyMs);
        QVERIFY(killed >= 10);
    }
};

QTEST_GUILESS_MAIN(LabPolicyTest)
#include "lab_policy_test.moc"
