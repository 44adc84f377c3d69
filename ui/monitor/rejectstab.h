#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QDateTimeAxis;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace MailOps {

class GatewayMonitor;
class ZoomableChartView;

// The Gateway monitor's rejects-and-tempfails tab: the mail log's counters
// as a table and the last day per minute as a chart (RejectRateSeries).
class RejectsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsTab)

public:
    explicit RejectsTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);

private:
    void redraw();

    QPointer<GatewayMonitor> m_monitor;
    QTimer m_redraw;
    ZoomableChartView *m_view;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    QTableWidget *m_table;
};

} // namespace MailOps
