#include "queuehistorystore.h"

#include "common/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace MailOps {

namespace {

// A closed store retries opening at most this often, so a broken disk does
// not cost an open attempt per sample.
constexpr qint64 kReopenIntervalMs = 30000;

const QString kColumns = QStringLiteral("active, deferred, hold, incoming, maildrop, other, total");

// Format 1. Later formats add a step each, from the one before.
SqliteFile::Steps schemaSteps()
{
    return {
        {
            QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral(
                "CREATE TABLE samples (profile INTEGER NOT NULL REFERENCES profiles(id), t INTEGER NOT NULL, "
                "active INTEGER NOT NULL, deferred INTEGER NOT NULL, hold INTEGER NOT NULL, "
                "incoming INTEGER NOT NULL, maildrop INTEGER NOT NULL, other INTEGER NOT NULL, "
                "total INTEGER NOT NULL, PRIMARY KEY (profile, t)) WITHOUT ROWID"),
        },
    };
}

} // namespace

QString QueueHistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/queue-history.sqlite");
}

QueueHistoryStore::QueueHistoryStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_file(path, QStringLiteral("mailops-queuehistory-"), tr("queue history"), schemaSteps())
{
    static_assert(SchemaVersion == 1, "add a step to schemaSteps()");
}

QueueHistoryStore::~QueueHistoryStore()
{
    if (!m_pending.isEmpty())
        qCWarning(lcQueue) << m_pending.size() << "queue samples were never written to" << m_path;
    dropConnection();
}

void QueueHistoryStore::close()
{
    dropConnection();
}

void QueueHistoryStore::dropConnection()
{
    // Every query on the connection must be gone before it is removed.
    m_insert.reset();
    m_profileIds.clear();
    m_open = false;
    m_file.close();
}

Error QueueHistoryStore::sqlError(const QString &what, const QSqlError &error, Outcome *outcome) const
{
    return m_file.sqlError(what, error, outcome);
}

Error QueueHistoryStore::sqlError(const QString &what, const QSqlQuery &query, Outcome *outcome) const
{
    return m_file.sqlError(what, query, outcome);
}

Status QueueHistoryStore::open()
{
    dropConnection();
    m_lastReopenAttempt = QDateTime::currentMSecsSinceEpoch();
    Outcome outcome = Outcome::Ok;
    Status opened = openOnce(&outcome);
    if (outcome == Outcome::Damaged)
        opened = recover(opened.error());
    if (!m_open)
        return opened;

    const Result<qint64> pruned = prune();
    if (!pruned)
        qCWarning(lcQueue).noquote() << pruned.error().toString();
    Status written = writePending(&outcome);
    if (!written && outcome == Outcome::Damaged) {
        opened = recover(written.error());
        written = m_open ? writePending(&outcome) : opened;
    }
    return opened ? written : opened;
}

Status QueueHistoryStore::openOnce(Outcome *outcome)
{
    if (Status opened = m_file.openOnce(outcome); !opened)
        return opened;
    return prepare(outcome);
}

