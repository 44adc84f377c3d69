#pragma once

#include "maillog/logcounters.h"
#include "monitor/changeimpact.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <utility>

namespace MailOps {

// What the rejects-and-tempfails tab shows from the mail-log counters: the
// table of totals (by reject class and DSN code) and, for the last day, one
// point a minute per line (tempfails, bounces, then each reject class), with
// quiet minutes as zeros rather than gaps so a lone burst still draws.
// A plain value; cannot fail.
class RejectRateSeries final
{
    Q_DECLARE_TR_FUNCTIONS(RejectRateSeries)

public:
    // The lines, in the order points() holds them.
    static QStringList seriesNames();
    // "received" 120, "  rejected: rbl" 4, "  DSN 4.7.1" 2, ...
    static QList<std::pair<QString, qint64>> counterRows(const LogCounters &counters);

    // x: milliseconds since the epoch of the minute read as local time (the
    // log's wall clock, where the axis shows it); y: events that minute.
    // `wallClockNow`: now on the log's wall clock counted as if it were UTC.
    void update(const LogCounters &counters, qint64 wallClockNow);
    static qint64 wallClockNow();

    const QList<QList<QPointF>> &points() const { return m_points; }
    bool isEmpty() const { return m_points.isEmpty() || m_points.constFirst().isEmpty(); }
    // Valid only when not empty.
    double firstX() const { return m_firstX; }
    double lastX() const { return m_lastX; }
    double maxCount() const { return m_max; } // with headroom
    // The same minutes as the counters a policy change is judged by:
    // "tempfails" (every 4xx: refusals and deferrals), "rejects" (every
    // refusal) and "bounces".
    const QList<ChangeImpact::Counter> &impactCounters() const { return m_impact; }

private:
    QList<QList<QPointF>> m_points;
    QList<ChangeImpact::Counter> m_impact;
    double m_firstX = 0;
    double m_lastX = 0;
    double m_max = 1;
};

} // namespace MailOps
