#include "noticefacts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace MailOps {

namespace {

QString listInWords(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + NoticeFacts::tr(" and ")
        + items.constLast();
}

// What a deferral says about the partner's side, in a technical partner's
// words; empty when the reason says nothing plain.
QString partnerState(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    if (reason.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive))
        return NoticeFacts::tr("their MX refuses connections");
    if (reason.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return NoticeFacts::tr("their MX does not answer");
    if (reason.contains(QLatin1String("Host or domain name not found"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("Name service error"), Qt::CaseInsensitive))
        return NoticeFacts::tr("their MX cannot be looked up in the DNS");
    if (reason.contains(QLatin1String("TLS"), Qt::CaseSensitive))
        return NoticeFacts::tr("TLS with their MX fails");
    static const QRegularExpression said(
        QStringLiteral("said: ([245][0-9][0-9](?:[ -][245]\\.[0-9]{1,3}\\.[0-9]{1,3})?)"));
    if (const QRegularExpressionMatch m = said.match(reason); m.hasMatch())
        return NoticeFacts::tr("their MX answers %1").arg(m.captured(1));
    return {};
}

} // namespace

const QSet<QString> &NoticeFacts::names()
{
    static const QSet<QString> all {
        QStringLiteral("title"),
        QStringLiteral("severity"),
        QStringLiteral("status"),
        QStringLiteral("profile"),
        QStringLiteral("start_time"),
        QStringLiteral("end_time"),
        QStringLiteral("duration"),
        QStringLiteral("owner"),
        QStringLiteral("impact"),
        QStringLiteral("affected_services"),
        QStringLiteral("services_down"),
        QStringLiteral("crash_loops"),
        QStringLiteral("suspects_held"),
        QStringLiteral("queue_depth"),
        QStringLiteral("queue_deferred"),
        QStringLiteral("queue_waiting"),
        QStringLiteral("queue_growth"),
        QStringLiteral("oldest_deferred"),
        QStringLiteral("partner_impact"),
        QStringLiteral("policy_changes"),
        QStringLiteral("rolled_back"),
        QStringLiteral("next_update"),
        QStringLiteral("now"),
    };
    return all;
}

QString NoticeFacts::formatTime(const QDateTime &t, const QDateTime &now, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    const QDateTime localNow = now.toTimeZone(zone);
    const QLocale c = QLocale::c();
    QString abbreviation = zone.abbreviation(local);
    if (abbreviation.isEmpty())
        abbreviation = zone.displayName(local, QTimeZone::OffsetName);
    const QString time = c.toString(local, QStringLiteral("HH:mm")) + QLatin1Char(' ') + abbreviation;
    if (local.date() == localNow.date())
        return time;
    return c.toString(local.date(), QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') + time;
}

QString NoticeFacts::formatDuration(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QHash<QString, QString> NoticeFacts::build(const Inputs &in)
{
    QHash<QString, QString> v;
    for (const QString &name : names())
        v.insert(name, QString());
    const Incident &inc = in.incident;
    const QDateTime now = in.now.isValid() ? in.now.toUTC() : QDateTime::currentDateTimeUtc();
    const auto time = [&](const QDateTime &t) { return formatTime(t, now, in.zone); };

    v[QStringLiteral("title")] = inc.title;
    v[QStringLiteral("severity")] = Incident::severityText(inc.severity);
    v[QStringLiteral("status")] = Incident::statusText(inc.status);
    v[QStringLiteral("profile")] = inc.profile;
    v[QStringLiteral("start_time")] = time(inc.start);
    if (!inc.isOpen() && inc.end.isValid())
        v[QStringLiteral("end_time")] = time(inc.end);
    if (inc.start.isValid())
        v[QStringLiteral("duration")]
            = formatDuration(inc.start.secsTo(!inc.isOpen() && inc.end.isValid() ? inc.end : now));
    v[QStringLiteral("owner")] = inc.owner;
    v[QStringLiteral("impact")] = inc.impact;
    v[QStringLiteral("affected_services")] = listInWords(inc.affectedServices);
    if (inc.isOpen())
        v[QStringLiteral("next_update")] = time(inc.nextUpdateDue);
    v[QStringLiteral("now")] = time(now);

    QStringList down;
    for (const ServiceStatus &s : in.services)
        if (!s.isUp())
            down << tr("%1 (%2)").arg(s.name, ServiceStatus::stateText(s.state));
    v[QStringLiteral("services_down")] = listInWords(down);

    // The journal from the incident's start, oldest first: the last word on
    // each crash loop counts.
    JournalEventList events;
    for (const JournalEvent &e : in.events)
        if ((!inc.start.isValid() || e.time >= inc.start)
            && (inc.profile.isEmpty() || e.profile == inc.profile))
            events << e;
    std::stable_sort(events.begin(), events.end(), [](const JournalEvent &a, const JournalEvent &b) {
        return a.time != b.time ? a.time < b.time : a.id < b.id;
    });
    QStringList loopOrder;
    QHash<QString, QString> loops;
    QStringList held;
    QStringList changes;
    QStringList rollbacks;
    for (const JournalEvent &e : std::as_const(events)) {
        const QString service = e.payload.value(QStringLiteral("service")).toString();
        if (e.kind == QLatin1String("monitor.crashloop") && !service.isEmpty()) {
            if (!loopOrder.contains(service))
                loopOrder << service;
            if (e.payload.value(QStringLiteral("state")).toString() == QLatin1String("ended")) {
                loops[service] = tr("%1 crash-looped and runs again since %2").arg(service, time(e.time));
            } else {
                const int restarts = e.payload.value(QStringLiteral("restarts")).toInt();
                loops[service] = restarts > 1 ? tr("%1 keeps crashing (%2 restarts) since %3")
                                                    .arg(service)
                                                    .arg(restarts)
                                                    .arg(time(e.time))
                                              : tr("%1 keeps crashing since %2").arg(service, time(e.time));
            }
        } else if (e.kind == QLatin1String("monitor.suspect.held")
            && e.payload.value(QStringLiteral("ok")).toBool(true)) {
            const QString id = e.payload.value(QStringLiteral("queueId")).toString();
            held << (id.isEmpty() ? time(e.time) : tr("%1 at %2").arg(id, time(e.time)));
        } else if (e.kind == QLatin1String("policy.apply") || e.kind == QLatin1String("policy.drift")) {
            changes << tr("%1: %2").arg(time(e.time), e.summary);
        } else if (e.kind == QLatin1String("policy.rollback") || e.kind == QLatin1String("policy.revert")) {
            rollbacks << tr("%1: %2").arg(time(e.time), e.summary);
        }
    }
    QStringList loopWords;
    for (const QString &s : std::as_const(loopOrder))
        loopWords << loops.value(s);
    v[QStringLiteral("crash_loops")] = loopWords.join(QStringLiteral("; "));
    v[QStringLiteral("suspects_held")] = listInWords(held);
    v[QStringLiteral("policy_changes")] = changes.join(QStringLiteral("; "));
    v[QStringLiteral("rolled_back")] = rollbacks.join(QStringLiteral("; "));

    // The latest diagnosis of each domain since the start that found a
    // problem: what the partner template says of their side.
    QHash<QString, QString> diagnosed;
    for (const JournalEvent &e : std::as_const(events)) {
        if (e.kind != QLatin1String("diagnostics.run"))
            continue;
        const QString domain = e.payload.value(QStringLiteral("domain")).toString().toLower();
        const QJsonArray conclusions = e.payload.value(QStringLiteral("conclusions")).toArray();
        if (domain.isEmpty())
            continue;
        if (conclusions.isEmpty())
            diagnosed.remove(domain);
        else
            diagnosed[domain]
                = tr("diagnosis at %1: %2")
                      .arg(time(e.time),
                          conclusions.first().toObject().value(QStringLiteral("headline")).toString());
    }

    if (in.queue) {
        const QueueSummary &q = *in.queue;
        v[QStringLiteral("queue_depth")] = QString::number(q.messages());
        const qint64 deferred = q.messages(QueueEntry::Queue::Deferred);
        v[QStringLiteral("queue_deferred")] = QString::number(deferred);
        // For plain words: "0 messages are waiting" is nothing to tell.
        v[QStringLiteral("queue_waiting")] = deferred > 0 ? QString::number(deferred) : QString();
        QDateTime oldest = in.oldestDeferred;
        if (!oldest.isValid() && q.oldestArrival() > 0)
            oldest = QDateTime::fromSecsSinceEpoch(q.oldestArrival(), Qt::UTC);
        if (oldest.isValid())
            v[QStringLiteral("oldest_deferred")] = time(oldest);

        // Per partner domain with mail deferred, largest first: a Markdown
        // list the partner templates take as it is.
        constexpr int shownDomains = 8;
        QStringList lines;
        int more = 0;
        for (const QueueSummary::DomainRow &row : q.domainTable()) {
            if (row.deferred == 0 || row.domain == QueueSummary::otherDomainsLabel()
                || !row.domain.contains(u'.'))
                continue;
            if (lines.size() == shownDomains) {
                ++more;
                continue;
            }
            // Spelt out: this goes to partners as it is.
            QString line
                = (row.deferred == 1 ? tr("1 message to %1 waiting").arg(row.domain)
                                     : tr("%1 messages to %2 waiting").arg(row.deferred).arg(row.domain));
            if (row.oldestDeferred > 0)
                line += tr(" since %1").arg(time(QDateTime::fromSecsSinceEpoch(row.oldestDeferred, Qt::UTC)));
            QStringList state;
            if (const QString said = partnerState(row.reason); !said.isEmpty())
                state << said;
            if (const QString found = diagnosed.value(row.domain); !found.isEmpty())
                state << found;
            if (!state.isEmpty())
                line += QStringLiteral("; ") + state.join(QStringLiteral("; "));
            lines << QStringLiteral("- ") + line;
        }
        if (more > 0)
            lines << QStringLiteral("- ")
                    + (more == 1 ? tr("and 1 more domain") : tr("and %1 more domains").arg(more));
        v[QStringLiteral("partner_impact")] = lines.join(QLatin1Char('\n'));
    }

    QList<QueueDepthSample> depth = in.depth;
    std::sort(depth.begin(), depth.end(),
        [](const QueueDepthSample &a, const QueueDepthSample &b) { return a.at < b.at; });
    if (depth.size() >= 2) {
        const QDateTime from = now.addSecs(-60 * qint64(qMax(1, in.growthWindowMinutes)));
        const auto first = std::find_if(
            depth.cbegin(), depth.cend(), [&](const QueueDepthSample &s) { return s.at >= from; });
        if (first != depth.cend() && first != depth.cend() - 1) {
            const QueueDepthSample &last = depth.constLast();
            const qint64 delta = last.total - first->total;
            const QString span = formatDuration(first->at.secsTo(last.at));
            if (delta > 0)
                v[QStringLiteral("queue_growth")] = tr("grew by %1 in the last %2").arg(delta).arg(span);
            else if (delta < 0)
                v[QStringLiteral("queue_growth")] = tr("shrank by %1 in the last %2").arg(-delta).arg(span);
            else
                v[QStringLiteral("queue_growth")] = tr("unchanged in the last %1").arg(span);
        }
    }
    return v;
}

} // namespace MailOps
