#include "gatewaymonitorpanel.h"

#include "maillog/maillogparser.h"
#include "queue/messageexporter.h"
#include "queue/queuehistorystore.h"
#include "queue/qshapemodel.h"
#include "message/scannedmessagemodel.h"
#include "messageinspector.h"
#include "services/listeningsocketmodel.h"
#include "services/servicelistmodel.h"
#include "servicecardview.h"
#include "zoomablechartview.h"

#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeZone>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace MailOps {

namespace {
// The queues charted, in the order an admin reads them.
const QueueEntry::Queue kCharted[] = { QueueEntry::Queue::Active, QueueEntry::Queue::Deferred,
                                       QueueEntry::Queue::Hold, QueueEntry::Queue::Incoming };

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QChart *makeTimeChart(const QString &title, QDateTimeAxis **time, QValueAxis **count)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    *time = new QDateTimeAxis(chart);
    (*time)->setFormat(QStringLiteral("HH:mm"));
    *count = new QValueAxis(chart);
    (*count)->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(*time, Qt::AlignBottom);
    chart->addAxis(*count, Qt::AlignLeft);
    return chart;
}

QLineSeries *addSeries(QChart *chart, const QString &name, QDateTimeAxis *time, QValueAxis *count)
{
    auto *series = new QLineSeries(chart);
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(time);
    series->attachAxis(count);
    return series;
}

