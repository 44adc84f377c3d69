#include "gatewaymonitorpanel.h"

#include "incident/incidentseed.h"
#include "monitor/actionconfirmation.h"
#include "monitor/crashloopbanner.h"
#include "monitor/deferralreasonstab.h"
#include "monitor/gatewaymonitor.h"
#include "monitor/malformedtab.h"
#include "monitor/monitorwidgets.h"
#include "monitor/policymarkfeed.h"
#include "monitor/queuealertbanner.h"
#include "monitor/queuedepthseries.h"
#include "monitor/queuedepthtab.h"
#include "monitor/queueshapetab.h"
#include "monitor/rejectstab.h"
#include "monitor/socketstab.h"
#include "queue/queuehistorystore.h"
#include "servicecardview.h"
#include "services/servicelistmodel.h"
#include "session/gatewaysession.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

namespace MailOps {

GatewayMonitorPanel::GatewayMonitorPanel(QWidget *parent)
    : QWidget(parent)
    , m_store(new QueueHistoryStore(QueueHistoryStore::defaultPath(), this))
    , m_marks(new PolicyMarkFeed(nullptr, this))
    , m_serviceModel(new ServiceListModel(this))
{
    setObjectName(QStringLiteral("panel_monitor"));

    m_crashBanner = new CrashLoopBanner(this);
    m_queueBanner = new QueueAlertBanner(this);
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("monitorLoading"));
    m_loading->hide();
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("monitorVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setContentsMargins(8, 6, 8, 6);
    m_verdict->hide();

    m_cards = new ServiceCardView(this);
    m_cards->setModel(m_serviceModel);
    m_services = MonitorWidgets::table(m_serviceModel, QStringLiteral("serviceTable"), this);

    m_queueCounts = new QLabel(this);
    m_queueCounts->setObjectName(QStringLiteral("queueCounts"));
    m_queueCounts->setTextFormat(Qt::RichText);
    m_queueCounts->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);

    m_depthTab = new QueueDepthTab(this);
    m_malformedTab = new MalformedTab(this);
    m_shapeTab = new QueueShapeTab(this);
    m_reasonsTab = new DeferralReasonsTab(this);
    m_rejectsTab = new RejectsTab(this);
    m_socketsTab = new SocketsTab(this);
    m_depthTab->setMarkFeed(m_marks);
    m_rejectsTab->setMarkFeed(m_marks);
    connect(m_depthTab, &QueueDepthTab::rollbackRequested, this, &GatewayMonitorPanel::rollbackRequested);
    connect(m_rejectsTab, &RejectsTab::rollbackRequested, this, &GatewayMonitorPanel::rollbackRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("monitorTabs"));
    m_tabs->addTab(m_depthTab, tr("Queue depth"));
    m_tabs->addTab(m_malformedTab, tr("Malformed and poison"));
    m_tabs->addTab(m_shapeTab, tr("By domain and age"));
    m_tabs->addTab(m_reasonsTab, tr("Deferral reasons"));
    m_tabs->addTab(m_rejectsTab, tr("Rejects and tempfails"));
    m_tabs->addTab(m_socketsTab, tr("Listening sockets"));
    m_tabs->addTab(m_services, tr("Service details"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Services</b>"), top));
    auto *scroll = new QScrollArea(top);
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Room for a whole card, crash-loop tag included.
    scroll->setMinimumHeight(120);
    topLayout->addWidget(scroll, 1);
    topLayout->addWidget(m_queueCounts);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_loading);
    layout->addWidget(m_verdict);
    layout->addWidget(m_crashBanner);
    layout->addWidget(m_queueBanner);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_crashBanner, &CrashLoopBanner::alert, this, &GatewayMonitorPanel::alert);
    connect(
        m_crashBanner, &CrashLoopBanner::incidentRequested, this, &GatewayMonitorPanel::incidentRequested);
    connect(m_malformedTab, &MalformedTab::statusMessage, m_status, &QLabel::setText);
    connect(m_malformedTab, &MalformedTab::titleChanged, this,
        [this](const QString &title) { setTabTitle(m_malformedTab, title); });
    connect(m_socketsTab, &SocketsTab::titleChanged, this,
        [this](const QString &title) { setTabTitle(m_socketsTab, title); });
    connect(m_shapeTab, &QueueShapeTab::filterActionRequested, this, &GatewayMonitorPanel::actOnFilter);
    connect(
        m_reasonsTab, &DeferralReasonsTab::filterActionRequested, this, &GatewayMonitorPanel::actOnFilter);
    connect(m_shapeTab, &QueueShapeTab::selectRequested, this, &GatewayMonitorPanel::selectFiltered);
    connect(m_reasonsTab, &DeferralReasonsTab::selectRequested, this, &GatewayMonitorPanel::selectFiltered);
}

