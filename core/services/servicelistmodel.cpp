#include "servicelistmodel.h"

namespace MailOps {

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ServiceListModel::formatUptime(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / 3600)
                              .arg((rest % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    return tr("%1d %2").arg(days).arg(rest / 3600 < 10 ? QLatin1Char('0') + clock : clock);
}

void ServiceListModel::setServices(const ServiceStatusList &services)
{
    // Remove rows that went away, update those that stayed, append new ones:
    // views keep their selection and scroll position.
    QSet<QString> incoming;
    for (const ServiceStatus &s : services)
        incoming.insert(s.name);
    for (int row = int(m_services.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_services.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_services.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ServiceStatus &s : services) {
        int row = -1;
        for (int i = 0; i < m_services.size(); ++i) {
            if (m_services.at(i).name == s.name) {
                row = i;
                break;
            }
        }
        if (row >= 0) {
            m_services[row] = s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            const int at = int(m_services.size());
            beginInsertRows({}, at, at);
            m_services.append(s);
            endInsertRows();
        }
    }
}

void ServiceListModel::setCrashLoop(const QString &service, bool looping)
{
    if (looping == m_looping.contains(service))
        return;
    if (looping)
        m_looping.insert(service);
    else
        m_looping.remove(service);
    for (int row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).name == service)
            Q_EMIT dataChanged(index(row, CrashLoop), index(row, CrashLoop));
    }
}

void ServiceListModel::clear()
{
    beginResetModel();
    m_services.clear();
    m_looping.clear();
    endResetModel();
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceStatus &s = m_services.at(index.row());
    if (role == ServiceNameRole)
        return s.name;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return s.name;
        case State:
            return int(s.state);
        case Pid:
            return s.pid;
        case Uptime:
            return s.uptimeSeconds();
        case Restarts:
            return s.restartCount;
        case LastExit:
            return s.lastExitStatus;
        case CrashLoop:
            return m_looping.contains(s.name);
        case Message:
            return s.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State)
        return s.rawState;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Pid:
        case Uptime:
        case Restarts:
        case LastExit:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case State:
        return ServiceStatus::stateText(s.state);
    case Pid:
        return s.pid > 0 ? QString::number(s.pid) : QString();
    case Uptime:
        return formatUptime(s.uptimeSeconds());
    case Restarts:
        return s.restartCount;
    case LastExit:
        return s.lastExitStatus;
    case CrashLoop:
        return m_looping.contains(s.name) ? tr("crash loop") : QString();
    case Message:
        return s.message;
    default:
        return {};
    }
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case State:
        return tr("State");
    case Pid:
        return tr("PID");
    case Uptime:
        return tr("Uptime");
    case Restarts:
        return tr("Restarts");
    case LastExit:
        return tr("Last exit");
    case CrashLoop:
        return tr("Crash loop");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace MailOps
