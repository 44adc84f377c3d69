#pragma once

#include "monitor/gatewaymonitor.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineSeries;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QValueAxis;
class QDateTimeAxis;

namespace MailOps {

class ListeningSocketModel;
class QueueHistoryStore;
class MessageInspector;
class QShapeModel;
class ScannedMessageModel;
class ServiceCardView;
class ServiceListModel;
class ZoomableChartView;

// The Gateway monitor panel: a card per service with its crash-loop alert
// and the poison-message suspect, queue depth over time, the malformed and
// poison messages with a raw viewer and queue actions, the queue by domain
// and age, grouped deferral reasons, rejects and tempfails over time, and the
// listening sockets. All data comes from a GatewayMonitor; nothing here
// blocks, and destructive actions are confirmed with their real size.
class GatewayMonitorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitorPanel)

public:
    explicit GatewayMonitorPanel(QWidget *parent = nullptr);
    ~GatewayMonitorPanel() override;

    void setProfile(const GatewayProfile &profile);
    GatewayMonitor *monitor() { return &m_monitor; }
    QString alertText() const;
    QString queueText() const;
    QString statusText() const;
    QString queueAlertText() const;

Q_SIGNALS:
    // For the system tray and the window: a crash loop or a queue alert began
    // or ended. critical: worth interrupting the admin.
    void alert(const QString &title, const QString &text, bool critical);

private:
    void onServices(const ServiceStatusList &services);
    void onAlert(const CrashLoopAlert &alert, const QStringList &suspects);
    void onSuspectsChecked(const QString &service, const ScannedMessageList &suspects);
    void onQueue(const QueueSummary &summary);
    void onQueueAlert(const QueueAlertPolicy::Transition &transition);
    void onCounters();
    void onSockets();
    void onScan(const Result<QueueScanResult> &result);
    void holdSuspect();
    void showSelectedMessage();
    void actOnSelection(QueueAction::Kind kind);
    void actOnFilter(QueueAction::Kind kind, const QueueFilter &filter);
    void onFilterMatched(const QueueFilter &filter, const QStringList &ids);
    bool confirm(QueueAction::Kind kind, qint64 count, const QueueFilter *filter);
    void exportSelected();
    void domainMenu(const QPoint &pos);
    void reasonMenu(const QPoint &pos);
    void fitQueueChart();
    QStringList selectedIds() const;
    QWidget *buildMalformedTab();
    ZoomableChartView *buildRejectChart();

    GatewayMonitor m_monitor;
    ServiceListModel *m_serviceModel;
    QShapeModel *m_shapeModel;
    ScannedMessageModel *m_scanModel;
    QSortFilterProxyModel *m_scanProxy;
    ListeningSocketModel *m_socketModel;
    QueueHistoryStore *m_store;
    QLabel *m_queueBanner;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_holdButton;
    QStringList m_suspects;
    QHash<QString, QString> m_autoHeld; // queue id -> what the status line said
    QSet<QString> m_held; // held from this panel
    bool m_statusIsServiceError = false;
    QTimer m_countersRedraw;
    ServiceCardView *m_cards;
    QTableView *m_services;
    QLabel *m_queueCounts;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ZoomableChartView *m_chartView;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    ZoomableChartView *m_rejectView;
    QList<QLineSeries *> m_rejectSeries;
    QDateTimeAxis *m_rejectTime;
    QValueAxis *m_rejectCount;
    QTreeWidget *m_reasons;
    QTableView *m_shape;
    QTableWidget *m_rejects;
    QTableView *m_sockets;
    QLabel *m_socketSummary;
    QTableView *m_scanTable;
    MessageInspector *m_inspector;
    QLabel *m_scanStatus;
    QPushButton *m_scanButton;
    QList<QPushButton *> m_actionButtons;
    QFutureWatcher<Result<QByteArray>> m_rawWatcher;
    QueueAction::Kind m_pendingKind = QueueAction::Kind::Hold;
};

} // namespace MailOps
