#include "malformedtab.h"

#include "actionconfirmation.h"
#include "message/scannedmessagemodel.h"
#include "messageinspector.h"
#include "monitor/gatewaymonitor.h"
#include "monitorwidgets.h"
#include "queue/messageexporter.h"
#include "queue/postfixcommands.h"
#include "theme.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace MailOps {

namespace {
// The defects column in the theme's severity colours, the same the message
// inspector tints its marks with.
class ScanRowColours final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == ScannedMessageModel::Defects) {
            const int worst = index.data(ScannedMessageModel::WorstSeverityRole).toInt();
            if (worst == int(MessageDefect::Severity::Error))
                return Theme::colour(Theme::Severity::Critical);
            if (worst == int(MessageDefect::Severity::Warning))
                return Theme::colour(Theme::Severity::Warning);
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

MalformedTab::MalformedTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScannedMessageModel(this))
    , m_proxy(new ScanRowColours(this))
{
    m_scanButton = new QPushButton(tr("Scan the queue"), this);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setToolTip(tr("Fetch every queued message and check it against RFC 5322 and MIME"));
    m_scanStatus
        = new QLabel(tr("Not scanned yet. Poison suspects of a crash loop are checked at once."), this);
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    m_autoHold = new QCheckBox(tr("Hold poison suspects automatically"), this);
    m_autoHold->setObjectName(QStringLiteral("autoHold"));
    m_autoHold->setToolTip(
        tr("When a service crash-loops on a message the linter finds malformed, put it on hold "
           "at once and say so here and in the tray"));
    m_autoHold->setChecked(QSettings().value(QStringLiteral("Monitor/autoHoldSuspects"), false).toBool());
    connect(m_autoHold, &QCheckBox::toggled, this, [this](bool on) {
        if (m_monitor)
            m_monitor->setAutoHoldSuspects(on);
        QSettings().setValue(QStringLiteral("Monitor/autoHoldSuspects"), on);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_scanButton);
    top->addWidget(m_scanStatus, 1);
    top->addWidget(m_autoHold);
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
        auto *b = new QPushButton(a.label, this);
        b->setObjectName(a.name);
        const QueueAction::Kind kind = a.kind;
        connect(b, &QPushButton::clicked, this, [this, kind] { actOnSelection(kind); });
        bar->addWidget(b);
        m_actionButtons << b;
    }
    auto *exportButton = new QPushButton(tr("Export .eml…"), this);
    exportButton->setObjectName(QStringLiteral("actionExport"));
    connect(exportButton, &QPushButton::clicked, this, &MalformedTab::exportSelected);
    bar->addWidget(exportButton);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScannedMessageModel::RawValueRole);
    m_table = MonitorWidgets::table(m_proxy, QStringLiteral("scanTable"), this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScannedMessageModel::Suspect, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MalformedTab::showSelectedMessage);

    m_inspector = new MessageInspector(this);
    m_inspector->setObjectName(QStringLiteral("messageInspector"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_scanButton, &QPushButton::clicked, this, [this] {
        if (!m_monitor)
            return;
        m_scanButton->setEnabled(false);
        m_scanStatus->setText(tr("Listing the queue…"));
        m_monitor->scanQueue();
    });
    connect(&m_rawWatcher, &QFutureWatcher<Result<QByteArray>>::finished, this, &MalformedTab::onRawFetched);
}

MalformedTab::~MalformedTab()
{
    m_rawWatcher.disconnect(this);
}

void MalformedTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    // A message of the old gateway still loading is of no use any more; its
    // future may end cancelled, without a result, when its transport goes.
    m_rawWatcher.disconnect(this);
    m_rawWatcher.cancel();
    m_rawWatcher.setFuture(QFuture<Result<QByteArray>>());
    m_latestSuspects.clear();
    connect(&m_rawWatcher, &QFutureWatcher<Result<QByteArray>>::finished, this, &MalformedTab::onRawFetched);
    m_monitor = monitor;
    m_pendingSelection.clear();
    m_model->clear();
    m_inspector->clear();
    m_scanButton->setEnabled(monitor != nullptr);
    m_scanStatus->setText(tr("Not scanned yet. Poison suspects of a crash loop are checked at once."));
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(true);
    Q_EMIT titleChanged(tr("Malformed and poison"));
    if (!monitor)
        return;
    monitor->setAutoHoldSuspects(m_autoHold->isChecked());
    connect(monitor, &GatewayMonitor::scanProgress, this, [this](int done, int total) {
        m_scanStatus->setText(tr("Scanning: %1 of %2 messages…").arg(done).arg(total));
    });
    connect(monitor, &GatewayMonitor::scanFinished, this, &MalformedTab::onScan);
    connect(monitor, &GatewayMonitor::suspectsChecked, this, &MalformedTab::onSuspectsChecked);
    connect(monitor, &GatewayMonitor::actionFinished, this, &MalformedTab::onActionFinished);
}

void MalformedTab::onRawFetched()
{
    // Only a future that really ended with a result has one to read: a
    // cancelled one (its transport gone with a profile switch) has none.
    const QFuture<Result<QByteArray>> future = m_rawWatcher.future();
    if (future.isCanceled() || future.resultCount() < 1)
        return;
    const Result<QByteArray> raw = future.result();
    const int row = m_model->rowOf(m_inspector->queueId());
    if (row < 0)
        return;
    if (raw)
        m_inspector->setMessage(m_model->message(row), raw.value());
    else
        m_inspector->setError(raw.error().message);
}