// Severity colours shared with the message inspector's marks.
class ScanRowColours final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == ScannedMessageModel::Defects) {
            const int worst = index.data(ScannedMessageModel::WorstSeverityRole).toInt();
            if (worst == int(MessageDefect::Severity::Error))
                return QColor(0xc0, 0x39, 0x2b);
            if (worst == int(MessageDefect::Severity::Warning))
                return QColor(0xd6, 0x89, 0x10);
        }
        if (role == Qt::FontRole && index.column() == ScannedMessageModel::Suspect
            && index.data(ScannedMessageModel::SuspectRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

GatewayMonitorPanel::GatewayMonitorPanel(QWidget *parent)
    : QWidget(parent)
    , m_serviceModel(new ServiceListModel(this))
    , m_shapeModel(new QShapeModel(this))
    , m_scanModel(new ScannedMessageModel(this))
    , m_scanProxy(new ScanRowColours(this))
    , m_socketModel(new ListeningSocketModel(this))
    , m_store(new QueueHistoryStore(QueueHistoryStore::defaultPath(), this))
{
    setObjectName(QStringLiteral("panel_monitor"));
    m_monitor.setHistoryStore(m_store);
    {
        QSettings settings;
        QStringList problems;
        m_monitor.setAlertSettings(QueueAlertPolicy::load(settings, QStringLiteral("QueueAlerts"), &problems));
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
    }

    m_queueBanner = new QLabel(this);
    m_queueBanner->setObjectName(QStringLiteral("queueAlertBanner"));
    m_queueBanner->setWordWrap(true);
    m_queueBanner->hide();

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("crashLoopBanner"));
    m_banner->setStyleSheet(QStringLiteral("#crashLoopBanner { background: #c0392b; border-radius: 4px; } "
                                           "#crashLoopBanner QLabel { color: white; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("crashLoopText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_holdButton = new QPushButton(tr("Hold the suspect message"), m_banner);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_holdButton);
    m_banner->hide();

    m_cards = new ServiceCardView(this);
    m_cards->setModel(m_serviceModel);
    m_services = makeTable(m_serviceModel, QStringLiteral("serviceTable"), this);

    m_queueCounts = new QLabel(this);
    m_queueCounts->setObjectName(QStringLiteral("queueCounts"));
    m_queueCounts->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);

    QChart *chart = makeTimeChart(tr("Queue depth"), &m_timeAxis, &m_countAxis);
    m_countAxis->setTitleText(tr("messages"));
    for (const QueueEntry::Queue q : kCharted)
        m_series << addSeries(chart, QueueEntry::nameOfQueue(q), m_timeAxis, m_countAxis);
    m_chartView = new ZoomableChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("queueChart"));
    connect(m_chartView, &ZoomableChartView::zoomChanged, this, [this](bool zoomed) {
        if (!zoomed)
            fitQueueChart();
    });

    m_shape = makeTable(m_shapeModel, QStringLiteral("qshapeTable"), this);
    m_shape->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shape->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_shape, &QWidget::customContextMenuRequested, this, &GatewayMonitorPanel::domainMenu);

    m_reasons = new QTreeWidget(this);
    m_reasons->setObjectName(QStringLiteral("reasonTree"));
    m_reasons->setHeaderLabels({ tr("Recipients"), tr("Deferral reason (grouped)") });
    m_reasons->setRootIsDecorated(false);
    m_reasons->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reasons, &QWidget::customContextMenuRequested, this, &GatewayMonitorPanel::reasonMenu);

    m_rejects = new QTableWidget(this);
    m_rejects->setObjectName(QStringLiteral("rejectTable"));
    m_rejects->setColumnCount(2);
    m_rejects->setHorizontalHeaderLabels({ tr("Reason or status"), tr("Count") });
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejects->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejects->setWordWrap(false);
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *rejectSplit = new QSplitter(Qt::Horizontal, this);
    rejectSplit->addWidget(buildRejectChart());
    rejectSplit->addWidget(m_rejects);
    rejectSplit->setStretchFactor(0, 3);
    rejectSplit->setStretchFactor(1, 1);
    m_rejects->setMinimumWidth(280);

    auto *socketsTab = new QWidget(this);
    auto *socketsLayout = new QVBoxLayout(socketsTab);
    m_socketSummary = new QLabel(tr("Listing the gateway's sockets…"), socketsTab);
    m_socketSummary->setObjectName(QStringLiteral("socketSummary"));
    m_socketSummary->setWordWrap(true);
    m_sockets = makeTable(m_socketModel, QStringLiteral("socketTable"), socketsTab);
    m_sockets->setWordWrap(false);
    m_sockets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sockets->horizontalHeader()->setStretchLastSection(true);
    socketsLayout->addWidget(m_socketSummary);
    socketsLayout->addWidget(m_sockets, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("monitorTabs"));
    m_tabs->addTab(m_chartView, tr("Queue depth"));
    m_tabs->addTab(buildMalformedTab(), tr("Malformed and poison"));
    m_tabs->addTab(m_shape, tr("By domain and age"));
    m_tabs->addTab(m_reasons, tr("Deferral reasons"));
    m_tabs->addTab(rejectSplit, tr("Rejects and tempfails"));
    m_tabs->addTab(socketsTab, tr("Listening sockets"));
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
    layout->addWidget(m_banner);
    layout->addWidget(m_queueBanner);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&m_monitor, &GatewayMonitor::servicesUpdated, this, &GatewayMonitorPanel::onServices);
    connect(&m_monitor, &GatewayMonitor::servicesFailed, this,
            [this](const Error &e) {
                m_status->setText(tr("Services: %1").arg(e.message));
                m_statusIsServiceError = true;
            });
    connect(&m_monitor, &GatewayMonitor::alertRaised, this, &GatewayMonitorPanel::onAlert);
    connect(&m_monitor, &GatewayMonitor::suspectsChecked, this, &GatewayMonitorPanel::onSuspectsChecked);
    connect(&m_monitor, &GatewayMonitor::alertCleared, this, [this](const QString &service) {
        m_serviceModel->setCrashLoop(service, false);
        if (m_monitor.activeAlerts().isEmpty())
            m_banner->hide();
        Q_EMIT alert(tr("Crash loop over"), tr("%1 has been running without restarts.").arg(service), false);
    });
    connect(&m_monitor, &GatewayMonitor::queueSampled, this, &GatewayMonitorPanel::onQueue);
    connect(&m_monitor, &GatewayMonitor::queueAlert, this, &GatewayMonitorPanel::onQueueAlert);
    connect(&m_monitor, &GatewayMonitor::historyFailed, this,
            [this](const Error &e) { m_status->setText(tr("Queue history: %1").arg(e.message)); });
    connect(&m_monitor, &GatewayMonitor::queueFailed, this,
            [this](const Error &e) { m_status->setText(tr("Queue: %1").arg(e.message)); });
    // The log may report many times a second (a busy tail over ssh); the
    // table and the day-long chart are redrawn at most twice a second.
    m_countersRedraw.setSingleShot(true);
    m_countersRedraw.setInterval(500);
    connect(&m_countersRedraw, &QTimer::timeout, this, &GatewayMonitorPanel::onCounters);
    connect(&m_monitor, &GatewayMonitor::countersUpdated, this, [this] {
        if (!m_countersRedraw.isActive())
            m_countersRedraw.start();
    });
    connect(&m_monitor, &GatewayMonitor::logFailed, this,
            [this](const Error &e) { m_status->setText(tr("Mail log: %1").arg(e.message)); });
    connect(&m_monitor, &GatewayMonitor::socketsUpdated, this, &GatewayMonitorPanel::onSockets);
    connect(&m_monitor, &GatewayMonitor::scanProgress, this, [this](int done, int total) {
        m_scanStatus->setText(tr("Scanning: %1 of %2 messages…").arg(done).arg(total));
    });
    connect(&m_monitor, &GatewayMonitor::scanFinished, this, &GatewayMonitorPanel::onScan);
    connect(&m_monitor, &GatewayMonitor::suspectAutoHeld, this, [this](const QString &id, const QString &why) {
        m_holdButton->setEnabled(false);
        const QString text = tr("Message %1 was put on hold automatically: %2. Release it once the cause is fixed.").arg(id, why);
        m_autoHeld.insert(id, text);
        m_status->setText(text);
        Q_EMIT alert(tr("Poison suspect held"), text, true);
    });
    connect(&m_monitor, &GatewayMonitor::holdFinished, this, [this](const QString &id, const Status &st) {
        if (st)
            m_held.insert(id);
        if (st && m_autoHeld.value(id).size() > 0) {
            m_status->setText(m_autoHeld.value(id));
            m_holdButton->setEnabled(false);
            return;
        }
        m_status->setText(st ? tr("Message %1 is on hold: the service no longer receives it. Release it from the "
                                  "queue once the cause is fixed.").arg(id)
                             : st.error().message);
        m_holdButton->setEnabled(!st.ok());
    });
    connect(&m_monitor, &GatewayMonitor::actionFinished, this, [this](const QueueAction::Outcome &outcome) {
        m_status->setText(QueueAction::describeOutcome(outcome));
        for (QPushButton *b : std::as_const(m_actionButtons))
            b->setEnabled(true);
        // What the action changed shows at once: the listed messages are
        // looked at again (not the whole queue), and the ones gone drop out.
        if (m_scanModel->rowCount() > 0 && !m_monitor.isScanning()) {
            QStringList listed;
            for (int r = 0; r < m_scanModel->rowCount(); ++r)
                listed << m_scanModel->message(r).entry.queueId;
            m_monitor.scanQueue(10000, listed);
        }
    });
    connect(&m_monitor, &GatewayMonitor::filterMatched, this, &GatewayMonitorPanel::onFilterMatched);
    connect(&m_monitor, &GatewayMonitor::filterFailed, this,
            [this](const Error &e) { m_status->setText(tr("Could not select messages: %1").arg(e.message)); });
    connect(m_holdButton, &QPushButton::clicked, this, &GatewayMonitorPanel::holdSuspect);
    connect(&m_rawWatcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this] {
        const Result<QByteArray> raw = m_rawWatcher.result();
        const int row = m_scanModel->rowOf(m_inspector->queueId());
        if (row < 0)
            return;
        if (raw)
            m_inspector->setMessage(m_scanModel->message(row), raw.value());
        else
            m_inspector->setError(raw.error().message);
    });
}

