#include "incidentstore.h"

#include "common/osuser.h"
#include "storage/sqlitefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace MailOps {

namespace {

SqliteFile::Steps schemaSteps()
{
    return {
        {
            QStringLiteral("CREATE TABLE incidents (id INTEGER PRIMARY KEY, profile TEXT NOT NULL, "
                           "title TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL, "
                           "start INTEGER NOT NULL, end INTEGER, services TEXT NOT NULL, "
                           "impact TEXT NOT NULL, owner TEXT NOT NULL, next_update INTEGER)"),
            QStringLiteral("CREATE INDEX incidents_profile ON incidents(profile, start)"),
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                           "incident INTEGER NOT NULL REFERENCES incidents(id), t INTEGER NOT NULL, "
                           "author TEXT NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notes_incident ON notes(incident)"),
            QStringLiteral("CREATE TABLE notices (id INTEGER PRIMARY KEY, "
                           "incident INTEGER NOT NULL REFERENCES incidents(id), t INTEGER NOT NULL, "
                           "audience TEXT NOT NULL, phase TEXT NOT NULL, path TEXT NOT NULL, "
                           "recipients TEXT NOT NULL, subject TEXT NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notices_incident ON notices(incident)"),
            QStringLiteral("CREATE TABLE drafts (incident INTEGER NOT NULL REFERENCES incidents(id), "
                           "audience TEXT NOT NULL, phase TEXT NOT NULL, text TEXT NOT NULL, "
                           "t INTEGER NOT NULL, PRIMARY KEY (incident, audience, phase)) WITHOUT ROWID"),
        },
        {
            QStringLiteral("CREATE TABLE reviews (incident INTEGER NOT NULL REFERENCES incidents(id), "
                           "audience TEXT NOT NULL, phase TEXT NOT NULL, text_sha256 TEXT NOT NULL, "
                           "reviewer TEXT NOT NULL, t INTEGER NOT NULL, "
                           "PRIMARY KEY (incident, audience, phase)) WITHOUT ROWID"),
        },
    };
}

const QString kColumns = QStringLiteral(
    "id, profile, title, severity, status, start, end, services, impact, owner, next_update");

// The key of one notice's rows (drafts, reviews), in that column order.
void bindNotice(QSqlQuery &q, qint64 incident, const NoticeKind &kind)
{
    q.addBindValue(incident);
    q.addBindValue(NoticeKind::audienceKey(kind.audience));
    q.addBindValue(NoticeKind::phaseKey(kind.phase));
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Services and recipients are short lists of names without newlines.
QString joinLines(const QStringList &list)
{
    // An empty list joins to a null QString, which SQLite stores as NULL.
    return notNull(list.join(QLatin1Char('\n')));
}

QStringList splitLines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.profile = q.value(1).toString();
    i.title = q.value(2).toString();
    // Words a newer console may add read as the more cautious meaning.
    i.severity = Incident::severityFromKey(q.value(3).toString()).value_or(Incident::Severity::Critical);
    i.status = Incident::statusFromKey(q.value(4).toString()).value_or(Incident::Status::Investigating);
    i.start = fromMs(q.value(5));
    i.end = fromMs(q.value(6));
    i.affectedServices = splitLines(q.value(7).toString());
    i.impact = q.value(8).toString();
    i.owner = q.value(9).toString();
    i.nextUpdateDue = fromMs(q.value(10));
    return i;
}

void bindIncident(QSqlQuery &q, const Incident &i)
{
    q.addBindValue(notNull(i.profile));
    q.addBindValue(notNull(i.title));
    q.addBindValue(Incident::severityKey(i.severity));
    q.addBindValue(Incident::statusKey(i.status));
    q.addBindValue(i.start.toMSecsSinceEpoch());
    q.addBindValue(msOrNull(i.end));
    q.addBindValue(joinLines(i.affectedServices));
    q.addBindValue(notNull(i.impact));
    q.addBindValue(notNull(i.owner));
    q.addBindValue(msOrNull(i.nextUpdateDue));
}

} // namespace

QString IncidentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/incidents.sqlite");
}

IncidentStore::IncidentStore(const QString &path)
    : m_path(path)
{
    static_assert(SchemaVersion == 2, "add a step to schemaSteps()");
}

IncidentStore::~IncidentStore()
{
    close();
}

