#pragma once

#include "incident/incident.h"
#include "queue/queuealertpolicy.h"
#include "queue/queuesummary.h"
#include "services/crashloopalert.h"

#include <QCoreApplication>
#include <optional>

namespace MailOps {

// An incident filled in from what the console sees, for the admin to check
// and open: a crash loop or a queue alert becomes a title, a severity, the
// affected service and the impact so far, in words a notice can reuse.
class IncidentSeed final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::IncidentSeed)

public:
    static Incident fromCrashLoop(
        const CrashLoopAlert &alert, const QString &profile, const std::optional<QueueSummary> &queue = {});
    static Incident fromQueueAlert(const QueueAlertPolicy::Alert &alert, const QString &profile,
        const std::optional<QueueSummary> &queue = {});

private:
    static QString queueImpact(const std::optional<QueueSummary> &queue);
};

} // namespace MailOps
