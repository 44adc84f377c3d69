#include "verdictproxymodel.h"

#include "diagnostics/checkitem.h"
#include "diagnostics/checktreemodel.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace MailOps {

VerdictProxyModel::VerdictProxyModel(int verdictColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_verdictColumn(verdictColumn)
{
}

QColor VerdictProxyModel::colour(int verdict)
{
    switch (CheckItem::Verdict(verdict)) {
    case CheckItem::Verdict::Pass:
        return QColor(0x2e, 0x9e, 0x44);
    case CheckItem::Verdict::Info:
        return QColor(0x3a, 0x7b, 0xd5);
    case CheckItem::Verdict::Warning:
        return QColor(0xd9, 0x8c, 0x00);
    case CheckItem::Verdict::Error:
        return QColor(0x8e, 0x44, 0xad);
    case CheckItem::Verdict::Fail:
        return QColor(0xd0, 0x30, 0x30);
    case CheckItem::Verdict::Running:
        return QColor(0xe0, 0xa0, 0x00);
    case CheckItem::Verdict::Pending:
    case CheckItem::Verdict::Skipped:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QIcon VerdictProxyModel::icon(int verdict)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(verdict); it != cache.cend())
        return it.value();
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour(verdict));
    if (CheckItem::Verdict(verdict) == CheckItem::Verdict::Running)
        p.drawPie(QRectF(1, 1, 12, 12), 90 * 16, -270 * 16);
    else
        p.drawEllipse(QRectF(1, 1, 12, 12));
    p.end();
    const QIcon icon(pm);
    cache.insert(verdict, icon);
    return icon;
}

QVariant VerdictProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DecorationRole && index.column() == 0)
        return icon(index.data(CheckTreeModel::VerdictRole).toInt());
    if (index.column() == m_verdictColumn) {
        if (role == Qt::ForegroundRole)
            return colour(index.data(CheckTreeModel::VerdictRole).toInt());
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace MailOps