GatewayMonitorPanel::~GatewayMonitorPanel()
{
    bind(nullptr);
}

void GatewayMonitorPanel::setTabTitle(QWidget *tab, const QString &title)
{
    m_tabs->setTabText(m_tabs->indexOf(tab), title);
}

GatewayMonitor *GatewayMonitorPanel::monitor() const
{
    return m_monitor;
}

ActiveAlerts *GatewayMonitorPanel::activeAlerts() const
{
    return m_monitor ? m_monitor->alerts() : nullptr;
}

void GatewayMonitorPanel::showMessage(const QString &queueId)
{
    m_tabs->setCurrentWidget(m_malformedTab);
    m_malformedTab->showMessage(queueId);
}

void GatewayMonitorPanel::showLoading(const QString &profileName)
{
    bind(nullptr);
    m_session = nullptr;
    m_marks->setSource({}, nullptr);
    m_loading->setText(tr("Loading %1…").arg(profileName));
    m_loading->show();
    Q_EMIT sessionChanged();
}

void GatewayMonitorPanel::setJournal(JournalStore *journal)
{
    m_marks->setStore(journal);
}

void GatewayMonitorPanel::setSession(GatewaySession *session)
{
    bind(nullptr);
    m_session = session;
    m_loading->hide();
    m_marks->setSource(
        session ? session->profile().name : QString(), session ? session->policyHistory() : nullptr);
    if (session) {
        GatewayMonitor *monitor = session->monitor();
        monitor->setHistoryStore(m_store);
        QSettings settings;
        QStringList problems;
        monitor->setAlertSettings(QueueAlertPolicy::load(settings, QStringLiteral("QueueAlerts"), &problems));
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        bind(monitor);
        monitor->start();
    }
    Q_EMIT sessionChanged();
}

