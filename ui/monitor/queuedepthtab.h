#pragma once

#include <QPointer>
#include <QWidget>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace MailOps {

class ChangeMarkers;
class GatewayMonitor;
class PolicyMarkFeed;
class ZoomableChartView;

// The Gateway monitor's queue-depth tab: each charted queue over the sampled
// history (QueueDepthSeries), fitted to the data unless the admin zoomed in,
// with the policy changes marked on it and a jump of the deferred queue after
// one said beside it.
class QueueDepthTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueDepthTab)

public:
    explicit QueueDepthTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);
    void setMarkFeed(PolicyMarkFeed *feed);
    ZoomableChartView *chartView() const { return m_view; }
    ChangeMarkers *markers() const { return m_markers; }

Q_SIGNALS:
    // From a jump's button beside a policy change.
    void rollbackRequested(qint64 version);

private:
    void redraw();
    void fit();

    QPointer<GatewayMonitor> m_monitor;
    ZoomableChartView *m_view;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    ChangeMarkers *m_markers;
};

} // namespace MailOps
