#pragma once

#include "incident/incident.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QTabWidget;

namespace MailOps {

class ActiveAlerts;
class CrashLoopBanner;
class DeferralReasonsTab;
class GatewayMonitor;
class GatewaySession;
class JournalStore;
class MalformedTab;
class PolicyMarkFeed;
class QueueAlertBanner;
class QueueDepthTab;
class QueueHistoryStore;
class QueueShapeTab;
class RejectsTab;
class ServiceCardView;
class ServiceListModel;
class SocketsTab;

// The Gateway monitor panel: the crash-loop and queue banners, a card per
// service, and one tab per view of the gateway (ui/monitor/). A container:
// it binds the pieces to the monitor of the current session, says in its
// status line what the pieces and the monitor report, and asks before a bulk
// action on what a filter selects. Nothing here blocks.
class GatewayMonitorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitorPanel)

public:
    explicit GatewayMonitorPanel(QWidget *parent = nullptr);
    ~GatewayMonitorPanel() override;

    // Shows and starts the session's monitor (not owned; null: nothing).
    void setSession(GatewaySession *session);
    // Where the charts read the policy changes they mark (not owned; null: none).
    void setJournal(JournalStore *journal);
    // Drops everything of the session shown and says the next one is loading.
    void showLoading(const QString &profileName);

    // The malformed and poison tab with that message selected (a link from
    // the Timeline or an alert).
    void showMessage(const QString &queueId);

    // The monitor shown; null between sessions.
    GatewayMonitor *monitor() const;
    // Its active alerts; null between sessions.
    ActiveAlerts *activeAlerts() const;
    QString alertText() const;
    QString queueText() const;
    QString statusText() const;
    QString queueAlertText() const;
    // The one line that says whether mail is moving, with its gateway and time.
    QString verdictText() const;

Q_SIGNALS:
    // For the system tray and the status bar: a crash loop or a queue alert
    // began or ended, or a suspect was held. critical: worth interrupting the
    // admin. What stays marked comes from activeAlerts(), not from this.
    void alert(const QString &title, const QString &text, bool critical);
    // The session shown changed (its alerts too).
    void sessionChanged();
    // The admin asked, beside a change a counter jumped after, to roll the
    // gateway back to `version` (through Policy history's confirmation).
    void rollbackRequested(qint64 version);
    // An alert's "Open an incident…", filled in from what the monitor saw.
    void incidentRequested(const MailOps::Incident &seed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void bind(GatewayMonitor *monitor);
    void updateVerdict();
    void paintVerdict();
    void onQueueCounts();
    void actOnFilter(QueueAction::Kind kind, const QueueFilter &filter);
    void onFilterMatched(const QueueFilter &filter, const QStringList &ids);
    void selectFiltered(const QueueFilter &filter);
    void setTabTitle(QWidget *tab, const QString &title);

    QPointer<GatewaySession> m_session;
    QPointer<GatewayMonitor> m_monitor;
    QueueHistoryStore *m_store;
    PolicyMarkFeed *m_marks;
    ServiceListModel *m_serviceModel;
    CrashLoopBanner *m_crashBanner;
    QueueAlertBanner *m_queueBanner;
    ServiceCardView *m_cards;
    QTableView *m_services;
    QLabel *m_loading;
    QLabel *m_verdict;
    int m_verdictLevel = 0; // DeliveryVerdict::Level
    QLabel *m_queueCounts;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QueueDepthTab *m_depthTab;
    MalformedTab *m_malformedTab;
    QueueShapeTab *m_shapeTab;
    DeferralReasonsTab *m_reasonsTab;
    RejectsTab *m_rejectsTab;
    SocketsTab *m_socketsTab;
    QHash<QString, QString> m_autoHeld; // queue id -> what the status line said
    bool m_statusIsServiceError = false;
    QueueAction::Kind m_pendingKind = QueueAction::Kind::Hold;
    bool m_selecting = false; // the filter asked for selects, rather than acts
};

} // namespace MailOps
