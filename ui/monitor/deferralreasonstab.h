#pragma once

#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "queue/queuesummary.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace MailOps {

class BulkActionBar;
class GatewayMonitor;

// The Gateway monitor's deferral-reasons tab: the deferred recipients by
// reason, grouped on the reason's shape and shown as one real instance of it
// (its hosts and ports) with what it means, and buttons and a menu that act
// on every message deferred for the one selected.
class DeferralReasonsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferralReasonsTab)

public:
    explicit DeferralReasonsTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);

Q_SIGNALS:
    void filterActionRequested(MailOps::QueueAction::Kind kind, const MailOps::QueueFilter &filter);
    void selectRequested(const MailOps::QueueFilter &filter);

private:
    void onQueue(const QueueSummary &summary);
    void reasonMenu(const QPoint &pos);
    std::optional<QueueFilter> filterOf(const QTreeWidgetItem *item) const;

    QPointer<GatewayMonitor> m_monitor;
    QTreeWidget *m_tree;
    BulkActionBar *m_actions;
};

} // namespace MailOps
