#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QDateTimeAxis;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace MailOps {

class ChangeMarkers;
class GatewayMonitor;
class LogCounters;
class PolicyMarkFeed;
class ZoomableChartView;

// The Gateway monitor's rejects-and-tempfails tab: the mail log's counters
// as a table and the last day per minute as a chart (RejectRateSeries), with
// the policy changes marked on it and a jump after one said beside it.
class RejectsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsTab)

public:
    explicit RejectsTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);
    void setMarkFeed(PolicyMarkFeed *feed);
    // Draws these counters, `wallClockNow` on the log's wall clock (see
    // RejectRateSeries::update); the monitor's own are drawn as they change.
    void showCounters(const LogCounters &counters, qint64 wallClockNow);

    ChangeMarkers *markers() const { return m_markers; }

Q_SIGNALS:
    // From a jump's button beside a policy change.
    void rollbackRequested(qint64 version);

private:
    void redraw();

    QPointer<GatewayMonitor> m_monitor;
    QTimer m_redraw;
    ZoomableChartView *m_view;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    ChangeMarkers *m_markers;
    QTableWidget *m_table;
};

} // namespace MailOps
