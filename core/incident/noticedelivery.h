#pragma once

#include "incident/incident.h"
#include "incident/noticekind.h"
#include "incident/noticemessage.h"
#include "incident/noticepath.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace MailOps {

class IncidentStore;
class JournalSink;

// Sends one notice to one audience down its fallback chain: each path in
// order until one succeeds, every attempt kept with its sentence. A path
// that is only offered (the clipboard) ends the chain as "offered" for the
// GUI to complete with completeOffered(). When the notice got through it is
// recorded in the IncidentStore with the path that carried it and the
// journal gets an "incident.notice" event naming that path and the failed
// attempts before it; when nothing got through, nothing is recorded as sent
// and the journal gets an "incident.notice.failed" warning with every
// sentence. The draft is never touched: discarding it is the caller's
// choice. deliver() blocks for as long as the paths do, so it runs on a
// worker thread with its own store connection.
class NoticeDelivery final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeDelivery)
    Q_DISABLE_COPY_MOVE(NoticeDelivery)

public:
    struct Attempt
    {
        enum class Outcome
        {
            Sent,
            Failed,
            Offered
        };
        QString path;
        Outcome outcome = Outcome::Failed;
        QString sentence;
        qint64 elapsedMs = 0;
    };

    struct Report
    {
        NoticeKind kind;
        QList<Attempt> attempts;
        QString reachedBy; // the path id that carried it; empty when none did
        QString offered; // the path id offered to the admin, if the chain got there
        QString warning; // e.g. the first relay is the gateway itself
        std::optional<Incident::Notice> recorded;
        QStringList problems; // recording failed after sending: the notice went, the record did not

        bool sent() const { return !reachedBy.isEmpty(); }
        // One line per attempt: "smtp:corp: failed: ...".
        QStringList lines() const;
        // "Reached partners by webhook:ops-slack after 1 failed path." or why not.
        QString summary() const;
    };

    // `gatewayHost` is the profile's SMTP host: a first relay there is the
    // gateway the incident may be about.
    NoticeDelivery(IncidentStore *store, JournalSink *journal, const QString &gatewayHost = {});

    Report deliver(const Incident &incident, const NoticeKind &kind, const NoticeMessage &message,
        const QStringList &recipients, const QList<NoticePath> &paths);
    // After the admin completed an offered path (copied the notice): records
    // it as sent by that path, as deliver() does for a path that sent.
    void completeOffered(const Incident &incident, const NoticeMessage &message,
        const QStringList &recipients, Report *report);

    // The warning for a chain whose first SMTP relay is the gateway itself;
    // empty when it is not.
    static QString gatewayWarning(const QList<NoticePath> &paths, const QString &gatewayHost);
    static QString outcomeKey(Attempt::Outcome outcome);

private:
    void record(const Incident &incident, const NoticeMessage &message, const QStringList &recipients,
        const QString &path, Report *report);

    IncidentStore *m_store;
    JournalSink *m_journal;
    QString m_gatewayHost;
};

} // namespace MailOps
