#pragma once

#include "queue/queuesummary.h"

#include <QAbstractTableModel>

namespace MailOps {

// The qshape view of a QueueSummary: a TOTAL row, then one row per recipient
// domain (largest first); columns domain, total and the age buckets. Text and
// numbers only, so it lives in core; the UI adds colour. GUI thread.
class QShapeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QShapeModel)

public:
    enum Column
    {
        DomainColumn,
        TotalColumn,
        FirstBucketColumn,
        ColumnCount = FirstBucketColumn + QueueSummary::BucketCount
    };

    explicit QShapeModel(QObject *parent = nullptr);

    // Replaces the table; at most maxRows() domain rows are shown.
    void setSummary(const QueueSummary &summary);
    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QueueSummary::DomainRow> m_rows; // row 0 is the total
    int m_maxRows = 500;
};

} // namespace MailOps
