#pragma once

#include "services/listeningsocket.h"
#include "services/portconflictdetector.h"

#include <QAbstractTableModel>

namespace MailOps {

// The gateway's listening sockets as a table (endpoint, protocol, process,
// PID, problem), each row carrying the port conflict it is part of, if any,
// so a view can mark it. Conflicts with no socket (a service expected on a
// port where nothing listens) get rows of their own. Text and numbers only;
// GUI thread; cannot fail.
class ListeningSocketModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListeningSocketModel)

public:
    enum Column
    {
        Endpoint,
        Protocol,
        Process,
        Pid,
        Problem,
        ColumnCount
    };
    enum Role
    {
        ConflictRole = Qt::UserRole + 1,
        PortRole
    };

    explicit ListeningSocketModel(QObject *parent = nullptr);

    void setSockets(const ListeningSocketList &sockets, const QList<PortConflict> &conflicts);
    int conflictCount() const { return int(m_conflicts.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ListeningSocket socket;
        int conflict = -1; // index into m_conflicts
    };

    QList<Row> m_rows;
    QList<PortConflict> m_conflicts;
};

} // namespace MailOps
