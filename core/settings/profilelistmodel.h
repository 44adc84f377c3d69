#pragma once

#include <QAbstractTableModel>

namespace MailOps {

class ProfileStore;

// The profiles of a ProfileStore as a table (name, transport, services, DNS,
// SMTP) for the profile editor and the profile switcher. Text only; the UI
// adds decoration.
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Column
    {
        Name,
        Transport,
        Services,
        Dns,
        Smtp,
        ColumnCount
    };
    enum Role
    {
        IsCurrentRole = Qt::UserRole + 1
    };

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProfileStore *m_store;
};

} // namespace MailOps