void MalformedTab::onSuspectsChecked(const QString &service, const ScannedMessageList &suspects)
{
    if (suspects.isEmpty())
        return;
    // The suspects join the malformed list so they can be inspected and
    // acted on, the latest ones at the top.
    ScannedMessageList merged = suspects;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ScannedMessage m = m_model->message(r);
        const bool again = std::any_of(suspects.cbegin(), suspects.cend(),
            [&m](const ScannedMessage &s) { return s.entry.queueId == m.entry.queueId; });
        if (!again)
            merged << m;
    }
    m_model->setMessages(merged);
    QStringList ids;
    for (const ScannedMessage &m : suspects)
        ids << m.entry.queueId;
    m_latestSuspects = ids;
    m_model->setSuspects(ids, tr("named by %1 before its crashes").arg(service));
    selectPending();
}

void MalformedTab::showMessage(const QString &queueId)
{
    m_pendingSelection = { queueId };
    if (selectPending())
        return;
    m_scanStatus->setText(m_monitor && m_monitor->isScanning()
            ? tr("Message %1 is selected when the scan running now finds it.").arg(queueId)
            : tr("Message %1 is not in this list: scan the queue to look for it, it may have left the queue.")
                  .arg(queueId));
}

void MalformedTab::selectMessages(const QStringList &queueIds)
{
    m_pendingSelection = queueIds;
    QStringList missing;
    for (const QString &id : queueIds) {
        if (m_model->rowOf(id) < 0)
            missing << id;
    }
    if (missing.isEmpty() || !m_monitor || m_monitor->isScanning()) {
        selectPending();
        return;
    }
    // Listed and linted first, then selected by onScan().
    m_scanButton->setEnabled(false);
    m_scanStatus->setText(tr("Looking at the %1 messages to select…").arg(queueIds.size()));
    m_monitor->scanQueue(10000, queueIds);
}

bool MalformedTab::selectPending()
{
    if (m_pendingSelection.isEmpty())
        return false;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : std::as_const(m_pendingSelection)) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (!first.isValid())
        return false;
    const qsizetype asked = m_pendingSelection.size();
    m_pendingSelection.clear();
    m_table->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
    if (asked > 1)
        m_scanStatus->setText(tr("%1 of %2 messages selected.")
                                  .arg(selection.indexes().size() / qMax(1, m_model->columnCount()))
                                  .arg(asked));
    return true;
}

void MalformedTab::onActionFinished()
{
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(true);
    // What the action changed shows at once: the listed messages are
    // looked at again (not the whole queue), and the ones gone drop out.
    if (m_monitor && m_model->rowCount() > 0 && !m_monitor->isScanning()) {
        QStringList listed;
        for (int r = 0; r < m_model->rowCount(); ++r)
            listed << m_model->message(r).entry.queueId;
        m_monitor->scanQueue(10000, listed);
    }
}

void MalformedTab::onScan(const Result<QueueScanResult> &result)
{
    m_scanButton->setEnabled(true);
    if (!result) {
        m_scanStatus->setText(tr("Scan failed: %1").arg(result.error().message));
        return;
    }
    const QueueScanResult &r = result.value();
    // The latest poison suspects stay at the top, whatever order the
    // listing had.
    ScannedMessageList findings = r.findings;
    std::stable_partition(findings.begin(), findings.end(),
        [this](const ScannedMessage &m) { return m_latestSuspects.contains(m.entry.queueId); });
    m_model->setMessages(findings);
    int malformed = 0;
    for (const ScannedMessage &m : r.findings)
        malformed += m.report.hasErrors() ? 1 : 0;
    QString text
        = tr("%1 of %2 queued messages scanned: %3 malformed.").arg(r.scanned).arg(r.listed).arg(malformed);
    if (r.vanished > 0)
        text += QLatin1Char(' ') + tr("%n left the queue during the scan.", nullptr, r.vanished);
    m_scanStatus->setText(text);
    Q_EMIT titleChanged(
        malformed ? tr("Malformed and poison (%1)").arg(malformed) : tr("Malformed and poison"));
    selectPending();
}

QStringList MalformedTab::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(ScannedMessageModel::QueueIdRole).toString();
    return ids;
}

void MalformedTab::showSelectedMessage()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    const ScannedMessage m = m_model->message(row);
    m_inspector->setLoading(m);
    if (!m_monitor || !m_monitor->transport())
        return;
    m_rawWatcher.setFuture(QueueScanner::fetchRaw(
        m_monitor->transport(), PostfixCommands(m_monitor->profile()), m.entry.queueId));
}

void MalformedTab::actOnSelection(QueueAction::Kind kind)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select one or more messages in the list first."));
        return;
    }
    if (!m_monitor || !ActionConfirmation::ask(this, kind, ids.size(), nullptr))
        return;
    if (!m_monitor->act(kind, ids)) {
        Q_EMIT statusMessage(tr("Another queue action is still running."));
        return;
    }
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(false);
    Q_EMIT statusMessage(tr("%1: %n message(s)…", nullptr, int(ids.size())).arg(QueueAction::kindName(kind)));
}

void MalformedTab::exportSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select exactly one message to export."));
        return;
    }
    if (!m_monitor || !m_monitor->transport())
        return;
    const QString id = ids.constFirst();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export message %1").arg(id),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + id
            + QStringLiteral(".eml"),
        tr("Email messages (*.eml)"));
    if (path.isEmpty() || !m_monitor)
        return;
    auto *exporter = new MessageExporter(m_monitor->transport(), PostfixCommands(m_monitor->profile()), this);
    connect(exporter, &MessageExporter::finished, this, [this, exporter](const Result<ExportedMessage> &r) {
        exporter->deleteLater();
        Q_EMIT statusMessage(r
                ? tr("Message %1 saved as %2 (%3 bytes).").arg(r->queueId, r->filePath).arg(r->bytes)
                : r.error().message);
    });
    // The file dialog already asked about replacing an existing file.
    exporter->start(id, path, true);
}

} // namespace MailOps
