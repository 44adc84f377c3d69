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
        if (e.module() == QLatin1String("incident") && e.subject == own)
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

JournalEvent IncidentTimeline::noteEvent(const Incident &incident, const Incident::Note &note)
{
    JournalEvent e;
    e.time = note.time;
    e.profile = incident.profile;
    e.kind = QStringLiteral("incident.note");
    e.severity = JournalEvent::Severity::Info;
    e.summary = tr("Note on \"%1\": %2").arg(incident.title, note.text.section(QLatin1Char('\n'), 0, 0));
    e.payload = QJsonObject { { QStringLiteral("incident"), incident.id },
        { QStringLiteral("note"), note.id }, { QStringLiteral("author"), note.author } };
    e.subject = subject(incident);
    return e;
}

JournalEvent IncidentTimeline::noticeEvent(const Incident &incident, const Incident::Notice &notice)
{
    JournalEvent e;
    e.time = notice.time;
    e.profile = incident.profile;
    e.kind = QStringLiteral("incident.notice");
    e.severity = JournalEvent::Severity::Notice;
    e.summary = tr("Notice \"%1\" sent to %2 by %3")
                    .arg(notice.subject, NoticeKind::audienceKey(notice.kind.audience), notice.path);
    e.payload = QJsonObject {
        { QStringLiteral("incident"), incident.id },
        { QStringLiteral("notice"), notice.id },
        { QStringLiteral("audience"), NoticeKind::audienceKey(notice.kind.audience) },
        { QStringLiteral("phase"), NoticeKind::phaseKey(notice.kind.phase) },
        { QStringLiteral("path"), notice.path },
        { QStringLiteral("recipients"), QJsonArray::fromStringList(notice.recipients) },
    };
    e.subject = subject(incident);
    return e;
}

} // namespace MailOps
