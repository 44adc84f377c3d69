#include "journal/journalstore.h"
#include "journaltestevent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace MailOps;

namespace {

using Severity = JournalEvent::Severity;

JournalEvent ev(const QString &kind, const QString &summary, const QString &profile = QStringLiteral("mx1"),
    JournalEvent::Severity severity = JournalEvent::Severity::Info, const QString &subject = QString())
{
    return journalTestEvent(kind, summary, profile, severity, subject);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The second process of appendFromTwoProcesses.
int runWriter(const QString &path, int count, const QString &tag)
{
    JournalStore store(path);
    if (!store.open())
        return 2;
    for (int i = 0; i < count; ++i) {
        if (!store.append(ev(QStringLiteral("test.write"), QStringLiteral("%1 %2").arg(tag).arg(i), tag)))
            return 3;
    }
    return 0;
}

// Ten events: three profiles, four kinds, every severity, a time each minute.
void fill(JournalStore &store, const QDateTime &start)
{
    const struct
    {
        const char *kind;
        const char *profile;
        Severity severity;
        const char *summary;
        const char *subject;
    } rows[] = {
        { "monitor.restart", "mx1", Severity::Notice, "postfix restarted", "service:postfix" },
        { "monitor.crashloop", "mx1", Severity::Critical, "filter-hub in a crash loop", "alert:crashloop" },
        { "queue.alert", "mx2", Severity::Warning, "Deferred queue above 500", "alert:deferred" },
        { "queue.action", "mx2", Severity::Info, "Held 3 messages", "queue:66F5C10C04C" },
        { "diagnostics.run", "mx1", Severity::Info, "Guided run: 2 failures", "run:7" },
        { "queue.alert", "mx1", Severity::Critical, "Deferred queue above 5000", "alert:deferred" },
        { "monitor.restart", "edge", Severity::Notice, "amavis restarted", "service:amavis" },
        { "queue.action", "mx1", Severity::Info, "Flushed the queue", "queue:all" },
        { "diagnostics.run", "edge", Severity::Warning, "Guided run: DNSBL listed", "run:8" },
        { "monitor.crashloop", "mx2", Severity::Critical, "POSTFIX crash loop", "alert:crashloop" },
    };
    int i = 0;
    for (const auto &r : rows) {
        JournalEvent e = ev(QString::fromLatin1(r.kind), QString::fromLatin1(r.summary),
            QString::fromLatin1(r.profile), r.severity, QString::fromLatin1(r.subject));
        e.time = start.addSecs(60 * i++);
        QVERIFY(store.append(e));
    }
}

JournalFilter limitTo(int limit)
{
    JournalFilter f;
    f.limit = limit;
    return f;
}

QStringList summaries(const JournalEventList &events)
{
    QStringList out;
    for (const JournalEvent &e : events)
        out << e.summary;
    return out;
}

} // namespace

class JournalStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        QVERIFY(JournalStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(JournalStore::defaultPath().endsWith(QLatin1String("/journal.sqlite")));
    }

