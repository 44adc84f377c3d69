#include "policystore.h"

#include "common/osuser.h"
#include "storage/sqlitefile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace MailOps {

namespace {

// Smaller files are kept as they are: zlib's header would eat the gain.
constexpr qsizetype kCompressAbove = 512;

const QString kColumns = QStringLiteral(
    "id, number, t, author, comment, parent, origin, rollback_of, state, digest, config_dir");

SqliteFile::Steps schemaSteps()
{
    return {
        {
            // Content-addressed: one row per distinct file content, by the
            // SHA-256 of the uncompressed bytes; zlib says how it is kept.
            QStringLiteral("CREATE TABLE blobs (hash TEXT PRIMARY KEY, zlib INTEGER NOT NULL, "
                           "content BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE versions (id INTEGER PRIMARY KEY, profile TEXT NOT NULL, "
                           "number INTEGER NOT NULL, t INTEGER NOT NULL, author TEXT NOT NULL, "
                           "comment TEXT NOT NULL, parent INTEGER NOT NULL, origin TEXT NOT NULL, "
                           "rollback_of INTEGER NOT NULL, state TEXT NOT NULL, digest TEXT NOT NULL, "
                           "config_dir TEXT NOT NULL, drift_diff TEXT NOT NULL, UNIQUE (profile, number))"),
            QStringLiteral("CREATE INDEX versions_digest ON versions(profile, digest)"),
            QStringLiteral("CREATE TABLE version_files (version INTEGER NOT NULL REFERENCES versions(id), "
                           "path TEXT NOT NULL, hash TEXT NOT NULL REFERENCES blobs(hash), "
                           "PRIMARY KEY (version, path)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE state_history (id INTEGER PRIMARY KEY, "
                           "version INTEGER NOT NULL REFERENCES versions(id), state TEXT NOT NULL, "
                           "t INTEGER NOT NULL, note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX state_history_version ON state_history(version)"),
            QStringLiteral("CREATE TABLE pending_apply (profile TEXT PRIMARY KEY, number INTEGER NOT NULL, "
                           "previous INTEGER NOT NULL, t INTEGER NOT NULL, journal TEXT NOT NULL)"),
        },
    };
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PolicyVersion versionFrom(const QSqlQuery &q, const QString &profile)
{
    PolicyVersion v;
    v.profile = profile;
    v.number = q.value(1).toLongLong();
    v.time = fromMs(q.value(2).toLongLong());
    v.author = q.value(3).toString();
    v.comment = q.value(4).toString();
    v.parent = q.value(5).toLongLong();
    // Words a newer console may add read as the safest meaning.
    v.origin = PolicyVersion::originFromKey(q.value(6).toString()).value_or(PolicyVersion::Origin::Imported);
    v.rollbackOf = q.value(7).toLongLong();
    v.state = PolicyVersion::stateFromKey(q.value(8).toString()).value_or(PolicyVersion::State::Recorded);
    v.digest = q.value(9).toString().toLatin1();
    v.snapshot.setConfigDir(q.value(10).toString());
    return v;
}

} // namespace

QString PolicyStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/policy.sqlite");
}

PolicyStore::PolicyStore(const QString &path)
    : m_path(path)
{
    static_assert(SchemaVersion == 1, "add a step to schemaSteps()");
}

PolicyStore::~PolicyStore() = default;

Status PolicyStore::open()
{
    if (!m_file)
        m_file = std::make_unique<SqliteFile>(
            m_path, QStringLiteral("mailops-policy-"), tr("policy version store"), schemaSteps());
    return m_file->open();
}

bool PolicyStore::isOpen() const
{
    return m_file && m_file->isOpen();
}

void PolicyStore::close()
{
    if (m_file)
        m_file->close();
}

Status PolicyStore::notOpen() const
{
    return Error { Error::Code::IoError, tr("The policy version store %1 is not open.").arg(m_path) };
}

Error PolicyStore::queryError(const QString &what, const QSqlQuery &query) const
{
    return m_file->sqlError(what, query, nullptr);
}

Status PolicyStore::write(const QString &what, const std::function<Status(QSqlQuery &)> &body)
{
    if (!isOpen())
        return notOpen();
    return m_file->write(what, body);
}