void GatewayMonitorPanel::bind(GatewayMonitor *monitor)
{
    if (m_monitor) {
        m_monitor->stop();
        m_monitor->disconnect(this);
    }
    m_monitor = monitor;
    m_serviceModel->setServices({});
    m_queueCounts->clear();
    m_status->clear();
    m_statusIsServiceError = false;
    m_autoHeld.clear();
    m_verdict->clear();
    m_verdict->hide();
    m_crashBanner->setMonitor(monitor);
    m_queueBanner->setAlerts(monitor ? monitor->alerts() : nullptr);
    m_depthTab->setMonitor(monitor);
    m_malformedTab->setMonitor(monitor);
    m_shapeTab->setMonitor(monitor);
    m_reasonsTab->setMonitor(monitor);
    m_rejectsTab->setMonitor(monitor);
    m_socketsTab->setMonitor(monitor);
    if (!monitor)
        return;

    connect(monitor, &GatewayMonitor::servicesUpdated, this, [this](const ServiceStatusList &services) {
        m_serviceModel->setServices(services);
        // Only a services error goes away with the next good poll; what an
        // action reported stays until something else is said.
        if (m_statusIsServiceError) {
            m_status->clear();
            m_statusIsServiceError = false;
        }
    });
    connect(monitor, &GatewayMonitor::servicesFailed, this, [this](const Error &e) {
        m_status->setText(tr("Services: %1").arg(e.message));
        m_statusIsServiceError = true;
    });
    connect(
        monitor, &GatewayMonitor::alertRaised, this, [this](const CrashLoopAlert &a, const QStringList &) {
            m_serviceModel->setCrashLoop(a.service, true);
        });
    connect(monitor, &GatewayMonitor::alertCleared, this,
        [this](const QString &service) { m_serviceModel->setCrashLoop(service, false); });
    connect(monitor, &GatewayMonitor::queueSampled, this, &GatewayMonitorPanel::onQueueCounts);
    // The verdict follows everything it is judged from.
    connect(monitor, &GatewayMonitor::queueSampled, this, &GatewayMonitorPanel::updateVerdict);
    connect(monitor, &GatewayMonitor::queueFailed, this, &GatewayMonitorPanel::updateVerdict);
    connect(monitor, &GatewayMonitor::servicesUpdated, this, &GatewayMonitorPanel::updateVerdict);
    connect(monitor->alerts(), &ActiveAlerts::changed, this, &GatewayMonitorPanel::updateVerdict);
    connect(monitor, &GatewayMonitor::queueAlert, this, [this](const QueueAlertPolicy::Transition &t) {
        if (t.kind != QueueAlertPolicy::Transition::Kind::Deescalated)
            Q_EMIT alert(t.title, t.text, t.level == QueueAlertPolicy::Level::Critical);
    });
    connect(monitor, &GatewayMonitor::historyFailed, this,
        [this](const Error &e) { m_status->setText(tr("Queue history: %1").arg(e.message)); });
    connect(monitor, &GatewayMonitor::queueFailed, this,
        [this](const Error &e) { m_status->setText(tr("Queue: %1").arg(e.message)); });
    connect(monitor, &GatewayMonitor::logFailed, this,
        [this](const Error &e) { m_status->setText(tr("Mail log: %1").arg(e.message)); });
    connect(monitor, &GatewayMonitor::suspectAutoHeld, this, [this](const QString &id, const QString &why) {
        const QString text
            = tr("Message %1 was put on hold automatically: %2. Release it once the cause is fixed.")
                  .arg(id, why);
        m_autoHeld.insert(id, text);
        m_status->setText(text);
        Q_EMIT alert(tr("Poison suspect held"), text, true);
    });
    connect(monitor, &GatewayMonitor::holdFinished, this, [this](const QString &id, const Status &st) {
        if (st && m_autoHeld.value(id).size() > 0) {
            m_status->setText(m_autoHeld.value(id));
            return;
        }
        m_status->setText(st
                ? tr("Message %1 is on hold: the service no longer receives it. Release it from the "
                     "queue once the cause is fixed.")
                      .arg(id)
                : st.error().message);
    });
    connect(monitor, &GatewayMonitor::actionFinished, this, [this](const QueueAction::Outcome &outcome) {
        m_status->setText(QueueAction::describeOutcome(outcome));
    });
    connect(monitor, &GatewayMonitor::filterMatched, this, &GatewayMonitorPanel::onFilterMatched);
    connect(monitor, &GatewayMonitor::filterFailed, this,
        [this](const Error &e) { m_status->setText(tr("Could not select messages: %1").arg(e.message)); });
}

QString GatewayMonitorPanel::verdictText() const
{
    return m_verdict->isVisible() ? m_verdict->text() : QString();
}

void GatewayMonitorPanel::updateVerdict()
{
    if (!m_monitor)
        return;
    const DeliveryVerdict v = m_monitor->verdict();
    m_verdictLevel = int(v.level);
    // Stamped: a line read at 3 a.m. must say which gateway and how fresh.
    const QDateTime at
        = m_monitor->lastQueueAt().isValid() ? m_monitor->lastQueueAt() : QDateTime::currentDateTime();
    m_verdict->setText(
        tr("%1 — %2, %3").arg(v.text, m_monitor->profile().name, at.toString(QStringLiteral("HH:mm:ss"))));
    m_verdict->setToolTip(v.text);
    paintVerdict();
    m_verdict->show();
}

