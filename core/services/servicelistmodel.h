#pragma once

#include "crashloopalert.h"
#include "servicestatus.h"

#include <QAbstractTableModel>
#include <QSet>

namespace MailOps {

// The services of one gateway as a table (name, state, PID, uptime,
// restarts, last exit, crash loop, message): text and numbers only, colours
// and icons belong to the view. Rows are kept by service name across
// updates, so selections survive a poll. Lives on the GUI thread; cannot fail.
class ServiceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)
public:
    enum Column
    {
        Name,
        State,
        Pid,
        Uptime,
        Restarts,
        LastExit,
        CrashLoop,
        Message,
        ColumnCount
    };
    enum Role
    {
        // Raw values for sorting and delegates: State -> int (ServiceStatus::State),
        // Uptime -> seconds, Pid/Restarts/LastExit -> numbers, CrashLoop -> bool.
        RawValueRole = Qt::UserRole + 1,
        ServiceNameRole,
    };

    explicit ServiceListModel(QObject *parent = nullptr);

    void setServices(const ServiceStatusList &services);
    ServiceStatusList services() const { return m_services; }
    void setCrashLoop(const QString &service, bool looping);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3d 04:05:06", "0:01:30", or "" when unknown.
    static QString formatUptime(qint64 seconds);

private:
    ServiceStatusList m_services;
    QSet<QString> m_looping;
};

} // namespace MailOps
