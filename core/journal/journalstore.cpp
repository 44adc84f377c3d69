#include "journalstore.h"

#include "storage/sqlitefile.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <memory>

namespace MailOps {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "mailops.journal")

// Another process in the middle of a long write: a few more tries, each
// after the busy timeout ran out, before the event waits in memory.
constexpr int kBusyRetries = 4;

const QString kColumns = QStringLiteral("id, t, profile, kind, severity, summary, payload, subject");

SqliteFile::Steps schemaSteps()
{
    return {
        {
            QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, t INTEGER NOT NULL, "
                           "profile TEXT NOT NULL, kind TEXT NOT NULL, severity INTEGER NOT NULL, "
                           "summary TEXT NOT NULL, payload TEXT NOT NULL, subject TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_t ON events(t)"),
            QStringLiteral("CREATE INDEX events_kind ON events(kind)"),
            QStringLiteral("CREATE INDEX events_profile ON events(profile)"),
        },
    };
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse: one
// such event would block every later one.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

JournalEvent eventFrom(const QSqlQuery &q)
{
    JournalEvent e;
    e.id = q.value(0).toLongLong();
    e.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.profile = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.severity = JournalEvent::Severity(qBound(0, q.value(4).toInt(), int(JournalEvent::Severity::Critical)));
    e.summary = q.value(5).toString();
    e.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.subject = q.value(7).toString();
    return e;
}

} // namespace

struct JournalStore::Connection
{
    std::unique_ptr<SqliteFile> file;
    int generation = -1;
};

QString JournalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal.sqlite");
}

JournalStore::JournalStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_poll(new QTimer(this))
{
    static_assert(SchemaVersion == 1, "add a step to schemaSteps()");
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, [this] { checkForNew(false); });
}

JournalStore::~JournalStore()
{
    if (!m_pending.isEmpty())
        qCWarning(lcJournal) << m_pending.size() << "journal events were never written to" << m_path;
    // This thread's connection; a worker's goes when its thread ends.
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

void JournalStore::setPollInterval(int ms)
{
    m_poll->setInterval(qMax(10, ms));
}

void JournalStore::setMaxPending(int events)
{
    QMutexLocker lock(&m_mutex);
    m_maxPending = qMax(1, events);
}

bool JournalStore::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_opened;
}

int JournalStore::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

qint64 JournalStore::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

Status JournalStore::openConnection(Connection *c, bool *movedAside)
{
    // Called with m_mutex held: only one thread moves a damaged file aside.
    *movedAside = false;
    if (!c->file)
        c->file = std::make_unique<SqliteFile>(
            m_path, QStringLiteral("mailops-journal-"), tr("journal"), schemaSteps());
    c->file->close();
    Status opened = c->file->open(movedAside);
    if (*movedAside)
        ++m_generation;
    c->generation = m_generation;
    return opened;
}

JournalStore::Connection *JournalStore::connection(Status *status)
{
    // Called with m_mutex held.
    if (!m_connections.hasLocalData())
        m_connections.setLocalData(new Connection);
    Connection *c = m_connections.localData();
    *status = Ok {};
    if (!c->file || !c->file->isOpen() || c->generation != m_generation) {
        bool movedAside = false;
        *status = openConnection(c, &movedAside);
        if (movedAside && c->file->isOpen()) {
            const Error e = status->error();
            QMetaObject::invokeMethod(
                this, [this, e] { Q_EMIT damaged(e); }, Qt::QueuedConnection);
            *status = Ok {};
        }
        if (c->file->isOpen())
            m_opened = true;
    }
    return c;
}

void JournalStore::releaseIfForeign()
{
    // A pool thread can outlive the store, and what its storage holds then
    // is never closed: other threads open per call, only the store's own
    // thread keeps its connection.
    if (QThread::currentThread() == thread())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

Status JournalStore::open()
{
    Status result = Ok {};
    bool movedAside = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.hasLocalData())
            m_connections.setLocalData(new Connection);
        result = openConnection(m_connections.localData(), &movedAside);
        m_opened = m_connections.localData()->file->isOpen();
    }
    if (movedAside)
        Q_EMIT damaged(result.error());
    if (!isOpen())
        return result;
    m_seenId = latestId().valueOr(0);
    m_dataVersion = -1;
    checkForNew(false);
    m_poll->start();
    // What waited in memory goes now.
    bool hadPending = false;
    {
        QMutexLocker lock(&m_mutex);
        hadPending = !m_pending.isEmpty();
    }
    if (hadPending) {
        Status written = Ok {};
        Error damage;
        bool aside = false;
        {
            QMutexLocker lock(&m_mutex);
            written = writePendingLocked(&aside, &damage);
            if (written)
                m_failureReported = false;
        }
        if (aside)
            Q_EMIT damaged(damage);
        if (written)
            checkForNew(true);
        if (result)
            result = written;
    }
    return result;
}

