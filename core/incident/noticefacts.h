#pragma once

#include "incident/incident.h"
#include "journal/journalevent.h"
#include "queue/queuedepthsample.h"
#include "queue/queuesummary.h"
#include "services/servicestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <optional>

namespace MailOps {

// The values a notice template's placeholders take, made from what the
// console knows now: the incident, the journal since it began (crash loops,
// suspects held, queue alerts, policy applies and rollbacks), the services,
// the queue and its recent depth. A plain function of plain inputs; every
// name of names() gets a value, empty when there is nothing to say, so a
// template's {{#name}} sections decide what is said.
class NoticeFacts final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeFacts)

public:
    struct Inputs
    {
        Incident incident;
        JournalEventList events; // any order; those before the start are ignored
        ServiceStatusList services;
        std::optional<QueueSummary> queue;
        QList<QueueDepthSample> depth; // any order
        // The oldest deferred message's arrival, when the caller has the
        // listing; else the queue's oldest message stands in.
        QDateTime oldestDeferred;
        QDateTime now; // invalid: the current time
        QTimeZone zone = QTimeZone::systemTimeZone(); // times are written in it
        int growthWindowMinutes = 15;
    };

    static const QSet<QString> &names();
    static QHash<QString, QString> build(const Inputs &inputs);

    // "09:12 UTC", with the date in front when it is not `now`'s day.
    static QString formatTime(const QDateTime &t, const QDateTime &now, const QTimeZone &zone);
    // "1 h 25 min", "40 min".
    static QString formatDuration(qint64 seconds);
};

} // namespace MailOps