Status IncidentStore::open()
{
    m_draftUpsert.reset();
    if (!m_file)
        m_file = std::make_unique<SqliteFile>(
            m_path, QStringLiteral("mailops-incident-"), tr("incident store"), schemaSteps());
    return m_file->open();
}

bool IncidentStore::isOpen() const
{
    return m_file && m_file->isOpen();
}

void IncidentStore::close()
{
    // The prepared statement holds the connection: it goes first.
    m_draftUpsert.reset();
    if (m_file)
        m_file->close();
}

Status IncidentStore::notOpen() const
{
    return Error { Error::Code::IoError, tr("The incident store %1 is not open.").arg(m_path) };
}

Error IncidentStore::queryError(const QString &what, const QSqlQuery &query) const
{
    return m_file->sqlError(what, query, nullptr);
}

Status IncidentStore::write(const QString &what, const std::function<Status(QSqlQuery &)> &body)
{
    if (!isOpen())
        return notOpen();
    return m_file->write(what, body);
}

Status IncidentStore::exists(QSqlQuery &q, qint64 incident, const QString &what) const
{
    if (!q.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?")))
        return queryError(what, q);
    q.addBindValue(incident);
    if (!q.exec())
        return queryError(what, q);
    const bool found = q.next();
    q.finish();
    if (!found)
        return Error { Error::Code::NotFound, tr("There is no incident %1.").arg(incident) };
    return Ok {};
}

Result<Incident> IncidentStore::create(const Incident &incident)
{
    Incident i = incident;
    i.id = 0;
    i.notes.clear();
    i.notices.clear();
    i.start = (i.start.isValid() ? i.start : QDateTime::currentDateTimeUtc()).toUTC();
    if (i.end.isValid())
        i.end = i.end.toUTC();
    if (!i.nextUpdateDue.isValid() && i.isOpen())
        i.nextUpdateDue = i.start.addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(Incident::defaultCadence(i.severity)).count());
    i.nextUpdateDue = i.nextUpdateDue.toUTC();
    const QString what = tr("Cannot store the incident \"%1\" in %2").arg(i.title, m_path);
    const Status written = write(what, [&](QSqlQuery &q) -> Status {
        if (!q.prepare(QStringLiteral("INSERT INTO incidents (profile, title, severity, status, start, end, "
                                      "services, impact, owner, next_update) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return queryError(what, q);
        bindIncident(q, i);
        if (!q.exec())
            return queryError(what, q);
        i.id = q.lastInsertId().toLongLong();
        return Ok {};
    });
    if (!written)
        return written.error();
    return i;
}

Status IncidentStore::update(const Incident &incident)
{
    const QString what = tr("Cannot change the incident %1 in %2").arg(incident.id).arg(m_path);
    Incident i = incident;
    i.start = i.start.toUTC();
    return write(what, [&](QSqlQuery &q) -> Status {
        if (Status found = exists(q, i.id, what); !found)
            return found;
        if (!q.prepare(
                QStringLiteral("UPDATE incidents SET profile = ?, title = ?, severity = ?, status = ?, "
                               "start = ?, end = ?, services = ?, impact = ?, owner = ?, "
                               "next_update = ? WHERE id = ?")))
            return queryError(what, q);
        bindIncident(q, i);
        q.addBindValue(i.id);
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
}

Result<QList<Incident>> IncidentStore::incidents(const QString &profile, bool openOnly)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the incidents from %1").arg(m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM incidents WHERE 1 = 1").arg(kColumns);
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    if (openOnly)
        sql += QStringLiteral(" AND status != 'resolved'");
    sql += QStringLiteral(" ORDER BY start DESC, id DESC");
    if (!q.prepare(sql))
        return queryError(what, q);
    if (!profile.isEmpty())
        q.addBindValue(profile);
    if (!q.exec())
        return queryError(what, q);
    QList<Incident> out;
    while (q.next())
        out << incidentFrom(q);
    if (q.lastError().isValid())
        return queryError(what, q);
    return out;
}

Result<Incident> IncidentStore::incident(qint64 id)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the incident %1 from %2").arg(id).arg(m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kColumns)))
        return queryError(what, q);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(what, q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return queryError(what, q);
        return Error { Error::Code::NotFound, tr("There is no incident %1.").arg(id) };
    }
    Incident i = incidentFrom(q);
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT id, t, author, text FROM notes WHERE incident = ? ORDER BY t, id")))
        return queryError(what, q);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(what, q);
    while (q.next())
        i.notes << Incident::Note { q.value(0).toLongLong(), fromMs(q.value(1)), q.value(2).toString(),
            q.value(3).toString() };
    if (q.lastError().isValid())
        return queryError(what, q);
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT id, t, audience, phase, path, recipients, subject, text "
                                  "FROM notices WHERE incident = ? ORDER BY t, id")))
        return queryError(what, q);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(what, q);
    while (q.next()) {
        Incident::Notice n;
        n.id = q.value(0).toLongLong();
        n.time = fromMs(q.value(1));
        n.kind.audience
            = NoticeKind::audienceFromKey(q.value(2).toString()).value_or(NoticeKind::Audience::Partners);
        n.kind.phase = NoticeKind::phaseFromKey(q.value(3).toString()).value_or(NoticeKind::Phase::Update);
        n.path = q.value(4).toString();
        n.recipients = splitLines(q.value(5).toString());
        n.subject = q.value(6).toString();
        n.text = q.value(7).toString();
        i.notices << n;
    }
    if (q.lastError().isValid())
        return queryError(what, q);
    return i;
}

