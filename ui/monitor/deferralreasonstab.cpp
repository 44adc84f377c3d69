#include "deferralreasonstab.h"

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
    m_tree->setHeaderLabels({ tr("Recipients"), tr("Deferral reason (grouped)") });
    m_tree->setRootIsDecorated(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DeferralReasonsTab::reasonMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
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
    m_tree->clear();
    const auto groups = summary.reasonGroups();
    for (const auto &g : groups) {
        auto *item = new QTreeWidgetItem(m_tree, { QString::number(g.recipients), g.pattern });
        item->setToolTip(1, g.example);
    }
}

void DeferralReasonsTab::reasonMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    QueueFilter filter;
    if (!filter.setReason(item->text(1)))
        return;
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::DeliverNow,
        QueueAction::Kind::Bounce, QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message deferred for this reason").arg(QueueAction::kindName(k)), this,
            [this, k, filter] { Q_EMIT filterActionRequested(k, filter); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace MailOps
