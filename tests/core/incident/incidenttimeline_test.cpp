#include "incident/incidenttimeline.h"

#include <QtTest>

using namespace MailOps;

class IncidentTimelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesJournalNotesAndNoticesOldestFirst()
    {
        const QDateTime start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        Incident inc;
        inc.id = 3;
        inc.profile = QStringLiteral("lab");
        inc.start = start;
        inc.notes << Incident::Note { 1, start.addSecs(600), QStringLiteral("dana"),
            QStringLiteral("held it") };
        Incident::Notice n;
        n.id = 7;
        n.time = start.addSecs(900);
        n.path = QStringLiteral("clipboard");
        n.subject = QStringLiteral("Email problem");
        inc.notices << n;

        JournalEvent before;
        before.time = start.addSecs(-60);
        before.profile = QStringLiteral("lab");
        before.kind = QStringLiteral("queue.alert");
        JournalEvent loop = before;
        loop.id = 10;
        loop.time = start.addSecs(600);
        loop.kind = QStringLiteral("monitor.crashloop");
        JournalEvent other = loop;
        other.profile = QStringLiteral("mx2");
        // The journal's copy of the note is not shown twice.
        JournalEvent copy = IncidentTimeline::noteEvent(inc, inc.notes.constFirst());

        const auto entries = IncidentTimeline::build(inc, { copy, other, loop, before });
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).kind, QStringLiteral("monitor.crashloop"));
        QCOMPARE(entries.at(1).source, IncidentTimeline::Entry::Source::Note);
        QCOMPARE(entries.at(2).source, IncidentTimeline::Entry::Source::Notice);
        QCOMPARE(entries.at(2).subject, QStringLiteral("notice:7"));

        const JournalFilter f = IncidentTimeline::journalFilter(inc);
        QCOMPARE(f.profile, QStringLiteral("lab"));
        QCOMPARE(f.from, start);
        QVERIFY(!f.to.isValid());
        const JournalEvent sent = IncidentTimeline::noticeEvent(inc, n);
        QCOMPARE(sent.kind, QStringLiteral("incident.notice"));
        QCOMPARE(sent.subject, QStringLiteral("incident:3"));
        QCOMPARE(sent.payload.value(QStringLiteral("path")).toString(), QStringLiteral("clipboard"));
    }

    void statusChangesStayInTheTimeline()
    {
        Incident inc;
        inc.id = 4;
        inc.profile = QStringLiteral("lab");
        inc.title = QStringLiteral("Hub loop");
        inc.severity = Incident::Severity::Critical;
        inc.start = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        const JournalEvent opened = IncidentTimeline::openedEvent(inc, inc.start);
        QCOMPARE(opened.kind, QStringLiteral("incident.open"));
        QCOMPARE(opened.payload.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        inc.status = Incident::Status::Resolved;
        const JournalEvent resolved = IncidentTimeline::statusEvent(inc, inc.start.addSecs(60));
        QCOMPARE(resolved.kind, QStringLiteral("incident.status"));
        QCOMPARE(resolved.severity, JournalEvent::Severity::Notice);
        QCOMPARE(resolved.payload.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(IncidentTimeline::build(inc, { resolved, opened }).size(), 2);
    }
};

QTEST_GUILESS_MAIN(IncidentTimelineTest)
#include "incidenttimeline_test.moc"
