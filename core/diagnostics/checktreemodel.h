#pragma once

#include "diagnostics/checkitem.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace MailOps {

// The items of a diagnostic run as a tree for the Diagnostics panel: checks
// appear and change as they run. Text and numbers only; the UI adds icons and
// colours from VerdictRole. GUI thread.
class CheckTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTreeModel)

public:
    enum Column
    {
        Title,
        Verdict,
        Summary,
        Time,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole + 1,
        EvidenceRole,
        SyntaxRole,
        IdRole
    };

    explicit CheckTreeModel(QObject *parent = nullptr);

    // Adds the item, or replaces the one with the same id. A parent must be
    // added before its children; an item whose parent is unknown goes to the top.
    void upsert(const CheckItem &item);
    void clear();

    QList<CheckItem> items() const; // in tree order (parents before children)
    const CheckItem *item(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;
    CheckItem::Verdict overall() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        CheckItem item;
        int parent = -1; // index into m_nodes
        QList<int> children;
    };
    int nodeOf(const QModelIndex &index) const;
    int rowOf(int node) const;

    QList<Node> m_nodes; // append-only until clear(): stable internal ids
    QList<int> m_roots;
    QHash<QString, int> m_byId;
};

} // namespace MailOps
