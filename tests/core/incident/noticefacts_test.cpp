#include "incident/noticefacts.h"

#include <QJsonObject>
#include <QtTest>

using namespace MailOps;

class NoticeFactsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterHubCrashLoop()
    {
        const QDateTime start(QDate(2026, 12, 7), QTime(9, 12), Qt::UTC);
        NoticeFacts::Inputs in;
        in.zone = QTimeZone::utc();
        in.now = start.addSecs(40 * 60);
        in.incident.profile = QStringLiteral("lab");
        in.incident.title = QStringLiteral("Incoming mail stopped");
        in.incident.start = start;
        in.incident.nextUpdateDue = start.addSecs(3600);

        JournalEvent loop;
        loop.profile = QStringLiteral("lab");
        loop.time = start.addSecs(60);
        loop.kind = QStringLiteral("monitor.crashloop");
        loop.payload = QJsonObject { { QStringLiteral("service"), QStringLiteral("filterhub") },
            { QStringLiteral("state"), QStringLiteral("raised") }, { QStringLiteral("restarts"), 15 } };
        JournalEvent held = loop;
        held.time = start.addSecs(300);
        held.kind = QStringLiteral("monitor.suspect.held");
        held.payload = QJsonObject { { QStringLiteral("queueId"), QStringLiteral("66F5C10C04C") },
            { QStringLiteral("ok"), true } };
        JournalEvent rollback = loop;
        rollback.time = start.addSecs(600);
        rollback.kind = QStringLiteral("policy.rollback");
        rollback.summary = QStringLiteral("Rolled back to v41");
        JournalEvent old = loop;
        old.time = start.addSecs(-3600);
        old.payload.insert(QStringLiteral("service"), QStringLiteral("nsd"));
        in.events = { rollback, held, loop, old };

        ServiceStatus hub;
        hub.name = QStringLiteral("filterhub");
        hub.state = ServiceStatus::State::Backoff;
        ServiceStatus postfix;
        postfix.name = QStringLiteral("postfix");
        postfix.state = ServiceStatus::State::Running;
        in.services = { hub, postfix };

        QueueSummary q(in.now.toSecsSinceEpoch());
        QueueEntry e;
        e.queue = QueueEntry::Queue::Deferred;
        e.arrivalTime = start.addSecs(120).toSecsSinceEpoch();
        q.add(e);
        q.add(e);
        in.queue = q;
        QueueDepthSample a;
        a.at = in.now.addSecs(-600);
        a.total = 2;
        QueueDepthSample b = a;
        b.at = in.now;
        b.total = 40;
        in.depth = { b, a };

        const auto v = NoticeFacts::build(in);
        QCOMPARE(v.size(), NoticeFacts::names().size());
        QCOMPARE(v.value(QStringLiteral("start_time")), QStringLiteral("09:12 UTC"));
        QCOMPARE(v.value(QStringLiteral("next_update")), QStringLiteral("10:12 UTC"));
        QCOMPARE(v.value(QStringLiteral("duration")), QStringLiteral("40 min"));
        QVERIFY(v.value(QStringLiteral("services_down")).startsWith(QStringLiteral("filterhub (")));
        QCOMPARE(v.value(QStringLiteral("crash_loops")),
            QStringLiteral("filterhub keeps crashing (15 restarts) since 09:13 UTC"));
        QCOMPARE(v.value(QStringLiteral("suspects_held")), QStringLiteral("66F5C10C04C at 09:17 UTC"));
        QCOMPARE(v.value(QStringLiteral("rolled_back")), QStringLiteral("09:22 UTC: Rolled back to v41"));
        QCOMPARE(v.value(QStringLiteral("queue_depth")), QStringLiteral("2"));
        QCOMPARE(v.value(QStringLiteral("queue_deferred")), QStringLiteral("2"));
        QCOMPARE(v.value(QStringLiteral("queue_waiting")), QStringLiteral("2"));
        QCOMPARE(v.value(QStringLiteral("oldest_deferred")), QStringLiteral("09:14 UTC"));
        QCOMPARE(v.value(QStringLiteral("queue_growth")), QStringLiteral("grew by 38 in the last 10 min"));
        QVERIFY(v.value(QStringLiteral("end_time")).isEmpty());
    }

    void formatting()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        QCOMPARE(NoticeFacts::formatTime(now.addDays(-1), now, QTimeZone::utc()),
            QStringLiteral("2026-12-06 10:00 UTC"));
        QCOMPARE(NoticeFacts::formatDuration(85 * 60), QStringLiteral("1 h 25 min"));
        QCOMPARE(NoticeFacts::formatDuration(120 * 60), QStringLiteral("2 h"));
    }
};

QTEST_GUILESS_MAIN(NoticeFactsTest)
#include "noticefacts_test.moc"
