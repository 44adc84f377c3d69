#include "sqlitefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace MailOps {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "mailops.storage")

// SQLite primary result codes, as QSQLITE reports them in nativeErrorCode()
// (extended codes carry the primary one in their low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

// Another process in the middle of a long write: a few more tries, each
// after the busy timeout ran out.
constexpr int kBusyRetries = 4;

QAtomicInteger<quint64> s_connectionSerial;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

SqliteFile::SqliteFile(const QString &path, const QString &connectionPrefix, const QString &what, Steps steps)
    : m_path(path)
    , m_connection(connectionPrefix + QString::number(s_connectionSerial.fetchAndAddRelaxed(1)))
    , m_what(what)
    , m_steps(std::move(steps))
{
}

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::close()
{
    m_open = false;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqliteFile::isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

Error SqliteFile::sqlError(const QString &what, const QSqlError &error, Outcome *outcome) const
{
    const int code = primaryCode(error);
    const bool damaged = code == kSqliteCorrupt || code == kSqliteNotADb || code == kSqliteReadOnly
        || (code == kSqliteCantOpen && QFileInfo::exists(m_path));
    if (outcome)
        *outcome = damaged ? Outcome::Damaged : Outcome::Failed;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error { damaged ? Error::Code::ParseError : Error::Code::IoError,
        tr("%1: %2").arg(what, detail.isEmpty() ? tr("unknown SQLite error") : detail) };
}

Error SqliteFile::sqlError(const QString &what, const QSqlQuery &query, Outcome *outcome) const
{
    return sqlError(what, query.lastError(), outcome);
}

Status SqliteFile::write(const QString &what, const WriteBody &body)
{
    if (!m_open)
        return Error { Error::Code::IoError, tr("The %1 %2 is not open.").arg(m_what, m_path) };
    Status result = Ok {};
    for (int attempt = 0; attempt <= kBusyRetries; ++attempt) {
        bool busy = false;
        result = [&]() -> Status {
            QSqlQuery q(m_db);
            // IMMEDIATE takes the write lock first: what the body reads
            // (a max+1, a row to update) cannot change under it before the
            // commit, and two writers never wait for each other's read lock.
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                busy = isBusy(q.lastError());
                return sqlError(what, q, nullptr);
            }
            Status done = body(q);
            q.finish();
            if (done && !q.exec(QStringLiteral("COMMIT"))) {
                busy = isBusy(q.lastError());
                done = sqlError(what, q, nullptr);
            }
            if (!done) {
                if (!busy)
                    busy = isBusy(q.lastError());
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            }
            return done;
        }();
        if (result || !busy)
            return result;
        QThread::msleep(20);
    }
    return result;
}

Status SqliteFile::open(bool *movedAside)
{
    if (movedAside)
        *movedAside = false;
    Outcome outcome = Outcome::Ok;
    const Status opened = openOnce(&outcome);
    if (outcome != Outcome::Damaged)
        return opened;
    return recover(opened.error(), movedAside);
}

