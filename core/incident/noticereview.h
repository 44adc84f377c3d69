#pragma once

#include "common/result.h"
#include "incident/incident.h"
#include "incident/noticedraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace MailOps {

class IncidentStore;
class JournalSink;

// Review before send: on a profile that wants it, a notice goes out only
// after someone has read it as it stands. The review is bound to the text
// (subject and body) by its hash, so a word changed after the second look
// needs another. Shared by the panel and `mailops notice review|send`.
class NoticeReview final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeReview)

public:
    // Hex SHA-256 of the draft's text as NoticeDraft::text() writes it.
    static QByteArray hash(const NoticeDraft &draft);

    // Records that `reviewer` read `draft`: in the store (against the text)
    // and in the journal. An empty reviewer is refused.
    static Status mark(IncidentStore *store, JournalSink *journal, const Incident &incident,
        const NoticeDraft &draft, const QString &reviewer);

    // Ok when the draft may go: no review required, or one of this very
    // text. Otherwise the Error says what is missing, for the admin.
    static Status gate(
        IncidentStore *store, const Incident &incident, const NoticeDraft &draft, bool required);

    // Who looked, when the draft as it stands was reviewed; empty otherwise.
    static QString reviewerOf(IncidentStore *store, const Incident &incident, const NoticeDraft &draft);
};

} // namespace MailOps
