#include "policy/policystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

using State = PolicyVersion::State;
using Origin = PolicyVersion::Origin;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A connection of the test's own, to look at and tamper with the file.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("policystore-test-raw"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 count(const QString &table) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

QByteArray mainCf(int variant)
{
    return "myhostname = mx1.example\nsmtpd_banner = $myhostname ESMTP\nmessage_size_limit = "
        + QByteArray::number(10240000 + variant) + "\n";
}

PolicySnapshot policy(int variant)
{
    PolicySnapshot s;
    s.setConfigDir(QStringLiteral("/etc/postfix"));
    s.setFile(PolicySnapshot::MainCf, mainCf(variant));
    s.setFile(QStringLiteral("client_access.cidr"), "10.0.0.0/8 OK\n192.0.2.0/24 REJECT\n");
    s.setFile(QStringLiteral("/etc/postfix-maps/sender_access"), "spam@example.net REJECT\n");
    return s;
}

PolicyVersion meta(State state = State::Proposed, Origin origin = Origin::Applied)
{
    PolicyVersion v;
    v.state = state;
    v.origin = origin;
    return v;
}

QList<qint64> numbers(const QList<PolicyVersion> &versions)
{
    QList<qint64> out;
    for (const PolicyVersion &v : versions)
        out << v.number;
    return out;
}

} // namespace

