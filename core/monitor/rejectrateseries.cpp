#include "rejectrateseries.h"

#include "maillog/maillogparser.h"

#include <QDateTime>
#include <QTimeZone>

namespace MailOps {

namespace {
QString className(int k)
{
    return QString::fromLatin1(MailLogParser::rejectClassName(MailLogEvent::RejectClass(k)));
}

double toX(qint64 wallClock)
{
    // Minute::start is the log's wall-clock time counted as if it were UTC;
    // read back as local time it lands where the axis shows it.
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(wallClock, QTimeZone::utc());
    return double(QDateTime(utc.date(), utc.time()).toMSecsSinceEpoch());
}
} // namespace

QStringList RejectRateSeries::seriesNames()
{
    QStringList names { tr("tempfail"), tr("bounced") };
    for (int k = 1; k < MailLogEvent::RejectClassCount; ++k)
        names << tr("reject %1").arg(className(k));
    return names;
}

QList<std::pair<QString, qint64>> RejectRateSeries::counterRows(const LogCounters &c)
{
    QList<std::pair<QString, qint64>> rows = {
        { tr("received"), c.totals().received },
        { tr("delivered"), c.totals().delivered },
        { tr("deferred (tempfail)"), c.totals().deferrals },
        { tr("bounced"), c.totals().bounced },
        { tr("rejected"), c.totals().rejected },
    };
    for (int k = 1; k < MailLogEvent::RejectClassCount; ++k)
        rows << std::pair { tr("  rejected: %1").arg(className(k)), c.rejectsByClass()[k] };
    const auto dsn = c.dsnTotals();
    for (auto it = dsn.cbegin(); it != dsn.cend(); ++it)
        rows << std::pair { tr("  DSN %1").arg(QString::fromLatin1(it.key())), it.value() };
    return rows;
}

qint64 RejectRateSeries::wallClockNow()
{
    const QDateTime local = QDateTime::currentDateTime();
    return QDateTime(local.date(), local.time(), QTimeZone::utc()).toSecsSinceEpoch();
}

void RejectRateSeries::update(const LogCounters &c, qint64 now)
{
    const int lines = 2 + MailLogEvent::RejectClassCount - 1;
    m_points = QList<QList<QPointF>>(lines);
    m_impact = {
        { tr("tempfails"), ChangeImpact::Unit::PerMinute, {} },
        { tr("rejects"), ChangeImpact::Unit::PerMinute, {} },
        { tr("bounces"), ChangeImpact::Unit::PerMinute, {} },
    };
    qint64 max = 1;
    const QList<LogCounters::Minute> minutes = c.minutesSince(now - 86400);
    qint64 expected = minutes.isEmpty() ? 0 : minutes.constFirst().start;
    for (const LogCounters::Minute &m : minutes) {
        for (; expected < m.start && m.start - expected <= 86400; expected += 60) {
            for (QList<QPointF> &p : m_points)
                p << QPointF(toX(expected), 0);
            for (ChangeImpact::Counter &i : m_impact)
                i.points << QPointF(toX(expected), 0);
        }
        expected = m.start + 60;
        QList<qint64> values { m.deferred, m.bounced };
        for (int k = 1; k < MailLogEvent::RejectClassCount; ++k)
            values << m.rejectsByClass[k];
        for (int i = 0; i < values.size() && i < m_points.size(); ++i) {
            m_points[i] << QPointF(toX(m.start), double(values[i]));
            max = qMax(max, values[i]);
        }
        qint64 tempfails = 0;
        for (auto it = m.byDsn.cbegin(); it != m.byDsn.cend(); ++it) {
            if (it.key().startsWith('4'))
                tempfails += it.value();
        }
        const double x = toX(m.start);
        m_impact[0].points << QPointF(x, double(tempfails));
        m_impact[1].points << QPointF(x, double(m.rejected));
        m_impact[2].points << QPointF(x, double(m.bounced));
    }
    m_max = double(max) * 1.15 + 1;
    if (!isEmpty()) {
        m_firstX = m_points[0].constFirst().x();
        m_lastX = m_points[0].constLast().x();
    }
}

} // namespace MailOps