Status QueueHistoryStore::prepare(Outcome *outcome)
{
    m_insert = std::make_unique<QSqlQuery>(m_file.database());
    if (!m_insert->prepare(QStringLiteral("INSERT OR REPLACE INTO samples (profile, t, ") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(tr("Cannot prepare the queue history %1").arg(m_path), *m_insert, outcome);
    *outcome = Outcome::Ok;
    m_open = true;
    return Ok {};
}

Status QueueHistoryStore::recover(const Error &cause)
{
    dropConnection();
    bool movedAside = false;
    const Status recovered = m_file.recover(cause, &movedAside);
    if (m_file.isOpen()) {
        Outcome outcome = Outcome::Ok;
        if (Status prepared = prepare(&outcome); !prepared) {
            dropConnection();
            qCWarning(lcQueue).noquote() << prepared.error().message;
        }
    }
    if (movedAside)
        Q_EMIT damaged(recovered.error());
    return recovered;
}

Result<qint64> QueueHistoryStore::profileId(const QString &profile, bool create, Outcome *outcome)
{
    const auto cached = m_profileIds.constFind(profile);
    if (cached != m_profileIds.cend())
        return cached.value();
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT id FROM profiles WHERE name = ?"));
    q.addBindValue(profile);
    if (!q.exec())
        return sqlError(tr("Cannot read the queue history %1").arg(m_path), q, outcome);
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_profileIds.insert(profile, id);
        return id;
    }
    if (!create)
        return qint64(-1);
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO profiles (name) VALUES (?)"));
    q.addBindValue(profile);
    if (!q.exec())
        return sqlError(tr("Cannot write to the queue history %1").arg(m_path), q, outcome);
    const qint64 id = q.lastInsertId().toLongLong();
    m_profileIds.insert(profile, id);
    return id;
}

Status QueueHistoryStore::writePending(Outcome *outcome)
{
    *outcome = Outcome::Ok;
    if (m_pending.isEmpty())
        return Ok {};
    const QString what = tr("Cannot write to the queue history %1").arg(m_path);
    if (!m_file.database().transaction())
        return sqlError(what, m_file.database().lastError(), outcome);
    auto fail = [&](const Error &e) -> Status {
        m_insert->finish();
        m_file.database().rollback();
        // Ids handed out inside the rolled-back transaction are gone.
        m_profileIds.clear();
        return e;
    };
    for (const Pending &p : std::as_const(m_pending)) {
        const Result<qint64> id = profileId(p.profile, true, outcome);
        if (!id)
            return fail(id.error());
        m_insert->bindValue(0, id.value());
        m_insert->bindValue(1, p.sample.at.toMSecsSinceEpoch());
        for (int q = 0; q < QueueSummary::QueueCount; ++q)
            m_insert->bindValue(2 + q, p.sample.messages[size_t(q)]);
        m_insert->bindValue(2 + QueueSummary::QueueCount, p.sample.total);
        if (!m_insert->exec())
            return fail(sqlError(what, *m_insert, outcome));
    }
    m_insert->finish();
    if (!m_file.database().commit())
        return fail(sqlError(what, m_file.database().lastError(), outcome));
    m_sincePrune += int(qMin<qsizetype>(m_pending.size(), m_pruneInterval));
    m_pending.clear();
    if (m_sincePrune >= m_pruneInterval) {
        m_sincePrune = 0;
        const Result<qint64> pruned = prune();
        if (!pruned)
            qCWarning(lcQueue).noquote() << pruned.error().toString();
    }
    return Ok {};
}

Status QueueHistoryStore::queue(const QString &profile, const QList<QueueDepthSample> &samples)
{
    if (profile.isEmpty())
        return Error { Error::Code::InvalidInput, tr("A queue sample needs a profile name.") };
    for (const QueueDepthSample &s : samples) {
        bool negative = s.total < 0;
        for (qint64 n : s.messages)
            negative = negative || n < 0;
        if (!s.at.isValid() || negative)
            return Error { Error::Code::InvalidInput,
                tr("A queue sample has no valid time or a negative count.") };
    }
    m_pending.reserve(m_pending.size() + samples.size());
    for (const QueueDepthSample &s : samples)
        m_pending.append({ profile, s });
    return Ok {};
}

void QueueHistoryStore::trimPending()
{
    // Only what could not be written is capped: a large batch into an open
    // file goes in whole.
    if (m_pending.size() <= m_maxPending)
        return;
    const qsizetype excess = m_pending.size() - m_maxPending;
    m_pending.remove(0, excess);
    m_dropped += excess;
    qCWarning(lcQueue) << "queue history: dropped" << excess << "unwritten samples";
}

Status QueueHistoryStore::append(const QString &profile, const QueueDepthSample &sample)
{
    return append(profile, QList<QueueDepthSample> { sample });
}

Status QueueHistoryStore::append(const QString &profile, const QList<QueueDepthSample> &samples)
{
    if (Status queued = queue(profile, samples); !queued)
        return queued;
    if (!m_open) {
        if (QDateTime::currentMSecsSinceEpoch() - m_lastReopenAttempt >= kReopenIntervalMs)
            open();
        trimPending();
        if (!m_open || !m_pending.isEmpty())
            return Error { Error::Code::IoError,
                tr("The queue history %1 cannot be written; %n queue sample(s) are waiting in memory.",
                    nullptr, pendingCount())
                    .arg(m_path) };
        return Ok {};
    }
    Outcome outcome = Outcome::Ok;
    Status written = writePending(&outcome);
    if (!written && outcome == Outcome::Damaged) {
        // The samples are still pending: recover() starts a new file, then
        // they go into it.
        recover(written.error());
        if (m_open)
            written = writePending(&outcome);
    }
    if (!written) {
        trimPending();
        qCWarning(lcQueue).noquote() << written.error().message;
        return Error { written.error().code,
            tr("%1; %n queue sample(s) are waiting in memory.", nullptr, pendingCount())
                .arg(written.error().message) };
    }
    return Ok {};
}

Result<QList<QueueDepthSample>> QueueHistoryStore::samples(
    const QString &profile, const QDateTime &from, const QDateTime &to, int maxPoints)
{
    if (!from.isValid() || !to.isValid() || maxPoints < 1)
        return Error { Error::Code::InvalidInput,
            tr("A queue history request needs a valid time range and at least one point.") };
    if (!m_open)
        return Error { Error::Code::IoError, tr("The queue history %1 is not open.").arg(m_path) };
    const qint64 t0 = from.toMSecsSinceEpoch();
    const qint64 t1 = to.toMSecsSinceEpoch();
    QList<QueueDepthSample> out;
    if (t0 > t1)
        return out;

    Outcome outcome = Outcome::Ok;
    Error failure;
    bool failed = false;
    {
        const QString what = tr("Cannot read the queue history %1").arg(m_path);
        const Result<qint64> id = profileId(profile, false, &outcome);
        if (!id) {
            failure = id.error();
            failed = true;
        } else if (id.value() >= 0) {
            QSqlQuery q(m_file.database());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT count(*) FROM samples WHERE profile = ? AND t BETWEEN ? AND ?"));
            q.addBindValue(id.value());
            q.addBindValue(t0);
            q.addBindValue(t1);
            if (!q.exec() || !q.next()) {
                failure = sqlError(what, q, &outcome);
                failed = true;
            } else {
                const qint64 count = q.value(0).toLongLong();
                q.finish();
                if (count <= maxPoints) {
                    q.prepare(QStringLiteral("SELECT t, ") + kColumns
                        + QStringLiteral(" FROM samples WHERE profile = ? AND t BETWEEN ? AND ? ORDER BY t"));
                } else {
                    // Integer buckets of equal width; at most maxPoints of them.
                    const qint64 span = t1 - t0 + 1;
                    const qint64 width = (span + maxPoints - 1) / maxPoints;
                    q.prepare(
                        QStringLiteral("SELECT min(t), max(active), max(deferred), max(hold), max(incoming), "
                                       "max(maildrop), max(other), max(total) FROM samples "
                                       "WHERE profile = ? AND t BETWEEN ? AND ? "
                                       "GROUP BY (t - %1) / %2 ORDER BY 1")
                            .arg(t0)
                            .arg(width));
                }
                q.addBindValue(id.value());
                q.addBindValue(t0);
                q.addBindValue(t1);
                if (!q.exec()) {
                    failure = sqlError(what, q, &outcome);
                    failed = true;
                } else {
                    out.reserve(qsizetype(qMin<qint64>(count, maxPoints)));
                    while (q.next()) {
                        QueueDepthSample s;
                        s.at = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
                        for (int i = 0; i < QueueSummary::QueueCount; ++i)
                            s.messages[size_t(i)] = q.value(1 + i).toLongLong();
                        s.total = q.value(1 + QueueSummary::QueueCount).toLongLong();
                        out.append(s);
                    }
                    if (q.lastError().isValid()) {
                        failure = sqlError(what, q, &outcome);
                        failed = true;
                    }
                }
            }
        }
    }
    if (failed) {
        if (outcome == Outcome::Damaged)
            return recover(failure).error();
        return failure;
    }
    return out;
}

Result<QStringList> QueueHistoryStore::profiles()
{
    if (!m_open)
        return Error { Error::Code::IoError, tr("The queue history %1 is not open.").arg(m_path) };
    QStringList names;
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("SELECT name FROM profiles ORDER BY name")))
        return sqlError(tr("Cannot read the queue history %1").arg(m_path), q, nullptr);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<qint64> QueueHistoryStore::prune(const QDateTime &now)
{
    if (!m_open)
        return Error { Error::Code::IoError, tr("The queue history %1 is not open.").arg(m_path) };
    const qint64 cutoff = now.toMSecsSinceEpoch() - qint64(m_retentionDays) * 24 * 3600 * 1000;
    QSqlQuery q(m_file.database());
    // Per profile, so the primary key (profile, t) serves the range.
    q.prepare(QStringLiteral("DELETE FROM samples WHERE profile IN (SELECT id FROM profiles) AND t < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return sqlError(tr("Cannot prune the queue history %1").arg(m_path), q, nullptr);
    const qint64 removed = q.numRowsAffected();
    if (removed > 0)
        qCInfo(lcQueue) << "queue history: pruned" << removed << "samples older than" << m_retentionDays
                        << "days";
    return removed;
}

} // namespace MailOps
