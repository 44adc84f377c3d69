#include "queuedepthtab.h"

#include "monitor/changemarkers.h"
#include "monitor/gatewaymonitor.h"
#include "monitor/queuedepthseries.h"
#include "monitorwidgets.h"
#include "zoomablechartview.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace MailOps {

QueueDepthTab::QueueDepthTab(QWidget *parent)
    : QWidget(parent)
{
    QChart *chart = MonitorWidgets::timeChart(tr("Queue depth"), &m_time, &m_count);
    m_count->setTitleText(tr("messages"));
    const QList<QueueEntry::Queue> queues = QueueDepthSeries::charted();
    for (const QueueEntry::Queue q : queues)
        m_series << MonitorWidgets::addSeries(chart, QueueEntry::nameOfQueue(q), m_time, m_count);
    m_view = new ZoomableChartView(chart, this);
    m_view->setObjectName(QStringLiteral("queueChart"));
    m_markers = new ChangeMarkers(m_view, m_time, m_count, this);
    m_markers->setObjectName(QStringLiteral("queueMarkers"));
    connect(m_markers, &ChangeMarkers::rollbackRequested, this, &QueueDepthTab::rollbackRequested);
    connect(m_view, &ZoomableChartView::zoomChanged, this, [this](bool zoomed) {
        if (!zoomed)
            fit();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void QueueDepthTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    m_markers->setCounters({});
    if (!monitor)
        return;
    connect(monitor, &GatewayMonitor::queueSampled, this, &QueueDepthTab::redraw);
    // The last day read back from the history store shows before the first sample.
    if (!monitor->queueHistory().isEmpty())
        redraw();
}

void QueueDepthTab::setMarkFeed(PolicyMarkFeed *feed)
{
    m_markers->setFeed(feed);
}

void QueueDepthTab::redraw()
{
    if (!m_monitor)
        return;
    const QueueDepthSeries series(m_monitor->queueHistory());
    m_markers->setCounters(series.impactCounters());
    for (int i = 0; i < m_series.size() && i < series.points().size(); ++i) {
        // A line needs two samples; the first ones show as points.
        m_series[i]->setPointsVisible(series.points()[i].size() < 30);
        m_series[i]->replace(series.points()[i]);
    }
    // A zoomed chart keeps the range the admin is reading.
    if (!m_view->isZoomed())
        fit();
}

void QueueDepthTab::fit()
{
    if (!m_monitor)
        return;
    const QueueDepthSeries series(m_monitor->queueHistory());
    if (series.isEmpty())
        return;
    const QueueDepthSeries::Fit f = series.fit();
    MonitorWidgets::fitTimeAxis(m_time, f.first, f.last);
    m_count->setRange(0, f.maxCount);
    m_count->applyNiceNumbers();
}

} // namespace MailOps