Status SqliteFile::openOnce(Outcome *outcome)
{
    *outcome = Outcome::Failed;
    close();
    const QFileInfo info(m_path);
    if (m_path.isEmpty())
        return Error { Error::Code::InvalidInput, tr("No file was given for the %1.").arg(m_what) };
    if (!QDir().mkpath(info.absolutePath()))
        return Error { Error::Code::PermissionDenied,
            tr("Cannot create the folder %1 for the %2.").arg(info.absolutePath(), m_what) };
    if (info.exists() && !info.isFile()) {
        *outcome = Outcome::Damaged;
        return Error { Error::Code::ParseError, tr("%1 is not a file").arg(m_path) };
    }
    if (info.exists() && (!info.isReadable() || !info.isWritable())) {
        // SQLite would quietly open it read-only and fail on the first write.
        *outcome = Outcome::Damaged;
        return Error { Error::Code::ParseError, tr("%1 cannot be written").arg(m_path) };
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Error { Error::Code::Unsupported, tr("The SQLite driver for Qt (QSQLITE) is not installed.") };
    m_db.setDatabaseName(m_path);
    // Another console or command on the same file holds the lock for a
    // moment at most.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open())
        return sqlError(tr("Cannot open the %1 %2").arg(m_what, m_path), m_db.lastError(), outcome);

    {
        QSqlQuery q(m_db);
        // journal_mode is the first statement that reads the file: garbage
        // and foreign formats fail here.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return sqlError(tr("Cannot read the %1 %2").arg(m_what, m_path), q, outcome);
        if (q.next() && q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            qCInfo(lcStorage) << m_what << "not in WAL mode:" << q.value(0).toString();
        q.finish();
        // WAL with NORMAL survives a crash intact; a power cut may lose the
        // last few rows, never the file.
        if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            return sqlError(tr("Cannot set up the %1 %2").arg(m_what, m_path), q, outcome);
        // A truncated file often has an intact first page: only a check of
        // the b-trees finds it. A month of queue samples takes milliseconds.
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")))
            return sqlError(tr("Cannot check the %1 %2").arg(m_what, m_path), q, outcome);
        const QString verdict = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (verdict != QLatin1String("ok")) {
            *outcome = Outcome::Damaged;
            return Error { Error::Code::ParseError, tr("the integrity check says: %1").arg(verdict) };
        }
    }
    if (Status migrated = migrate(outcome); !migrated)
        return migrated;
    *outcome = Outcome::Ok;
    m_open = true;
    return Ok {};
}

Status SqliteFile::migrate(Outcome *outcome)
{
    const QString cannotRead = tr("Cannot read the %1 %2").arg(m_what, m_path);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(cannotRead, q, outcome);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion()) {
        *outcome = Outcome::Damaged;
        return Error { Error::Code::ParseError,
            tr("it was written by a newer version of MailOps (format %1)").arg(version) };
    }
    if (version == schemaVersion())
        return Ok {};

    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return sqlError(cannotRead, q, outcome);
        const int objects = q.value(0).toInt();
        q.finish();
        if (objects > 0) {
            // Some other program's database: not ours to write into.
            *outcome = Outcome::Damaged;
            return Error { Error::Code::ParseError, tr("it is an SQLite database but not a %1").arg(m_what) };
        }
    }

    // Every step from the file's format to ours, and the new format number,
    // in one transaction: a crash in between leaves the old format intact.
    const QString cannotMigrate
        = tr("Cannot bring the %1 %2 to format %3").arg(m_what, m_path).arg(schemaVersion());
    if (!m_db.transaction())
        return sqlError(cannotMigrate, m_db.lastError(), outcome);
    QStringList statements;
    for (int step = version; step < schemaVersion(); ++step)
        statements << m_steps.at(step);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion());
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            const Error e = sqlError(cannotMigrate, q, outcome);
            q.finish();
            m_db.rollback();
            return e;
        }
    }
    q.finish();
    if (!m_db.commit()) {
        const Error e = sqlError(cannotMigrate, m_db.lastError(), outcome);
        m_db.rollback();
        return e;
    }
    if (version == 0)
        qCInfo(lcStorage) << m_what << "created:" << m_path;
    else
        qCInfo(lcStorage) << m_what << "brought from format" << version << "to" << schemaVersion() << ":"
                          << m_path;
    return Ok {};
}

Status SqliteFile::moveAside()
{
    const QString aside = m_path + QStringLiteral(".damaged");
    const QFileInfo old(aside);
    if (old.exists() || old.isSymLink()) {
        // An older damaged copy makes room; a directory there is left alone.
        if (old.isDir() && !old.isSymLink())
            return Error { Error::Code::IoError, tr("%1 is in the way").arg(aside) };
        QFile::remove(aside);
    }
    QFile::remove(aside + QStringLiteral("-wal"));
    if (!QDir().rename(m_path, aside))
        return Error { Error::Code::IoError, tr("could not rename it to %1").arg(aside) };
    // The write-ahead log belongs to the damaged file; the shared-memory
    // index is rebuilt from it, so it can go.
    if (QFileInfo::exists(m_path + QStringLiteral("-wal")))
        QDir().rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    return Ok {};
}

Status SqliteFile::recover(const Error &cause, bool *movedAside)
{
    if (movedAside)
        *movedAside = false;
    close();
    const QString aside = m_path + QStringLiteral(".damaged");
    if (Status moved = moveAside(); !moved) {
        const Error e { Error::Code::IoError,
            tr("The %1 %2 is damaged (%3) and %4; what is written now is kept in memory only.")
                .arg(m_what, m_path, cause.message, moved.error().message) };
        qCWarning(lcStorage).noquote() << e.message;
        return e;
    }
    if (movedAside)
        *movedAside = true;
    Outcome outcome = Outcome::Ok;
    const Status reopened = openOnce(&outcome);
    if (!reopened) {
        close();
        const Error e { reopened.error().code,
            tr("The %1 %2 was damaged (%3) and was kept as %4, but a new one could not be started: %5")
                .arg(m_what, m_path, cause.message, aside, reopened.error().message) };
        qCWarning(lcStorage).noquote() << e.message;
        return e;
    }
    const Error e { Error::Code::ParseError,
        tr("The %1 %2 was damaged (%3); it was kept as %4 and a new one was started.")
            .arg(m_what, m_path, cause.message, aside) };
    qCWarning(lcStorage).noquote() << e.message;
    return e;
}

} // namespace MailOps
