#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlError;
class QSqlQuery;

namespace MailOps {

// One SQLite file of the console opened the way every store wants it: a
// named connection of its own (usable only on the thread that opened it),
// WAL, synchronous=NORMAL, a busy timeout for other processes on the same
// file, an integrity check, and the schema brought to the current
// `user_version` by a list of steps run in one transaction. A damaged file
// (not a database, truncated, a directory, read-only, a newer format,
// another program's database) is moved aside as "<file>.damaged" with its
// write-ahead log, and a new one is started: the damage comes back as an
// Error whose message names where the old file went.
class SqliteFile final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::SqliteFile)
    Q_DISABLE_COPY_MOVE(SqliteFile)

public:
    // Whether a failure means the file is damaged (move it aside) or only
    // that it cannot be reached now (try again later).
    enum class Outcome
    {
        Ok,
        Damaged,
        Failed
    };

    // Statements that bring the schema from format i to i + 1; step 0 starts
    // from an empty file. The current format is steps.size().
    using Steps = QList<QStringList>;

    // `what` names the file in messages, e.g. tr("queue history"); the
    // connection is "<connectionPrefix><serial>".
    SqliteFile(const QString &path, const QString &connectionPrefix, const QString &what, Steps steps);
    ~SqliteFile();

    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    int schemaVersion() const { return int(m_steps.size()); }
    QSqlDatabase database() const { return m_db; }
    bool isOpen() const { return m_open; }
    // Milliseconds a statement waits for another writer's lock.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }

    // Opens, checks and migrates the file, without repairing it: `outcome`
    // tells whether a failure is damage.
    Status openOnce(Outcome *outcome);
    // openOnce() as the stores use it: on damage the file is moved aside and
    // a new one started (see recover()).
    Status open(bool *movedAside = nullptr);
    // Moves the damaged file aside and starts a new one. Always an Error that
    // says what happened; `movedAside` tells whether the file went aside,
    // isOpen() whether a new one could be started.
    Status recover(const Error &cause, bool *movedAside = nullptr);
    // Every query on the connection must be gone before this.
    void close();

    // An Error for a failed statement; `outcome` (may be null) says whether
    // the code means damage.
    Error sqlError(const QString &what, const QSqlError &error, Outcome *outcome) const;
    Error sqlError(const QString &what, const QSqlQuery &query, Outcome *outcome) const;
    // SQLITE_BUSY or SQLITE_LOCKED: another writer held the lock longer than
    // the busy timeout; worth another try.
    static bool isBusy(const QSqlError &error);

    // BEGIN IMMEDIATE, body, COMMIT on this connection: rolled back when the
    // body fails, tried again while another writer holds the lock. `what`
    // starts the message of a failed statement.
    using WriteBody = std::function<Status(QSqlQuery &)>;
    Status write(const QString &what, const WriteBody &body);

private:
    Status migrate(Outcome *outcome);
    Status moveAside();

    QString m_path;
    QString m_connection;
    QString m_what;
    Steps m_steps;
    QSqlDatabase m_db;
    bool m_open = false;
    int m_busyTimeoutMs = 3000;
};

} // namespace MailOps