GatewayMonitorPanel::~GatewayMonitorPanel()
{
    m_rawWatcher.disconnect(this);
}

QWidget *GatewayMonitorPanel::buildMalformedTab()
{
    auto *tab = new QWidget(this);
    m_scanButton = new QPushButton(tr("Scan the queue"), tab);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setToolTip(tr("Fetch every queued message and check it against RFC 5322 and MIME"));
    m_scanStatus = new QLabel(tr("Not scanned yet. Poison suspects of a crash loop are checked at once."), tab);
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    auto *autoHold = new QCheckBox(tr("Hold poison suspects automatically"), tab);
    autoHold->setObjectName(QStringLiteral("autoHold"));
    autoHold->setToolTip(tr("When a service crash-loops on a message the linter finds malformed, put it on hold "
                            "at once and say so here and in the tray"));
    autoHold->setChecked(QSettings().value(QStringLiteral("Monitor/autoHoldSuspects"), false).toBool());
    m_monitor.setAutoHoldSuspects(autoHold->isChecked());
    connect(autoHold, &QCheckBox::toggled, this, [this](bool on) {
        m_monitor.setAutoHoldSuspects(on);
        QSettings().setValue(QStringLiteral("Monitor/autoHoldSuspects"), on);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_scanButton);
    top->addWidget(m_scanStatus, 1);
    top->addWidget(autoHold);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    const struct
    {
        QueueAction::Kind kind;
        QString label;
        QString name;
    } actions[] = {
        { QueueAction::Kind::Hold, tr("Hold"), QStringLiteral("actionHold") },
        { QueueAction::Kind::Release, tr("Release"), QStringLiteral("actionRelease") },
        { QueueAction::Kind::DeliverNow, tr("Retry now"), QStringLiteral("actionRetry") },
        { QueueAction::Kind::Bounce, tr("Return to sender…"), QStringLiteral("actionBounce") },
        { QueueAction::Kind::Delete, tr("Delete…"), QStringLiteral("actionDelete") },
    };
    for (const auto &a : actions) {
        auto *b = new QPushButton(a.label, tab);
        b->setObjectName(a.name);
        const QueueAction::Kind kind = a.kind;
        connect(b, &QPushButton::clicked, this, [this, kind] { actOnSelection(kind); });
        bar->addWidget(b);
        m_actionButtons << b;
    }
    auto *exportButton = new QPushButton(tr("Export .eml…"), tab);
    exportButton->setObjectName(QStringLiteral("actionExport"));
    connect(exportButton, &QPushButton::clicked, this, &GatewayMonitorPanel::exportSelected);
    bar->addWidget(exportButton);

    m_scanProxy->setSourceModel(m_scanModel);
    m_scanProxy->setSortRole(ScannedMessageModel::RawValueRole);
    m_scanTable = makeTable(m_scanProxy, QStringLiteral("scanTable"), tab);
    m_scanTable->setSortingEnabled(true);
    m_scanTable->sortByColumn(ScannedMessageModel::Suspect, Qt::DescendingOrder);
    m_scanTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_scanTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_scanTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GatewayMonitorPanel::showSelectedMessage);

    m_inspector = new MessageInspector(tab);
    m_inspector->setObjectName(QStringLiteral("messageInspector"));
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_scanTable);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_scanButton, &QPushButton::clicked, this, [this] {
        m_scanButton->setEnabled(false);
        m_scanStatus->setText(tr("Listing the queue…"));
        m_monitor.scanQueue();
    });
    return tab;
}

