#include "listeningsocketmodel.h"

#include <algorithm>

namespace MailOps {

ListeningSocketModel::ListeningSocketModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ListeningSocketModel::setSockets(
    const ListeningSocketList &sockets, const QList<PortConflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    m_rows.clear();
    for (const ListeningSocket &s : sockets) {
        Row row { s, -1 };
        for (int i = 0; i < conflicts.size(); ++i) {
            if (conflicts[i].port == s.port && conflicts[i].protocol == s.protocol)
                row.conflict = i;
        }
        m_rows << row;
    }
    for (int i = 0; i < conflicts.size(); ++i) {
        const bool shown
            = std::any_of(m_rows.cbegin(), m_rows.cend(), [i](const Row &r) { return r.conflict == i; });
        if (!shown) {
            ListeningSocket missing;
            missing.protocol = conflicts[i].protocol;
            missing.port = conflicts[i].port;
            missing.address = QStringLiteral("*");
            m_rows << Row { missing, i };
        }
    }
    // Problems first, then by port: what needs a look is at the top.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if ((a.conflict >= 0) != (b.conflict >= 0))
            return a.conflict >= 0;
        return a.socket.port < b.socket.port;
    });
    endResetModel();
}

int ListeningSocketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListeningSocketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListeningSocketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const ListeningSocket &s = row.socket;
    if (role == ConflictRole)
        return row.conflict >= 0;
    if (role == PortRole)
        return s.port;
    if (role == Qt::ToolTipRole && row.conflict >= 0)
        return m_conflicts[row.conflict].evidence.isEmpty() ? m_conflicts[row.conflict].description
                                                            : m_conflicts[row.conflict].evidence;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Endpoint:
        return s.endpoint();
    case Protocol:
        return s.protocol;
    case Process: {
        QStringList names;
        for (const SocketOwner &o : s.owners) {
            if (!names.contains(o.process))
                names << o.process;
        }
        return names.isEmpty() ? (row.conflict >= 0 && s.owners.isEmpty() ? tr("(nothing)") : QString())
                               : names.join(QStringLiteral(", "));
    }
    case Pid: {
        QStringList pids;
        for (const SocketOwner &o : s.owners) {
            if (!pids.contains(QString::number(o.pid)))
                pids << QString::number(o.pid);
        }
        return pids.join(QStringLiteral(", "));
    }
    case Problem:
        return row.conflict >= 0 ? m_conflicts[row.conflict].description : QString();
    default:
        return {};
    }
}

QVariant ListeningSocketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Endpoint:
        return tr("Listening on");
    case Protocol:
        return tr("Protocol");
    case Process:
        return tr("Process");
    case Pid:
        return tr("PID");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace MailOps