Result<Incident::Note> IncidentStore::addNote(
    qint64 incident, const QString &text, const QString &author, const QDateTime &time)
{
    Incident::Note note { 0, (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC(),
        author.isEmpty() ? osUserName() : author, text };
    const QString what = tr("Cannot add a note to the incident %1 in %2").arg(incident).arg(m_path);
    const Status written = write(what, [&](QSqlQuery &q) -> Status {
        if (Status found = exists(q, incident, what); !found)
            return found;
        if (!q.prepare(QStringLiteral("INSERT INTO notes (incident, t, author, text) VALUES (?, ?, ?, ?)")))
            return queryError(what, q);
        q.addBindValue(incident);
        q.addBindValue(note.time.toMSecsSinceEpoch());
        q.addBindValue(notNull(note.author));
        q.addBindValue(notNull(note.text));
        if (!q.exec())
            return queryError(what, q);
        note.id = q.lastInsertId().toLongLong();
        return Ok {};
    });
    if (!written)
        return written.error();
    return note;
}

Result<Incident::Notice> IncidentStore::recordNotice(qint64 incident, const Incident::Notice &notice)
{
    Incident::Notice n = notice;
    n.time = (n.time.isValid() ? n.time : QDateTime::currentDateTimeUtc()).toUTC();
    const QString what = tr("Cannot record a notice of the incident %1 in %2").arg(incident).arg(m_path);
    const Status written = write(what, [&](QSqlQuery &q) -> Status {
        if (Status found = exists(q, incident, what); !found)
            return found;
        if (!q.prepare(QStringLiteral("INSERT INTO notices (incident, t, audience, phase, path, recipients, "
                                      "subject, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            return queryError(what, q);
        q.addBindValue(incident);
        q.addBindValue(n.time.toMSecsSinceEpoch());
        q.addBindValue(NoticeKind::audienceKey(n.kind.audience));
        q.addBindValue(NoticeKind::phaseKey(n.kind.phase));
        q.addBindValue(notNull(n.path));
        q.addBindValue(joinLines(n.recipients));
        q.addBindValue(notNull(n.subject));
        q.addBindValue(notNull(n.text));
        if (!q.exec())
            return queryError(what, q);
        n.id = q.lastInsertId().toLongLong();
        return Ok {};
    });
    if (!written)
        return written.error();
    return n;
}

Status IncidentStore::saveDraft(qint64 incident, const NoticeKind &kind, const QString &text)
{
    if (!isOpen())
        return notOpen();
    const QString what = tr("Cannot save the draft of the incident %1 in %2").arg(incident).arg(m_path);
    if (!m_draftUpsert) {
        auto q = std::make_unique<QSqlQuery>(m_file->database());
        // One statement is its own transaction; the incident must exist
        // (the SELECT yields no row otherwise, and nothing is written).
        if (!q->prepare(QStringLiteral("INSERT INTO drafts (incident, audience, phase, text, t) "
                                       "SELECT id, ?, ?, ?, ? FROM incidents WHERE id = ? "
                                       "ON CONFLICT (incident, audience, phase) DO UPDATE SET text = "
                                       "excluded.text, t = excluded.t")))
            return queryError(what, *q);
        m_draftUpsert = std::move(q);
    }
    QSqlQuery &q = *m_draftUpsert;
    q.bindValue(0, NoticeKind::audienceKey(kind.audience));
    q.bindValue(1, NoticeKind::phaseKey(kind.phase));
    q.bindValue(2, notNull(text));
    q.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(4, incident);
    const bool ran = q.exec();
    const int rows = q.numRowsAffected();
    const Status result = ran ? Status(Ok {}) : Status(queryError(what, q));
    q.finish();
    if (ran && rows == 0)
        return Error { Error::Code::NotFound, tr("There is no incident %1.").arg(incident) };
    return result;
}

Result<QList<IncidentStore::Draft>> IncidentStore::drafts(qint64 incident)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the drafts of the incident %1 from %2").arg(incident).arg(m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT audience, phase, text, t FROM drafts WHERE incident = ?")))
        return queryError(what, q);
    q.addBindValue(incident);
    if (!q.exec())
        return queryError(what, q);
    QList<Draft> out;
    while (q.next()) {
        const auto audience = NoticeKind::audienceFromKey(q.value(0).toString());
        const auto phase = NoticeKind::phaseFromKey(q.value(1).toString());
        if (!audience || !phase)
            continue; // a newer console's audience: not ours to show
        out << Draft { NoticeKind { *audience, *phase }, q.value(2).toString(), fromMs(q.value(3)) };
    }
    if (q.lastError().isValid())
        return queryError(what, q);
    return out;
}

