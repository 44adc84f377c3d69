#pragma once

#include "queue/queueentry.h"
#include "queue/queuesummary.h"

#include <QDateTime>
#include <QMetaType>
#include <array>

namespace MailOps {

// The depth of each Postfix queue at one moment: what the queue history
// keeps, the chart draws and the alert policy judges. A plain value.
struct QueueDepthSample
{
    QDateTime at; // UTC
    std::array<qint64, QueueSummary::QueueCount> messages {}; // indexed by QueueEntry::Queue
    qint64 total = 0;

    qint64 count(QueueEntry::Queue queue) const { return messages[size_t(queue)]; }

    static QueueDepthSample fromSummary(const QueueSummary &summary, const QDateTime &at)
    {
        QueueDepthSample s;
        s.at = at.toUTC();
        for (int q = 0; q < QueueSummary::QueueCount; ++q)
            s.messages[size_t(q)] = summary.messages(QueueEntry::Queue(q));
        s.total = summary.messages();
        return s;
    }

    bool operator==(const QueueDepthSample &other) const = default;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::QueueDepthSample)
