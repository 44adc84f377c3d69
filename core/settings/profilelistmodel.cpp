#include "profilelistmodel.h"

#include "settings/profilestore.h"

namespace MailOps {

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &ProfileStore::reset, this, [this] { endResetModel(); });
    connect(store, &ProfileStore::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &ProfileStore::profileAdded, this, [this](int) { endInsertRows(); });
    connect(store, &ProfileStore::profileChanged, this,
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(store, &ProfileStore::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &ProfileStore::profileRemoved, this, [this](int) { endRemoveRows(); });
    connect(store, &ProfileStore::currentChanged, this, [this](int) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { IsCurrentRole });
    });
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayProfile p = m_store->at(index.row());
    const bool isCurrent = index.row() == m_store->currentIndex();
    if (role == IsCurrentRole)
        return isCurrent;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Transport:
        return p.transport == GatewayProfile::Transport::Ssh ? QStringLiteral("ssh %1").arg(p.sshHost)
                                                             : tr("local");
    case Services:
        return p.serviceBackend == GatewayProfile::ServiceBackend::Systemd ? QStringLiteral("systemd")
                                                                           : QStringLiteral("supervisord");
    case Dns:
        return p.dnsServer.isEmpty() ? tr("system resolver")
                                     : QStringLiteral("%1:%2").arg(p.dnsServer).arg(p.dnsPort);
    case Smtp:
        return p.smtpHost.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(p.smtpHost).arg(p.smtpPort);
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Transport:
        return tr("Transport");
    case Services:
        return tr("Services");
    case Dns:
        return tr("DNS resolver");
    case Smtp:
        return tr("SMTP");
    }
    return {};
}

} // namespace MailOps