// The store is what a rollback trusts: every version must come back as it
// went in, numbered without gaps or doubles even with two writers, and a
// failure must leave no half version behind.
class PolicyStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        QVERIFY(PolicyStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(PolicyStore::defaultPath().endsWith(QLatin1String("/policy.sqlite")));
    }

    void numbersArePerProfile()
    {
        QTemporaryDir dir;
        PolicyStore store(dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(store.open());
        for (int i = 1; i <= 3; ++i) {
            const auto v = store.add(QStringLiteral("mx1"), policy(i), meta());
            QVERIFY(v);
            QCOMPARE(v->number, i);
        }
        const auto other = store.add(QStringLiteral("edge"), policy(1), meta());
        QVERIFY(other);
        QCOMPARE(other->number, 1);
        QCOMPARE(numbers(store.versions(QStringLiteral("mx1")).value()), (QList<qint64> { 3, 2, 1 }));
        QCOMPARE(numbers(store.versions(QStringLiteral("edge")).value()), (QList<qint64> { 1 }));
        QVERIFY(store.versions(QStringLiteral("nobody")).value().isEmpty());
    }

    void addFillsTimeAuthorDigestAndHistory()
    {
        QTemporaryDir dir;
        PolicyStore store(dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(store.open());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const auto v = store.add(QStringLiteral("mx1"), policy(1), meta(State::Recorded, Origin::Baseline));
        QVERIFY(v);
        QVERIFY(v->time >= before && v->time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(v->time.timeSpec(), Qt::UTC);
        QVERIFY(!v->author.isEmpty());
        QCOMPARE(v->digest, policy(1).digest());
        QCOMPARE(v->history.size(), 1);
        QCOMPARE(v->history.first().state, State::Recorded);
        QVERIFY(v->snapshot.sameContent(policy(1)));

        // Given time and author are kept.
        PolicyVersion m = meta();
        m.time = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        m.author = QStringLiteral("alice");
        const auto w = store.add(QStringLiteral("mx1"), policy(2), m);
        QVERIFY(w);
        QCOMPARE(w->time, m.time);
        QCOMPARE(w->author, QStringLiteral("alice"));
    }

    void reopenKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        PolicySnapshot s = policy(7);
        s.setFile(QStringLiteral("binary.db"), QByteArray("\x00\x01\xff", 3));
        s.setFile(QStringLiteral("empty"), QByteArray());
        s.setFile(QStringLiteral("crlf"), "a\r\nb\r\n");
        QByteArray big;
        for (int i = 0; i < 2000; ++i)
            big += "sender" + QByteArray::number(i) + "@example.com REJECT\n";
        s.setFile(QStringLiteral("sender_access"), big);
        PolicyVersion m = meta(State::Applied, Origin::Rollback);
        m.comment = QStringLiteral("Back to the «good» one");
        m.parent = 5;
        m.rollbackOf = 2;
        m.driftDiff = QStringLiteral("--- a\n+++ b\n");
        m.author = QStringLiteral("bob");
        m.time = QDateTime::fromMSecsSinceEpoch(1765000000123, Qt::UTC);
        {
            PolicyStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
            QVERIFY(store.add(QStringLiteral("mx1"), s, m));
        }
        PolicyStore store(path);
        QVERIFY(store.open());
        const auto v = store.version(QStringLiteral("mx1"), 2);
        QVERIFY(v);
        QCOMPARE(v->number, 2);
        QCOMPARE(v->profile, QStringLiteral("mx1"));
        QCOMPARE(v->comment, m.comment);
        QCOMPARE(v->parent, 5);
        QCOMPARE(v->rollbackOf, 2);
        QCOMPARE(v->origin, Origin::Rollback);
        QCOMPARE(v->state, State::Applied);
        QCOMPARE(v->author, QStringLiteral("bob"));
        QCOMPARE(v->time, m.time);
        QCOMPARE(v->driftDiff, m.driftDiff);
        QCOMPARE(v->digest, s.digest());
        QVERIFY(v->snapshot.sameContent(s));
        QCOMPARE(v->snapshot.configDir(), QStringLiteral("/etc/postfix"));
        QCOMPARE(v->snapshot.content(QStringLiteral("binary.db")), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(v->snapshot.content(QStringLiteral("sender_access")), big);
        {
            // Only the big map is worth compressing.
            RawDb raw(path);
            QCOMPARE(raw.count(QStringLiteral("blobs WHERE zlib = 1")), 1);
        }

        // The list is light: no content, no drift diff, no history.
        const auto list = store.versions(QStringLiteral("mx1"));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QVERIFY(list->first().snapshot.isEmpty());
        QVERIFY(list->first().driftDiff.isEmpty());
        QCOMPARE(list->first().comment, m.comment);
        QCOMPARE(list->first().digest, s.digest());
        QVERIFY(list->first().history.isEmpty());
        QCOMPARE(list->first().state, State::Applied);
    }

    void blobsAreStoredOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        PolicyStore store(path);
        QVERIFY(store.open());
        for (int i = 1; i <= 50; ++i)
            QVERIFY(store.add(QStringLiteral("mx1"), policy(i), meta()));
        // Back to the first content, on another profile too: nothing new.
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
        QVERIFY(store.add(QStringLiteral("mx2"), policy(1), meta()));
        RawDb raw(path);
        QCOMPARE(raw.count(QStringLiteral("blobs")), 50 + 2);
        QCOMPARE(raw.count(QStringLiteral("versions")), 52);
        QCOMPARE(raw.count(QStringLiteral("version_files")), 52 * 3);
    }

    void damagedFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        QVERIFY(writeFile(path, QByteArray(8192, 'x')));
        PolicyStore store(path);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(path + QStringLiteral(".damaged")),
            qPrintable(opened.error().message));
        QVERIFY(store.isOpen());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        const auto v = store.add(QStringLiteral("mx1"), policy(1), meta());
        QVERIFY(v);
        QCOMPARE(v->number, 1);
        store.close();
        PolicyStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.versions(QStringLiteral("mx1")).value().size(), 1);
    }

    void twoInstancesOnOneFileLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        PolicyStore gui(path);
        PolicyStore cli(path);
        QVERIFY(gui.open());
        QVERIFY(cli.open());
        QList<qint64> got;
        for (int i = 0; i < 20; ++i) {
            const auto a = gui.add(QStringLiteral("mx1"), policy(2 * i), meta());
            QVERIFY(a);
            got << a->number;
            const auto b = cli.add(QStringLiteral("mx1"), policy(2 * i + 1), meta());
            QVERIFY(b);
            got << b->number;
        }
        QList<qint64> expected;
        for (int i = 1; i <= 40; ++i)
            expected << i;
        QCOMPARE(got, expected);
        QCOMPARE(gui.versions(QStringLiteral("mx1")).value().size(), 40);
        QCOMPARE(cli.versions(QStringLiteral("mx1")).value().size(), 40);
        // What one wrote the other reads whole.
        const auto v = gui.version(QStringLiteral("mx1"), 40);
        QVERIFY(v);
        QVERIFY(v->snapshot.sameContent(policy(39)));
        QVERIFY(cli.setState(QStringLiteral("mx1"), 40, State::Applied));
        QCOMPARE(gui.version(QStringLiteral("mx1"), 40).value().state, State::Applied);
    }

    void failedAddLeavesNoHalfVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        PolicyStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
        {
            // The version row and the new blob are written before this
            // fails: both must go with the rollback.
            RawDb raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TRIGGER fail_boom BEFORE INSERT ON version_files "
                               "WHEN NEW.path = 'boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        }
        PolicySnapshot s = policy(2);
        s.setFile(QStringLiteral("boom"), "x\n");
        const auto failed = store.add(QStringLiteral("mx1"), s, meta());
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("disk on fire")),
            qPrintable(failed.error().message));
        {
            RawDb raw(path);
            QCOMPARE(raw.count(QStringLiteral("versions")), 1);
            QCOMPARE(raw.count(QStringLiteral("blobs")), 3);
            QCOMPARE(raw.count(QStringLiteral("version_files")), 3);
            QCOMPARE(raw.count(QStringLiteral("state_history")), 1);
        }
        // The number was not used up.
        const auto next = store.add(QStringLiteral("mx1"), policy(2), meta());
        QVERIFY(next);
        QCOMPARE(next->number, 2);

        // A closed store refuses, and writes nothing.
        store.close();
        QVERIFY(!store.add(QStringLiteral("mx1"), policy(3), meta()));
        QVERIFY(!store.versions(QStringLiteral("mx1")));
        QVERIFY(!store.setState(QStringLiteral("mx1"), 1, State::Failed));
        RawDb raw(path);
        QCOMPARE(raw.count(QStringLiteral("versions")), 2);
    }

    void stateHistory()
    {
        QTemporaryDir dir;
        PolicyStore store(dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta(State::Proposed)));
        QVERIFY(store.setState(QStringLiteral("mx1"), 1, State::Applying, QStringLiteral("by bob")));
        QVERIFY(store.setState(QStringLiteral("mx1"), 1, State::Applied));
        QVERIFY(store.setState(QStringLiteral("mx1"), 1, State::Confirmed, QStringLiteral("mail flows")));
        const auto v = store.version(QStringLiteral("mx1"), 1);
        QVERIFY(v);
        QCOMPARE(v->state, State::Confirmed);
        QList<State> states;
        for (const auto &change : v->history)
            states << change.state;
        QCOMPARE(
            states, (QList<State> { State::Proposed, State::Applying, State::Applied, State::Confirmed }));
        QCOMPARE(v->history.at(1).note, QStringLiteral("by bob"));
        QCOMPARE(v->history.at(3).note, QStringLiteral("mail flows"));
        QVERIFY(v->history.at(3).time >= v->history.at(0).time);
        QCOMPARE(store.versions(QStringLiteral("mx1")).value().first().state, State::Confirmed);

        const Status missing = store.setState(QStringLiteral("mx1"), 9, State::Failed);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        const auto none = store.version(QStringLiteral("mx1"), 9);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::NotFound);
    }

    void latestAndLatestWithState()
    {
        QTemporaryDir dir;
        PolicyStore store(dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(store.open());
        QVERIFY(!store.latest(QStringLiteral("mx1")).value().has_value());
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta(State::Recorded, Origin::Baseline)));
        QVERIFY(store.add(QStringLiteral("mx1"), policy(2), meta(State::Applied)));
        QVERIFY(store.add(QStringLiteral("mx1"), policy(3), meta(State::Failed)));
        QVERIFY(store.add(QStringLiteral("mx1"), policy(4), meta(State::Proposed)));
        const auto latest = store.latest(QStringLiteral("mx1"));
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->number, 4);
        QVERIFY((*latest)->snapshot.sameContent(policy(4)));
        const QList<State> onGateway { State::Applied, State::Confirmed, State::Recorded };
        const auto should = store.latestWithState(QStringLiteral("mx1"), onGateway);
        QVERIFY(should && should->has_value());
        QCOMPARE((*should)->number, 2);
        QVERIFY((*should)->snapshot.sameContent(policy(2)));
        QVERIFY(store.setState(QStringLiteral("mx1"), 2, State::Reverted));
        QCOMPARE(store.latestWithState(QStringLiteral("mx1"), onGateway).value()->number, 1);
        QVERIFY(!store.latestWithState(QStringLiteral("mx1"), { State::Confirmed }).value().has_value());
        QVERIFY(!store.latestWithState(QStringLiteral("mx1"), {}).value().has_value());
        QVERIFY(!store.latestWithState(QStringLiteral("edge"), onGateway).value().has_value());
    }

    void findByDigest()
    {
        QTemporaryDir dir;
        PolicyStore store(dir.filePath(QStringLiteral("policy.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
        QVERIFY(store.add(QStringLiteral("mx1"), policy(2), meta()));
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
        const auto found = store.findByDigest(QStringLiteral("mx1"), policy(1).digest());
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->number, 3);
        QVERIFY((*found)->snapshot.sameContent(policy(1)));
        QCOMPARE(store.findByDigest(QStringLiteral("mx1"), policy(2).digest()).value()->number, 2);
        QVERIFY(!store.findByDigest(QStringLiteral("mx1"), policy(9).digest()).value().has_value());
        QVERIFY(!store.findByDigest(QStringLiteral("edge"), policy(1).digest()).value().has_value());
    }

    void pendingApplyMarker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        const QJsonObject journal { { QStringLiteral("aside"), QStringLiteral("/var/tmp/mailops-apply-7") },
            { QStringLiteral("written"), QJsonArray { QStringLiteral("main.cf") } } };
        {
            PolicyStore store(path);
            QVERIFY(store.open());
            QVERIFY(!store.pendingApply(QStringLiteral("mx1")).value().has_value());
            QVERIFY(store.beginApply(QStringLiteral("mx1"), 7, 6, journal));
            QVERIFY(store.beginApply(QStringLiteral("edge"), 2, 1, {}));
        }
        // As a console restarted after a crash finds it.
        PolicyStore store(path);
        QVERIFY(store.open());
        const auto pending = store.pendingApply(QStringLiteral("mx1"));
        QVERIFY(pending && pending->has_value());
        QCOMPARE((*pending)->profile, QStringLiteral("mx1"));
        QCOMPARE((*pending)->number, 7);
        QCOMPARE((*pending)->previous, 6);
        QCOMPARE((*pending)->journal, journal);
        QVERIFY((*pending)->time.isValid());
        // A new apply replaces the marker.
        QVERIFY(store.beginApply(QStringLiteral("mx1"), 8, 7, {}));
        QCOMPARE(store.pendingApply(QStringLiteral("mx1")).value()->number, 8);
        QVERIFY(store.endApply(QStringLiteral("mx1")));
        QVERIFY(!store.pendingApply(QStringLiteral("mx1")).value().has_value());
        QCOMPARE(store.pendingApply(QStringLiteral("edge")).value()->number, 2);
        QVERIFY(store.endApply(QStringLiteral("nobody")));
    }

    void damagedContentIsNotReturned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
        PolicyStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.add(QStringLiteral("mx1"), policy(1), meta()));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE blobs SET content = X'00'")));
        }
        const auto v = store.version(QStringLiteral("mx1"), 1);
        QVERIFY(!v);
        QCOMPARE(v.error().code, Error::Code::ParseError);
        // The list needs no content and still works.
        QCOMPARE(store.versions(QStringLiteral("mx1")).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(PolicyStoreTest)
#include "policystore_test.moc"
