#pragma once

#include "queue/queueaction.h"
#include "queue/queuefilter.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QTableView;
class QTreeWidget;

namespace MailOps {

class BulkActionBar;
class GatewayMonitor;
class QShapeModel;

// The Gateway monitor's "by domain and age" tab: the queue as qshape shows
// it, with a menu that acts on every message for one domain.
class QueueShapeTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueShapeTab)

public:
    explicit QueueShapeTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);

Q_SIGNALS:
    void filterActionRequested(MailOps::QueueAction::Kind kind, const MailOps::QueueFilter &filter);
    void selectRequested(const MailOps::QueueFilter &filter);

private:
    void domainMenu(const QPoint &pos);
    std::optional<QueueFilter> filterOf(const QModelIndex &index) const;

    QPointer<GatewayMonitor> m_monitor;
    QShapeModel *m_model;
    QTableView *m_table;
    BulkActionBar *m_actions;
};

} // namespace MailOps
