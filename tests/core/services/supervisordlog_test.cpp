#include "services/supervisordlog.h"

#include <QTest>

using namespace MailOps;

namespace {

// As supervisord 4.2 writes its main log during a crash loop.
QString loopLog()
{
    return QStringLiteral(
        "2026-12-07 05:00:00,001 INFO supervisord started with pid 10\n"
        "2026-12-07 05:00:01,100 INFO spawned: 'nsd' with pid 11\n"
        "2026-12-07 05:00:01,200 INFO spawned: 'filterhub' with pid 12\n"
        "2026-12-07 05:00:02,300 INFO success: filterhub entered RUNNING state, process has "
        "stayed up for > than 1 seconds (startsecs)\n"
        "2026-12-07 05:10:00,000 WARN exited: filterhub (exit status 70; not expected)\n"
        "2026-12-07 05:10:01,500 INFO spawned: 'filterhub' with pid 13\n"
        "2026-12-07 05:10:05,000 WARN exited: filterhub (terminated by SIGKILL; not expected)\n"
        "2026-12-07 05:10:06,000 INFO spawned: 'filterhub' with pid 14\r\n"
        "garbage \x01\x02 line\n"
        "2026-13-45 99:99:99,999 WARN exited: filterhub (exit status 1; not expected)\n"
        "2026-12-07 05:11:00,000 INFO stopped: nsd (exit status 0)\n"
        "2026-12-07 05:11:01,000 INFO spawned: 'nsd' with pid 15\n"
        "2026-12-07 05:12:00,000 INFO exited: filterhub (exit status 0; expected)\n"
        "2026-12-07 05:12:01,000 INFO spawned: 'filterhub' with pid 16\n"
        "2026-12-07 05:12:02,000 INFO gave up: filterhub entered FATAL state, too many start "
        "retries too quickly\n"
        "2026-12-07 05:12");
}

QDateTime at(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 12, 7), QTime(h, m, s, ms), Qt::UTC);
}

} // namespace

class SupervisordLogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEvents();
    void restartsAreSpawnsAfterExits();
    void spawnOfAPid();
    void aNewSupervisordStartsAfresh();
    void garbageIsSkipped();
};

void SupervisordLogTest::parsesEvents()
{
    const QList<SupervisordLog::Event> events = SupervisordLog::parse(loopLog());
    QCOMPARE(events.size(), 11);
    QCOMPARE(events.at(0).kind, SupervisordLog::Event::Kind::Spawned);
    QCOMPARE(events.at(0).process, QStringLiteral("nsd"));
    QCOMPARE(events.at(0).pid, 11);
    QCOMPARE(events.at(2).kind, SupervisordLog::Event::Kind::Exited);
    QVERIFY(!events.at(2).expected);
    QCOMPARE(events.at(2).at, at(5, 10, 0, 0));
    QCOMPARE(events.at(5).at, at(5, 10, 6, 0)); // CRLF line
    QCOMPARE(events.at(6).kind, SupervisordLog::Event::Kind::Stopped);
    QVERIFY(events.at(8).expected);
    QCOMPARE(events.at(9).kind, SupervisordLog::Event::Kind::Spawned);
    QCOMPARE(events.at(10).kind, SupervisordLog::Event::Kind::GaveUp);
}

void SupervisordLogTest::restartsAreSpawnsAfterExits()
{
    const QList<SupervisordLog::Event> events = SupervisordLog::parse(loopLog());
    // The first spawn is a start; a stop and start by hand is no restart.
    const QList<QDateTime> hub = SupervisordLog::restarts(events, QStringLiteral("filterhub"));
    QCOMPARE(hub, (QList<QDateTime> { at(5, 10, 1, 500), at(5, 10, 6, 0), at(5, 12, 1, 0) }));
    QVERIFY(SupervisordLog::restarts(events, QStringLiteral("nsd")).isEmpty());
    QVERIFY(SupervisordLog::restarts(events, QStringLiteral("absent")).isEmpty());
}

void SupervisordLogTest::spawnOfAPid()
{
    const QList<SupervisordLog::Event> events = SupervisordLog::parse(loopLog());
    QCOMPARE(SupervisordLog::spawnedAt(events, QStringLiteral("filterhub"), 14), at(5, 10, 6, 0));
    QVERIFY(!SupervisordLog::spawnedAt(events, QStringLiteral("filterhub"), 11).isValid());
}

void SupervisordLogTest::aNewSupervisordStartsAfresh()
{
    const QString log = loopLog()
        + QStringLiteral("\n2026-12-07 06:00:00,000 INFO supervisord started with pid 99\n"
                         "2026-12-07 06:00:01,000 INFO spawned: 'filterhub' with pid 200\n");
    const QList<SupervisordLog::Event> events = SupervisordLog::parse(log);
    QCOMPARE(events.size(), 1);
    QVERIFY(SupervisordLog::restarts(events, QStringLiteral("filterhub")).isEmpty());
}

void SupervisordLogTest::garbageIsSkipped()
{
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131) % 256);
    QVERIFY(SupervisordLog::parse(QString::fromLatin1(junk)).isEmpty());
    QVERIFY(SupervisordLog::parse(QString()).isEmpty());
    QVERIFY(SupervisordLog::parse(QStringLiteral("2026-12-07 05:00:00,001 WARN")).isEmpty());
    QVERIFY(SupervisordLog::parse(QStringLiteral("2026-12-07 05:00:00,001 WARN spawned: 'x' with pid"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(SupervisordLogTest)
#include "supervisordlog_test.moc"