Status JournalStore::writePendingLocked(bool *movedAside, Error *damage)
{
    *movedAside = false;
    Status status = Ok {};
    Connection *c = connection(&status);
    if (!c->file->isOpen())
        return status;
    if (m_pending.isEmpty())
        return Ok {};

    const QString what = tr("Cannot write to the journal %1").arg(m_path);
    Status result = Ok {};
    for (int attempt = 0; attempt <= kBusyRetries + 1; ++attempt) {
        SqliteFile::Outcome outcome = SqliteFile::Outcome::Ok;
        bool busy = false;
        // No handle on the connection may outlive this: recover() below
        // removes it.
        result = [&]() -> Status {
            const QSqlDatabase db = c->file->database();
            QSqlQuery q(db);
            // IMMEDIATE takes the write lock first, so two writers never
            // both hold a read lock and wait for each other.
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                busy = SqliteFile::isBusy(q.lastError());
                return c->file->sqlError(what, q, &outcome);
            }
            q.prepare(
                QStringLiteral("INSERT INTO events (t, profile, kind, severity, summary, payload, subject) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const JournalEvent &e : std::as_const(m_pending)) {
                q.bindValue(0, e.time.toMSecsSinceEpoch());
                q.bindValue(1, notNull(e.profile));
                q.bindValue(2, notNull(e.kind));
                q.bindValue(3, int(e.severity));
                q.bindValue(4, notNull(e.summary));
                q.bindValue(5, QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
                q.bindValue(6, notNull(e.subject));
                if (!q.exec()) {
                    busy = SqliteFile::isBusy(q.lastError());
                    const Error err = c->file->sqlError(what, q, &outcome);
                    q.finish();
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    return err;
                }
            }
            q.finish();
            if (!q.exec(QStringLiteral("COMMIT"))) {
                busy = SqliteFile::isBusy(q.lastError());
                const Error err = c->file->sqlError(what, q, &outcome);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return err;
            }
            return Ok {};
        }();
        if (result) {
            m_pending.clear();
            return result;
        }
        if (outcome == SqliteFile::Outcome::Damaged && !*movedAside) {
            const Status recovered = c->file->recover(result.error(), movedAside);
            if (*movedAside) {
                ++m_generation;
                c->generation = m_generation;
                *damage = recovered.error();
            }
            if (!c->file->isOpen())
                return recovered;
            continue;
        }
        if (!busy || attempt >= kBusyRetries)
            return result;
        QThread::msleep(20);
    }
    return result;
}

Status JournalStore::append(const JournalEvent &event)
{
    JournalEvent e = event;
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.time = e.time.toUTC();
    e.id = 0;

    Status written = Ok {};
    Error damage;
    bool movedAside = false;
    bool reportFailure = false;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(e);
        written = writePendingLocked(&movedAside, &damage);
        if (QThread::currentThread() != thread())
            m_connections.setLocalData(nullptr);
        if (written) {
            m_failureReported = false;
        } else {
            // Only what could not be written is capped, oldest first.
            if (m_pending.size() > m_maxPending) {
                const qsizetype excess = m_pending.size() - m_maxPending;
                m_pending.remove(0, excess);
                m_dropped += excess;
            }
            reportFailure = !m_failureReported;
            m_failureReported = true;
            const int waiting = int(m_pending.size());
            QString cause = written.error().message;
            if (cause.endsWith(QLatin1Char('.')))
                cause.chop(1);
            written = Error { written.error().code,
                tr("%1; %n journal event(s) are waiting in memory.", nullptr, waiting).arg(cause) };
        }
    }
    // Signals go out without the lock: a slot may record again.
    if (movedAside)
        QMetaObject::invokeMethod(
            this, [this, damage] { Q_EMIT damaged(damage); }, Qt::QueuedConnection);
    if (reportFailure) {
        qCWarning(lcJournal).noquote() << written.error().message;
        const Error err = written.error();
        QMetaObject::invokeMethod(
            this, [this, err] { Q_EMIT writeFailed(err); }, Qt::QueuedConnection);
    }
    if (written)
        QMetaObject::invokeMethod(
            this, [this] { checkForNew(true); }, Qt::QueuedConnection);
    return written;
}

void JournalStore::record(const JournalEvent &event)
{
    append(event);
}

