#pragma once

#include "common/result.h"
#include "incident/incident.h"
#include "incident/noticekind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace MailOps {

class SqliteFile;

// The incidents, their notes, the notices sent and the drafts being typed,
// in one SQLite file of their own (WAL) that the console and the `mailops`
// commands share. Every change is one transaction; a draft is saved as it is
// typed by one prepared upsert per (incident, audience, phase), so a console
// killed mid-sentence loses at most the last keystrokes. An instance is used
// on one thread only (its connection is that thread's, named
// "mailops-incident-<n>"). A damaged file found by open() is moved aside as
// "<file>.damaged" and a new store started; the Error says where the old
// file went. Later failures come back as Errors and the file is left as is.
class IncidentStore final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::IncidentStore)
    Q_DISABLE_COPY_MOVE(IncidentStore)

public:
    static constexpr int SchemaVersion = 2;

    // What is being typed for one notice, and when it was last saved.
    struct Draft
    {
        NoticeKind kind;
        QString text;
        QDateTime saved; // UTC
    };

    // A second look at one notice's text: who, when, and a hash of the text
    // they read (an edit after it voids it).
    struct Review
    {
        NoticeKind kind;
        QByteArray textHash; // hex SHA-256 of NoticeReview::hash()
        QString reviewer;
        QDateTime time; // UTC
    };

    // "<AppDataLocation>/incidents.sqlite".
    static QString defaultPath();

    explicit IncidentStore(const QString &path = defaultPath());
    ~IncidentStore();

    QString path() const { return m_path; }

    // Opens or creates the file. An Error when it was damaged (isOpen() is
    // then true: a new store was started) or cannot be opened at all.
    Status open();
    bool isOpen() const;
    void close();

    // Stores a new incident and returns it with its id. An invalid start is
    // now; an invalid next update is the start plus the severity's cadence.
    // Notes and notices in `incident` are ignored (addNote, recordNotice).
    Result<Incident> create(const Incident &incident);
    // Rewrites the incident's own fields (not its notes or notices).
    // Error::Code::NotFound when there is no such incident.
    Status update(const Incident &incident);
    // With its notes and notices. Error::Code::NotFound when there is none.
    Result<Incident> incident(qint64 id);
    // Newest start first, without notes and notices; an empty profile
    // lists every profile's.
    Result<QList<Incident>> incidents(const QString &profile = {}, bool openOnly = false);

    // An empty author is the OS user, an invalid time now.
    Result<Incident::Note> addNote(
        qint64 incident, const QString &text, const QString &author = {}, const QDateTime &time = {});
    // Records a notice that went out (an invalid time is now).
    Result<Incident::Notice> recordNotice(qint64 incident, const Incident::Notice &notice);

    // The draft of one notice as typed so far: one statement, no read.
    Status saveDraft(qint64 incident, const NoticeKind &kind, const QString &text);
    Result<std::optional<Draft>> draft(qint64 incident, const NoticeKind &kind);
    Result<QList<Draft>> drafts(qint64 incident);
    // Drops the draft and its review (after it was sent).
    Status discardDraft(qint64 incident, const NoticeKind &kind);

    // One review per notice; a new one replaces the last.
    Status saveReview(qint64 incident, const Review &review);
    Result<std::optional<Review>> review(qint64 incident, const NoticeKind &kind);

private:
    Status write(const QString &what, const std::function<Status(QSqlQuery &)> &body);
    Status notOpen() const;
    Error queryError(const QString &what, const QSqlQuery &query) const;
    Status exists(QSqlQuery &q, qint64 incident, const QString &what) const;

    QString m_path;
    std::unique_ptr<SqliteFile> m_file;
    // Prepared once: saveDraft() runs on every keystroke.
    std::unique_ptr<QSqlQuery> m_draftUpsert;
};

} // namespace MailOps
