#include "socketstab.h"

#include "monitor/gatewaymonitor.h"
#include "monitorwidgets.h"
#include "services/listeningsocketmodel.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace MailOps {

SocketsTab::SocketsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ListeningSocketModel(this))
{
    m_summary = new QLabel(tr("Listing the gateway's sockets…"), this);
    m_summary->setObjectName(QStringLiteral("socketSummary"));
    m_summary->setWordWrap(true);
    m_table = MonitorWidgets::table(m_model, QStringLiteral("socketTable"), this);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void SocketsTab::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_model->setSockets({}, {});
    m_summary->setText(tr("Listing the gateway's sockets…"));
    m_summary->setStyleSheet(QString());
    Q_EMIT titleChanged(tr("Listening sockets"));
    if (monitor)
        connect(monitor, &GatewayMonitor::socketsUpdated, this, &SocketsTab::onSockets);
}

void SocketsTab::onSockets()
{
    if (!m_monitor)
        return;
    m_model->setSockets(m_monitor->sockets(), m_monitor->portConflicts());
    const int conflicts = m_model->conflictCount();
    m_summary->setText(conflicts == 0
            ? tr("%n socket(s) listening; no port conflicts.", nullptr, int(m_monitor->sockets().size()))
            : tr("%n port problem(s): see the rows on top.", nullptr, conflicts));
    m_summary->setStyleSheet(conflicts ? QStringLiteral("color: %1; font-weight: bold;")
                                             .arg(Theme::colour(Theme::Severity::Critical).name())
                                       : QString());
    Q_EMIT titleChanged(conflicts ? tr("Listening sockets (%1!)").arg(conflicts) : tr("Listening sockets"));
}

} // namespace MailOps
