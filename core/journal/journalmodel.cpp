#include "journalmodel.h"

#include "journal/journalstore.h"

namespace MailOps {

JournalModel::JournalModel(JournalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_filter.limit = 200;
    connect(m_store, &JournalStore::eventsAdded, this, &JournalModel::addNew);
    reload();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Gateway:
            return e.profile;
        case Kind:
            return e.kind;
        case Severity:
            return JournalEvent::severityName(e.severity);
        case Summary:
            return e.summary;
        case Subject:
            return e.subject;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return e.time.toUTC().toString(Qt::ISODateWithMs);
        return index.column() == Summary ? e.summary : QVariant();
    case IdRole:
        return e.id;
    case SeverityRole:
        return int(e.severity);
    case SubjectRole:
        return e.subject;
    case ProfileRole:
        return e.profile;
    case KindRole:
        return e.kind;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Gateway:
        return tr("Gateway");
    case Kind:
        return tr("Kind");
    case Severity:
        return tr("Severity");
    case Summary:
        return tr("Summary");
    case Subject:
        return tr("Concerns");
    default:
        return {};
    }
}

JournalEvent JournalModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row) : JournalEvent {};
}

void JournalModel::setPageSize(int rows)
{
    m_filter.limit = qMax(1, rows);
}

void JournalModel::setFilter(const JournalFilter &filter)
{
    const int limit = m_filter.limit;
    m_filter = filter;
    m_filter.limit = limit;
    reload();
}

void JournalModel::setKindFilter(const QString &kind)
{
    m_filter.kind = kind;
    reload();
}

void JournalModel::setProfileFilter(const QString &profile)
{
    m_filter.profile = profile;
    reload();
}

void JournalModel::setTextFilter(const QString &text)
{
    m_filter.text = text;
    reload();
}

void JournalModel::setMinSeverity(JournalEvent::Severity severity)
{
    m_filter.minSeverity = severity;
    reload();
}

void JournalModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_filter.from = from;
    m_filter.to = to;
    reload();
}

void JournalModel::reload()
{
    JournalFilter f = m_filter;
    f.beforeId = 0;
    f.afterId = 0;
    const Result<JournalEventList> page = m_store->events(f);
    beginResetModel();
    m_events = page ? page.value() : JournalEventList {};
    m_atEnd = !page || m_events.size() < f.limit;
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!page)
        Q_EMIT loadFailed(page.error());
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_events.isEmpty();
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_resetting || m_inserting) {
        // Views ask for more while they handle modelReset or a row change:
        // inserting rows inside that signal would be a change within a
        // change. One later fetch answers them all.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fetchQueued = false;
                    fetchMore({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    JournalFilter f = m_filter;
    f.beforeId = m_events.last().id;
    f.afterId = 0;
    const Result<JournalEventList> page = m_store->events(f);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error());
        return;
    }
    m_atEnd = page->size() < f.limit;
    if (page->isEmpty())
        return;
    const int first = int(m_events.size());
    m_inserting = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_events.append(page.value());
    endInsertRows();
    m_inserting = false;
}

void JournalModel::addNew()
{
    const qint64 newest = m_events.isEmpty() ? 0 : m_events.first().id;
    const Result<qint64> latest = m_store->latestId();
    if (latest && latest.value() < newest) {
        // The file was replaced (a damaged journal moved aside).
        reload();
        return;
    }
    JournalFilter f = m_filter;
    f.beforeId = 0;
    f.afterId = newest;
    // Everything that arrived, even beyond one page: the rows below stay.
    f.limit = 100000;
    const Result<JournalEventList> fresh = m_store->events(f);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error());
        return;
    }
    if (fresh->isEmpty())
        return;
    m_inserting = true;
    beginInsertRows({}, 0, int(fresh->size()) - 1);
    m_events = fresh.value() + m_events;
    endInsertRows();
    m_inserting = false;
}

} // namespace MailOps
