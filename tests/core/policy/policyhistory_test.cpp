#include "policy/policyhistory.h"
#include "recordingjournalsink.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace MailOps;

namespace {

const QByteArray MainCf
    = "myhostname = mx1.mailops.test\nmydomain = mailops.test\n"
      "smtpd_client_restrictions = check_client_access cidr:$config_directory/client.cidr\n";
const QByteArray MasterCf = "smtp      inet  n       -       n       -       -       smtpd\n";
const QByteArray ClientCidr = "192.0.2.0/24 REJECT\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

// PolicyHistory with its worker thread and a local transport on a Postfix
// configuration in a temporary directory: a baseline on start(), drift found
// by refresh() and by the poll, load(), and destruction while the worker runs.
class PolicyHistoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString configDir() const { return m_dir.filePath(QStringLiteral("postfix")); }
    QString storePath() const { return m_dir.filePath(QStringLiteral("policy.sqlite")); }

    GatewayProfile profile() const
    {
        GatewayProfile p;
        p.name = QStringLiteral("local-test");
        p.transport = GatewayProfile::Transport::Local;
        p.postfixConfigDir = configDir();
        return p;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
        QFile::remove(storePath() + QStringLiteral("-wal"));
        QFile::remove(storePath() + QStringLiteral("-shm"));
        QVERIFY(QDir().mkpath(configDir()));
        QVERIFY(writeFile(configDir() + QStringLiteral("/main.cf"), MainCf));
        QVERIFY(writeFile(configDir() + QStringLiteral("/master.cf"), MasterCf));
        QVERIFY(writeFile(configDir() + QStringLiteral("/client.cidr"), ClientCidr));
    }

