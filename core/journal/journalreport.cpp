#include "journalreport.h"

#include "common/printable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace MailOps {

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A summary is one line by contract, but the journal is shared with other
// processes: a stray newline or pipe must not break the table.
QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return Printable::text(s);
}

QString markdownCell(const QString &s)
{
    QString out = oneLine(s);
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return out;
}

} // namespace

bool JournalReport::formatFromName(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("text"))
        *format = Format::Text;
    else if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        *format = Format::Markdown;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

JournalEventList JournalReport::chronological() const
{
    JournalEventList out = events;
    // Ids are the order of writing; time breaks ties between files merged
    // by hand (ids 0).
    std::stable_sort(out.begin(), out.end(), [](const JournalEvent &a, const JournalEvent &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return a.id < b.id;
    });
    return out;
}

QString JournalReport::render(Format format) const
{
    switch (format) {
    case Format::Text:
        return toText();
    case Format::Markdown:
        return toMarkdown();
    case Format::Json:
        return toJson();
    }
    return toText();
}

QString JournalReport::toText() const
{
    QString out;
    if (!title.isEmpty())
        out += title + QLatin1Char('\n');
    out += tr("Times are UTC.") + QLatin1Char('\n');
    const JournalEventList list = chronological();
    if (list.isEmpty())
        return out + tr("Nothing was recorded.") + QLatin1Char('\n');
    for (const JournalEvent &e : list) {
        out += QStringLiteral("%1  %2  %3  %4  %5")
                   .arg(utc(e.time), e.profile.isEmpty() ? QStringLiteral("-") : oneLine(e.profile),
                       JournalEvent::severityName(e.severity).leftJustified(8), oneLine(e.kind),
                       oneLine(e.summary));
        if (!e.subject.isEmpty())
            out += QStringLiteral("  [%1]").arg(oneLine(e.subject));
        out += QLatin1Char('\n');
    }
    return out;
}

QString JournalReport::toMarkdown() const
{
    QString out;
    out += QStringLiteral("## %1\n\n").arg(title.isEmpty() ? tr("Timeline") : markdownCell(title));
    const JournalEventList list = chronological();
    if (list.isEmpty())
        return out + tr("Nothing was recorded.") + QLatin1Char('\n');
    out += tr("Times are UTC.") + QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
               .arg(tr("Time"), tr("Gateway"), tr("Severity"), tr("What happened"), tr("Concerns"));
    for (const JournalEvent &e : list) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(utc(e.time), markdownCell(e.profile), JournalEvent::severityName(e.severity),
                       markdownCell(e.summary),
                       e.subject.isEmpty()
                           ? QString()
                           : QStringLiteral("`%1`").arg(markdownCell(e.subject).remove(QLatin1Char('`'))));
    }
    return out;
}

QString JournalReport::toJson() const
{
    QJsonArray rows;
    for (const JournalEvent &e : chronological()) {
        QJsonObject o {
            { QStringLiteral("id"), e.id },
            { QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("profile"), e.profile },
            { QStringLiteral("kind"), e.kind },
            { QStringLiteral("severity"), JournalEvent::severityName(e.severity) },
            { QStringLiteral("summary"), e.summary },
            { QStringLiteral("subject"), e.subject },
        };
        if (!e.payload.isEmpty())
            o.insert(QStringLiteral("details"), e.payload);
        rows.append(o);
    }
    QJsonObject root { { QStringLiteral("events"), rows } };
    if (!title.isEmpty())
        root.insert(QStringLiteral("title"), title);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace MailOps