Result<PolicyVersion> PolicyStore::add(
    const QString &profile, const PolicySnapshot &snapshot, const PolicyVersion &meta)
{
    if (profile.isEmpty())
        return Error { Error::Code::InvalidInput, tr("A policy version needs a profile.") };
    PolicyVersion v = meta;
    v.profile = profile;
    v.time = (v.time.isValid() ? v.time : QDateTime::currentDateTimeUtc()).toUTC();
    if (v.author.isEmpty())
        v.author = osUserName();
    v.snapshot = snapshot;
    v.digest = snapshot.digest();
    v.history = { PolicyVersion::StateChange { v.state, v.time, QString() } };

    // Hashed once, outside the transaction, so the lock is held only for
    // the writes.
    QList<QByteArray> hashes;
    hashes.reserve(snapshot.files().size());
    for (const PolicySnapshot::File &file : snapshot.files())
        hashes << PolicySnapshot::fileHash(file.content);

    const QString what = tr("Cannot store a policy version of %1 in %2").arg(profile, m_path);
    const Status written = write(what, [&](QSqlQuery &q) -> Status {
        if (!q.prepare(QStringLiteral("SELECT coalesce(max(number), 0) FROM versions WHERE profile = ?")))
            return queryError(what, q);
        q.addBindValue(profile);
        if (!q.exec() || !q.next())
            return queryError(what, q);
        v.number = q.value(0).toLongLong() + 1;
        q.finish();

        if (!q.prepare(QStringLiteral("INSERT INTO versions (profile, number, t, author, comment, parent, "
                                      "origin, rollback_of, state, digest, config_dir, drift_diff) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return queryError(what, q);
        q.addBindValue(profile);
        q.addBindValue(v.number);
        q.addBindValue(v.time.toMSecsSinceEpoch());
        q.addBindValue(notNull(v.author));
        q.addBindValue(notNull(v.comment));
        q.addBindValue(v.parent);
        q.addBindValue(PolicyVersion::originKey(v.origin));
        q.addBindValue(v.rollbackOf);
        q.addBindValue(PolicyVersion::stateKey(v.state));
        q.addBindValue(QString::fromLatin1(v.digest));
        q.addBindValue(notNull(snapshot.configDir()));
        q.addBindValue(notNull(v.driftDiff));
        if (!q.exec())
            return queryError(what, q);
        const qint64 id = q.lastInsertId().toLongLong();

        QSqlQuery insert(m_file->database());
        if (!q.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE hash = ?"))
            || !insert.prepare(QStringLiteral("INSERT INTO blobs (hash, zlib, content) VALUES (?, ?, ?)")))
            return queryError(what, q.lastError().isValid() ? q : insert);
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            const QString hash = QString::fromLatin1(hashes.at(i));
            q.bindValue(0, hash);
            if (!q.exec())
                return queryError(what, q);
            const bool known = q.next();
            q.finish();
            if (known)
                continue;
            // Maps compress about tenfold; only new content pays for it.
            const QByteArray &content = snapshot.files().at(i).content;
            const QByteArray packed = content.size() > kCompressAbove ? qCompress(content) : QByteArray();
            const bool zlib = !packed.isEmpty() && packed.size() < content.size();
            insert.bindValue(0, hash);
            insert.bindValue(1, zlib ? 1 : 0);
            // Never a null QByteArray: that would bind as NULL.
            insert.bindValue(2, zlib ? packed : (content.isNull() ? QByteArray("") : content));
            if (!insert.exec())
                return queryError(what, insert);
        }
        if (!q.prepare(QStringLiteral("INSERT INTO version_files (version, path, hash) VALUES (?, ?, ?)")))
            return queryError(what, q);
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            q.bindValue(0, id);
            q.bindValue(1, snapshot.files().at(i).path);
            q.bindValue(2, QString::fromLatin1(hashes.at(i)));
            if (!q.exec())
                return queryError(what, q);
        }
        if (!q.prepare(
                QStringLiteral("INSERT INTO state_history (version, state, t, note) VALUES (?, ?, ?, '')")))
            return queryError(what, q);
        q.addBindValue(id);
        q.addBindValue(PolicyVersion::stateKey(v.state));
        q.addBindValue(v.time.toMSecsSinceEpoch());
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
    if (!written) {
        return written.error();
    }
    return v;
}

Result<QList<PolicyVersion>> PolicyStore::versions(const QString &profile)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the policy versions of %1 from %2").arg(profile, m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM versions WHERE profile = ? ORDER BY number DESC").arg(kColumns)))
        return queryError(what, q);
    q.addBindValue(profile);
    if (!q.exec())
        return queryError(what, q);
    QList<PolicyVersion> out;
    while (q.next())
        out << versionFrom(q, profile);
    if (q.lastError().isValid())
        return queryError(what, q);

    return out;
}

