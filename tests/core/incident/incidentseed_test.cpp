#include "incident/incidentseed.h"

#include <QtTest>

using namespace MailOps;

class IncidentSeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashLoop()
    {
        CrashLoopAlert a;
        a.service = QStringLiteral("filterhub");
        a.restarts = 7;
        a.firstRestart = QDateTime(QDate(2026, 12, 7), QTime(9, 12), QTimeZone::utc());
        QueueSummary q(a.firstRestart.toSecsSinceEpoch());
        QueueEntry e;
        e.queue = QueueEntry::Queue::Deferred;
        q.add(e);
        e.queue = QueueEntry::Queue::Active;
        q.add(e);
        const Incident i = IncidentSeed::fromCrashLoop(a, QStringLiteral("lab"), q);
        QCOMPARE(i.profile, QStringLiteral("lab"));
        QCOMPARE(i.title, QStringLiteral("filterhub keeps crashing"));
        QCOMPARE(i.severity, Incident::Severity::Critical);
        QCOMPARE(i.start, a.firstRestart);
        QCOMPARE(i.affectedServices, QStringList { QStringLiteral("filterhub") });
        QCOMPARE(i.impact,
            QStringLiteral("filterhub restarted 7 times since 09:12 UTC. 2 messages wait in the queue, 1 of "
                           "them deferred."));
    }

    void queueAlert()
    {
        QueueAlertPolicy::Alert a;
        a.rule = QueueAlertPolicy::Rule::Deferred;
        a.level = QueueAlertPolicy::Level::Warning;
        a.value = 40;
        const Incident i = IncidentSeed::fromQueueAlert(a, QStringLiteral("mx1"));
        QCOMPARE(i.title, QStringLiteral("Outgoing mail is delayed"));
        QCOMPARE(i.severity, Incident::Severity::Major);
        QVERIFY(i.start.isValid());
        QCOMPARE(i.impact, QStringLiteral("The deferred queue alert reads 40."));
    }
};

QTEST_GUILESS_MAIN(IncidentSeedTest)
#include "incidentseed_test.moc"
