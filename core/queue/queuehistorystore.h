#pragma once

#include "common/result.h"
#include "queue/queuedepthsample.h"
#include "storage/sqlitefile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace MailOps {

// Keeps queue depth samples per gateway profile in an SQLite file (WAL, one
// transaction per append) so the chart survives a restart and can show a
// month; old samples are pruned. Lives on the thread that calls open(): its
// named connection may be used only there. A damaged file (not a database,
// truncated, a directory, read-only, written by a newer version) is moved
// aside as "<file>.damaged", a new history is started and the damage is
// reported as an Error; a sample that cannot be written is kept in memory
// (bounded) and written on the next append that succeeds.
class QueueHistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueHistoryStore)

public:
    static constexpr int SchemaVersion = 1;

    // "<AppDataLocation>/queue-history.sqlite".
    static QString defaultPath();

    explicit QueueHistoryStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~QueueHistoryStore() override;

    QString path() const { return m_path; }
    void setRetentionDays(int days) { m_retentionDays = qMax(1, days); }
    int retentionDays() const { return m_retentionDays; }
    // Prune every this many appends (besides on open).
    void setPruneInterval(int appends) { m_pruneInterval = qMax(1, appends); }
    void setMaxPending(int samples) { m_maxPending = qMax(1, samples); }

    // Opens or creates the file and prunes it. An Error when the file was
    // damaged (then isOpen() is true: a new history was started) or when no
    // history can be kept at all (isOpen() is false).
    Status open();
    bool isOpen() const { return m_open; }
    void close();

    // Writes one sample in its own transaction. An Error means the sample is
    // not on disk yet: it waits in memory and goes with the next append that
    // succeeds. Samples at the same time for the same profile replace each other.
    Status append(const QString &profile, const QueueDepthSample &sample);
    // Many samples in one transaction, e.g. an import.
    Status append(const QString &profile, const QList<QueueDepthSample> &samples);
    int pendingCount() const { return int(m_pending.size()); }
    qint64 droppedCount() const { return m_dropped; }

    // Samples of `profile` with from <= at <= to, oldest first. More than
    // maxPoints are reduced to at most maxPoints buckets, each holding the
    // largest count of every queue within it (peaks survive) and the time of
    // its first sample. Samples still waiting in memory are not included.
    Result<QList<QueueDepthSample>> samples(
        const QString &profile, const QDateTime &from, const QDateTime &to, int maxPoints = 2000);
    Result<QStringList> profiles();

    // Deletes samples older than the retention before `now`. Returns how many.
    Result<qint64> prune(const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    // A damaged file was moved aside and a new history started.
    void damaged(const MailOps::Error &error);

private:
    struct Pending
    {
        QString profile;
        QueueDepthSample sample;
    };

    using Outcome = SqliteFile::Outcome;

    Status openOnce(Outcome *outcome);
    Status prepare(Outcome *outcome);
    Status recover(const Error &cause);
    Status writePending(Outcome *outcome);
    Result<qint64> profileId(const QString &profile, bool create, Outcome *outcome);
    Error sqlError(const QString &what, const QSqlQuery &query, Outcome *outcome) const;
    Error sqlError(const QString &what, const QSqlError &error, Outcome *outcome) const;
    Status queue(const QString &profile, const QList<QueueDepthSample> &samples);
    void trimPending();
    void dropConnection();

    QString m_path;
    SqliteFile m_file;
    std::unique_ptr<QSqlQuery> m_insert;
    QHash<QString, qint64> m_profileIds;
    QList<Pending> m_pending;
    bool m_open = false;
    int m_retentionDays = 30;
    int m_pruneInterval = 1000;
    int m_sincePrune = 0;
    int m_maxPending = 20000;
    qint64 m_dropped = 0;
    qint64 m_lastReopenAttempt = 0; // ms since epoch
};

} // namespace MailOps
