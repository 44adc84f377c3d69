#include "checktreemodel.h"

namespace MailOps {

CheckTreeModel::CheckTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CheckTreeModel::upsert(const CheckItem &item)
{
    if (const auto it = m_byId.constFind(item.id); it != m_byId.cend()) {
        const int n = it.value();
        const QString oldParent = m_nodes[n].item.parentId;
        m_nodes[n].item = item;
        m_nodes[n].item.parentId = oldParent; // an item does not move
        const int row = rowOf(n);
        const QModelIndex parentIndex = m_nodes[n].parent < 0
            ? QModelIndex()
            : createIndex(rowOf(m_nodes[n].parent), 0, quintptr(m_nodes[n].parent));
        Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
        return;
    }
    const int parentNode = m_byId.value(item.parentId, -1);
    QList<int> &siblings = parentNode < 0 ? m_roots : m_nodes[parentNode].children;
    const int row = int(siblings.size());
    const QModelIndex parentIndex
        = parentNode < 0 ? QModelIndex() : createIndex(rowOf(parentNode), 0, quintptr(parentNode));
    beginInsertRows(parentIndex, row, row);
    Node node;
    node.item = item;
    node.parent = parentNode;
    m_nodes.append(node);
    const int n = int(m_nodes.size()) - 1;
    (parentNode < 0 ? m_roots : m_nodes[parentNode].children).append(n);
    m_byId.insert(item.id, n);
    endInsertRows();
}

void CheckTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    endResetModel();
}

QList<CheckItem> CheckTreeModel::items() const
{
    QList<CheckItem> out;
    std::function<void(const QList<int> &)> walk = [&](const QList<int> &nodes) {
        for (int n : nodes) {
            out << m_nodes.at(n).item;
            walk(m_nodes.at(n).children);
        }
    };
    walk(m_roots);
    return out;
}

const CheckItem *CheckTreeModel::item(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_nodes.at(it.value()).item;
}

QModelIndex CheckTreeModel::indexOf(const QString &id, int column) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return {};
    return createIndex(rowOf(it.value()), column, quintptr(it.value()));
}

CheckItem::Verdict CheckTreeModel::overall() const
{
    auto v = CheckItem::Verdict::Pending;
    for (const Node &n : m_nodes) {
        if (n.item.verdict != CheckItem::Verdict::Running && n.item.verdict != CheckItem::Verdict::Skipped)
            v = CheckItem::worst(v, n.item.verdict);
    }
    return v;
}

int CheckTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

int CheckTreeModel::rowOf(int node) const
{
    const int p = m_nodes.at(node).parent;
    return int((p < 0 ? m_roots : m_nodes.at(p).children).indexOf(node));
}

QModelIndex CheckTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = nodeOf(parent);
    const QList<int> &siblings = p < 0 ? m_roots : m_nodes.at(p).children;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex CheckTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes.at(n).parent;
    return p < 0 ? QModelIndex() : createIndex(rowOf(p), 0, quintptr(p));
}

int CheckTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes.at(p).children.size());
}

int CheckTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CheckTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckItem &it = m_nodes.at(nodeOf(index)).item;
    switch (role) {
    case VerdictRole:
        return int(it.verdict);
    case EvidenceRole:
        return it.evidence;
    case SyntaxRole:
        return it.evidenceSyntax;
    case IdRole:
        return it.id;
    case Qt::ToolTipRole:
        return it.summary;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return it.title;
        case Verdict:
            return CheckItem::verdictLabel(it.verdict);
        case Summary:
            return it.summary;
        case Time:
            return it.elapsedMs < 0 ? QString() : tr("%1 ms").arg(it.elapsedMs);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CheckTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Check");
    case Verdict:
        return tr("Result");
    case Summary:
        return tr("Details");
    case Time:
        return tr("Time");
    }
    return {};
}

} // namespace MailOps
