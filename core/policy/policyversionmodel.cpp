#include "policyversionmodel.h"

namespace MailOps {

PolicyVersionModel::PolicyVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyVersionModel::setVersions(const QList<PolicyVersion> &versions, qint64 live)
{
    beginResetModel();
    m_versions = versions;
    m_live = live;
    endResetModel();
}

int PolicyVersionModel::rowOf(qint64 number) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).number == number)
            return i;
    }
    return -1;
}

int PolicyVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PolicyVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyVersionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const PolicyVersion &v = m_versions.at(index.row());
    switch (role) {
    case NumberRole:
        return v.number;
    case StateRole:
        return int(v.state);
    case OriginRole:
        return int(v.origin);
    case LiveRole:
        return v.number == m_live;

    case Qt::ToolTipRole: {
        QStringList lines;
        if (!v.comment.isEmpty())
            lines << v.comment;
        for (const PolicyVersion::StateChange &c : v.history)
            lines << tr("%1  %2%3")
                         .arg(c.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             PolicyVersion::stateName(c.state),
                             c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Version:
        return v.number == m_live ? tr("%1 (live)").arg(v.label()) : v.label();
    case Time: {
        const QDateTime local = v.time.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case Author:
        return v.author;
    case State:
        return PolicyVersion::stateName(v.state);
    case Origin:
        return originText(v);
    case Comment:
        return v.comment;
    default:
        return {};
    }
}

QString PolicyVersionModel::originText(const PolicyVersion &v)
{
    switch (v.origin) {
    case PolicyVersion::Origin::Baseline:
        return tr("first seen");
    case PolicyVersion::Origin::Applied:
        return tr("applied");
    case PolicyVersion::Origin::Rollback:
        return v.rollbackOf > 0 ? tr("rollback to %1").arg(PolicyVersion::label(v.rollbackOf))
                                : tr("rollback");
    case PolicyVersion::Origin::Drift:
        return tr("DRIFT: edited outside");
    case PolicyVersion::Origin::Shadow:
        return v.rollbackOf > 0 ? tr("shadow of %1").arg(PolicyVersion::label(v.rollbackOf)) : tr("shadow");
    case PolicyVersion::Origin::Imported:
        break;
    }
    return tr("imported");
}

QVariant PolicyVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case Time:
        return tr("When");
    case Author:
        return tr("Who");
    case State:
        return tr("State");
    case Origin:
        return tr("How");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace MailOps
