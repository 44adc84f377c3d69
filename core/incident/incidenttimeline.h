#pragma once

#include "incident/incident.h"
#include "incident/noticekind.h"
#include "journal/journalevent.h"
#include "journal/journalfilter.h"

#include <QCoreApplication>
#include <QList>

namespace MailOps {

// An incident's timeline: what the journal holds for its profile from its
// start (to its end, once resolved), with the admin's notes and the notices
// sent, oldest first. Plain functions of plain values: the reader asks the
// journal with journalFilter() and hands the events to build().
class IncidentTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::IncidentTimeline)

public:
    struct Entry
    {
        enum class Source
        {
            Journal,
            Note,
            Notice
        };
        Source source = Source::Journal;
        QDateTime time; // UTC
        QString kind; // the journal's kind; "incident.note", "incident.notice"
        JournalEvent::Severity severity = JournalEvent::Severity::Info;
        QString summary;
        QString subject; // what it concerns ("queue:66F5C10C04C", "notice:3")
        qint64 journalId = 0;
    };

    // What to ask the journal for: the incident's profile, from its start.
    static JournalFilter journalFilter(const Incident &incident, int limit = 5000);
    // Oldest first; at the same time the journal's event comes before the
    // admin's note about it. Journal events about this incident's own notes
    // and notices come from the incident itself and are left out.
    static QList<Entry> build(const Incident &incident, const JournalEventList &events);

    // The journal's record of a note or a sent notice, for the Timeline and
    // other readers of the journal.
    static JournalEvent noteEvent(const Incident &incident, const Incident::Note &note);
    static JournalEvent noticeEvent(const Incident &incident, const Incident::Notice &notice);
    // The second look at a notice before it went out.
    static JournalEvent reviewEvent(const Incident &incident, const NoticeKind &kind, const QString &reviewer,
        const QDateTime &time = {});
    // The journal's record of an incident opened, and of its status or
    // severity set, at `time` (invalid: now).
    static JournalEvent openedEvent(const Incident &incident, const QDateTime &time = {});
    static JournalEvent statusEvent(const Incident &incident, const QDateTime &time = {});
    // "incident:12": the subject those events carry.
    static QString subject(const Incident &incident);
};

} // namespace MailOps
