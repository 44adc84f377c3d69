#include "postmortemreport.h"

#include "incident/markdownhtml.h"
#include "incident/noticefacts.h"

#include <QSet>

namespace MailOps {

namespace {

// A line of someone's text as one Markdown paragraph line: a leading "#",
// "-" or digit-dot would otherwise turn it into a heading or a list.
QString plainLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char('-'))
        || trimmed.startsWith(QLatin1Char('*')) || trimmed.startsWith(QLatin1Char('>')))
        return QLatin1Char('\\') + trimmed;
    return trimmed;
}

} // namespace

QList<qint64> PostmortemReport::versionIds(const QList<IncidentTimeline::Entry> &timeline)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const IncidentTimeline::Entry &e : timeline) {
        if (!e.subject.startsWith(QLatin1String("version:")))
            continue;
        bool ok = false;
        const qint64 id = e.subject.mid(8).toLongLong(&ok);
        if (ok && id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

QString PostmortemReport::time(const QDateTime &t) const
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PostmortemReport::toMarkdown() const
{
    const Incident &i = incident;
    QString md;
    md += QStringLiteral("# %1\n\n")
              .arg(plainLine(i.title.isEmpty() ? tr("Incident %1").arg(i.id) : i.title));
    const QString zoneName = zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
    md += tr("Times are in %1.").arg(zoneName) + QStringLiteral("\n\n");

    md += QStringLiteral("## %1\n\n").arg(tr("Summary"));
    md += QStringLiteral("- %1: %2\n").arg(tr("Gateway"), plainLine(i.profile));
    md += QStringLiteral("- %1: %2\n").arg(tr("Severity"), Incident::severityText(i.severity));
    md += QStringLiteral("- %1: %2\n").arg(tr("Status"), Incident::statusText(i.status));
    md += QStringLiteral("- %1: %2\n").arg(tr("Started"), time(i.start));
    if (i.end.isValid()) {
        md += QStringLiteral("- %1: %2\n").arg(tr("Ended"), time(i.end));
        md += QStringLiteral("- %1: %2\n")
                  .arg(tr("Duration"), NoticeFacts::formatDuration(i.start.secsTo(i.end)));
    }
    if (!i.affectedServices.isEmpty())
        md += QStringLiteral("- %1: %2\n")
                  .arg(tr("Affected"), plainLine(i.affectedServices.join(QStringLiteral(", "))));
    if (!i.impact.isEmpty())
        md += QStringLiteral("- %1: %2\n").arg(tr("Impact"), plainLine(i.impact));
    if (!i.owner.isEmpty())
        md += QStringLiteral("- %1: %2\n").arg(tr("Owner"), plainLine(i.owner));
    md += QStringLiteral("- %1: %2\n\n").arg(tr("Notices sent")).arg(i.notices.size());

    md += QStringLiteral("## %1\n\n").arg(tr("Timeline"));
    if (timeline.isEmpty())
        md += tr("Nothing was recorded.") + QStringLiteral("\n");
    for (const IncidentTimeline::Entry &e : timeline) {
        QString what = plainLine(e.summary);
        if (e.source == IncidentTimeline::Entry::Source::Note)
            what = tr("Note: %1").arg(what);
        else if (e.source == IncidentTimeline::Entry::Source::Notice)
            what = tr("Notice sent: %1").arg(what);
        md += QStringLiteral("- %1 · %2 · %3\n").arg(time(e.time), e.kind, what);
    }
    md += QLatin1Char('\n');

    if (!versions.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Policy versions"));
        for (const Version &v : versions) {
            md += QStringLiteral("- %1\n").arg(plainLine(v.label));
            for (const QString &c : v.changes)
                md += QStringLiteral("  - %1\n").arg(plainLine(c));
        }
        md += QLatin1Char('\n');
    }

    if (!i.notices.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Notices"));
        for (const Incident::Notice &n : i.notices) {
            md += QStringLiteral("### %1 · %2 · %3\n\n")
                      .arg(time(n.time), NoticeKind::audienceKey(n.kind.audience), plainLine(n.subject));
            md += QStringLiteral("- %1: %2\n").arg(tr("Sent by"), plainLine(n.path));
            if (!n.recipients.isEmpty())
                md += QStringLiteral("- %1: %2\n")
                          .arg(tr("To"), plainLine(n.recipients.join(QStringLiteral(", "))));
            md += QLatin1Char('\n');
            // The text as it went out, quoted so its own headings stay inside.
            const QStringList lines = n.text.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                md += QStringLiteral("> %1\n").arg(line);
            md += QLatin1Char('\n');
        }
    }

    md += QStringLiteral("## %1\n\n").arg(tr("Causes"));
    md += tr("To be written: what broke, and why it was not caught sooner.") + QStringLiteral("\n\n");
    md += QStringLiteral("## %1\n\n").arg(tr("Lessons and actions"));
    md += tr("To be written: what we change, who does it, by when.") + QStringLiteral("\n");
    return md;
}

QString PostmortemReport::toHtml() const
{
    return MarkdownHtml::document(toMarkdown(), incident.title);
}

} // namespace MailOps