void JournalStore::checkForNew(bool wroteHere)
{
    Status status = Ok {};
    QSqlDatabase db;
    {
        QMutexLocker lock(&m_mutex);
        Connection *c = connection(&status);
        if (!c->file->isOpen())
            return;
        db = c->file->database();
    }
    // data_version changes when another connection (another thread or
    // process) commits; it costs no read of the file.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (!wroteHere && version == m_dataVersion)
        return;
    m_dataVersion = version;
    if (!q.exec(QStringLiteral("SELECT max(id) FROM events")) || !q.next())
        return;
    const qint64 latest = q.value(0).toLongLong();
    q.finish();
    if (latest == m_seenId)
        return;
    // A smaller id: the file was replaced (moved aside); readers start over.
    m_seenId = latest;
    Q_EMIT eventsAdded();
}

Result<JournalEventList> JournalStore::events(const JournalFilter &filter)
{
    // Before db: the connection goes after every handle on it.
    const auto release = qScopeGuard([this] { releaseIfForeign(); });
    Status status = Ok {};
    QSqlDatabase db;
    const SqliteFile *file = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        Connection *c = connection(&status);
        if (!c->file->isOpen())
            return !status ? status.error()
                           : Error { Error::Code::IoError, tr("The journal %1 is not open.").arg(m_path) };
        db = c->file->database();
        file = c->file.get();
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events WHERE 1 = 1");
    QVariantList binds;
    if (filter.kind.endsWith(QLatin1Char('.'))) {
        sql += QStringLiteral(" AND substr(kind, 1, ?) = ?");
        binds << filter.kind.size() << filter.kind;
    } else if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        binds << filter.kind;
    }
    if (!filter.profile.isEmpty()) {
        sql += QStringLiteral(" AND profile = ?");
        binds << filter.profile;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND t >= ?");
        binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND t <= ?");
        binds << filter.to.toMSecsSinceEpoch();
    }
    if (filter.minSeverity != JournalEvent::Severity::Info) {
        sql += QStringLiteral(" AND severity >= ?");
        binds << int(filter.minSeverity);
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(
            " AND (instr(lower(summary), lower(?)) > 0 OR instr(lower(subject), lower(?)) > 0 "
            "OR instr(lower(kind), lower(?)) > 0)");
        binds << filter.text << filter.text << filter.text;
    }
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << filter.beforeId;
    }
    if (filter.afterId > 0) {
        sql += QStringLiteral(" AND id > ?");
        binds << filter.afterId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << qMax(1, filter.limit);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString what = tr("Cannot read the journal %1").arg(m_path);
    if (!q.prepare(sql))
        return file->sqlError(what, q, nullptr);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return file->sqlError(what, q, nullptr);
    JournalEventList out;
    while (q.next())
        out.append(eventFrom(q));
    if (q.lastError().isValid())
        return file->sqlError(what, q, nullptr);
    return out;
}

namespace {

Result<QStringList> distinctColumn(
    const SqliteFile &file, const QSqlDatabase &db, const QString &column, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM events ORDER BY %1").arg(column)))
        return file.sqlError(what, q, nullptr);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<QStringList> JournalStore::kinds()
{
    const auto release = qScopeGuard([this] { releaseIfForeign(); });
    Status status = Ok {};
    QMutexLocker lock(&m_mutex);
    Connection *c = connection(&status);
    if (!c->file->isOpen())
        return Error { Error::Code::IoError, tr("The journal %1 is not open.").arg(m_path) };
    return distinctColumn(
        *c->file, c->file->database(), QStringLiteral("kind"), tr("Cannot read the journal %1").arg(m_path));
}

Result<QStringList> JournalStore::profiles()
{
    const auto release = qScopeGuard([this] { releaseIfForeign(); });
    Status status = Ok {};
    QMutexLocker lock(&m_mutex);
    Connection *c = connection(&status);
    if (!c->file->isOpen())
        return Error { Error::Code::IoError, tr("The journal %1 is not open.").arg(m_path) };
    return distinctColumn(*c->file, c->file->database(), QStringLiteral("profile"),
        tr("Cannot read the journal %1").arg(m_path));
}

Result<qint64> JournalStore::latestId()
{
    const auto release = qScopeGuard([this] { releaseIfForeign(); });
    Status status = Ok {};
    QMutexLocker lock(&m_mutex);
    Connection *c = connection(&status);
    if (!c->file->isOpen())
        return Error { Error::Code::IoError, tr("The journal %1 is not open.").arg(m_path) };
    QSqlQuery q(c->file->database());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM events")) || !q.next())
        return c->file->sqlError(tr("Cannot read the journal %1").arg(m_path), q, nullptr);
    return q.value(0).toLongLong();
}

} // namespace MailOps
