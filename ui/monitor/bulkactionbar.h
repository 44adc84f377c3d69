#pragma once

#include "queue/queueaction.h"
#include "queue/queuefilter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace MailOps {

// Buttons under a grouped view of the queue (by domain, by deferral reason)
// that act on every message of the selected group: what the context menu
// offers, where an admin who never right-clicks finds it. The owner says
// which filter the selection stands for; the bar asks for nothing itself.
class BulkActionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionBar)

public:
    BulkActionBar(const QList<QueueAction::Kind> &kinds, QWidget *parent = nullptr);

    // The group selected now, described for the label; nullopt: none.
    void setFilter(const std::optional<QueueFilter> &filter);
    QPushButton *button(QueueAction::Kind kind) const;
    QPushButton *selectButton() const { return m_select; }

Q_SIGNALS:
    void actionRequested(MailOps::QueueAction::Kind kind, const MailOps::QueueFilter &filter);
    // Show these messages in the malformed and poison list, selected.
    void selectRequested(const MailOps::QueueFilter &filter);

private:
    std::optional<QueueFilter> m_filter;
    QLabel *m_label;
    QPushButton *m_select;
    QList<std::pair<QueueAction::Kind, QPushButton *>> m_buttons;
};

} // namespace MailOps
