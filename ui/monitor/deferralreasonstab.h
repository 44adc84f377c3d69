#pragma once

#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "queue/queuesummary.h"

#include <QPointer>
#include <QWidget>

class QTreeWidget;

namespace MailOps {

class GatewayMonitor;

// The Gateway monitor's deferral-reasons tab: the deferred recipients by
// reason, grouped, with a menu that acts on every message deferred for one.
class DeferralReasonsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferralReasonsTab)

public:
    explicit DeferralReasonsTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);

Q_SIGNALS:
    void filterActionRequested(MailOps::QueueAction::Kind kind, const MailOps::QueueFilter &filter);

private:
    void onQueue(const QueueSummary &summary);
    void reasonMenu(const QPoint &pos);

    QPointer<GatewayMonitor> m_monitor;
    QTreeWidget *m_tree;
};

} // namespace MailOps