    void startRecordsBaseline()
    {
        RecordingJournalSink journal;
        PolicyHistory history(profile(), storePath(), &journal);
        QSignalSpy changed(&history, &PolicyHistory::versionsChanged);
        QSignalSpy failed(&history, &PolicyHistory::failed);
        QSignalSpy messages(&history, &PolicyHistory::message);
        QSignalSpy busy(&history, &PolicyHistory::busyChanged);

        history.start();
        QVERIFY(history.isBusy());
        QVERIFY2(changed.wait(15000),
            failed.isEmpty() ? "no signal" : qPrintable(failed.first().first().value<Error>().message));
        QVERIFY(failed.isEmpty());
        QVERIFY(!history.isBusy());
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().at(0).toBool(), false);
        QCOMPARE(history.versions().size(), 1);
        const PolicyVersion v = history.versions().first();
        QCOMPARE(v.origin, PolicyVersion::Origin::Baseline);
        QCOMPARE(v.state, PolicyVersion::State::Recorded);
        QCOMPARE(v.profile, QStringLiteral("local-test"));
        QVERIFY(history.liveNumber() > 0);
        QCOMPARE(history.liveNumber(), v.number);
        QCOMPARE(history.awaitingConfirmation(), 0);
        QVERIFY(!history.confirmBy().isValid());
        QVERIFY(messages.isEmpty());
        QVERIFY(journal.events.isEmpty());
    }

    void refreshFindsDrift()
    {
        RecordingJournalSink journal;
        PolicyHistory history(profile(), storePath(), &journal);
        QSignalSpy changed(&history, &PolicyHistory::versionsChanged);
        QSignalSpy messages(&history, &PolicyHistory::message);
        QSignalSpy loaded(&history, &PolicyHistory::versionLoaded);
        history.start();
        QVERIFY(changed.wait(15000));
        const qint64 baseline = history.liveNumber();

        // Nothing changed: listed again, nothing recorded.
        history.refresh();
        QVERIFY(changed.wait(15000));
        QCOMPARE(history.versions().size(), 1);
        QVERIFY(messages.isEmpty());

        QVERIFY(writeFile(configDir() + QStringLiteral("/main.cf"), MainCf + "smtpd_helo_required = yes\n"));
        QVERIFY(
            writeFile(configDir() + QStringLiteral("/client.cidr"), ClientCidr + "198.51.100.0/24 REJECT\n"));
        history.refresh();
        QVERIFY(changed.wait(15000));
        QCOMPARE(history.versions().size(), 2);
        const PolicyVersion drift = history.versions().first();
        QCOMPARE(drift.origin, PolicyVersion::Origin::Drift);
        QCOMPARE(drift.parent, baseline);
        QCOMPARE(history.liveNumber(), drift.number);
        QVERIFY(drift.number > baseline);

        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().at(0).toString().contains(QStringLiteral("recorded as ") + drift.label()),
            qPrintable(messages.first().at(0).toString()));
        QCOMPARE(messages.first().at(1).toBool(), true);
        const JournalEventList events = journal.ofKind(QStringLiteral("policy.drift"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(journal.events.size(), 1);
        QCOMPARE(events.first().profile, QStringLiteral("local-test"));
        QCOMPARE(events.first().severity, JournalEvent::Severity::Warning);
        QCOMPARE(events.first().subject, QStringLiteral("version:%1").arg(drift.number));

        // Content comes with load(), the list is light.
        history.load(baseline);
        QVERIFY(loaded.wait(15000));
        PolicyVersion v = loaded.first().first().value<PolicyVersion>();
        QCOMPARE(v.number, baseline);
        QCOMPARE(v.snapshot.content(QStringLiteral("main.cf")), MainCf);
        QCOMPARE(v.snapshot.content(QStringLiteral("master.cf")), MasterCf);
        QCOMPARE(v.snapshot.content(QStringLiteral("client.cidr")), ClientCidr);

        history.load(drift.number);
        QVERIFY(loaded.wait(15000));
        v = loaded.last().first().value<PolicyVersion>();
        QCOMPARE(v.snapshot.content(QStringLiteral("client.cidr")), ClientCidr + "198.51.100.0/24 REJECT\n");
        QVERIFY2(v.driftDiff.contains(QStringLiteral("+smtpd_helo_required = yes")), qPrintable(v.driftDiff));
    }

    void loadUnknownVersionFails()
    {
        PolicyHistory history(profile(), storePath(), nullptr);
        QSignalSpy changed(&history, &PolicyHistory::versionsChanged);
        QSignalSpy failed(&history, &PolicyHistory::failed);
        history.start();
        QVERIFY(changed.wait(15000));
        history.load(99);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::NotFound);
    }

    void pollFindsDrift()
    {
        RecordingJournalSink journal;
        PolicyHistory history(profile(), storePath(), &journal);
        QSignalSpy changed(&history, &PolicyHistory::versionsChanged);
        QSignalSpy messages(&history, &PolicyHistory::message);
        history.setPollInterval(100);
        history.start();
        QVERIFY(changed.wait(15000));
        QVERIFY(writeFile(configDir() + QStringLiteral("/master.cf"), MasterCf + "# edited by hand\n"));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 15000);
        QCOMPARE(journal.ofKind(QStringLiteral("policy.drift")).size(), 1);
        history.setPollInterval(0);
    }

    void missingMainCfFails()
    {
        QVERIFY(QFile::remove(configDir() + QStringLiteral("/main.cf")));
        PolicyHistory history(profile(), storePath(), nullptr);
        QSignalSpy failed(&history, &PolicyHistory::failed);
        QSignalSpy busy(&history, &PolicyHistory::busyChanged);
        history.start();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::NotFound);
        QVERIFY(!history.isBusy());
        QVERIFY(history.versions().isEmpty());
        QCOMPARE(history.liveNumber(), 0);
    }

    void destroyedWhileBusy_data()
    {
        QTest::addColumn<int>("waitMs");
        QTest::addColumn<bool>("withJournal");
        QTest::newRow("at once") << 0 << true;
        QTest::newRow("at once, no journal") << 0 << false;
        QTest::newRow("after 5 ms") << 5 << true;
        QTest::newRow("after 20 ms") << 20 << true;
        QTest::newRow("after 50 ms") << 50 << false;
    }

    void destroyedWhileBusy()
    {
        QFETCH(int, waitMs);
        QFETCH(bool, withJournal);

        auto journal = std::make_unique<RecordingJournalSink>();
        auto history
            = std::make_unique<PolicyHistory>(profile(), storePath(), withJournal ? journal.get() : nullptr);
        history->start();
        history->refresh();
        history->load(1);
        QVERIFY(history->isBusy());
        if (waitMs > 0)
            QTest::qWait(waitMs);
        history.reset();
        // Whatever was queued for the history is dropped with it.
        QTest::qWait(50);

        // The store is still whole: a new history finds at most the one baseline.
        PolicyHistory again(profile(), storePath(), nullptr);
        QSignalSpy changed(&again, &PolicyHistory::versionsChanged);
        QSignalSpy failed(&again, &PolicyHistory::failed);
        again.start();
        QVERIFY(changed.wait(15000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(again.versions().size(), 1);
        QCOMPARE(again.versions().first().origin, PolicyVersion::Origin::Baseline);
    }

    void neverStarted()
    {
        // Made and destroyed without a thread ever running.
        PolicyHistory history(profile(), storePath(), nullptr);
        QVERIFY(!history.isBusy());
        history.refresh(); // not started: nothing happens
        QVERIFY(!history.isBusy());
    }
};

QTEST_GUILESS_MAIN(PolicyHistoryTest)
#include "policyhistory_test.moc"
