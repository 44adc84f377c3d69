#pragma once

#include <QIdentityProxyModel>

namespace MailOps {

// The Timeline's look on top of the journal model, which is text and
// numbers only: severity in the theme's colours, critical events in bold,
// and the severity column marked by colour and word, never colour alone.
class JournalDecoration final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDecoration)

public:
    explicit JournalDecoration(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace MailOps
