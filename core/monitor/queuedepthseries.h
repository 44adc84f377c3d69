#pragma once

#include "monitor/changeimpact.h"
#include "queue/queuedepthsample.h"
#include "queue/queueentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>

namespace MailOps {

// What the queue-depth chart draws from the sampled history: one line of
// points per charted queue (x: milliseconds since the epoch, y: messages)
// and the range that fits them all. A plain value; cannot fail.
class QueueDepthSeries final
{
    Q_DECLARE_TR_FUNCTIONS(QueueDepthSeries)

public:
    // The queues charted, in the order an admin reads them.
    static QList<QueueEntry::Queue> charted();

    struct Fit
    {
        QDateTime first; // local time, as the axis shows it
        QDateTime last;
        double maxCount = 0; // top of the count axis, with headroom
        bool longSpan = false; // over two days: the axis shows dates too
    };

    QueueDepthSeries() = default;
    explicit QueueDepthSeries(const QList<QueueDepthSample> &history) { setHistory(history); }

    void setHistory(const QList<QueueDepthSample> &history);
    // points()[i] is the line of charted()[i].
    const QList<QList<QPointF>> &points() const { return m_points; }
    bool isEmpty() const { return m_empty; }
    // Unset (first invalid) for an empty history.
    Fit fit() const { return m_fit; }
    // The level a policy change is judged by here: the deferred queue.
    QList<ChangeImpact::Counter> impactCounters() const;

private:
    QList<QList<QPointF>> m_points;
    Fit m_fit;
    bool m_empty = true;
};

} // namespace MailOps
