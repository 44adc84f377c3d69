#include "queuedepthseries.h"

namespace MailOps {

QList<QueueEntry::Queue> QueueDepthSeries::charted()
{
    return { QueueEntry::Queue::Active, QueueEntry::Queue::Deferred, QueueEntry::Queue::Hold,
        QueueEntry::Queue::Incoming };
}

void QueueDepthSeries::setHistory(const QList<QueueDepthSample> &history)
{
    const QList<QueueEntry::Queue> queues = charted();
    m_points = QList<QList<QPointF>>(queues.size());
    m_fit = Fit();
    m_empty = history.isEmpty();
    if (m_empty)
        return;
    qint64 max = 1;
    for (int i = 0; i < queues.size(); ++i) {
        QList<QPointF> &line = m_points[i];
        line.reserve(history.size());
        for (const QueueDepthSample &s : history) {
            const qint64 count = s.count(queues[i]);
            line << QPointF(double(s.at.toMSecsSinceEpoch()), double(count));
            max = qMax(max, count);
        }
    }
    const QDateTime first = history.constFirst().at.toLocalTime();
    const QDateTime last = history.constLast().at.toLocalTime();
    m_fit.longSpan = first.secsTo(last) > 2 * 86400;
    // A lone sample gets a minute before it, so the line has room to show.
    m_fit.first = first == last ? first.addSecs(-60) : first;
    m_fit.last = last.addSecs(5);
    m_fit.maxCount = double(max) * 1.15 + 1;
}

QList<ChangeImpact::Counter> QueueDepthSeries::impactCounters() const
{
    const qsizetype deferred = charted().indexOf(QueueEntry::Queue::Deferred);
    if (deferred < 0 || deferred >= m_points.size())
        return {};
    return { { tr("the deferred queue"), ChangeImpact::Unit::Level, m_points[deferred] } };
}

} // namespace MailOps
