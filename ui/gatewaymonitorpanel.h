#pragma once

#include "gateway/gatewaymonitor.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QValueAxis;
class QDateTimeAxis;

namespace MailOps {

class QShapeModel;
class ServiceListModel;

// The Gateway monitor panel: services with their crash-loop alert and the
// poison-message suspect, queue depth over time, the queue by domain and
// age, grouped deferral reasons, and rejects and tempfails from the mail log.
// All data comes from a GatewayMonitor; nothing here blocks.
class GatewayMonitorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitorPanel)

public:
    explicit GatewayMonitorPanel(QWidget *parent = nullptr);

    void setProfile(const GatewayProfile &profile);
    GatewayMonitor *monitor() { return &m_monitor; }
    QString alertText() const;
    QString queueText() const;

Q_SIGNALS:
    // For the system tray and the window: a crash loop began or ended.
    void alert(const QString &title, const QString &text);

private:
    void onServices(const ServiceStatusList &services);
    void onAlert(const CrashLoopAlert &alert, const QStringList &suspects);
    void onQueue(const QueueSummary &summary);
    void onCounters();
    void holdSuspect();

    GatewayMonitor m_monitor;
    ServiceListModel *m_serviceModel;
    QShapeModel *m_shapeModel;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_holdButton;
    QStringList m_suspects;
    QTableView *m_services;
    QLabel *m_queueCounts;
    QLabel *m_status;
    QChartView *m_chartView;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QTreeWidget *m_reasons;
    QTableWidget *m_rejects;
};

} // namespace MailOps
