#include "qshapemodel.h"

namespace MailOps {

QShapeModel::QShapeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QShapeModel::setSummary(const QueueSummary &summary)
{
    beginResetModel();
    m_rows.clear();
    QueueSummary::DomainRow total;
    total.domain = tr("TOTAL");
    const QList<QueueSummary::DomainRow> domains = summary.domainTable();
    for (const QueueSummary::DomainRow &row : domains) {
        total.total += row.total;
        for (int b = 0; b < QueueSummary::BucketCount; ++b)
            total.buckets[b] += row.buckets[b];
    }
    m_rows.append(total);
    m_rows.append(domains.mid(0, m_maxRows));
    endResetModel();
}

int QShapeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QShapeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QShapeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueSummary::DomainRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == DomainColumn)
            return row.domain;
        if (index.column() == TotalColumn)
            return row.total;
        return row.buckets[index.column() - FirstBucketColumn];
    case Qt::TextAlignmentRole:
        return index.column() == DomainColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant QShapeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == DomainColumn)
        return tr("Domain");
    if (section == TotalColumn)
        return tr("Total");
    return QueueSummary::bucketLabel(section - FirstBucketColumn);
}

} // namespace MailOps
