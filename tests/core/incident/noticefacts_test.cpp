#include "incident/noticedraft.h"
#include "incident/noticefacts.h"

#include <QJsonArray>
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

    void partnerImpactPerDomain()
    {
        const QDateTime start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        NoticeFacts::Inputs in;
        in.zone = QTimeZone::utc();
        in.now = start.addSecs(3600);
        in.incident.profile = QStringLiteral("lab");
        in.incident.start = start;
        QueueSummary q(in.now.toSecsSinceEpoch());
        const auto add
            = [&q](const QString &to, int minutes, const QString &reason, QueueEntry::Queue queue) {
                  QueueEntry e;
                  e.queue = queue;
                  e.arrivalTime = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)
                                      .addSecs(minutes * 60)
                                      .toSecsSinceEpoch();
                  e.recipients.append({ to, reason });
                  q.add(e);
              };
        const QString refused
            = QStringLiteral("connect to mx.example.org[192.0.2.25]:25: Connection refused");
        for (int i = 0; i < 37; ++i)
            add(QStringLiteral("u%1@example.org").arg(i), 12 + i, refused, QueueEntry::Queue::Deferred);
        add(QStringLiteral("a@partner.test"), 30,
            QStringLiteral(
                "host mx.partner.test[198.51.100.7] said: 450 4.7.1 Client host rejected: cannot find "
                "your hostname (in reply to RCPT TO command)"),
            QueueEntry::Queue::Deferred);
        // Only active, nothing deferred: nothing to tell that partner.
        add(QStringLiteral("b@fine.test"), 50, QString(), QueueEntry::Queue::Active);
        in.queue = q;

        JournalEvent diag;
        diag.profile = QStringLiteral("lab");
        diag.time = start.addSecs(40 * 60);
        diag.kind = QStringLiteral("diagnostics.run");
        diag.payload = QJsonObject {
            { QStringLiteral("domain"), QStringLiteral("example.org") },
            { QStringLiteral("conclusions"),
                QJsonArray { QJsonObject { { QStringLiteral("verdict"), QStringLiteral("fail") },
                    { QStringLiteral("headline"), QStringLiteral("No MX of example.org accepts mail") } } } }
        };
        in.events = { diag };

        const QString impact = NoticeFacts::build(in).value(QStringLiteral("partner_impact"));
        const QStringList lines = impact.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
            QStringLiteral(
                "- 37 messages to example.org waiting since 09:12 UTC; their MX refuses connections; "
                "diagnosis at 09:40 UTC: No MX of example.org accepts mail"));
        QCOMPARE(lines.at(1),
            QStringLiteral(
                "- 1 message to partner.test waiting since 09:30 UTC; their MX answers 450 4.7.1"));

        // The partner template takes it as a list.
        in.incident.title = QStringLiteral("Outgoing mail is delayed");
        in.incident.nextUpdateDue = start.addSecs(7200);
        const Result<NoticeDraft> draft = NoticeDraft::fromTemplate(
            { NoticeKind::Audience::Partners, NoticeKind::Phase::Update }, in, QStringLiteral("en"));
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
        QVERIFY(draft->body.contains(QStringLiteral("## Mail waiting for your domains")));
        QVERIFY(draft->body.contains(lines.at(0)));
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
