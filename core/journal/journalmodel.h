#pragma once

#include "common/error.h"
#include "journal/journalevent.h"
#include "journal/journalfilter.h"

#include <QAbstractTableModel>

namespace MailOps {

class JournalStore;

// The journal as a table for views, newest first: time, gateway, kind,
// severity, summary, subject, as text and numbers only (the UI adds colours
// and icons). Live: events that arrive are inserted at the top. Loads one
// page of the filter and the next on fetchMore(). Reads the store on the
// thread it lives on; a page is a few milliseconds.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column
    {
        Time,
        Gateway,
        Kind,
        Severity,
        Summary,
        Subject,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SeverityRole, // int of JournalEvent::Severity
        SubjectRole,
        ProfileRole,
        KindRole,
    };

    explicit JournalModel(JournalStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    JournalEvent event(int row) const;
    JournalEventList events() const { return m_events; }

    // Each setter reloads the first page.
    void setKindFilter(const QString &kind);
    void setProfileFilter(const QString &profile);
    void setTextFilter(const QString &text);
    void setMinSeverity(JournalEvent::Severity severity);
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    JournalFilter filter() const { return m_filter; }
    // All of it at once, one reload (the page size and ids are kept).
    void setFilter(const JournalFilter &filter);
    void setPageSize(int rows);

    // Rereads the first page.
    void reload();

Q_SIGNALS:
    // After a reload or when the store could not be read.
    void loadFailed(const MailOps::Error &error);

private:
    void addNew();

    JournalStore *m_store;
    JournalFilter m_filter;
    JournalEventList m_events;
    bool m_atEnd = true;
    bool m_resetting = false;
    bool m_inserting = false;
    bool m_fetchQueued = false;
};

} // namespace MailOps
