#include "gatewaymonitorpanel.h"

#include "gateway/maillogparser.h"
#include "gateway/qshapemodel.h"
#include "services/servicelistmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
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
} // namespace

GatewayMonitorPanel::GatewayMonitorPanel(QWidget *parent)
    : QWidget(parent)
    , m_serviceModel(new ServiceListModel(this))
    , m_shapeModel(new QShapeModel(this))
{
    setObjectName(QStringLiteral("panel_monitor"));

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

    m_services = new QTableView(this);
    m_services->setObjectName(QStringLiteral("serviceTable"));
    m_services->setModel(m_serviceModel);
    m_services->verticalHeader()->hide();
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setAlternatingRowColors(true);

    m_queueCounts = new QLabel(this);
    m_queueCounts->setObjectName(QStringLiteral("queueCounts"));
    m_queueCounts->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);

    auto *chart = new QChart;
    chart->setTitle(tr("Queue depth"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("time"));
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("messages"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (const QueueEntry::Queue q : kCharted) {
        auto *series = new QLineSeries(chart);
        series->setName(QueueEntry::nameOfQueue(q));
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        m_series << series;
    }
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("queueChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Zoom with a rubber band, back with a right click (Qt Charts' default).
    m_chartView->setRubberBand(QChartView::RectangleRubberBand);

    auto *shape = new QTableView(this);
    shape->setObjectName(QStringLiteral("qshapeTable"));
    shape->setModel(m_shapeModel);
    shape->verticalHeader()->hide();
    shape->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_reasons = new QTreeWidget(this);
    m_reasons->setObjectName(QStringLiteral("reasonTree"));
    m_reasons->setHeaderLabels({ tr("Recipients"), tr("Deferral reason (grouped)") });
    m_reasons->setRootIsDecorated(false);

    m_rejects = new QTableWidget(this);
    m_rejects->setObjectName(QStringLiteral("rejectTable"));
    m_rejects->setColumnCount(2);
    m_rejects->setHorizontalHeaderLabels({ tr("Reason or status"), tr("Count") });
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("monitorTabs"));
    tabs->addTab(m_chartView, tr("Queue depth"));
    tabs->addTab(shape, tr("By domain and age"));
    tabs->addTab(m_reasons, tr("Deferral reasons"));
    tabs->addTab(m_rejects, tr("Rejects and tempfails"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *servicesTitle = new QLabel(tr("<b>Services</b>"), left);
    leftLayout->addWidget(servicesTitle);
    leftLayout->addWidget(m_services, 1);
    leftLayout->addWidget(m_queueCounts);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&m_monitor, &GatewayMonitor::servicesUpdated, this, &GatewayMonitorPanel::onServices);
    connect(&m_monitor, &GatewayMonitor::servicesFailed, this,
            [this](const Error &e) { m_status->setText(tr("Services: %1").arg(e.message)); });
    connect(&m_monitor, &GatewayMonitor::alertRaised, this, &GatewayMonitorPanel::onAlert);
    connect(&m_monitor, &GatewayMonitor::alertCleared, this, [this](const QString &service) {
        m_serviceModel->setCrashLoop(service, false);
        if (m_monitor.activeAlerts().isEmpty())
            m_banner->hide();
        Q_EMIT alert(tr("Crash loop over"), tr("%1 has been running without restarts.").arg(service));
    });
    connect(&m_monitor, &GatewayMonitor::queueSampled, this, &GatewayMonitorPanel::onQueue);
    connect(&m_monitor, &GatewayMonitor::queueFailed, this,
            [this](const Error &e) { m_status->setText(tr("Queue: %1").arg(e.message)); });
    connect(&m_monitor, &GatewayMonitor::countersUpdated, this, &GatewayMonitorPanel::onCounters);
    connect(&m_monitor, &GatewayMonitor::holdFinished, this, [this](const QString &id, const Status &st) {
        m_status->setText(st ? tr("Message %1 is on hold: the service no longer receives it. Release it from the "
                                  "queue once the cause is fixed.").arg(id)
                             : st.error().message);
        m_holdButton->setEnabled(!st.ok());
    });
    connect(m_holdButton, &QPushButton::clicked, this, &GatewayMonitorPanel::holdSuspect);
}

void GatewayMonitorPanel::setProfile(const GatewayProfile &profile)
{
    m_banner->hide();
    m_suspects.clear();
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
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

void GatewayMonitorPanel::onServices(const ServiceStatusList &services)
{
    m_serviceModel->setServices(services);
    m_status->clear();
}

void GatewayMonitorPanel::onAlert(const CrashLoopAlert &a, const QStringList &suspects)
{
    m_serviceModel->setCrashLoop(a.service, true);
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
    m_holdButton->setEnabled(true);
    m_banner->show();
    Q_EMIT alert(tr("Crash loop: %1").arg(a.service), a.summary());
}

void GatewayMonitorPanel::holdSuspect()
{
    if (m_suspects.isEmpty())
        return;
    m_holdButton->setEnabled(false);
    m_monitor.hold(m_suspects.constFirst());
}

void GatewayMonitorPanel::onQueue(const QueueSummary &summary)
{
    QStringList parts;
    for (const QueueEntry::Queue q : kCharted)
        parts << QStringLiteral("%1 <b>%2</b>").arg(QueueEntry::nameOfQueue(q)).arg(summary.messages(q));
    m_queueCounts->setText(tr("Queue: %1 messages (%2)").arg(summary.messages()).arg(parts.join(QStringLiteral(", "))));
    m_shapeModel->setSummary(summary);

    const auto &history = m_monitor.queueHistory();
    qint64 max = 1;
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> points;
        points.reserve(history.size());
        for (const auto &s : history) {
            const qint64 v = s.messages[int(kCharted[i])];
            points << QPointF(double(s.at.toMSecsSinceEpoch()), double(v));
            max = qMax(max, v);
        }
        m_series[i]->replace(points);
    }
    if (!history.isEmpty()) {
        const QDateTime first = history.constFirst().at.toLocalTime();
        const QDateTime last = history.constLast().at.toLocalTime();
        m_timeAxis->setRange(first == last ? first.addSecs(-60) : first, last.addSecs(5));
        m_countAxis->setRange(0, double(max) * 1.15 + 1);
        m_countAxis->applyNiceNumbers();
    }

    m_reasons->clear();
    const auto groups = summary.reasonGroups();
    for (const auto &g : groups) {
        auto *item = new QTreeWidgetItem(m_reasons, { QString::number(g.recipients), g.pattern });
        item->setToolTip(1, g.example);
    }
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
}

} // namespace MailOps