ZoomableChartView *GatewayMonitorPanel::buildRejectChart()
{
    QChart *chart = makeTimeChart(tr("Rejects and tempfails per minute"), &m_rejectTime, &m_rejectCount);
    m_rejectCount->setTitleText(tr("per minute"));
    m_rejectSeries << addSeries(chart, tr("tempfail"), m_rejectTime, m_rejectCount);
    m_rejectSeries << addSeries(chart, tr("bounced"), m_rejectTime, m_rejectCount);
    for (int k = 1; k < MailLogEvent::RejectClassCount; ++k) {
        m_rejectSeries << addSeries(chart,
                                    tr("reject %1").arg(QString::fromLatin1(
                                        MailLogParser::rejectClassName(MailLogEvent::RejectClass(k)))),
                                    m_rejectTime, m_rejectCount);
    }
    m_rejectView = new ZoomableChartView(chart, this);
    m_rejectView->setObjectName(QStringLiteral("rejectChart"));
    return m_rejectView;
}

void GatewayMonitorPanel::setProfile(const GatewayProfile &profile)
{
    m_banner->hide();
    m_suspects.clear();
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    for (QLineSeries *s : std::as_const(m_rejectSeries))
        s->clear();
    m_scanModel->clear();
    m_inspector->clear();
    m_monitor.setProfile(profile);
    m_monitor.start();
}

QString GatewayMonitorPanel::alertText() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

QString GatewayMonitorPanel::queueText() const
{
    return m_queueCounts->text();
}

QString GatewayMonitorPanel::statusText() const
{
    return m_status->text();
}

