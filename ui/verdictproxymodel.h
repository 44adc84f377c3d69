#pragma once

#include <QIdentityProxyModel>

namespace MailOps {

// Adds what a person sees at a glance to a model that carries verdicts
// (CheckTreeModel::VerdictRole): a coloured mark on the first column and a
// coloured, bold result. Colours are never the only signal: the text says it.
class VerdictProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictProxyModel)

public:
    explicit VerdictProxyModel(int verdictColumn, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QColor colour(int verdict);
    static QIcon icon(int verdict);

private:
    int m_verdictColumn;
};

} // namespace MailOps