Result<std::optional<IncidentStore::Draft>> IncidentStore::draft(qint64 incident, const NoticeKind &kind)
{
    const Result<QList<Draft>> all = drafts(incident);
    if (!all)
        return all.error();
    for (const Draft &d : all.value())
        if (d.kind == kind)
            return std::optional<Draft>(d);
    return std::optional<Draft>();
}

Status IncidentStore::discardDraft(qint64 incident, const NoticeKind &kind)
{
    const QString what = tr("Cannot discard the draft of the incident %1 in %2").arg(incident).arg(m_path);
    return write(what, [&](QSqlQuery &q) -> Status {
        for (const QString &table : { QStringLiteral("drafts"), QStringLiteral("reviews") }) {
            if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE incident = ? AND audience = ? AND phase = ?")
                               .arg(table)))
                return queryError(what, q);
            bindNotice(q, incident, kind);
            if (!q.exec())
                return queryError(what, q);
        }
        return Ok {};
    });
}

Status IncidentStore::saveReview(qint64 incident, const Review &review)
{
    const QString what
        = tr("Cannot record the review of a notice of the incident %1 in %2").arg(incident).arg(m_path);
    return write(what, [&](QSqlQuery &q) -> Status {
        if (const Status found = exists(q, incident, what); !found)
            return found;
        if (!q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO reviews "
                "(incident, audience, phase, text_sha256, reviewer, t) VALUES (?, ?, ?, ?, ?, ?)")))
            return queryError(what, q);
        bindNotice(q, incident, review.kind);
        q.addBindValue(QString::fromLatin1(review.textHash));
        q.addBindValue(notNull(review.reviewer));
        q.addBindValue(
            (review.time.isValid() ? review.time : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
        if (!q.exec())
            return queryError(what, q);
        return Ok {};
    });
}

Result<std::optional<IncidentStore::Review>> IncidentStore::review(qint64 incident, const NoticeKind &kind)
{
    if (!isOpen())
        return notOpen().error();
    const QString what = tr("Cannot read the reviews of the incident %1 from %2").arg(incident).arg(m_path);
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT text_sha256, reviewer, t FROM reviews "
                                  "WHERE incident = ? AND audience = ? AND phase = ?")))
        return queryError(what, q);
    bindNotice(q, incident, kind);
    if (!q.exec())
        return queryError(what, q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return queryError(what, q);
        return std::optional<Review>();
    }
    return std::optional<Review>(
        Review { kind, q.value(0).toString().toLatin1(), q.value(1).toString(), fromMs(q.value(2)) });
}

} // namespace MailOps
