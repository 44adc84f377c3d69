#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace MailOps;

namespace {

const SqliteFile::Steps kFormat1 {
    { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)") },
};

const SqliteFile::Steps kFormat3 {
    kFormat1.at(0),
    { QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT ''") },
    { QStringLiteral("CREATE INDEX notes_author ON notes(author)"),
        QStringLiteral("UPDATE notes SET author = 'migrated'") },
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

int userVersion(SqliteFile &file)
{
    QSqlQuery q(file.database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool addNotes(SqliteFile &file, int count)
{
    QSqlDatabase db = file.database();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO notes (text) VALUES (?)"));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(QStringLiteral("note %1 ").arg(i).repeated(8));
        if (!q.exec())
            return false;
    }
    q.finish();
    return db.commit();
}

int noteCount(SqliteFile &file)
{
    QSqlQuery q(file.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM notes")) && q.next() ? q.value(0).toInt() : -1;
}

bool ourConnectionsLeft()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("sqlitefile-test-")))
            return true;
    }
    return false;
}

} // namespace

class SqliteFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newFileIsCreatedInWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/n.sqlite"));
        {
            SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
            bool aside = true;
            const Status opened = file.open(&aside);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            QVERIFY(!aside);
            QVERIFY(file.isOpen());
            QCOMPARE(file.schemaVersion(), 1);
            QCOMPARE(userVersion(file), 1);
            QSqlQuery q(file.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // NORMAL
            q.finish();
            QVERIFY(addNotes(file, 3));
            QVERIFY(file.connectionName().startsWith(QLatin1String("sqlitefile-test-")));
        }
        QVERIFY(!ourConnectionsLeft());
        SqliteFile again(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        QVERIFY(again.open());
        QCOMPARE(noteCount(again), 3);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".damaged")));
    }

    void twoConnectionsHaveTwoNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        SqliteFile a(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        SqliteFile b(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        QVERIFY(a.connectionName() != b.connectionName());
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(addNotes(a, 2));
        QCOMPARE(noteCount(b), 2);
    }

    void migrations_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("format 1 to 3") << 1;
        QTest::newRow("format 2 to 3") << 2;
        QTest::newRow("already format 3") << 3;
    }

    void migrations()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        {
            SqliteFile old(
                path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat3.mid(0, from));
            QVERIFY(old.open());
            QCOMPARE(userVersion(old), from);
            QVERIFY(addNotes(old, 4));
        }
        SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat3);
        QVERIFY(file.open());
        QCOMPARE(userVersion(file), 3);
        QCOMPARE(noteCount(file), 4);
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT author FROM notes")) && q.next());
        // Step 3 ran only for files older than format 3.
        QCOMPARE(q.value(0).toString(), from < 3 ? QStringLiteral("migrated") : QString());
    }

    void failedMigrationLeavesTheOldFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        {
            SqliteFile old(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
            QVERIFY(old.open());
            QVERIFY(addNotes(old, 2));
        }
        SqliteFile::Steps broken = kFormat3;
        broken[2] = { QStringLiteral("CREATE INDEX a ON notes(author)"), QStringLiteral("THIS IS NOT SQL") };
        {
            SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), broken);
            SqliteFile::Outcome outcome = SqliteFile::Outcome::Ok;
            const Status opened = file.openOnce(&outcome);
            QVERIFY(!opened);
            QCOMPARE(outcome, SqliteFile::Outcome::Failed);
            QVERIFY2(opened.error().message.contains(QLatin1String("format 3")),
                qPrintable(opened.error().message));
        }
        SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        QVERIFY(file.open());
        QCOMPARE(userVersion(file), 1);
        QCOMPARE(noteCount(file), 2);
        QSqlQuery q(file.database());
        QVERIFY(!q.exec(QStringLiteral("SELECT author FROM notes"))); // step 2 rolled back too
    }

    void damage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("damaged");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage") << true;
        QTest::newRow("text file") << QStringLiteral("text") << true;
        QTest::newRow("truncated to one page") << QStringLiteral("truncated-page") << true;
        QTest::newRow("truncated in the middle") << QStringLiteral("truncated-half") << true;
        QTest::newRow("header overwritten") << QStringLiteral("header") << true;
        QTest::newRow("a directory in its place") << QStringLiteral("directory") << true;
        QTest::newRow("newer format") << QStringLiteral("newer") << true;
        QTest::newRow("another program's database") << QStringLiteral("foreign") << true;
        QTest::newRow("read-only file") << QStringLiteral("read-only") << (geteuid() != 0);
        QTest::newRow("empty file") << QStringLiteral("empty") << false;
        QTest::newRow("no file yet") << QStringLiteral("none") << false;
    }

    void damage()
    {
        QFETCH(QString, damage);
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        auto makeFile = [&](int notes) {
            SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
            QVERIFY(file.open());
            QVERIFY(addNotes(file, notes));
        };
        if (damage == QLatin1String("garbage")) {
            QByteArray junk;
            for (int i = 0; i < 70000; ++i)
                junk.append(char((i * 7919) & 0xff));
            QVERIFY(writeFile(path, junk));
        } else if (damage == QLatin1String("text")) {
            QVERIFY(writeFile(path, "[General]\nthis=is not a database\n"));
        } else if (damage.startsWith(QLatin1String("truncated")) || damage == QLatin1String("header")) {
            makeFile(5000);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 100000);
            if (damage == QLatin1String("header"))
                QVERIFY(f.write(QByteArray(100, 'x')) == 100);
            else
                QVERIFY(f.resize(damage == QLatin1String("truncated-page") ? 4096 : f.size() / 2));
        } else if (damage == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        } else if (damage == QLatin1String("newer")) {
            SqliteFile newer(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat3);
            QVERIFY(newer.open());
        } else if (damage == QLatin1String("foreign")) {
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("make"));
        } else if (damage == QLatin1String("read-only")) {
            makeFile(10);
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        } else if (damage == QLatin1String("empty")) {
            QVERIFY(writeFile(path, QByteArray()));
        }
        // A left-over log of an older damaged copy must not be taken for the
        // new one's.
        QVERIFY(writeFile(path + QStringLiteral(".damaged-wal"), "stale"));

        SqliteFile file(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        bool aside = false;
        const Status opened = file.open(&aside);
        QVERIFY(file.isOpen());
        QCOMPARE(aside, damaged);
        if (damaged) {
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::Code::ParseError);
            QVERIFY2(opened.error().message.contains(path + QStringLiteral(".damaged")),
                qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QLatin1String("note file")),
                qPrintable(opened.error().message));
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")) || QFileInfo(path).isFile());
            QVERIFY(QFileInfo(path).isFile());
        } else {
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".damaged")));
        }
        // Root may write a read-only file: then it is kept as it was.
        const int kept = !damaged && damage == QLatin1String("read-only") ? 10 : 0;
        QCOMPARE(userVersion(file), 1);
        QCOMPARE(noteCount(file), kept);
        QVERIFY(addNotes(file, 1));
        file.close();
        QVERIFY(file.open());
        QCOMPARE(noteCount(file), kept + 1);
    }

    void unreachableIsNotDamage()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("blocker")), "x"));
        SqliteFile file(dir.filePath(QStringLiteral("blocker/n.sqlite")), QStringLiteral("sqlitefile-test-"),
            QStringLiteral("note file"), kFormat1);
        SqliteFile::Outcome outcome = SqliteFile::Outcome::Ok;
        const Status opened = file.openOnce(&outcome);
        QVERIFY(!opened);
        QCOMPARE(outcome, SqliteFile::Outcome::Failed);
        QVERIFY(!file.isOpen());
        bool aside = true;
        QVERIFY(!file.open(&aside));
        QVERIFY(!aside);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("blocker.damaged"))));
        SqliteFile none(QString(), QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        QCOMPARE(none.open().error().code, Error::Code::InvalidInput);
    }

    void busyIsRecognised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        SqliteFile a(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        SqliteFile b(path, QStringLiteral("sqlitefile-test-"), QStringLiteral("note file"), kFormat1);
        b.setBusyTimeout(50);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QSqlQuery qa(a.database());
        QVERIFY(qa.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(qa.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('a')")));
        QSqlQuery qb(b.database());
        QVERIFY(!qb.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('b')")));
        QVERIFY2(SqliteFile::isBusy(qb.lastError()), qPrintable(qb.lastError().text()));
        SqliteFile::Outcome outcome = SqliteFile::Outcome::Ok;
        b.sqlError(QStringLiteral("write"), qb, &outcome);
        QCOMPARE(outcome, SqliteFile::Outcome::Failed);
        QVERIFY(qa.exec(QStringLiteral("COMMIT")));
        QVERIFY(qb.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('b')")));
        QCOMPARE(noteCount(b), 2);
    }
};

QTEST_GUILESS_MAIN(SqliteFileTest)
#include "sqlitefile_test.moc"
