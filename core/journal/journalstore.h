#pragma once

#include "common/result.h"
#include "journal/journalevent.h"
#include "journal/journalfilter.h"
#include "journal/journalsink.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThreadStorage>

class QTimer;

namespace MailOps {

class SqliteFile;

// The console's append-only event journal: one SQLite file (WAL, one row per
// event) that the GUI and the `mailops` commands write at the same time.
// record() may be called from any thread: each thread uses a named
// connection of its own, writers wait for each other's locks and retry when
// another process holds the file. An event that cannot be written waits in
// memory (bounded) and goes with the next write that succeeds; the failure
// is reported once through writeFailed() until a write succeeds again. A
// damaged file is moved aside as "<file>.damaged" and a new journal started.
// The QObject lives on the thread that calls open(): the signals come there,
// and a cheap timer there notices events written by other processes.
class JournalStore final : public QObject, public JournalSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalStore)

public:
    static constexpr int SchemaVersion = 1;

    // "<AppDataLocation>/journal.sqlite".
    static QString defaultPath();

    explicit JournalStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~JournalStore() override;

    QString path() const { return m_path; }
    // How often events written by other processes are looked for.
    void setPollInterval(int ms);
    void setMaxPending(int events);

    // Opens or creates the file. An Error when it was damaged (isOpen() is
    // then true: a new journal was started) or cannot be opened at all.
    Status open();
    bool isOpen() const;

    // JournalSink: never fails from the writer's point of view.
    void record(const JournalEvent &event) override;
    // The same, telling whether the event is on disk yet.
    Status append(const JournalEvent &event);
    int pendingCount() const;
    qint64 droppedCount() const;

    // Reading, on any thread; newest first.
    Result<JournalEventList> events(const JournalFilter &filter = {});
    Result<QStringList> kinds();
    Result<QStringList> profiles();
    // The id of the newest event on disk, 0 for an empty journal.
    Result<qint64> latestId();

Q_SIGNALS:
    // Events were added, by this process or another; read them with
    // JournalFilter::afterId.
    void eventsAdded();
    // Writing failed; emitted once until a write succeeds again.
    void writeFailed(const MailOps::Error &error);
    // A damaged file was moved aside and a new journal started.
    void damaged(const MailOps::Error &error);

private:
    struct Connection;

    Connection *connection(Status *status);
    Status openConnection(Connection *c, bool *movedAside);
    Status writePendingLocked(bool *movedAside, Error *damage);
    void releaseIfForeign();
    void checkForNew(bool wroteHere);

    QString m_path;
    QThreadStorage<Connection *> m_connections;
    QTimer *m_poll = nullptr;

    // Guards what follows: the events waiting to be written and the file's
    // generation (a new one after a damaged file was moved aside).
    mutable QMutex m_mutex;
    QList<JournalEvent> m_pending;
    int m_maxPending = 5000;
    qint64 m_dropped = 0;
    int m_generation = 0;
    bool m_failureReported = false;
    bool m_opened = false;

    // Only on the store's thread.
    qint64 m_seenId = 0;
    qint64 m_dataVersion = -1;
};

} // namespace MailOps