void GatewayMonitorPanel::onServices(const ServiceStatusList &services)
{
    m_serviceModel->setServices(services);
    // Only a services error goes away with the next good poll; what an
    // action reported stays until something else is said.
    if (m_statusIsServiceError) {
        m_status->clear();
        m_statusIsServiceError = false;
    }
}

void GatewayMonitorPanel::onAlert(const CrashLoopAlert &a, const QStringList &suspects)
{
    m_serviceModel->setCrashLoop(a.service, true);
    const bool first = !m_banner->isVisible();
    m_suspects = suspects;
    QString text = QStringLiteral("<b>%1</b>").arg(tr("CRASH LOOP: %1").arg(a.summary()).toHtmlEscaped());
    if (!suspects.isEmpty()) {
        text += QStringLiteral("<br/>") + tr("Suspect: queued message %1, which %2 was processing when it died.")
                                               .arg(suspects.constFirst(), a.service)
                                               .toHtmlEscaped();
    }
    if (!a.logLines.isEmpty()) {
        text += QStringLiteral("<br/><tt>%1</tt>")
                    .arg(a.logLines.mid(qMax(0, int(a.logLines.size()) - 3)).join(QStringLiteral("\n")).toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    m_bannerText->setText(text);
    m_holdButton->setVisible(!suspects.isEmpty());
    // A suspect already held stays held: the loop's next report is no reason
    // to offer the button again.
    m_holdButton->setEnabled(!suspects.isEmpty() && !m_held.contains(suspects.constFirst()));
    m_banner->show();
    if (first)
        Q_EMIT alert(tr("Crash loop: %1").arg(a.service), a.summary(), true);
}

void GatewayMonitorPanel::onSuspectsChecked(const QString &service, const ScannedMessageList &suspects)
{
    if (suspects.isEmpty())
        return;
    // The linter's verdict goes beside the log's: a suspect with defects is
    // very likely the poison, one without may only have been in the way.
    const ScannedMessage &top = suspects.constFirst();
    m_suspects.removeAll(top.entry.queueId);
    m_suspects.prepend(top.entry.queueId);
    m_holdButton->setEnabled(!m_held.contains(top.entry.queueId));
    QString verdict;
    if (!top.fetched)
        verdict = tr("Could not read it: %1").arg(top.fetchError);
    else if (top.report.hasErrors())
        verdict = tr("The linter finds it malformed: %1.").arg(ScannedMessageModel::defectSummary(top.report));
    else
        verdict = tr("The linter finds nothing wrong with it; the crash may have another cause.");
    QString text = m_bannerText->text();
    const int cut = text.indexOf(QLatin1String("<br/><i>"));
    if (cut >= 0)
        text.truncate(cut);
    m_bannerText->setText(text + QStringLiteral("<br/><i>%1 %2</i>").arg(top.entry.queueId.toHtmlEscaped(), verdict.toHtmlEscaped()));
    // The suspects join the malformed list so they can be inspected and acted on.
    ScannedMessageList merged;
    for (int r = 0; r < m_scanModel->rowCount(); ++r)
        merged << m_scanModel->message(r);
    for (const ScannedMessage &m : suspects) {
        const int row = m_scanModel->rowOf(m.entry.queueId);
        if (row >= 0)
            merged[row] = m;
        else
            merged << m;
    }
    m_scanModel->setMessages(merged);
    QStringList ids;
    for (const ScannedMessage &m : suspects)
        ids << m.entry.queueId;
    m_scanModel->setSuspects(ids, tr("named by %1 before its crashes").arg(service));
}

void GatewayMonitorPanel::holdSuspect()
{
    if (m_suspects.isEmpty())
        return;
    m_holdButton->setEnabled(false);
    m_monitor.hold(m_suspects.constFirst());
}

void GatewayMonitorPanel::fitQueueChart()
{
    const auto &history = m_monitor.queueHistory();
    if (history.isEmpty())
        return;
    qint64 max = 1;
    for (const auto &s : history) {
        for (const QueueEntry::Queue q : kCharted)
            max = qMax(max, s.count(q));
    }
    const QDateTime first = history.constFirst().at.toLocalTime();
    const QDateTime last = history.constLast().at.toLocalTime();
    m_timeAxis->setFormat(first.secsTo(last) > 2 * 86400 ? QStringLiteral("dd.MM HH:mm") : QStringLiteral("HH:mm:ss"));
    m_timeAxis->setRange(first == last ? first.addSecs(-60) : first, last.addSecs(5));
    m_countAxis->setRange(0, double(max) * 1.15 + 1);
    m_countAxis->applyNiceNumbers();
}

void GatewayMonitorPanel::onQueue(const QueueSummary &summary)
{
    QStringList parts;
    for (const QueueEntry::Queue q : kCharted)
        parts << QStringLiteral("%1 <b>%2</b>").arg(QueueEntry::nameOfQueue(q)).arg(summary.messages(q));
    // Counted outside tr(): Qt 6.4's lupdate hangs on template arguments there.
    const int messages = summary.messages() > INT_MAX ? INT_MAX : int(summary.messages());
    m_queueCounts->setText(tr("Queue: %n message(s) (%1)", nullptr, messages)
                               .arg(parts.join(QStringLiteral(", "))));
    m_shapeModel->setSummary(summary);

    const auto &history = m_monitor.queueHistory();
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> points;
        points.reserve(history.size());
        for (const auto &s : history)
            points << QPointF(double(s.at.toMSecsSinceEpoch()), double(s.count(kCharted[i])));
        m_series[i]->replace(points);
    }
    // A zoomed chart keeps the range the admin is reading.
    if (!m_chartView->isZoomed())
        fitQueueChart();

    m_reasons->clear();
    const auto groups = summary.reasonGroups();
    for (const auto &g : groups) {
        auto *item = new QTreeWidgetItem(m_reasons, { QString::number(g.recipients), g.pattern });
        item->setToolTip(1, g.example);
    }
}

QString GatewayMonitorPanel::queueAlertText() const
{
    return m_queueBanner->isVisible() ? m_queueBanner->text() : QString();
}

void GatewayMonitorPanel::onQueueAlert(const QueueAlertPolicy::Transition &t)
{
    using Kind = QueueAlertPolicy::Transition::Kind;
    const QList<QueueAlertPolicy::Alert> active = m_monitor.activeQueueAlerts();
    if (active.isEmpty()) {
        m_queueBanner->hide();
    } else {
        // One line for what is wrong now, the most severe first.
        const bool critical = active.constFirst().level == QueueAlertPolicy::Level::Critical;
        m_queueBanner->setStyleSheet(critical ? QStringLiteral("background: #c0392b; color: white; padding: 6px; border-radius: 4px;")
                                              : QStringLiteral("background: #f5b041; color: black; padding: 6px; border-radius: 4px;"));
        m_queueBanner->setText(t.kind == Kind::Cleared ? m_queueBanner->text() : t.title + QStringLiteral(": ") + t.text);
        m_queueBanner->show();
    }
    if (t.kind != Kind::Deescalated)
        Q_EMIT alert(t.title, t.text, t.level == QueueAlertPolicy::Level::Critical);
}

void GatewayMonitorPanel::onCounters()
{
    const LogCounters &c = m_monitor.counters();
    QList<std::pair<QString, qint64>> rows = {
        { tr("received"), c.totals().received },   { tr("delivered"), c.totals().delivered },
        { tr("deferred (tempfail)"), c.totals().deferrals }, { tr("bounced"), c.totals().bounced },
        { tr("rejected"), c.totals().rejected },
    };
    for (int k = 1; k < MailLogEvent::RejectClassCount; ++k) {
        rows << std::pair { tr("  rejected: %1").arg(QString::fromLatin1(
                                MailLogParser::rejectClassName(MailLogEvent::RejectClass(k)))),
                            c.rejectsByClass()[k] };
    }
    const auto dsn = c.dsnTotals();
    for (auto it = dsn.cbegin(); it != dsn.cend(); ++it)
        rows << std::pair { tr("  DSN %1").arg(QString::fromLatin1(it.key())), it.value() };
    m_rejects->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_rejects->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_rejects->setItem(r, 1, new QTableWidgetItem(QString::number(rows[r].second)));
    }

    // The last day, a point per minute: what the counters keep cheaply.
    // Quiet minutes are zeros, not gaps, so a lone burst still draws.
    const QDateTime local = QDateTime::currentDateTime();
    const qint64 wallClockNow = QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch();
    const QList<LogCounters::Minute> minutes = c.minutesSince(wallClockNow - 86400);
    QList<QList<QPointF>> points(m_rejectSeries.size());
    qint64 max = 1;
    qint64 expected = minutes.isEmpty() ? 0 : minutes.constFirst().start;
    const auto toX = [](qint64 wallClock) {
        // Minute::start is the log's wall-clock time counted as if it were
        // UTC; read back as local time it lands where the axis shows it.
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(wallClock, Qt::UTC);
        return double(QDateTime(utc.date(), utc.time()).toMSecsSinceEpoch());
    };
    for (const LogCounters::Minute &m : minutes) {
        for (; expected < m.start && m.start - expected <= 86400; expected += 60) {
            for (QList<QPointF> &p : points)
                p << QPointF(toX(expected), 0);
        }
        expected = m.start + 60;
        QList<qint64> values { m.deferred, m.bounced };
        for (int k = 1; k < MailLogEvent::RejectClassCount; ++k)
            values << m.rejectsByClass[k];
        for (int i = 0; i < values.size() && i < points.size(); ++i) {
            points[i] << QPointF(toX(m.start), double(values[i]));
            max = qMax(max, values[i]);
        }
    }
    for (int i = 0; i < m_rejectSeries.size(); ++i) {
        m_rejectSeries[i]->setPointsVisible(points[i].size() < 30);
        m_rejectSeries[i]->replace(points[i]);
    }
    if (!minutes.isEmpty() && !m_rejectView->isZoomed()) {
        const qint64 first = qint64(points[0].constFirst().x());
        const qint64 last = qint64(points[0].constLast().x());
        m_rejectTime->setRange(QDateTime::fromMSecsSinceEpoch(first == last ? first - 600000 : first),
                               QDateTime::fromMSecsSinceEpoch(last + 60000));
        m_rejectCount->setRange(0, double(max) * 1.15 + 1);
        m_rejectCount->applyNiceNumbers();
    }
}

