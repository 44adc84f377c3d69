#include "incidenttimeline.h"

#include <QJsonArray>
#include <algorithm>

namespace MailOps {

QString IncidentTimeline::subject(const Incident &incident)
{
    return QStringLiteral("incident:%1").arg(incident.id);
}

JournalFilter IncidentTimeline::journalFilter(const Incident &incident, int limit)
{
    JournalFilter f;
    f.profile = incident.profile;
    f.from = incident.start;
    if (!incident.isOpen() && incident.end.isValid())
        f.to = incident.end;
    f.limit = limit;
    return f;
}

QList<IncidentTimeline::Entry> IncidentTimeline::build(
    const Incident &incident, const JournalEventList &events)
{
    QList<Entry> out;
    out.reserve(events.size() + incident.notes.size() + incident.notices.size());
    const QString own = subject(incident);
    for (const JournalEvent &e : events) {
        // Notes and notices come from the incident itself, with their text.
        if ((e.kind == QLatin1String("incident.note") || e.kind == QLatin1String("incident.notice"))
            && e.subject == own)
            continue;
        if (!incident.profile.isEmpty() && e.profile != incident.profile)
            continue;
        if (incident.start.isValid() && e.time < incident.start)
            continue;
        out << Entry { Entry::Source::Journal, e.time.toUTC(), e.kind, e.severity, e.summary, e.subject,
            e.id };
    }
    for (const Incident::Note &n : incident.notes)
        out << Entry { Entry::Source::Note, n.time, QStringLiteral("incident.note"),
            JournalEvent::Severity::Info, n.author.isEmpty() ? n.text : tr("%1: %2").arg(n.author, n.text),
            own, 0 };
    for (const Incident::Notice &n : incident.notices)
        out << Entry { Entry::Source::Notice, n.time, QStringLiteral("incident.notice"),
            JournalEvent::Severity::Notice,
            tr("Notice to %1 (%2) by %3: %4")
                .arg(NoticeKind::audienceKey(n.kind.audience), NoticeKind::phaseKey(n.kind.phase), n.path,
                    n.subject),
            QStringLiteral("notice:%1").arg(n.id), 0 };
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (a.source != b.source)
            return int(a.source) < int(b.source);
        return a.journalId < b.journalId;
    });
    return out;
}

namespace {

JournalEvent incidentEvent(const Incident &incident, const QDateTime &time, const QString &kind,
    JournalEvent::Severity severity, const QString &summary, QJsonObject payload)
{
    JournalEvent e;
    e.time = time;
    e.profile = incident.profile;
    e.kind = kind;
    e.severity = severity;
    e.summary = summary;
    payload.insert(QStringLiteral("incident"), incident.id);
    e.payload = payload;
    e.subject = IncidentTimeline::subject(incident);
    return e;
}

} // namespace

JournalEvent IncidentTimeline::noteEvent(const Incident &incident, const Incident::Note &note)
{
    return incidentEvent(incident, note.time, QStringLiteral("incident.note"), JournalEvent::Severity::Info,
        tr("Note on \"%1\": %2").arg(incident.title, note.text.section(QLatin1Char('\n'), 0, 0)),
        { { QStringLiteral("note"), note.id }, { QStringLiteral("author"), note.author } });
}

JournalEvent IncidentTimeline::noticeEvent(const Incident &incident, const Incident::Notice &notice)
{
    return incidentEvent(incident, notice.time, QStringLiteral("incident.notice"),
        JournalEvent::Severity::Notice,
        tr("Notice \"%1\" sent to %2 by %3")
            .arg(notice.subject, NoticeKind::audienceKey(notice.kind.audience), notice.path),
        {
            { QStringLiteral("notice"), notice.id },
            { QStringLiteral("audience"), NoticeKind::audienceKey(notice.kind.audience) },
            { QStringLiteral("phase"), NoticeKind::phaseKey(notice.kind.phase) },
            { QStringLiteral("path"), notice.path },
            { QStringLiteral("recipients"), QJsonArray::fromStringList(notice.recipients) },
        });
}

JournalEvent IncidentTimeline::reviewEvent(
    const Incident &incident, const NoticeKind &kind, const QString &reviewer, const QDateTime &time)
{
    return incidentEvent(incident, time.isValid() ? time : QDateTime::currentDateTimeUtc(),
        QStringLiteral("incident.review"), JournalEvent::Severity::Info,
        tr("Second look at the %1 notice of \"%2\" by %3").arg(kind.key(), incident.title, reviewer),
        { { QStringLiteral("audience"), NoticeKind::audienceKey(kind.audience) },
            { QStringLiteral("phase"), NoticeKind::phaseKey(kind.phase) },
            { QStringLiteral("reviewer"), reviewer } });
}

JournalEvent IncidentTimeline::openedEvent(const Incident &incident, const QDateTime &time)
{
    return incidentEvent(incident, time.isValid() ? time : QDateTime::currentDateTimeUtc(),
        QStringLiteral("incident.open"), JournalEvent::Severity::Notice,
        tr("Incident \"%1\" opened (%2)").arg(incident.title, Incident::severityText(incident.severity)),
        { { QStringLiteral("severity"), Incident::severityKey(incident.severity) },
            { QStringLiteral("owner"), incident.owner } });
}

JournalEvent IncidentTimeline::statusEvent(const Incident &incident, const QDateTime &time)
{
    return incidentEvent(incident, time.isValid() ? time : QDateTime::currentDateTimeUtc(),
        QStringLiteral("incident.status"),
        incident.isOpen() ? JournalEvent::Severity::Info : JournalEvent::Severity::Notice,
        tr("Incident \"%1\": %2, %3")
            .arg(incident.title, Incident::statusText(incident.status),
                Incident::severityText(incident.severity)),
        { { QStringLiteral("status"), Incident::statusKey(incident.status) },
            { QStringLiteral("severity"), Incident::severityKey(incident.severity) } });
}

} // namespace MailOps
