#include "noticedelivery.h"

#include "common/logging.h"
#include "incident/broadcastsettings.h"
#include "incident/incidentstore.h"
#include "incident/incidenttimeline.h"
#include "journal/journalsink.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace MailOps {

namespace {

// Host names as a comparison needs them: one spelling for "this machine".
QString sameHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (BroadcastSettings::isLoopbackHost(h))
        return QStringLiteral("loopback");
    return h;
}

QJsonArray attemptsJson(const QList<NoticeDelivery::Attempt> &attempts)
{
    QJsonArray out;
    for (const NoticeDelivery::Attempt &a : attempts) {
        out.append(QJsonObject {
            { QStringLiteral("path"), a.path },
            { QStringLiteral("outcome"), NoticeDelivery::outcomeKey(a.outcome) },
            { QStringLiteral("sentence"), a.sentence },
            { QStringLiteral("ms"), a.elapsedMs },
        });
    }
    return out;
}

} // namespace

QString NoticeDelivery::outcomeKey(Attempt::Outcome outcome)
{
    switch (outcome) {
    case Attempt::Outcome::Sent:
        return QStringLiteral("sent");
    case Attempt::Outcome::Offered:
        return QStringLiteral("offered");
    case Attempt::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QStringList NoticeDelivery::Report::lines() const
{
    QStringList out;
    for (const Attempt &a : attempts) {
        switch (a.outcome) {
        case Attempt::Outcome::Sent:
            out << tr("%1: sent").arg(a.path);
            break;
        case Attempt::Outcome::Offered:
            out << tr("%1: offered").arg(a.path);
            break;
        case Attempt::Outcome::Failed:
            out << tr("%1: failed: %2").arg(a.path, a.sentence);
            break;
        }
    }
    return out;
}

QString NoticeDelivery::Report::summary() const
{
    const QString audience = NoticeKind::audienceKey(kind.audience);
    qsizetype failed = 0;
    for (const Attempt &a : attempts)
        failed += a.outcome == Attempt::Outcome::Failed ? 1 : 0;
    if (sent())
        return failed == 0
            ? tr("Reached %1 by %2.").arg(audience, reachedBy)
            : tr("Reached %1 by %2 after %n failed path(s).", nullptr, int(failed)).arg(audience, reachedBy);
    if (!offered.isEmpty())
        return tr("Not sent yet: %n path(s) failed and the notice is offered by %1.", nullptr, int(failed))
            .arg(offered);
    if (attempts.isEmpty())
        return tr("Not sent: no path is set for %1.").arg(audience);
    return tr("Not sent: every path for %1 failed.").arg(audience);
}

NoticeDelivery::NoticeDelivery(IncidentStore *store, JournalSink *journal, const QString &gatewayHost)
    : m_store(store)
    , m_journal(journal)
    , m_gatewayHost(gatewayHost)
{
}

QString NoticeDelivery::gatewayWarning(const QList<NoticePath> &paths, const QString &gatewayHost)
{
    if (gatewayHost.trimmed().isEmpty())
        return {};
    for (const NoticePath &p : paths) {
        if (!p.id.startsWith(QLatin1String("smtp:")))
            continue;
        // Only the first relay: a later one is a deliberate fallback.
        if (sameHost(p.host) != sameHost(gatewayHost))
            return {};
        return tr(
            "The first relay, %1 (%2), is the gateway itself: while it is down the notice goes by the next "
            "path.")
            .arg(p.id.mid(5), p.host);
    }
    return {};
}

NoticeDelivery::Report NoticeDelivery::deliver(const Incident &incident, const NoticeKind &kind,
    const NoticeMessage &message, const QStringList &recipients, const QList<NoticePath> &paths)
{
    Report report;
    report.kind = kind;
    report.warning = gatewayWarning(paths, m_gatewayHost);
    for (const NoticePath &path : paths) {
        if (path.isOffer()) {
            report.attempts << Attempt { path.id, Attempt::Outcome::Offered, {}, 0 };
            report.offered = path.id;
            break;
        }
        QElapsedTimer clock;
        clock.start();
        const Status status = path.send(message, recipients);
        if (status) {
            report.attempts << Attempt { path.id, Attempt::Outcome::Sent, {}, clock.elapsed() };
            record(incident, message, recipients, path.id, &report);
            return report;
        }
        report.attempts << Attempt { path.id, Attempt::Outcome::Failed, status.error().message,
            clock.elapsed() };
    }
    if (!report.offered.isEmpty() || !m_journal)
        return report;
    JournalEvent e;
    e.profile = incident.profile;
    e.kind = QStringLiteral("incident.notice.failed");
    e.severity = JournalEvent::Severity::Warning;
    e.summary = tr("Notice \"%1\" did not reach %2: %3")
                    .arg(message.subject, NoticeKind::audienceKey(kind.audience),
                        report.lines().join(QLatin1String("; ")));
    e.payload = QJsonObject {
        { QStringLiteral("incident"), incident.id },
        { QStringLiteral("audience"), NoticeKind::audienceKey(kind.audience) },
        { QStringLiteral("phase"), NoticeKind::phaseKey(kind.phase) },
        { QStringLiteral("attempts"), attemptsJson(report.attempts) },
    };
    e.subject = IncidentTimeline::subject(incident);
    m_journal->record(e);
    return report;
}

void NoticeDelivery::completeOffered(
    const Incident &incident, const NoticeMessage &message, const QStringList &recipients, Report *report)
{
    if (report->offered.isEmpty() || report->sent())
        return;
    if (!report->attempts.isEmpty() && report->attempts.last().path == report->offered)
        report->attempts.last().outcome = Attempt::Outcome::Sent;
    record(incident, message, recipients, report->offered, report);
}

void NoticeDelivery::record(const Incident &incident, const NoticeMessage &message,
    const QStringList &recipients, const QString &path, Report *report)
{
    report->reachedBy = path;
    Incident::Notice notice;
    notice.time = QDateTime::currentDateTimeUtc();
    notice.kind = report->kind;
    notice.path = path;
    notice.recipients = recipients;
    notice.subject = message.subject;
    notice.text = message.markdown;
    if (m_store) {
        const Result<Incident::Notice> stored = m_store->recordNotice(incident.id, notice);
        if (stored) {
            notice = *stored;
        } else {
            report->problems << tr("The notice went out by %1 but could not be recorded: %2")
                                    .arg(path, stored.error().message);
            qCWarning(lcIncident).noquote() << report->problems.last();
        }
    }
    report->recorded = notice;
    if (!m_journal)
        return;
    JournalEvent e = IncidentTimeline::noticeEvent(incident, notice);
    e.payload.insert(QStringLiteral("attempts"), attemptsJson(report->attempts));
    if (!report->warning.isEmpty())
        e.payload.insert(QStringLiteral("warning"), report->warning);
    m_journal->record(e);
}

} // namespace MailOps
