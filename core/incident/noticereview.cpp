#include "noticereview.h"

#include "incident/incidentstore.h"
#include "incident/incidenttimeline.h"
#include "journal/journalsink.h"

#include <QCryptographicHash>

namespace MailOps {

QByteArray NoticeReview::hash(const NoticeDraft &draft)
{
    return QCryptographicHash::hash(draft.text().toUtf8(), QCryptographicHash::Sha256).toHex();
}

Status NoticeReview::mark(IncidentStore *store, JournalSink *journal, const Incident &incident,
    const NoticeDraft &draft, const QString &reviewer)
{
    const QString who = reviewer.simplified();
    if (who.isEmpty())
        return Error { Error::Code::InvalidInput, tr("A second look needs the name of who took it.") };
    if (!store)
        return Error { Error::Code::IoError, tr("The incident store is not open.") };
    IncidentStore::Review r;
    r.kind = draft.kind;
    r.textHash = hash(draft);
    r.reviewer = who;
    r.time = QDateTime::currentDateTimeUtc();
    if (const Status saved = store->saveReview(incident.id, r); !saved)
        return saved;
    if (journal)
        journal->record(IncidentTimeline::reviewEvent(incident, draft.kind, who, r.time));
    return Ok {};
}

Status NoticeReview::gate(
    IncidentStore *store, const Incident &incident, const NoticeDraft &draft, bool required)
{
    if (!required)
        return Ok {};
    if (!store)
        return Error { Error::Code::IoError, tr("The incident store is not open.") };
    const Result<std::optional<IncidentStore::Review>> found = store->review(incident.id, draft.kind);
    if (!found)
        return found.error();
    if (!*found)
        return Error { Error::Code::PermissionDenied,
            tr("Not sent: this gateway's notices go out after a second look, and nobody has reviewed this "
               "one "
               "yet.") };
    if ((*found)->textHash != hash(draft))
        return Error { Error::Code::PermissionDenied,
            tr("Not sent: the notice changed after %1 reviewed it at %2 UTC; it needs another look.")
                .arg((*found)->reviewer, (*found)->time.toUTC().toString(QStringLiteral("HH:mm"))) };
    return Ok {};
}

QString NoticeReview::reviewerOf(IncidentStore *store, const Incident &incident, const NoticeDraft &draft)
{
    if (!store)
        return {};
    const Result<std::optional<IncidentStore::Review>> found = store->review(incident.id, draft.kind);
    if (!found || !*found || (*found)->textHash != hash(draft))
        return {};
    return (*found)->reviewer;
}

} // namespace MailOps
