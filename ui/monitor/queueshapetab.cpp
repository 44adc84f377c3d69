#include "queueshapetab.h"

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
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
    // Row 0 is the total, and "(other domains)" is no domain to select by.
    if (!index.isValid() || index.row() == 0)
        return;
    const QString domain = m_model->index(index.row(), 0).data().toString();
    if (domain == QueueSummary::otherDomainsLabel())
        return;
    QueueFilter filter;
    if (!filter.setRecipientDomains({ domain }))
        return; // "(other domains)" and the totals row select nothing
    QMenu menu(this);
    const QueueAction::Kind kinds[] = { QueueAction::Kind::Hold, QueueAction::Kind::Release,
        QueueAction::Kind::DeliverNow, QueueAction::Kind::Bounce, QueueAction::Kind::Delete };
    for (const QueueAction::Kind k : kinds) {
        menu.addAction(tr("%1 every message for %2").arg(QueueAction::kindName(k), domain), this,
            [this, k, filter] { Q_EMIT filterActionRequested(k, filter); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace MailOps
