#pragma once

#include <QPointer>
#include <QWidget>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace MailOps {

class GatewayMonitor;
class ZoomableChartView;

// The Gateway monitor's queue-depth tab: each charted queue over the sampled
// history (QueueDepthSeries), fitted to the data unless the admin zoomed in.
class QueueDepthTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueDepthTab)

public:
    explicit QueueDepthTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);
    ZoomableChartView *chartView() const { return m_view; }

private:
    void redraw();
    void fit();

    QPointer<GatewayMonitor> m_monitor;
    ZoomableChartView *m_view;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
};

} // namespace MailOps
