#include "queueshapetab.h"

#include "bulkactionbar.h"
#include "monitor/gatewaymonitor.h"
#include "monitorwidgets.h"
#include "queue/qshapemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace MailOps {

QueueShapeTab::QueueShapeTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new QShapeModel(this))
{
    m_table = MonitorWidgets::table(m_model, QStringLiteral("qshapeTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &QueueShapeTab::domainMenu);
    m_actions = new BulkActionBar(
        { QueueAction::Kind::Hold, QueueAction::Kind::Release, QueueAction::Kind::DeliverNow,
            QueueAction::Kind::Bounce, QueueAction::Kind::Delete },
        this);
    connect(m_actions, &BulkActionBar::actionRequested, this, &QueueShapeTab::filterActionRequested);
    connect(m_actions, &BulkActionBar::selectRequested, this, &QueueShapeTab::selectRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_actions->setFilter(filterOf(current)); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_actions->setFilter(filterOf(m_table->currentIndex())); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_actions);
}

std::optional<QueueFilter> QueueShapeTab::filterOf(const QModelIndex &index) const
{
    // Row 0 is the total, and "(other domains)" is no domain to select by.
    if (!index.isValid() || index.row() == 0)
        return std::nullopt;
    const QString domain = m_model->index(index.row(), 0).data().toString();
    QueueFilter filter;
    if (domain == QueueSummary::otherDomainsLabel() || !filter.setRecipientDomains({ domain }))
        return std::nullopt;
    return filter;
}

void QueueShapeTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_model->setSummary(QueueSummary());
    if (monitor)
        connect(monitor, &GatewayMonitor::queueSampled, m_model, &QShapeModel::setSummary);
}

void QueueShapeTab::domainMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const std::optional<QueueFilter> filter = filterOf(index);
    if (!filter)
        return;
    const QString domain = m_model->index(index.row(), 0).data().toString();
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::Release,
        QueueAction::Kind::DeliverNow, QueueAction::Kind::Bounce, QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message for %2").arg(QueueAction::kindName(k), domain), this,
            [this, k, filter] { Q_EMIT filterActionRequested(k, *filter); });
    }
    menu.addAction(tr("Select these messages"), this, [this, filter] { Q_EMIT selectRequested(*filter); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace MailOps
