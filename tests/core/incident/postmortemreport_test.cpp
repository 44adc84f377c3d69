#include "incident/postmortemreport.h"

#include <QtTest>

using namespace MailOps;

class PostmortemReportTest : public QObject
{
    Q_OBJECT

    static PostmortemReport sample()
    {
        PostmortemReport r;
        r.incident.id = 7;
        r.incident.profile = QStringLiteral("lab");
        r.incident.title = QStringLiteral("Filter hub crash loop");
        r.incident.severity = Incident::Severity::Critical;
        r.incident.status = Incident::Status::Resolved;
        r.incident.start = QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());
        r.incident.end = QDateTime(QDate(2026, 12, 7), QTime(10, 25), QTimeZone::utc());
        r.incident.affectedServices = { QStringLiteral("filterhub") };
        Incident::Notice n;
        n.time = QDateTime(QDate(2026, 12, 7), QTime(9, 20), QTimeZone::utc());
        n.kind = { NoticeKind::Audience::Management, NoticeKind::Phase::First };
        n.path = QStringLiteral("smtp:corp");
        n.recipients = { QStringLiteral("board@example.org") };
        n.subject = QStringLiteral("Mail is delayed");
        n.text = QStringLiteral("## What happened\nMail is late.");
        r.incident.notices << n;
        IncidentTimeline::Entry crash;
        crash.time = QDateTime(QDate(2026, 12, 7), QTime(9, 2), QTimeZone::utc());
        crash.kind = QStringLiteral("monitor.crashloop");
        crash.summary = QStringLiteral("# filterhub restarted 6 times");
        crash.subject = QStringLiteral("service:filterhub");
        IncidentTimeline::Entry apply;
        apply.time = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc());
        apply.kind = QStringLiteral("policy.apply");
        apply.summary = QStringLiteral("v42 applied");
        apply.subject = QStringLiteral("version:42");
        IncidentTimeline::Entry rollback = apply;
        rollback.kind = QStringLiteral("policy.rollback");
        rollback.subject = QStringLiteral("version:43");
        IncidentTimeline::Entry again = apply;
        r.timeline = { crash, apply, rollback, again };
        r.versions << PostmortemReport::Version { 42, QStringLiteral("v42"),
            { QStringLiteral("unknown_client_reject_code: 550 → 450") } };
        return r;
    }

private Q_SLOTS:
    void versionIdsInOrderOnce()
    {
        QCOMPARE(PostmortemReport::versionIds(sample().timeline), (QList<qint64> { 42, 43 }));
    }

    void markdownTellsTheWholeStory()
    {
        const QString md = sample().toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("# Filter hub crash loop\n")));
        QVERIFY(md.contains(QStringLiteral("Times are in UTC.")));
        QVERIFY(md.contains(QStringLiteral("- Duration: 1 h 25 min")));
        // Someone's "#" stays a line of the timeline, not a heading.
        QVERIFY(
            md.contains(QStringLiteral("2026-12-07 09:02 · monitor.crashloop · \\# filterhub restarted")));
        QVERIFY(md.contains(QStringLiteral("unknown_client_reject_code: 550 → 450")));
        QVERIFY(md.contains(QStringLiteral("> ## What happened\n> Mail is late.")));
        QVERIFY(md.contains(QStringLiteral("- Sent by: smtp:corp")));
        QVERIFY(md.contains(QStringLiteral("## Lessons and actions")));
    }

    void htmlSaysTheSame()
    {
        const QString html = sample().toHtml();
        QVERIFY(html.contains(QStringLiteral("<h1>Filter hub crash loop</h1>")));
        QVERIFY(html.contains(QStringLiteral("<blockquote>\n<h2>What happened</h2>")));
        QVERIFY(html.contains(QStringLiteral("# filterhub restarted 6 times")));
        QVERIFY(!html.contains(QStringLiteral("<h1># filterhub")));
    }

    void otherZoneIsSaid()
    {
        PostmortemReport r = sample();
        r.zone = QTimeZone("Europe/Berlin");
        const QString md = r.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("Times are in Europe/Berlin.")));
        QVERIFY(md.contains(QStringLiteral("- Started: 2026-12-07 10:00")));
    }
};

QTEST_GUILESS_MAIN(PostmortemReportTest)
#include "postmortemreport_test.moc"
