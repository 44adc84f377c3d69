#include "deferralreasonstab.h"

#include "bulkactionbar.h"
#include "monitor/deliveryverdict.h"
#include "monitor/gatewaymonitor.h"

#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MailOps {

DeferralReasonsTab::DeferralReasonsTab(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reasonTree"));
    m_tree->setHeaderLabels(
        { tr("Recipients"), tr("What it means"), tr("Deferral reason (one of the group)") });
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnWidth(0, 90);
    m_tree->setColumnWidth(1, 360);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DeferralReasonsTab::reasonMenu);
    m_actions = new BulkActionBar({ QueueAction::Kind::Hold, QueueAction::Kind::DeliverNow,
                                      QueueAction::Kind::Bounce, QueueAction::Kind::Delete },
        this);
    connect(m_actions, &BulkActionBar::actionRequested, this, &DeferralReasonsTab::filterActionRequested);
    connect(m_actions, &BulkActionBar::selectRequested, this, &DeferralReasonsTab::selectRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_actions->setFilter(filterOf(item)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_actions);
}

std::optional<QueueFilter> DeferralReasonsTab::filterOf(const QTreeWidgetItem *item) const
{
    QueueFilter filter;
    if (!item || !filter.setReason(item->data(0, Qt::UserRole).toString()))
        return std::nullopt;
    return filter;
}

void DeferralReasonsTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_tree->clear();
    if (monitor)
        connect(monitor, &GatewayMonitor::queueSampled, this, &DeferralReasonsTab::onQueue);
}

void DeferralReasonsTab::onQueue(const QueueSummary &summary)
{
    // The selection survives a new sample when its group is still there.
    const QString selected
        = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_tree->clear();
    const auto groups = summary.reasonGroups();
    for (const auto &g : groups) {
        const QString instance = g.example.isEmpty() ? g.pattern : g.example;
        auto *item = new QTreeWidgetItem(
            m_tree, { QString::number(g.recipients), DeliveryVerdict::explainReason(instance), instance });
        item->setData(0, Qt::UserRole, g.pattern);
        item->setToolTip(2, tr("Grouped as: %1").arg(g.pattern));
        if (g.pattern == selected)
            m_tree->setCurrentItem(item);
    }
    m_actions->setFilter(filterOf(m_tree->currentItem()));
}

void DeferralReasonsTab::reasonMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const std::optional<QueueFilter> filter = filterOf(item);
    if (!filter)
        return;
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::DeliverNow,
        QueueAction::Kind::Bounce, QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message deferred for this reason").arg(QueueAction::kindName(k)), this,
            [this, k, filter] { Q_EMIT filterActionRequested(k, *filter); });
    }
    menu.addAction(tr("Select these messages"), this, [this, filter] { Q_EMIT selectRequested(*filter); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace MailOps
