#include "incidentseed.h"

namespace MailOps {

QString IncidentSeed::queueImpact(const std::optional<QueueSummary> &queue)
{
    if (!queue || queue->messages() == 0)
        return {};
    const qint64 deferred = queue->messages(QueueEntry::Queue::Deferred);
    return tr("%1 messages wait in the queue, %2 of them deferred.").arg(queue->messages()).arg(deferred);
}

Incident IncidentSeed::fromCrashLoop(
    const CrashLoopAlert &alert, const QString &profile, const std::optional<QueueSummary> &queue)
{
    Incident i;
    i.profile = profile;
    i.title = tr("%1 keeps crashing").arg(alert.service);
    // A service that restarts over and over holds up the mail that passes
    // through it: the worst case until the admin says otherwise.
    i.severity = Incident::Severity::Critical;
    i.start = alert.firstRestart.isValid() ? alert.firstRestart.toUTC() : QDateTime::currentDateTimeUtc();
    i.affectedServices = { alert.service };
    QStringList impact { tr("%1 restarted %2 times since %3.")
                             .arg(alert.service)
                             .arg(alert.restarts)
                             .arg(i.start.toString(QStringLiteral("HH:mm 'UTC'"))) };
    if (const QString q = queueImpact(queue); !q.isEmpty())
        impact << q;
    i.impact = impact.join(QLatin1Char(' '));
    return i;
}

Incident IncidentSeed::fromQueueAlert(
    const QueueAlertPolicy::Alert &alert, const QString &profile, const std::optional<QueueSummary> &queue)
{
    Incident i;
    i.profile = profile;
    switch (alert.rule) {
    case QueueAlertPolicy::Rule::Total:
        i.title = tr("Mail piles up in the queue");
        break;
    case QueueAlertPolicy::Rule::Deferred:
    case QueueAlertPolicy::Rule::DeferredGrowth:
        i.title = tr("Outgoing mail is delayed");
        break;
    case QueueAlertPolicy::Rule::Hold:
        i.title = tr("Messages are on hold");
        break;
    }
    i.severity = alert.level == QueueAlertPolicy::Level::Critical ? Incident::Severity::Critical
                                                                  : Incident::Severity::Major;
    i.start = alert.since.isValid() ? alert.since.toUTC() : QDateTime::currentDateTimeUtc();
    i.affectedServices = { QStringLiteral("postfix") };
    i.impact = queueImpact(queue);
    if (i.impact.isEmpty())
        i.impact
            = tr("The %1 queue alert reads %2.").arg(QueueAlertPolicy::ruleName(alert.rule)).arg(alert.value);
    return i;
}

} // namespace MailOps