void GatewayMonitorPanel::paintVerdict()
{
    Theme::Severity severity = Theme::Severity::Neutral;
    switch (DeliveryVerdict::Level(m_verdictLevel)) {
    case DeliveryVerdict::Level::Ok:
        severity = Theme::Severity::Ok;
        break;
    case DeliveryVerdict::Level::Warning:
        severity = Theme::Severity::Warning;
        break;
    case DeliveryVerdict::Level::Critical:
        severity = Theme::Severity::Critical;
        break;
    case DeliveryVerdict::Level::Unknown:
        break;
    }
    Theme::paintSeverity(m_verdict, severity);
}

void GatewayMonitorPanel::changeEvent(QEvent *event)
{
    // A theme switch changes the palette the tint is blended from.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        paintVerdict();
    QWidget::changeEvent(event);
}

QString GatewayMonitorPanel::alertText() const
{
    return m_crashBanner->text();
}

QString GatewayMonitorPanel::queueText() const
{
    return m_queueCounts->text();
}

QString GatewayMonitorPanel::statusText() const
{
    return m_status->text();
}

QString GatewayMonitorPanel::queueAlertText() const
{
    return m_queueBanner->alertText();
}

void GatewayMonitorPanel::onQueueCounts()
{
    if (!m_monitor)
        return;
    const QueueSummary &summary = m_monitor->lastQueue();
    QStringList parts;
    const QList<QueueEntry::Queue> queues = QueueDepthSeries::charted();
    for (const QueueEntry::Queue q : queues)
        parts << QStringLiteral("%1 <b>%2</b>").arg(QueueEntry::nameOfQueue(q)).arg(summary.messages(q));
    // Counted outside tr(): Qt 6.4's lupdate hangs on template arguments there.
    const int messages = summary.messages() > INT_MAX ? INT_MAX : int(summary.messages());
    m_queueCounts->setText(
        tr("Queue: %n message(s) (%1)", nullptr, messages).arg(parts.join(QStringLiteral(", ")))
        + QStringLiteral(" · ")
        + tr("%1 at %2")
              .arg(m_monitor->profile().name.toHtmlEscaped(),
                  m_monitor->lastQueueAt().toString(QStringLiteral("HH:mm:ss"))));
}

void GatewayMonitorPanel::selectFiltered(const QueueFilter &filter)
{
    if (!m_monitor)
        return;
    m_selecting = true;
    m_status->setText(tr("Selecting the messages %1…").arg(filter.describe()));
    m_monitor->matchFilter(filter);
}

void GatewayMonitorPanel::actOnFilter(QueueAction::Kind kind, const QueueFilter &filter)
{
    if (!m_monitor)
        return;
    m_selecting = false;
    m_pendingKind = kind;
    m_status->setText(tr("Selecting the messages %1…").arg(filter.describe()));
    m_monitor->matchFilter(filter);
}

void GatewayMonitorPanel::onFilterMatched(const QueueFilter &filter, const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_status->setText(tr("No queued message matches %1.").arg(filter.describe()));
        return;
    }
    if (std::exchange(m_selecting, false)) {
        m_status->setText(tr("%1 messages %2.").arg(ids.size()).arg(filter.describe()));
        m_tabs->setCurrentWidget(m_malformedTab);
        m_malformedTab->selectMessages(ids);
        return;
    }
    if (!ActionConfirmation::ask(this, m_pendingKind, ids.size(), &filter) || !m_monitor)
        return;
    if (!m_monitor->act(m_pendingKind, ids))
        m_status->setText(tr("Another queue action is still running."));
    else
        m_status->setText(tr("%1: %n message(s) %2…", nullptr, int(ids.size()))
                              .arg(QueueAction::kindName(m_pendingKind), filter.describe()));
}

} // namespace MailOps
