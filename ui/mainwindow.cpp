#include "mainwindow.h"

#include "broadcast/statusbroadcastpanel.h"
#include "diagnosticspanel.h"
#include "gatewaymonitorpanel.h"
#include "gatewaystatuswidget.h"
#include "monitor/activealerts.h"
#include "policy/policyhistorypanel.h"
#include "policyrollbackroute.h"
#include "profileeditordialog.h"
#include "session/appcontext.h"
#include "session/gatewaysession.h"
#include "settings/profilelistmodel.h"
#include "settings/profilestore.h"
#include "theme.h"
#include "timeline/timelinepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// Resources of a static library are not registered by themselves.
static void initUiResources()
{
    Q_INIT_RESOURCE(mailops);
}

namespace MailOps {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_profiles(context->profiles())
    , m_profileModel(new ProfileListModel(m_profiles, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_profileCombo(new QComboBox(this))
    , m_status(new GatewayStatusWidget(this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MailOps Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailops.svg")));

    m_sidebar->setObjectName(QStringLiteral("panelList"));
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(190);
    m_stack->setObjectName(QStringLiteral("panelStack"));

    // A warning bar (hidden until needed) rather than a modal box: at 3 a.m.
    // the admin must still reach the panels while reading it.
    m_warningBar = new QWidget(this);
    m_warningBar->setObjectName(QStringLiteral("warningBar"));
    m_warningBar->setAutoFillBackground(true);
    m_warningBar->setStyleSheet(
        QStringLiteral("#warningBar { background: #fff4ce; } #warningBar QLabel { color: #5c4400; }"));
    m_warning = new QLabel(m_warningBar);
    m_warning->setObjectName(QStringLiteral("warningText"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_warningBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_warningBar, &QWidget::hide);
    auto *warningLayout = new QHBoxLayout(m_warningBar);
    warningLayout->setContentsMargins(10, 6, 6, 6);
    warningLayout->addWidget(m_warning, 1);
    warningLayout->addWidget(dismiss);
    m_warningBar->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_warningBar);
    rightLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    createPanels();
    createActions();
    createTray();

    statusBar()->addPermanentWidget(m_status);
    connect(m_profiles, &ProfileStore::currentChanged, this, &MainWindow::onCurrentProfileChanged);
    // The monitor panel lets go of the old session before it is deleted, and
    // says which gateway it is loading until the new one is there.
    connect(m_context, &AppContext::sessionAboutToEnd, this, [this] {
        m_monitor->showLoading(m_profiles->current().name);
        m_diagnostics->setSession(nullptr);
        m_diagnostics->showLoading(m_profiles->current().name);
        m_policy->showLoading(m_profiles->current().name);
        m_broadcast->showLoading(m_profiles->current().name);
    });
    connect(m_context, &AppContext::sessionStarted, this, [this](GatewaySession *session) {
        m_monitor->setSession(session);
        m_diagnostics->setSession(session);
        m_policy->setSession(session);
        m_broadcast->setSession(session);
    });
    connect(m_monitor, &GatewayMonitorPanel::sessionChanged, this, &MainWindow::followSession);
    m_monitor->setSession(m_context->session());
    m_diagnostics->setSession(m_context->session());
    m_policy->setSession(m_context->session());
    m_broadcast->setSession(m_context->session());
    onCurrentProfileChanged();
    if (!m_profiles->loadWarnings().isEmpty())
        showWarning(m_profiles->loadWarnings().join(QLatin1Char('\n')));

    QSettings settings;
    // The client rectangle, not saveGeometry()'s frame: restored before the
    // window manager has framed the window, a frame position comes back a
    // title bar lower at every start.
    const QRect rect = settings.value(QStringLiteral("window/rect")).toRect();
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (rect.isValid() && rect.width() >= 640 && rect.height() >= 400
        && (!screen || screen->availableVirtualGeometry().intersects(rect)))
        setGeometry(rect);
    else
        resize(1180, 760);
    if (settings.value(QStringLiteral("window/maximized")).toBool())
        setWindowState(windowState() | Qt::WindowMaximized);
    showPanel(qBound(0, settings.value(QStringLiteral("window/panel"), 0).toInt(), PanelCount - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    struct Def
    {
        QString title;
        QString icon;
    };
    const Def defs[PanelCount] = {
        { tr("Gateway monitor"), QStringLiteral("monitor") },
        { tr("Diagnostics"), QStringLiteral("diagnostics") },
        { tr("Policy history"), QStringLiteral("policy") },
        { tr("Status broadcast"), QStringLiteral("broadcast") },
        { tr("Timeline"), QStringLiteral("timeline") },
    };
    for (int i = 0; i < PanelCount; ++i) {
        const Def &d = defs[i];
        auto *item
            = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(d.icon)), d.title, m_sidebar);
        item->setSizeHint(QSize(180, 44));
        item->setData(Qt::UserRole, d.title);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(d.title).arg(i + 1));
        QWidget *page = nullptr;
        if (i == Diagnostics) {
            m_diagnostics = new DiagnosticsPanel(m_stack);
            page = m_diagnostics;
        } else if (i == GatewayMonitor) {
            m_monitor = new GatewayMonitorPanel(m_stack);
            connect(m_monitor, &GatewayMonitorPanel::alert, this, &MainWindow::showAlert);
            m_monitor->setJournal(m_context->journalStore());
            // A jump beside a chart's policy mark goes to Policy history's
            // own rollback and its confirmation.
            connect(m_monitor, &GatewayMonitorPanel::rollbackRequested, this, [this](qint64 version) {
                showPanel(PolicyHistory);
                GatewaySession *session = m_context->session();
                auto *route = PolicyRollbackRoute::ask(
                    m_policy, session ? session->policyHistory() : nullptr, version);
                connect(route, &PolicyRollbackRoute::failed, this,
                    [this](const QString &why) { statusBar()->showMessage(why, 15000); });
            });
            page = m_monitor;
        } else if (i == PolicyHistory) {
            m_policy = new PolicyHistoryPanel(m_stack);
            page = m_policy;
        } else if (i == StatusBroadcast) {
            m_broadcast = new StatusBroadcastPanel(m_context->journalStore(), QString(), m_stack);
            connect(m_broadcast, &StatusBroadcastPanel::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
            connect(m_broadcast, &StatusBroadcastPanel::updateDue, this,
                [this](const QString &title, const QString &text) { showAlert(title, text, false); });
            // An alert's "open an incident" comes here, filled in.
            connect(m_monitor, &GatewayMonitorPanel::incidentRequested, this, [this](const Incident &seed) {
                showPanel(StatusBroadcast);
                m_broadcast->proposeIncident(seed);
            });
            page = m_broadcast;
            connect(m_broadcast, &StatusBroadcastPanel::timelineRequested, this,
                [this](const Incident &incident) {
                    showPanel(Timeline);
                    m_timeline->showIncident(incident);
                });
        } else if (i == Timeline) {
            m_timeline = new TimelinePanel(m_context->journalStore(), m_stack);
            connect(m_timeline, &TimelinePanel::openRequested, this, &MainWindow::openJournalEvent);
            connect(m_timeline, &TimelinePanel::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
            page = m_timeline;
        }
        page->setObjectName(QStringLiteral("panel_%1").arg(d.icon));
        m_stack->addWidget(page);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void MainWindow::openJournalEvent(const JournalEvent &event)
{
    // An event of another gateway is shown on that gateway.
    if (!event.profile.isEmpty() && event.profile != m_profiles->current().name) {
        const int index = m_profiles->indexOf(event.profile);
        if (index < 0) {
            statusBar()->showMessage(
                tr("There is no gateway profile named \"%1\" any more.").arg(event.profile), 15000);
            return;
        }
        m_profiles->setCurrentIndex(index);
    }
    if (event.module() == QLatin1String("policy")) {
        showPanel(PolicyHistory);
        if (event.subject.startsWith(QLatin1String("version:")))
            m_policy->selectVersion(event.subject.mid(8).toLongLong());
        return;
    }
    if (event.module() == QLatin1String("incident")) {
        showPanel(StatusBroadcast);
        m_broadcast->selectIncident(event.payload.value(QStringLiteral("incident")).toInteger());
        return;
    }
    if (event.module() == QLatin1String("diagnostics")) {
        const QString domain = event.payload.value(QStringLiteral("domain")).toString();
        if (domain.isEmpty())
            showPanel(Diagnostics);
        else
            diagnose(domain);
        return;
    }
    showPanel(GatewayMonitor);
    if (event.subject.startsWith(QLatin1String("queue:")))
        m_monitor->showMessage(event.subject.mid(6));
}

void MainWindow::createTray()
{
    // Without a tray (a bare X server, some Wayland desktops) alerts still
    // reach the status bar and the task bar.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("MailOps Console"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPanel(GatewayMonitor);
    });
    m_tray->show();
}

void MainWindow::showAlert(const QString &title, const QString &text, bool critical)
{
    m_lastAlert = title + QStringLiteral(": ") + text;
    statusBar()->showMessage(m_lastAlert, critical ? 0 : 30000);
    if (m_tray)
        m_tray->showMessage(
            title, text, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 15000);
    if (critical)
        QApplication::alert(this);
    m_criticalNotice = critical;
    updateAlertMark();
}

void MainWindow::followSession()
{
    m_criticalNotice = false;
    if (ActiveAlerts *alerts = m_monitor->activeAlerts()) {
        connect(alerts, &ActiveAlerts::changed, this, [this] {
            m_criticalNotice = false;
            updateAlertMark();
        });
    }
    updateAlertMark();
}

void MainWindow::updateAlertMark()
{
    // The mark shows the worst alert still active: a lesser notice or the
    // end of one alert never takes away the mark of a worse one still on.
    const ActiveAlerts *alerts = m_monitor ? m_monitor->activeAlerts() : nullptr;
    const ActiveAlerts::Severity worst = alerts ? alerts->worstSeverity() : ActiveAlerts::Severity::Info;
    QListWidgetItem *item = m_sidebar->item(GatewayMonitor);
    if (!item)
        return;
    if (worst == ActiveAlerts::Severity::Critical || m_criticalNotice)
        item->setForeground(Theme::colour(Theme::Severity::Critical, m_sidebar->palette()));
    else if (worst == ActiveAlerts::Severity::Warning)
        item->setForeground(Theme::colour(Theme::Severity::Warning, m_sidebar->palette()));
    else
        item->setData(Qt::ForegroundRole, QVariant());
    // The status bar says what the banner says: an alert it shows follows
    // the alert's later reports (its count), rather than its first one.
    if (const std::optional<ActiveAlerts::Alert> top = alerts ? alerts->worst() : std::nullopt; top
        && !m_lastAlert.isEmpty() && statusBar()->currentMessage() == m_lastAlert
        && m_lastAlert.startsWith(top->title + QStringLiteral(": "))) {
        m_lastAlert = top->title + QStringLiteral(": ") + top->text;
        statusBar()->showMessage(m_lastAlert);
    }
    if (m_tray) {
        const std::optional<ActiveAlerts::Alert> top = alerts ? alerts->worst() : std::nullopt;
        m_tray->setToolTip(top ? tr("MailOps Console: %1").arg(top->title) : tr("MailOps Console"));
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *profilesAction
        = file->addAction(QIcon(QStringLiteral(":/icons/mailops.svg")), tr("Gateway &profiles…"));
    profilesAction->setObjectName(QStringLiteral("actionProfiles"));
    profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(profilesAction, &QAction::triggered, this, &MainWindow::showProfileEditor);
    QAction *checkAction = file->addAction(tr("&Check gateway now"));
    checkAction->setObjectName(QStringLiteral("actionCheckGateway"));
    checkAction->setShortcut(QKeySequence::Refresh);
    connect(checkAction, &QAction::triggered, m_status, &GatewayStatusWidget::checkNow);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PanelCount; ++i) {
        QAction *a
            = view->addAction(m_sidebar->item(i)->icon(), m_sidebar->item(i)->data(Qt::UserRole).toString());
        a->setObjectName(QStringLiteral("actionPanel%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPanel(i); });
    }
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QString savedTheme
        = QSettings().value(QStringLiteral("window/theme"), QStringLiteral("system")).toString();
    const std::pair<Theme::Mode, QString> themes[] = {
        { Theme::Mode::System, tr("&System") },
        { Theme::Mode::Light, tr("&Light") },
        { Theme::Mode::Dark, tr("&Dark") },
    };
    for (const auto &[mode, label] : themes) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setData(Theme::name(mode));
        a->setObjectName(QStringLiteral("actionTheme_%1").arg(Theme::name(mode)));
        a->setChecked(Theme::name(mode) == savedTheme);
        m_themeGroup->addAction(a);
    }
    QAction *toggleDark = view->addAction(tr("Toggle &dark mode"));
    toggleDark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(toggleDark, &QAction::triggered, this, [this] {
        const bool dark
            = m_themeGroup->checkedAction() && m_themeGroup->checkedAction()->data() == QLatin1String("dark");
        const QString target = dark ? QStringLiteral("light") : QStringLiteral("dark");
        for (QAction *a : m_themeGroup->actions()) {
            if (a->data() == target)
                a->trigger();
        }
    });
    connect(m_themeGroup, &QActionGroup::triggered, this, [](QAction *a) {
        Theme::apply(Theme::fromName(a->data().toString()));
        QSettings().setValue(QStringLiteral("window/theme"), a->data().toString());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About MailOps Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Gateway"));
    bar->setObjectName(QStringLiteral("gatewayToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Gateway: "), bar));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(m_profileModel);
    m_profileCombo->setModelColumn(ProfileListModel::Name);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumWidth(200);
    m_profileCombo->setToolTip(tr("The gateway every panel looks at"));
    bar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, m_profiles, &ProfileStore::setCurrentIndex);
    bar->addAction(profilesAction);
    bar->addAction(checkAction);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

int MainWindow::currentPanel() const
{
    return m_stack->currentIndex();
}

QWidget *MainWindow::panel(int index) const
{
    return m_stack->widget(index);
}

void MainWindow::showPanel(int index)
{
    if (index < 0 || index >= PanelCount)
        return;
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

void MainWindow::diagnose(const QString &domain)
{
    showPanel(Diagnostics);
    m_diagnostics->setDomain(domain);
    m_diagnostics->startRun();
}

void MainWindow::showWarning(const QString &text)
{
    m_warning->setText(text);
    m_warningBar->setVisible(!text.isEmpty());
}

void MainWindow::showProfileEditor()
{
    if (!m_profileEditor) {
        m_profileEditor = new ProfileEditorDialog(m_profiles, this);
        m_profileEditor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profileEditor->show();
    m_profileEditor->raise();
    m_profileEditor->activateWindow();
}

void MainWindow::onCurrentProfileChanged()
{
    const int index = m_profiles->currentIndex();
    m_profileCombo->setCurrentIndex(index);
    const GatewayProfile p = m_profiles->current();
    // "Lab gateway — MailOps Console": the platform adds the second half.
    setWindowTitle(p.name);
    m_status->setProfile(p);
}

void MainWindow::showShortcuts()
{
    QString rows;
    const auto addRow = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (int i = 0; i < PanelCount; ++i)
        addRow(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText),
            m_sidebar->item(i)->data(Qt::UserRole).toString());
    addRow(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText), tr("Gateway profiles"));
    addRow(
        QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText), tr("Check the gateway now"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D).toString(QKeySequence::NativeText),
        tr("Toggle dark mode"));
    addRow(QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit"));
    // Each panel's own keys, from its actions, so the list cannot fall behind.
    for (int i = 0; i < PanelCount; ++i) {
        const QList<QAction *> actions = m_stack->widget(i)->actions();
        for (const QAction *a : actions) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            addRow(keys.join(QStringLiteral(", ")),
                tr("%1: %2").arg(
                    m_sidebar->item(i)->data(Qt::UserRole).toString(), a->text().remove(QLatin1Char('&'))));
        }
    }
    QMessageBox::information(
        this, tr("Keyboard shortcuts"), QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MailOps Console"),
        tr("<h3>MailOps Console %1</h3><p>A console for mail-gateway administrators during outages: "
           "gateway monitor, diagnostics, policy history, status broadcast and timeline.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only what the admin left is remembered: a picture taken from the
    // command line leaves the next start as it was.
    if (m_remembersLayout) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/rect"), isMaximized() ? normalGeometry() : geometry());
        settings.setValue(QStringLiteral("window/maximized"), isMaximized());
        settings.setValue(QStringLiteral("window/panel"), currentPanel());
        settings.remove(QStringLiteral("window/geometry"));
    }
    event->accept();
}

} // namespace MailOps