    void payloadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalEvent e = ev(QStringLiteral("queue.action"), QStringLiteral("Held 2 messages in «mx1»"),
            QStringLiteral("Lab gateway"), Severity::Warning, QStringLiteral("queue:66F5C10C04C"));
        e.time = QDateTime::fromMSecsSinceEpoch(1765000000123, Qt::UTC);
        e.payload = QJsonObject { { QStringLiteral("action"), QStringLiteral("hold") },
            { QStringLiteral("ids"), QJsonArray { QStringLiteral("A1"), QStringLiteral("B2") } },
            { QStringLiteral("count"), 2 },
            { QStringLiteral("nested"), QJsonObject { { QStringLiteral("ok"), true } } } };
        {
            JournalStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.append(e));
        }
        JournalStore store(path);
        QVERIFY(store.open());
        const auto read = store.events();
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        const JournalEvent &back = read->first();
        QVERIFY(back.id > 0);
        QCOMPARE(back.time, e.time);
        QCOMPARE(back.time.timeSpec(), Qt::UTC);
        QCOMPARE(back.profile, e.profile);
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.severity, e.severity);
        QCOMPARE(back.summary, e.summary);
        QCOMPARE(back.payload, e.payload);
        QCOMPARE(back.subject, e.subject);
        QCOMPARE(store.latestId().valueOr(0), back.id);
    }

    void emptyTimeIsNow()
    {
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        store.record(ev(QStringLiteral("test.now"), QStringLiteral("now")));
        const auto read = store.events();
        QVERIFY(read && read->size() == 1);
        QVERIFY(read->first().time >= before);
        QVERIFY(read->first().time <= QDateTime::currentDateTimeUtc());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("fromMinute"); // -1: open
        QTest::addColumn<int>("toMinute");
        QTest::addColumn<int>("minSeverity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QStringList all { QStringLiteral("POSTFIX crash loop"),
            QStringLiteral("Guided run: DNSBL listed"), QStringLiteral("Flushed the queue"),
            QStringLiteral("amavis restarted"), QStringLiteral("Deferred queue above 5000"),
            QStringLiteral("Guided run: 2 failures"), QStringLiteral("Held 3 messages"),
            QStringLiteral("Deferred queue above 500"), QStringLiteral("filter-hub in a crash loop"),
            QStringLiteral("postfix restarted") };
        QTest::newRow("everything, newest first")
            << QString() << QString() << -1 << -1 << 0 << QString() << all;
        QTest::newRow("module prefix") << QStringLiteral("monitor.") << QString() << -1 << -1 << 0
                                       << QString() << QStringList { all[0], all[3], all[8], all[9] };
        QTest::newRow("exact kind") << QStringLiteral("queue.alert") << QString() << -1 << -1 << 0
                                    << QString() << QStringList { all[4], all[7] };
        QTest::newRow("a kind's prefix without the dot is no match")
            << QStringLiteral("queue") << QString() << -1 << -1 << 0 << QString() << QStringList {};
        QTest::newRow("profile") << QString() << QStringLiteral("edge") << -1 << -1 << 0 << QString()
                                 << QStringList { all[1], all[3] };
        QTest::newRow("kind and profile") << QStringLiteral("queue.") << QStringLiteral("mx1") << -1 << -1
                                          << 0 << QString() << QStringList { all[2], all[4] };
        QTest::newRow("time range, both ends inclusive")
            << QString() << QString() << 2 << 4 << 0 << QString() << QStringList { all[5], all[6], all[7] };
        QTest::newRow("from only") << QString() << QString() << 8 << -1 << 0 << QString()
                                   << QStringList { all[0], all[1] };
        QTest::newRow("severity at least warning")
            << QString() << QString() << -1 << -1 << int(Severity::Warning) << QString()
            << QStringList { all[0], all[1], all[4], all[7], all[8] };
        QTest::newRow("critical only") << QString() << QString() << -1 << -1 << int(Severity::Critical)
                                       << QString() << QStringList { all[0], all[4], all[8] };
        QTest::newRow("text in the summary, any case")
            << QString() << QString() << -1 << -1 << 0 << QStringLiteral("crash LOOP")
            << QStringList { all[0], all[8] };
        QTest::newRow("text in the subject")
            << QString() << QString() << -1 << -1 << 0 << QStringLiteral("66F5C10") << QStringList { all[6] };
        QTest::newRow("text in the kind") << QString() << QString() << -1 << -1 << 0
                                          << QStringLiteral("diagnostics") << QStringList { all[1], all[5] };
        QTest::newRow("text with SQL in it") << QString() << QString() << -1 << -1 << 0
                                             << QStringLiteral("'; DROP TABLE events; --") << QStringList {};
        QTest::newRow("text with LIKE wildcards is literal")
            << QString() << QString() << -1 << -1 << 0 << QStringLiteral("%") << QStringList {};
        QTest::newRow("everything at once")
            << QStringLiteral("monitor.") << QStringLiteral("mx2") << 0 << 9 << int(Severity::Critical)
            << QStringLiteral("postfix") << QStringList { all[0] };
        QTest::newRow("unknown profile")
            << QString() << QStringLiteral("nope") << -1 << -1 << 0 << QString() << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, profile);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        QFETCH(int, minSeverity);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        fill(store, start);
        JournalFilter f;
        f.kind = kind;
        f.profile = profile;
        if (fromMinute >= 0)
            f.from = start.addSecs(60 * fromMinute);
        if (toMinute >= 0)
            f.to = start.addSecs(60 * toMinute);
        f.minSeverity = Severity(minSeverity);
        f.text = text;
        const auto read = store.events(f);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(summaries(read.value()), expected);
    }

    void kindsAndProfilesPresent()
    {
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        QCOMPARE(store.kinds().valueOr({ QStringLiteral("x") }), QStringList {});
        fill(store, QDateTime::currentDateTimeUtc());
        QCOMPARE(store.kinds().valueOr({}),
            (QStringList { QStringLiteral("diagnostics.run"), QStringLiteral("monitor.crashloop"),
                QStringLiteral("monitor.restart"), QStringLiteral("queue.action"),
                QStringLiteral("queue.alert") }));
        QCOMPARE(store.profiles().valueOr({}),
            (QStringList { QStringLiteral("edge"), QStringLiteral("mx1"), QStringLiteral("mx2") }));
    }

    void paging_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedTotal");
        QTest::newRow("exact pages") << 100 << 10 << QString() << 100;
        QTest::newRow("a short last page") << 95 << 20 << QString() << 95;
        QTest::newRow("one page holds all") << 7 << 50 << QString() << 7;
        QTest::newRow("pages of one") << 5 << 1 << QString() << 5;
        QTest::newRow("paging a filtered list") << 90 << 7 << QStringLiteral("page.odd") << 45;
    }

    void paging()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(QString, kind);
        QFETCH(int, expectedTotal);
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        for (int i = 0; i < total; ++i)
            QVERIFY(store.append(
                ev(i % 2 ? QStringLiteral("page.odd") : QStringLiteral("page.even"), QString::number(i))));
        JournalFilter f;
        f.kind = kind;
        f.limit = pageSize;
        QStringList seen;
        int pages = 0;
        for (;;) {
            const auto page = store.events(f);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= pageSize);
            seen << summaries(page.value());
            f.beforeId = page->last().id;
            ++pages;
            QVERIFY(pages <= total + 1);
        }
        QCOMPARE(seen.size(), expectedTotal);
        QStringList expected;
        for (int i = total - 1; i >= 0; --i) {
            if (kind.isEmpty() || i % 2)
                expected << QString::number(i);
        }
        QCOMPARE(seen, expected);
        // What came after a known event.
        JournalFilter since;
        const auto all = store.events(limitTo(1000));
        QVERIFY(all && all->size() == total);
        since.afterId = all->at(2).id;
        QCOMPARE(store.events(since).valueOr({}).size(), 2);
    }

    void appendFromTwoThreads()
    {
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        QSignalSpy added(&store, &JournalStore::eventsAdded);
        constexpr int perThread = 300;
        auto writer = [&store](const QString &tag) {
            for (int i = 0; i < perThread; ++i)
                store.record(ev(QStringLiteral("test.thread"), QStringLiteral("%1 %2").arg(tag).arg(i), tag));
        };
        std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a")));
        std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b")));
        a->start();
        b->start();
        writer(QStringLiteral("main"));
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(store.pendingCount(), 0);
        const auto all = store.events(limitTo(10000));
        QVERIFY(all);
        QCOMPARE(all->size(), 3 * perThread);
        QSet<QString> unique;
        for (const JournalEvent &e : all.value())
            unique.insert(e.summary);
        QCOMPARE(unique.size(), 3 * perThread);
        // Each writer's events keep their order.
        JournalFilter f;
        f.profile = QStringLiteral("a");
        f.limit = 10000;
        const QStringList fromA = summaries(store.events(f).valueOr({}));
        QCOMPARE(fromA.first(), QStringLiteral("a %1").arg(perThread - 1));
        QCOMPARE(fromA.last(), QStringLiteral("a 0"));
        QTRY_VERIFY(added.count() >= 1);
    }

    void aThreadThatOutlivesTheStoreHoldsNoConnection()
    {
        // The notice sender writes from a pool thread, which lives on after
        // the panel and its store are gone.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        auto store = std::make_unique<JournalStore>(path);
        QVERIFY(store->open());
        const int before = int(QSqlDatabase::connectionNames().size());
        QSemaphore wrote;
        QSemaphore finish;
        int during = -1;
        bool read = false;
        std::unique_ptr<QThread> t(QThread::create([&] {
            store->record(ev(QStringLiteral("notice.sent"), QStringLiteral("from a worker"), QString()));
            read = store->events().valueOr({}).size() == 1;
            during = int(QSqlDatabase::connectionNames().size());
            wrote.release();
            finish.acquire();
        }));
        t->start();
        wrote.acquire();
        QVERIFY(read);
        QCOMPARE(during, before);
        store.reset();
        finish.release();
        QVERIFY(t->wait(60000));
        JournalStore again(path);
        QVERIFY(again.open());
        QCOMPARE(summaries(again.events().valueOr({})), QStringList { QStringLiteral("from a worker") });
    }

    void appendFromTwoProcesses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalStore store(path);
        store.setPollInterval(50);
        QVERIFY(store.open());
        QSignalSpy added(&store, &JournalStore::eventsAdded);
        constexpr int perProcess = 200;
        QList<QProcess *> writers;
        for (const QString &tag : { QStringLiteral("p1"), QStringLiteral("p2") }) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::ForwardedChannels);
            p->start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--journal-writer"), path, QString::number(perProcess), tag });
            writers << p;
        }
        for (int i = 0; i < perProcess; ++i)
            store.record(
                ev(QStringLiteral("test.write"), QStringLiteral("here %1").arg(i), QStringLiteral("here")));
        for (QProcess *p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        QCOMPARE(store.pendingCount(), 0);
        const auto all = store.events(limitTo(10000));
        QVERIFY(all);
        QCOMPARE(all->size(), 3 * perProcess);
        QCOMPARE(store.profiles().valueOr({}),
            (QStringList { QStringLiteral("here"), QStringLiteral("p1"), QStringLiteral("p2") }));
        // The other processes' events are noticed by polling.
        added.clear();
        const qint64 latest = store.latestId().valueOr(0);
        QProcess late;
        late.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--journal-writer"), path, QStringLiteral("1"), QStringLiteral("late") });
        QVERIFY(late.waitForFinished(30000));
        QCOMPARE(late.exitCode(), 0);
        QTRY_VERIFY(added.count() >= 1);
        JournalFilter since;
        since.afterId = latest;
        QCOMPARE(summaries(store.events(since).valueOr({})), QStringList { QStringLiteral("late 0") });
    }

    void damagedFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray(70000, '\x5a');
        QTest::newRow("text") << QByteArray("[General]\nnot=a journal\n");
        QTest::newRow("a newer format") << QByteArray();
    }

    void damagedFileIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        if (content.isEmpty()) {
            {
                JournalStore old(path);
                QVERIFY(old.open());
                QVERIFY(old.append(ev(QStringLiteral("test.old"), QStringLiteral("old"))));
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        } else {
            QVERIFY(writeFile(path, content));
        }
        JournalStore store(path);
        QSignalSpy damaged(&store, &JournalStore::damaged);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(path + QStringLiteral(".damaged")),
            qPrintable(opened.error().message));
        QVERIFY(store.isOpen());
        QCOMPARE(damaged.count(), 1);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        QVERIFY(store.append(ev(QStringLiteral("test.new"), QStringLiteral("new"))));
        QCOMPARE(summaries(store.events().valueOr({})), QStringList { QStringLiteral("new") });
    }

    void damagedWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            JournalStore filler(path);
            QVERIFY(filler.open());
            for (int i = 0; i < 2000; ++i)
                QVERIFY(filler.append(ev(QStringLiteral("test.fill"), QString::number(i).repeated(20))));
        } // the last connection checkpoints the log into the file
        JournalStore store(path);
        QSignalSpy damaged(&store, &JournalStore::damaged);
        QVERIFY(store.open());
        // Something else scribbles over the file while the console runs.
        QVERIFY(writeFile(path, QByteArray(64 * 1024, 'j')));
        store.record(ev(QStringLiteral("test.after"), QStringLiteral("after")));
        QTRY_COMPARE(damaged.count(), 1);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(summaries(store.events().valueOr({})).contains(QStringLiteral("after")));
    }

    void unwritableKeepsEventsInMemoryAndReportsOnce()
    {
        QTemporaryDir dir;
        // A file where the folder should be: nothing can be created under it.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "x"));
        JournalStore store(blocker + QStringLiteral("/journal.sqlite"));
        store.setMaxPending(3);
        QSignalSpy failed(&store, &JournalStore::writeFailed);
        QVERIFY(!store.open());
        QVERIFY(!store.isOpen());
        for (int i = 0; i < 5; ++i) {
            const Status s = store.append(ev(QStringLiteral("test.wait"), QString::number(i)));
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QLatin1String("waiting")), qPrintable(s.error().message));
        }
        store.record(ev(QStringLiteral("test.wait"), QStringLiteral("5")));
        QCOMPARE(store.pendingCount(), 3); // bounded, the oldest go
        QCOMPARE(store.droppedCount(), qint64(3));
        QTRY_COMPARE(failed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1); // once, not per event

        // The folder can be made: the waiting events go with the next one.
        QVERIFY(QFile::remove(blocker));
        QVERIFY(QDir().mkpath(blocker));
        QVERIFY(store.append(ev(QStringLiteral("test.wait"), QStringLiteral("6"))));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(summaries(store.events().valueOr({})),
            (QStringList {
                QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3") }));
        // A new failure is reported again.
        QVERIFY(QDir(blocker).removeRecursively());
        QVERIFY(writeFile(blocker, "x"));
    }

    void appendSpeed()
    {
        QTemporaryDir dir;
        JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(store.open());
        constexpr int count = 2000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            store.record(ev(QStringLiteral("test.speed"), QString::number(i)));
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        qInfo("%d events, one transaction each: %lld ms (%.0f us each)", count, ms,
            double(ms) * 1000.0 / count);
        timer.restart();
        JournalFilter f;
        f.kind = QStringLiteral("test.");
        f.text = QStringLiteral("99");
        const auto read = store.events(f);
        QVERIFY(read);
        qInfo("filtered read of %d events: %lld ms", count, timer.elapsed());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--journal-writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]).toInt(),
            QString::fromLocal8Bit(argv[4]));
    JournalStoreTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "journalstore_test.moc"