void GatewayMonitorPanel::onSockets()
{
    m_socketModel->setSockets(m_monitor.sockets(), m_monitor.portConflicts());
    const int conflicts = m_socketModel->conflictCount();
    m_socketSummary->setText(conflicts == 0
                                 ? tr("%n socket(s) listening; no port conflicts.", nullptr, int(m_monitor.sockets().size()))
                                 : tr("%n port problem(s): see the rows on top.", nullptr, conflicts));
    m_socketSummary->setStyleSheet(conflicts ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_tabs->setTabText(m_tabs->indexOf(m_sockets->parentWidget()),
                       conflicts ? tr("Listening sockets (%1!)").arg(conflicts) : tr("Listening sockets"));
}

void GatewayMonitorPanel::onScan(const Result<QueueScanResult> &result)
{
    m_scanButton->setEnabled(true);
    if (!result) {
        m_scanStatus->setText(tr("Scan failed: %1").arg(result.error().message));
        return;
    }
    const QueueScanResult &r = result.value();
    m_scanModel->setMessages(r.findings);
    int malformed = 0;
    for (const ScannedMessage &m : r.findings)
        malformed += m.report.hasErrors() ? 1 : 0;
    QString text = tr("%1 of %2 queued messages scanned: %3 malformed.").arg(r.scanned).arg(r.listed).arg(malformed);
    if (r.vanished > 0)
        text += QLatin1Char(' ') + tr("%n left the queue during the scan.", nullptr, r.vanished);
    m_scanStatus->setText(text);
    m_tabs->setTabText(m_tabs->indexOf(m_scanTable->parentWidget()->parentWidget()),
                       malformed ? tr("Malformed and poison (%1)").arg(malformed) : tr("Malformed and poison"));
}

QStringList GatewayMonitorPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_scanTable->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(ScannedMessageModel::QueueIdRole).toString();
    return ids;
}

