#pragma once

#include "policy/policyversion.h"

#include <QAbstractTableModel>

namespace MailOps {

// A profile's policy versions as a table for views, newest first: version
// (marked when it is the one live on the gateway), time, author, state, how
// it came to be, comment. Text and roles only; the UI adds colours. Fed by
// PolicyHistory on the GUI thread.
class PolicyVersionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyVersionModel)

public:
    enum Column
    {
        Version,
        Time,
        Author,
        State,
        Origin,
        Comment,
        ColumnCount
    };
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        StateRole, // int of PolicyVersion::State
        OriginRole, // int of PolicyVersion::Origin
        LiveRole, // bool: what the gateway has now
    };

    explicit PolicyVersionModel(QObject *parent = nullptr);

    void setVersions(const QList<PolicyVersion> &versions, qint64 live);
    PolicyVersion version(int row) const { return m_versions.value(row); }
    int rowOf(qint64 number) const;
    qint64 live() const { return m_live; }

    // How it came to be, in a few words: "applied", "rollback to v3".
    static QString originText(const PolicyVersion &version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PolicyVersion> m_versions;
    qint64 m_live = 0;
};

} // namespace MailOps