Status PolicyStore::loadContent(qint64 id, PolicyVersion *v)
{
    const QString what = tr("Cannot read %1 of %2 from %3").arg(v->label(), v->profile, m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT f.path, b.content, b.zlib FROM version_files f "
                                  "LEFT JOIN blobs b ON b.hash = f.hash WHERE f.version = ?")))
        return queryError(what, q);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(what, q);
    while (q.next()) {
        if (q.value(1).isNull())
            return Error { Error::Code::ParseError,
                tr("%1 of %2 in %3 lacks the content of %4.")
                    .arg(v->label(), v->profile, m_path, q.value(0).toString()) };
        const QByteArray stored = q.value(1).toByteArray();
        // A damaged zlib stream comes back empty; the digest check below
        // catches it.
        v->snapshot.setFile(q.value(0).toString(), q.value(2).toInt() == 1 ? qUncompress(stored) : stored);
    }
    if (q.lastError().isValid())
        return queryError(what, q);
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT state, t, note, (SELECT drift_diff FROM versions WHERE id = ?) "
                                  "FROM state_history WHERE version = ? ORDER BY id")))
        return queryError(what, q);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(what, q);
    v->history.clear();
    while (q.next()) {
        v->history << PolicyVersion::StateChange {
            PolicyVersion::stateFromKey(q.value(0).toString()).value_or(PolicyVersion::State::Recorded),
            fromMs(q.value(1).toLongLong()), q.value(2).toString()
        };
        v->driftDiff = q.value(3).toString();
    }
    if (q.lastError().isValid())
        return queryError(what, q);

    // Content-addressed rows are shared by many versions: a damaged blob
    // must not pass as the version an admin is about to roll back to.
    if (v->snapshot.digest() != v->digest)
        return Error { Error::Code::ParseError,
            tr("%1 of %2 in %3 does not have the content it was stored with.")
                .arg(v->label(), v->profile, m_path) };
    return Ok {};
}

Result<std::optional<PolicyVersion>> PolicyStore::loadWhere(
    const QString &condition, const QVariantList &values, const QString &order)
{
    if (!isOpen())
        return notOpen().error();
    const QString profile = values.value(0).toString();
    const QString what = tr("Cannot read the policy versions of %1 from %2").arg(profile, m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM versions WHERE profile = ? AND (%2) ORDER BY %3 LIMIT 1")
                       .arg(kColumns, condition, order.isEmpty() ? QStringLiteral("number DESC") : order)))
        return queryError(what, q);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(what, q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return queryError(what, q);
        return std::optional<PolicyVersion>();
    }
    const qint64 id = q.value(0).toLongLong();
    PolicyVersion v = versionFrom(q, profile);
    q.finish();
    if (Status loaded = loadContent(id, &v); !loaded)
        return loaded.error();
    return std::optional<PolicyVersion>(std::move(v));
}

Result<PolicyVersion> PolicyStore::version(const QString &profile, qint64 number)
{
    auto found = loadWhere(QStringLiteral("number = ?"), { profile, number });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { Error::Code::NotFound,
            tr("There is no policy version %1 of %2.").arg(PolicyVersion::label(number), profile) };
    return std::move(found).value().value();
}

Result<std::optional<PolicyVersion>> PolicyStore::latest(const QString &profile)
{
    return loadWhere(QStringLiteral("1"), { profile });
}