void GatewayMonitorPanel::showSelectedMessage()
{
    const QModelIndex current = m_scanTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_scanProxy->mapToSource(current).row();
    const ScannedMessage m = m_scanModel->message(row);
    m_inspector->setLoading(m);
    if (!m_monitor.transport())
        return;
    m_rawWatcher.setFuture(QueueScanner::fetchRaw(m_monitor.transport(), PostfixCommands(m_monitor.profile()),
                                                  m.entry.queueId));
}

bool GatewayMonitorPanel::confirm(QueueAction::Kind kind, qint64 count, const QueueFilter *filter)
{
    if (!QueueAction::isDestructive(kind))
        return true;
    const QString text = filter ? QueueAction::confirmationText(kind, count, *filter)
                                : QueueAction::confirmationText(kind, count);
    QMessageBox box(QMessageBox::Warning, tr("Confirm"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmAction"));
    QPushButton *yes = box.addButton(kind == QueueAction::Kind::Delete ? tr("Delete") : tr("Return to sender"),
                                     QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void GatewayMonitorPanel::actOnSelection(QueueAction::Kind kind)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_status->setText(tr("Select one or more messages in the list first."));
        return;
    }
    if (!confirm(kind, ids.size(), nullptr))
        return;
    if (!m_monitor.act(kind, ids)) {
        m_status->setText(tr("Another queue action is still running."));
        return;
    }
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(false);
    m_status->setText(tr("%1: %n message(s)…", nullptr, int(ids.size())).arg(QueueAction::kindName(kind)));
}

void GatewayMonitorPanel::actOnFilter(QueueAction::Kind kind, const QueueFilter &filter)
{
    m_pendingKind = kind;
    m_status->setText(tr("Selecting the messages %1…").arg(filter.describe()));
    m_monitor.matchFilter(filter);
}

void GatewayMonitorPanel::onFilterMatched(const QueueFilter &filter, const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_status->setText(tr("No queued message matches %1.").arg(filter.describe()));
        return;
    }
    if (!confirm(m_pendingKind, ids.size(), &filter))
        return;
    if (!m_monitor.act(m_pendingKind, ids))
        m_status->setText(tr("Another queue action is still running."));
    else
        m_status->setText(tr("%1: %n message(s) %2…", nullptr, int(ids.size()))
                              .arg(QueueAction::kindName(m_pendingKind), filter.describe()));
}

void GatewayMonitorPanel::domainMenu(const QPoint &pos)
{
    const QModelIndex index = m_shape->indexAt(pos);
    // Row 0 is the total, and "(other domains)" is no domain to select by.
    if (!index.isValid() || index.row() == 0)
        return;
    const QString domain = m_shapeModel->index(index.row(), 0).data().toString();
    if (domain == QueueSummary::otherDomainsLabel())
        return;
    QueueFilter filter;
    if (!filter.setRecipientDomains({ domain }))
        return; // "(other domains)" and the totals row select nothing
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::Release,
                                        QueueAction::Kind::DeliverNow, QueueAction::Kind::Bounce,
                                        QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message for %2").arg(QueueAction::kindName(k), domain),
                       this, [this, k, filter] { actOnFilter(k, filter); });
    }
    menu.exec(m_shape->viewport()->mapToGlobal(pos));
}

void GatewayMonitorPanel::reasonMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_reasons->itemAt(pos);
    if (!item)
        return;
    QueueFilter filter;
    if (!filter.setReason(item->text(1)))
        return;
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::DeliverNow,
                                        QueueAction::Kind::Bounce, QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message deferred for this reason").arg(QueueAction::kindName(k)),
                       this, [this, k, filter] { actOnFilter(k, filter); });
    }
    menu.exec(m_reasons->viewport()->mapToGlobal(pos));
}

void GatewayMonitorPanel::exportSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_status->setText(tr("Select exactly one message to export."));
        return;
    }
    const QString id = ids.constFirst();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export message %1").arg(id),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + id + QStringLiteral(".eml"),
        tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    auto *exporter = new MessageExporter(m_monitor.transport(), PostfixCommands(m_monitor.profile()), this);
    connect(exporter, &MessageExporter::finished, this, [this, exporter](const Result<ExportedMessage> &r) {
        exporter->deleteLater();
        m_status->setText(r ? tr("Message %1 saved as %2 (%3 bytes).").arg(r->queueId, r->filePath).arg(r->bytes)
                            : r.error().message);
    });
    // The file dialog already asked about replacing an existing file.
    exporter->start(id, path, true);
}

} // namespace MailOps
