#include "rejectstab.h"

#include "monitor/changemarkers.h"
#include "monitor/gatewaymonitor.h"
#include "monitor/rejectrateseries.h"
#include "monitorwidgets.h"
#include "zoomablechartview.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>

namespace MailOps {

RejectsTab::RejectsTab(QWidget *parent)
    : QWidget(parent)
{
    QChart *chart = MonitorWidgets::timeChart(tr("Rejects and tempfails per minute"), &m_time, &m_count);
    m_count->setTitleText(tr("per minute"));
    const QStringList names = RejectRateSeries::seriesNames();
    for (const QString &name : names)
        m_series << MonitorWidgets::addSeries(chart, name, m_time, m_count);
    m_view = new ZoomableChartView(chart, this);
    m_view->setObjectName(QStringLiteral("rejectChart"));
    m_markers = new ChangeMarkers(m_view, m_time, m_count, this);
    m_markers->setObjectName(QStringLiteral("rejectMarkers"));
    connect(m_markers, &ChangeMarkers::rollbackRequested, this, &RejectsTab::rollbackRequested);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rejectTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Reason or status"), tr("Count") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumWidth(280);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // The log may report many times a second (a busy tail over ssh); the
    // table and the day-long chart are redrawn at most twice a second.
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(500);
    connect(&m_redraw, &QTimer::timeout, this, &RejectsTab::redraw);
}

void RejectsTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_redraw.stop();
    m_monitor = monitor;
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    m_table->setRowCount(0);
    m_markers->setCounters({});
    if (!monitor)
        return;
    connect(monitor, &GatewayMonitor::countersUpdated, this, [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
    });
}

void RejectsTab::setMarkFeed(PolicyMarkFeed *feed)
{
    m_markers->setFeed(feed);
}

void RejectsTab::redraw()
{
    if (m_monitor)
        showCounters(m_monitor->counters(), RejectRateSeries::wallClockNow());
}

void RejectsTab::showCounters(const LogCounters &c, qint64 wallClockNow)
{
    const QList<std::pair<QString, qint64>> rows = RejectRateSeries::counterRows(c);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(QString::number(rows[r].second)));
    }

    RejectRateSeries series;
    series.update(c, wallClockNow);
    for (int i = 0; i < m_series.size() && i < series.points().size(); ++i) {
        m_series[i]->setPointsVisible(series.points()[i].size() < 30);
        m_series[i]->replace(series.points()[i]);
    }
    if (!series.isEmpty() && !m_view->isZoomed()) {
        const qint64 first = qint64(series.firstX());
        qint64 end = qint64(series.lastX()) + 60000;
        // A change made since the log's last line still shows.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ChangeImpact::Mark &m : m_markers->marks()) {
            if (m.timeMs >= end && m.timeMs <= now)
                end = m.timeMs + 60000;
        }
        MonitorWidgets::fitTimeAxis(m_time,
            QDateTime::fromMSecsSinceEpoch(end - first <= 60000 ? first - 600000 : first),
            QDateTime::fromMSecsSinceEpoch(end));
        m_count->setRange(0, series.maxCount());
        m_count->applyNiceNumbers();
    }
    m_markers->setCounters(series.impactCounters());
}

} // namespace MailOps
