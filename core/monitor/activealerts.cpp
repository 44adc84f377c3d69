#include "activealerts.h"

#include <algorithm>

namespace MailOps {

namespace {
bool before(const ActiveAlerts::Alert &a, const ActiveAlerts::Alert &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    return a.since < b.since;
}
} // namespace

ActiveAlerts::ActiveAlerts(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ActiveAlerts::indexOf(const QString &name) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].name == name)
            return i;
    }
    return -1;
}

void ActiveAlerts::place(Alert alert)
{
    const auto at = std::upper_bound(m_alerts.cbegin(), m_alerts.cend(), alert, before);
    const int row = int(at - m_alerts.cbegin());
    beginInsertRows({}, row, row);
    m_alerts.insert(row, std::move(alert));
    endInsertRows();
}

void ActiveAlerts::raise(Alert alert)
{
    const int old = indexOf(alert.name);
    if (old >= 0) {
        alert.since = m_alerts[old].since;
        // Same place in the order: changed in place, which keeps views'
        // selections; otherwise taken out and put back where it now belongs.
        const bool staysPut = (old == 0 || !before(alert, m_alerts[old - 1]))
            && (old == m_alerts.size() - 1 || !before(m_alerts[old + 1], alert));
        if (staysPut) {
            m_alerts[old] = std::move(alert);
            Q_EMIT dataChanged(index(old), index(old));
            Q_EMIT changed();
            return;
        }
        beginRemoveRows({}, old, old);
        m_alerts.removeAt(old);
        endRemoveRows();
    } else if (!alert.since.isValid()) {
        alert.since = QDateTime::currentDateTimeUtc();
    }
    place(std::move(alert));
    Q_EMIT changed();
}

bool ActiveAlerts::clear(const QString &name)
{
    const int row = indexOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_alerts.removeAt(row);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

void ActiveAlerts::clearSource(const QString &source)
{
    bool any = false;
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (m_alerts[row].source != source)
            continue;
        beginRemoveRows({}, row, row);
        m_alerts.removeAt(row);
        endRemoveRows();
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void ActiveAlerts::clearAll()
{
    if (m_alerts.isEmpty())
        return;
    beginResetModel();
    m_alerts.clear();
    endResetModel();
    Q_EMIT changed();
}

std::optional<ActiveAlerts::Alert> ActiveAlerts::find(const QString &name) const
{
    const int row = indexOf(name);
    if (row < 0)
        return std::nullopt;
    return m_alerts[row];
}

std::optional<ActiveAlerts::Alert> ActiveAlerts::worst() const
{
    if (m_alerts.isEmpty())
        return std::nullopt;
    return m_alerts.constFirst();
}

std::optional<ActiveAlerts::Alert> ActiveAlerts::worst(const QString &source) const
{
    for (const Alert &a : m_alerts) {
        if (a.source == source)
            return a;
    }
    return std::nullopt;
}

ActiveAlerts::Severity ActiveAlerts::worstSeverity() const
{
    return m_alerts.isEmpty() ? Severity::Info : m_alerts.constFirst().severity;
}

int ActiveAlerts::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant ActiveAlerts::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QString(a.title + QStringLiteral(": ") + a.text);
    case Qt::ToolTipRole:
        return a.text;
    case NameRole:
        return a.name;
    case SourceRole:
        return a.source;
    case SeverityRole:
        return int(a.severity);
    case SinceRole:
        return a.since;
    case TitleRole:
        return a.title;
    case TextRole:
        return a.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActiveAlerts::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(NameRole, "name");
    roles.insert(SourceRole, "source");
    roles.insert(SeverityRole, "severity");
    roles.insert(SinceRole, "since");
    roles.insert(TitleRole, "title");
    roles.insert(TextRole, "text");
    return roles;
}

} // namespace MailOps
