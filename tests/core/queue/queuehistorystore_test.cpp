#include "queue/queuehistorystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace MailOps;

namespace {

QueueDepthSample sample(const QDateTime &at, qint64 deferred, qint64 active = 0, qint64 hold = 0)
{
    QueueDepthSample s;
    s.at = at.toUTC();
    s.messages[size_t(QueueEntry::Queue::Active)] = active;
    s.messages[size_t(QueueEntry::Queue::Deferred)] = deferred;
    s.messages[size_t(QueueEntry::Queue::Hold)] = hold;
    s.total = active + deferred + hold;
    return s;
}

// Whole milliseconds: what the file keeps.
QDateTime nowMs()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QList<QueueDepthSample> readAll(QueueHistoryStore &store, const QString &profile, int maxPoints = 1000000)
{
    const auto r = store.samples(profile, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
        QDateTime::currentDateTimeUtc().addDays(1), maxPoints);
    if (!r) {
        qWarning() << r.error().toString();
        return {};
    }
    return r.value();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A valid history with `count` samples, closed again.
void makeHistory(const QString &path, int count)
{
    QueueHistoryStore store(path);
    QVERIFY(store.open());
    QList<QueueDepthSample> batch;
    const QDateTime start = nowMs().addSecs(-count);
    for (int i = 0; i < count; ++i)
        batch << sample(start.addSecs(i), i, i % 7, i % 3);
    QVERIFY(store.append(QStringLiteral("gw"), batch));
}

bool ourConnectionsLeft()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("mailops-queuehistory-")))
            return true;
    }
    return false;
}

} // namespace

class QueueHistoryStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        QVERIFY(QueueHistoryStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QueueHistoryStore::defaultPath().endsWith(QLatin1String(".sqlite")));
    }

    void appendAndReadBack()
    {
        QTemporaryDir dir;
        QueueHistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.isOpen());
        const QDateTime t0 = nowMs().addSecs(-100);
        QList<QueueDepthSample> written;
        for (int i = 0; i < 10; ++i) {
            QueueDepthSample s = sample(t0.addSecs(i * 10), 5 * i, i, 1);
            s.messages[size_t(QueueEntry::Queue::Incoming)] = 2;
            s.messages[size_t(QueueEntry::Queue::Maildrop)] = 3;
            s.messages[size_t(QueueEntry::Queue::Other)] = 4;
            s.total += 9;
            QVERIFY(store.append(QStringLiteral("Lab gateway"), s));
            written << s;
        }
        QCOMPARE(readAll(store, QStringLiteral("Lab gateway")), written);
        // A range picks its part, both ends included.
        const auto part = store.samples(QStringLiteral("Lab gateway"), t0.addSecs(20), t0.addSecs(40));
        QVERIFY(part);
        QCOMPARE(part->size(), 3);
        QCOMPARE(part->first(), written.at(2));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.profiles().valueOr({}), QStringList { QStringLiteral("Lab gateway") });
    }

    void sameTimeReplaces()
    {
        QTemporaryDir dir;
        QueueHistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        const QDateTime t = nowMs();
        QVERIFY(store.append(QStringLiteral("gw"), sample(t, 1)));
        QVERIFY(store.append(QStringLiteral("gw"), sample(t, 2)));
        const auto all = readAll(store, QStringLiteral("gw"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().count(QueueEntry::Queue::Deferred), 2);
    }

    void twoProfilesStayApart()
    {
        QTemporaryDir dir;
        QueueHistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        const QDateTime t = nowMs().addSecs(-60);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(store.append(QStringLiteral("mx1"), sample(t.addSecs(i), 100 + i)));
            QVERIFY(store.append(
                QStringLiteral("mx2 'quoted'; DROP TABLE samples"), sample(t.addSecs(i), 200 + i)));
        }
        const auto a = readAll(store, QStringLiteral("mx1"));
        const auto b = readAll(store, QStringLiteral("mx2 'quoted'; DROP TABLE samples"));
        QCOMPARE(a.size(), 5);
        QCOMPARE(b.size(), 5);
        QCOMPARE(a.last().count(QueueEntry::Queue::Deferred), 104);
        QCOMPARE(b.last().count(QueueEntry::Queue::Deferred), 204);
        QVERIFY(readAll(store, QStringLiteral("mx3")).isEmpty());
        QCOMPARE(store.profiles().valueOr({}).size(), 2);
    }

    void downsampling_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("peakAt");
        QTest::newRow("fewer than maxPoints: all of them") << 50 << 100 << 17;
        QTest::newRow("exactly maxPoints") << 100 << 100 << 99;
        QTest::newRow("10x too many") << 1000 << 100 << 537;
        QTest::newRow("peak in the first bucket") << 1000 << 100 << 0;
        QTest::newRow("peak in the last bucket") << 1000 << 100 << 999;
        QTest::newRow("a month every 10 s into 500 points") << 30 * 8640 << 500 << 123456;
        QTest::newRow("one point") << 300 << 1 << 150;
    }

    void downsampling()
    {
        QFETCH(int, count);
        QFETCH(int, maxPoints);
        QFETCH(int, peakAt);
        QTemporaryDir dir;
        QueueHistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        store.setRetentionDays(60); // the month row must not lose its first day to pruning
        QVERIFY(store.open());
        const int step = count > 10000 ? 10 : 1;
        const QDateTime start = nowMs().addSecs(-qint64(count) * step);
        QList<QueueDepthSample> batch;
        batch.reserve(count);
        for (int i = 0; i < count; ++i)
            batch << sample(
                start.addSecs(qint64(i) * step), i == peakAt ? 99999 : i % 50, 1, i == peakAt ? 7 : 0);
        QVERIFY(store.append(QStringLiteral("gw"), batch));
        const QDateTime end = start.addSecs(qint64(count) * step);
        const auto r = store.samples(QStringLiteral("gw"), start, end, maxPoints);
        QVERIFY(r);
        const QList<QueueDepthSample> &points = r.value();
        QVERIFY2(points.size() <= maxPoints, qPrintable(QString::number(points.size())));
        if (count > maxPoints && maxPoints >= 10)
            QVERIFY2(points.size() >= maxPoints * 9 / 10,
                qPrintable(QString::number(points.size()))); // the buckets are used
        if (count <= maxPoints)
            QCOMPARE(points.size(), count);
        qint64 peak = 0, peakHold = 0;
        for (int i = 0; i < points.size(); ++i) {
            peak = qMax(peak, points.at(i).count(QueueEntry::Queue::Deferred));
            peakHold = qMax(peakHold, points.at(i).count(QueueEntry::Queue::Hold));
            if (i > 0)
                QVERIFY(points.at(i).at > points.at(i - 1).at);
        }
        QCOMPARE(peak, 99999);
        QCOMPARE(peakHold, 7);
        QCOMPARE(points.first().at, start);
    }

    void retentionPrunesOnOpenAndEveryNAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime now = nowMs();
        {
            QueueHistoryStore store(path);
            store.setRetentionDays(30);
            QVERIFY(store.open());
            QList<QueueDepthSample> batch;
            for (int day = 40; day >= 0; --day)
                batch << sample(now.addDays(-day).addSecs(3600), day); // an hour clear of each cutoff
            QVERIFY(store.append(QStringLiteral("gw"), batch));
            QCOMPARE(readAll(store, QStringLiteral("gw")).size(), 41); // not pruned yet
        }
        {
            QueueHistoryStore store(path);
            store.setRetentionDays(30);
            QVERIFY(store.open());
            const auto kept = readAll(store, QStringLiteral("gw"));
            QCOMPARE(kept.size(), 31);
            QVERIFY(kept.first().at >= now.addDays(-30));
            // An explicit prune with a later clock removes what has aged.
            QCOMPARE(store.prune(now.addDays(10)).valueOr(-1), qint64(10));
        }
        {
            QueueHistoryStore store(path);
            store.setRetentionDays(1);
            store.setPruneInterval(5);
            QVERIFY(store.open()); // prunes to one day
            QCOMPARE(readAll(store, QStringLiteral("gw")).size(), 2);
            for (int i = 0; i < 4; ++i)
                QVERIFY(store.append(QStringLiteral("gw"), sample(now.addDays(-3).addSecs(i), 1)));
            QCOMPARE(readAll(store, QStringLiteral("gw")).size(), 6);
            QVERIFY(store.append(QStringLiteral("gw"), sample(now.addSecs(1), 1))); // the 5th append prunes
            QCOMPARE(readAll(store, QStringLiteral("gw")).size(), 3);
        }
    }

    void reopenKeepsSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/h.sqlite")); // folders are made
        const QDateTime t = nowMs();
        {
            QueueHistoryStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.append(QStringLiteral("gw"), sample(t, 42, 1, 2)));
        }
        QVERIFY(!ourConnectionsLeft());
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
        QueueHistoryStore store(path);
        QVERIFY(store.open());
        const auto all = readAll(store, QStringLiteral("gw"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), sample(t, 42, 1, 2));
    }

    void twoStoresAtOnce()
    {
        QTemporaryDir dir;
        QueueHistoryStore a(dir.filePath(QStringLiteral("a.sqlite")));
        QueueHistoryStore b(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.append(QStringLiteral("gw"), sample(nowMs(), 1)));
        QVERIFY(b.append(QStringLiteral("gw"), sample(nowMs(), 2)));
        QCOMPARE(readAll(a, QStringLiteral("gw")).first().total, 1);
        QCOMPARE(readAll(b, QStringLiteral("gw")).first().total, 2);
        // The same file twice, as two consoles would: WAL lets both work.
        QueueHistoryStore c(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(c.open());
        QVERIFY(c.append(QStringLiteral("gw"), sample(nowMs().addSecs(1), 3)));
        QCOMPARE(readAll(a, QStringLiteral("gw")).size(), 2);
    }

    void damagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("damaged"); // false: the file is usable as it is
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
    }

    void damagedFile()
    {
        QFETCH(QString, damage);
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        if (damage == QLatin1String("garbage")) {
            QByteArray junk;
            for (int i = 0; i < 70000; ++i)
                junk.append(char((i * 7919) & 0xff));
            QVERIFY(writeFile(path, junk));
        } else if (damage == QLatin1String("text")) {
            QVERIFY(writeFile(path, "[General]\nthis=is not a database\n"));
        } else if (damage.startsWith(QLatin1String("truncated")) || damage == QLatin1String("header")) {
            makeHistory(path, 20000);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 100000);
            if (damage == QLatin1String("header")) {
                QVERIFY(f.write(QByteArray(100, 'x')) == 100);
            } else {
                QVERIFY(f.resize(damage == QLatin1String("truncated-page") ? 4096 : f.size() / 2));
            }
        } else if (damage == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        } else if (damage == QLatin1String("newer") || damage == QLatin1String("foreign")) {
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(damage == QLatin1String("newer")
                        ? QStringLiteral("PRAGMA user_version = 99")
                        : QStringLiteral("CREATE TABLE contacts (name TEXT)")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("make"));
        } else if (damage == QLatin1String("read-only")) {
            makeHistory(path, 10);
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        } else if (damage == QLatin1String("empty")) {
            QVERIFY(writeFile(path, QByteArray()));
        }

        QueueHistoryStore store(path);
        QSignalSpy spy(&store, &QueueHistoryStore::damaged);
        const Status opened = store.open();
        QVERIFY(store.isOpen());
        if (damaged) {
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::Code::ParseError);
            QVERIFY2(opened.error().message.contains(path + QStringLiteral(".damaged")),
                qPrintable(opened.error().message));
            QCOMPARE(spy.count(), 1);
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
            QVERIFY(QFileInfo(path).isFile());
        } else {
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            QCOMPARE(spy.count(), 0);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".damaged")));
        }
        // New samples are kept, now and after a reopen.
        const QDateTime t = nowMs();
        QVERIFY(store.append(QStringLiteral("gw"), sample(t, 5)));
        QCOMPARE(readAll(store, QStringLiteral("gw")).last(), sample(t, 5));
        store.close();
        QVERIFY(store.open());
        QCOMPARE(readAll(store, QStringLiteral("gw")).last(), sample(t, 5));
    }

    void damagedWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QueueHistoryStore store(path);
        QSignalSpy spy(&store, &QueueHistoryStore::damaged);
        QVERIFY(store.open());
        const QDateTime t = nowMs();
        QList<QueueDepthSample> batch;
        for (int i = 0; i < 5000; ++i)
            batch << sample(t.addSecs(-5000 + i), i);
        QVERIFY(store.append(QStringLiteral("gw"), batch));
        store.close(); // checkpoints the log into the file
        QVERIFY(store.open());
        // Something else scribbles over the file while the console runs.
        QByteArray junk(64 * 1024, 'j');
        QVERIFY(writeFile(path, junk));
        // The damage is found, the file moved aside, and the new sample kept.
        QVERIFY(store.append(QStringLiteral("gw"), sample(t, 77)));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().first().value<Error>().message.contains(QLatin1String(".damaged")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        QCOMPARE(readAll(store, QStringLiteral("gw")), QList<QueueDepthSample> { sample(t, 77) });
    }

    void unwritableLocationKeepsSamplesInMemory()
    {
        QTemporaryDir dir;
        // A file where a folder should be: nothing can be created under it.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("blocker")), "x"));
        QueueHistoryStore store(dir.filePath(QStringLiteral("blocker/h.sqlite")));
        store.setMaxPending(3);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY(!store.isOpen());
        QVERIFY(!opened.error().message.isEmpty());
        for (int i = 0; i < 5; ++i) {
            const Status s = store.append(QStringLiteral("gw"), sample(nowMs().addSecs(i), i));
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QLatin1String("waiting")), qPrintable(s.error().message));
        }
        QCOMPARE(store.pendingCount(), 3); // bounded
        QCOMPARE(store.droppedCount(), qint64(2));
        QVERIFY(!store.samples(QStringLiteral("gw"), nowMs().addDays(-1), nowMs()));
    }

    void immutableFileCannotBeMovedAside()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("chattr")).isEmpty())
            QSKIP("no chattr");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(writeFile(path, "not a database at all, and stuck"));
        if (QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), path }) != 0)
            QSKIP("chattr +i is not permitted here");
        QueueHistoryStore store(path);
        const Status opened = store.open();
        QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), path });
        QVERIFY(!opened);
        QVERIFY(!store.isOpen());
        QVERIFY2(
            opened.error().message.contains(QLatin1String("memory")), qPrintable(opened.error().message));
        QVERIFY(!store.append(QStringLiteral("gw"), sample(nowMs(), 1)));
        QCOMPARE(store.pendingCount(), 1);
        // Once the file can be moved aside, the waiting sample is written.
        QCOMPARE(store.open().error().code, Error::Code::ParseError);
        QVERIFY(store.isOpen());
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(readAll(store, QStringLiteral("gw")).size(), 1);
    }

    void badRequests()
    {
        QTemporaryDir dir;
        QueueHistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        const QDateTime t = nowMs();
        QCOMPARE(store.append(QString(), sample(t, 1)).error().code, Error::Code::InvalidInput);
        QCOMPARE(store.append(QStringLiteral("gw"), sample(QDateTime(), 1)).error().code,
            Error::Code::InvalidInput);
        QCOMPARE(store.append(QStringLiteral("gw"), sample(t, -5)).error().code, Error::Code::InvalidInput);
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.samples(QStringLiteral("gw"), t, t, 0).error().code, Error::Code::InvalidInput);
        QCOMPARE(store.samples(QStringLiteral("gw"), QDateTime(), t).error().code, Error::Code::InvalidInput);
        QVERIFY(store.append(QStringLiteral("gw"), sample(t, 1)));
        const auto reversed = store.samples(QStringLiteral("gw"), t.addSecs(10), t.addSecs(-10));
        QVERIFY(reversed);
        QVERIFY(reversed->isEmpty());
        QVERIFY(store.append(QStringLiteral("gw"), QList<QueueDepthSample> {}));
        QueueHistoryStore none(QString {});
        QVERIFY(!none.open());
    }

    void insertSpeed100k()
    {
        QTemporaryDir dir;
        const int count = 100000;
        const QDateTime start = nowMs().addSecs(-count);
        {
            QueueHistoryStore store(dir.filePath(QStringLiteral("single.sqlite")));
            QVERIFY(store.open());
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < count; ++i) {
                if (!store.append(QStringLiteral("gw"), sample(start.addSecs(i), i % 1000, i % 10)))
                    QFAIL("append failed");
            }
            const qint64 ms = qMax<qint64>(1, timer.elapsed());
            qInfo("100k samples, one transaction each: %lld ms (%lld samples/s, %.1f us each)", ms,
                qint64(count) * 1000 / ms, double(ms) * 1000.0 / count);
            QCOMPARE(readAll(store, QStringLiteral("gw"), count).size(), count);
            timer.restart();
            const auto chart = store.samples(QStringLiteral("gw"), start, start.addSecs(count), 1000);
            QVERIFY(chart);
            qInfo("100k samples to a 1000-point chart: %lld ms", timer.elapsed());
            QVERIFY(chart->size() <= 1000);
            timer.restart();
            store.close();
            QVERIFY(store.open());
            qInfo("reopen with check and prune: %lld ms; file %lld bytes", timer.elapsed(),
                QFileInfo(store.path()).size());
        }
        {
            QueueHistoryStore store(dir.filePath(QStringLiteral("batch.sqlite")));
            QVERIFY(store.open());
            QList<QueueDepthSample> batch;
            batch.reserve(count);
            for (int i = 0; i < count; ++i)
                batch << sample(start.addSecs(i), i % 1000, i % 10);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(store.append(QStringLiteral("gw"), batch));
            const qint64 ms = qMax<qint64>(1, timer.elapsed());
            qInfo("100k samples in one transaction: %lld ms (%lld samples/s)", ms, qint64(count) * 1000 / ms);
        }
    }
};

QTEST_GUILESS_MAIN(QueueHistoryStoreTest)
#include "queuehistorystore_test.moc"