Result<std::optional<PolicyVersion>> PolicyStore::latestWithState(
    const QString &profile, const QList<PolicyVersion::State> &states)
{
    if (states.isEmpty())
        return std::optional<PolicyVersion>();
    QVariantList values { profile };
    QStringList marks;
    for (const PolicyVersion::State state : states) {
        values << PolicyVersion::stateKey(state);
        marks << QStringLiteral("?");
    }
    // The one that reached its state last: a proposal applied after newer
    // versions (a shadow's, a reviewed one) is live although its number is lower.
    return loadWhere(QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(','))), values,
        QStringLiteral(
            "(SELECT MAX(h.id) FROM state_history h WHERE h.version = versions.id) DESC, number DESC"));
}

Result<std::optional<PolicyVersion>> PolicyStore::findByDigest(
    const QString &profile, const QByteArray &digest)
{
    return loadWhere(QStringLiteral("digest = ?"), { profile, QString::fromLatin1(digest) });
}

Status PolicyStore::setState(
    const QString &profile, qint64 number, PolicyVersion::State state, const QString &note)
{
    const QString what
        = tr("Cannot change the state of %1 of %2 in %3").arg(PolicyVersion::label(number), profile, m_path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return write(what, [&](QSqlQuery &q) -> Status {
        if (!q.prepare(QStringLiteral("SELECT id FROM versions WHERE profile = ? AND number = ?")))
            return queryError(what, q);
        q.addBindValue(profile);
        q.addBindValue(number);
        if (!q.exec())
            return queryError(what, q);
        if (!q.next())
            return Error { Error::Code::NotFound,
                tr("There is no policy version %1 of %2.").arg(PolicyVersion::label(number), profile) };
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if (!q.prepare(QStringLiteral("UPDATE versions SET state = ? WHERE id = ?")))
            return queryError(what, q);
        q.addBindValue(PolicyVersion::stateKey(state));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(what, q);
        if (!q.prepare(
                QStringLiteral("INSERT INTO state_history (version, state, t, note) VALUES (?, ?, ?, ?)")))
            return queryError(what, q);
        q.addBindValue(id);
        q.addBindValue(PolicyVersion::stateKey(state));
        q.addBindValue(now);
        q.addBindValue(notNull(note));
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
}

Status PolicyStore::beginApply(
    const QString &profile, qint64 number, qint64 previous, const QJsonObject &journal)
{
    const QString what
        = tr("Cannot record the apply of %1 to %2 in %3").arg(PolicyVersion::label(number), profile, m_path);
    return write(what, [&](QSqlQuery &q) -> Status {
        if (!q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO pending_apply (profile, number, previous, t, journal) "
                               "VALUES (?, ?, ?, ?, ?)")))
            return queryError(what, q);
        q.addBindValue(profile);
        q.addBindValue(number);
        q.addBindValue(previous);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(QString::fromUtf8(QJsonDocument(journal).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
}

Status PolicyStore::endApply(const QString &profile)
{
    const QString what = tr("Cannot record the end of the apply to %1 in %2").arg(profile, m_path);
    return write(what, [&](QSqlQuery &q) -> Status {
        if (!q.prepare(QStringLiteral("DELETE FROM pending_apply WHERE profile = ?")))
            return queryError(what, q);
        q.addBindValue(profile);
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
}

Result<std::optional<PolicyStore::PendingApply>> PolicyStore::pendingApply(const QString &profile)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the pending apply of %1 from %2").arg(profile, m_path);
    QSqlQuery q(m_file->database());
    if (!q.prepare(
            QStringLiteral("SELECT number, previous, t, journal FROM pending_apply WHERE profile = ?")))
        return queryError(what, q);
    q.addBindValue(profile);
    if (!q.exec())
        return queryError(what, q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return queryError(what, q);
        return std::optional<PendingApply>();
    }
    PendingApply p;
    p.profile = profile;
    p.number = q.value(0).toLongLong();
    p.previous = q.value(1).toLongLong();
    p.time = fromMs(q.value(2).toLongLong());
    p.journal = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    return std::optional<PendingApply>(std::move(p));
}

} // namespace MailOps
