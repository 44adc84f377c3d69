#pragma once

#include "profileeditordialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace MailOps {

class AppContext;
class DiagnosticsPanel;
class PolicyHistoryPanel;
class StatusBroadcastPanel;
class GatewayMonitorPanel;
class GatewaySession;
class GatewayStatusWidget;
class TimelinePanel;
struct JournalEvent;

class ProfileListModel;
class ProfileStore;

// The console's window: the five panels behind a sidebar, the gateway
// profile switcher and the status bar that says whether the gateway answers.
// The application context comes in through the constructor; the window
// hands its current session to the panels (the monitor panel shows the
// session's GatewayMonitor) and marks the sidebar and the tray with the
// worst of the monitor's active alerts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Whether closing saves the panel, size and place for the next start
    // (default on; off for a window driven from the command line).
    void setRemembersLayout(bool on) { m_remembersLayout = on; }
    enum Panel
    {
        GatewayMonitor,
        Diagnostics,
        PolicyHistory,
        StatusBroadcast,
        Timeline,
        PanelCount
    };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPanel() const;
    QWidget *panel(int index) const;
    ProfileEditorDialog *profileEditor() const { return m_profileEditor; }
    GatewayStatusWidget *gatewayStatus() const { return m_status; }
    DiagnosticsPanel *diagnostics() const { return m_diagnostics; }
    GatewayMonitorPanel *monitorPanel() const { return m_monitor; }
    TimelinePanel *timeline() const { return m_timeline; }
    PolicyHistoryPanel *policyPanel() const { return m_policy; }
    StatusBroadcastPanel *broadcastPanel() const { return m_broadcast; }

    // Shown in a bar above the panels, e.g. what was wrong with the settings.
    void showWarning(const QString &text);
    // The last alert shown in the status bar and the system tray.
    QString lastAlert() const { return m_lastAlert; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

public Q_SLOTS:
    void showPanel(int index);
    void showProfileEditor();
    void diagnose(const QString &domain);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createTray();
    void showAlert(const QString &title, const QString &text, bool critical);
    void followSession();
    void updateAlertMark();
    void onCurrentProfileChanged();
    void showShortcuts();
    void showAbout();
    void openJournalEvent(const JournalEvent &event);

    AppContext *m_context;
    ProfileStore *m_profiles;
    ProfileListModel *m_profileModel;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QComboBox *m_profileCombo;
    GatewayStatusWidget *m_status;
    QLabel *m_warning;
    QWidget *m_warningBar;
    QActionGroup *m_themeGroup = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    GatewayMonitorPanel *m_monitor = nullptr;
    TimelinePanel *m_timeline = nullptr;
    PolicyHistoryPanel *m_policy = nullptr;
    StatusBroadcastPanel *m_broadcast = nullptr;
    QPointer<ProfileEditorDialog> m_profileEditor;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastAlert;
    // The last notice was critical; the active alerts say more once they change.
    bool m_criticalNotice = false;
    bool m_remembersLayout = true;
};

} // namespace MailOps
