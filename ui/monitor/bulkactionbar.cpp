#include "bulkactionbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace MailOps {

namespace {

QString buttonText(QueueAction::Kind kind)
{
    switch (kind) {
    case QueueAction::Kind::Hold:
        return BulkActionBar::tr("Hold");
    case QueueAction::Kind::Release:
        return BulkActionBar::tr("Release");
    case QueueAction::Kind::Requeue:
        return BulkActionBar::tr("Requeue");
    case QueueAction::Kind::DeliverNow:
        return BulkActionBar::tr("Retry now");
    case QueueAction::Kind::Bounce:
        return BulkActionBar::tr("Return to sender…");
    case QueueAction::Kind::Delete:
        // Asks before it acts; the dots say so.
        return BulkActionBar::tr("Delete…");
    }
    return {};
}

} // namespace

BulkActionBar::BulkActionBar(const QList<QueueAction::Kind> &kinds, QWidget *parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bulkSelection"));
    m_select = new QPushButton(tr("Select these messages"), this);
    m_select->setObjectName(QStringLiteral("bulkSelect"));
    connect(m_select, &QPushButton::clicked, this, [this] {
        if (m_filter)
            Q_EMIT selectRequested(*m_filter);
    });
    // The selection's words above, the buttons below: a long domain or
    // reason wraps instead of widening the window past a small screen.
    m_label->setWordWrap(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 0);
    outer->addWidget(m_label);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    layout->addWidget(m_select);
    layout->addStretch(1);
    for (const QueueAction::Kind kind : kinds) {
        auto *b = new QPushButton(buttonText(kind), this);
        b->setObjectName(QStringLiteral("bulk_%1").arg(QueueAction::kindName(kind)));
        connect(b, &QPushButton::clicked, this, [this, kind] {
            if (m_filter)
                Q_EMIT actionRequested(kind, *m_filter);
        });
        layout->addWidget(b);
        m_buttons.append({ kind, b });
    }
    setFilter(std::nullopt);
}

void BulkActionBar::setFilter(const std::optional<QueueFilter> &filter)
{
    m_filter = filter;
    m_label->setText(filter ? tr("Every message %1:").arg(filter->describe())
                            : tr("Select a row to act on all of its messages."));
    m_select->setEnabled(filter.has_value());
    for (const auto &[kind, b] : std::as_const(m_buttons))
        b->setEnabled(filter.has_value());
}

QPushButton *BulkActionBar::button(QueueAction::Kind kind) const
{
    for (const auto &[k, b] : m_buttons) {
        if (k == kind)
            return b;
    }
    return nullptr;
}

} // namespace MailOps
