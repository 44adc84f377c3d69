#include "deliveryverdict.h"

#include <QRegularExpression>

namespace MailOps {

namespace {

QString hop(const QString &host, const QString &address, const QString &port)
{
    const QString where = port.isEmpty() ? address : address + QLatin1Char(':') + port;
    return host.isEmpty() || host == address ? where : QStringLiteral("%1 (%2)").arg(host, where);
}

} // namespace

QString DeliveryVerdict::explainReason(const QString &reason)
{
    static const QRegularExpression suspended(QStringLiteral("^delivery temporarily suspended: (.*)$"));
    static const QRegularExpression connect(
        QStringLiteral("^connect to ([^\\[\\s]*)\\[([^\\]]+)\\](?::(\\d+))?: (.*)$"));
    static const QRegularExpression said(QStringLiteral(
        "^host ([^\\[\\s]*)\\[([^\\]]+)\\] said: (\\d{3})[ -](?:\\d\\.\\d{1,3}\\.\\d{1,3} )?(.*?)"
        "(?: \\(in reply to [^)]*\\))?$"));
    static const QRegularExpression lost(
        QStringLiteral("^lost connection with ([^\\[\\s]*)\\[([^\\]]+)\\] while (.*)$"));
    static const QRegularExpression dns(QStringLiteral(
        "^Host or domain name not found\\. Name service error for name=(\\S+) type=([A-Za-z0-9]+)"));
    const QString text = reason.trimmed();
    if (const QRegularExpressionMatch m = suspended.match(text); m.hasMatch())
        return explainReason(m.captured(1));
    if (const QRegularExpressionMatch m = connect.match(text); m.hasMatch()) {
        const QString where = hop(m.captured(1), m.captured(2), m.captured(3));
        const QString why = m.captured(4);
        if (why.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return tr("the next hop %1 refuses connections").arg(where);
        if (why.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            return tr("the next hop %1 does not answer (connection timed out)").arg(where);
        if (why.contains(QLatin1String("unreachable"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("no route"), Qt::CaseInsensitive))
            return tr("the next hop %1 cannot be reached (%2)").arg(where, why);
        return tr("cannot connect to %1: %2").arg(where, why);
    }
    if (const QRegularExpressionMatch m = said.match(text); m.hasMatch())
        return tr("%1 answers %2 %3")
            .arg(hop(m.captured(1), m.captured(2), {}), m.captured(3), m.captured(4));
    if (const QRegularExpressionMatch m = lost.match(text); m.hasMatch())
        return tr("the connection to %1 was lost while %2")
            .arg(hop(m.captured(1), m.captured(2), {}), m.captured(3));
    if (const QRegularExpressionMatch m = dns.match(text); m.hasMatch())
        return tr("DNS cannot find %1 (%2) for now").arg(m.captured(1), m.captured(2));
    return text;
}

DeliveryVerdict DeliveryVerdict::judge(const Input &in)
{
    DeliveryVerdict v;
    QStringList also;
    for (const QString &s : in.crashLooping)
        also << tr("%1 is in a crash loop").arg(s);
    const auto withAlso = [&also](const QString &text) {
        return also.isEmpty() ? text : text + QStringLiteral("; ") + also.join(QStringLiteral("; "));
    };
    if (!in.down.isEmpty()) {
        v.level = Level::Critical;
        v.text = withAlso(tr("Mail stopped: %1 not running, nothing is received or delivered")
                              .arg(in.down.join(QStringLiteral(", "))));
        return v;
    }
    if (!in.queue) {
        v.level = in.crashLooping.isEmpty() ? Level::Unknown : Level::Critical;
        v.text = withAlso(tr("Waiting for the first look at the queue…"));
        return v;
    }
    const QueueSummary &q = *in.queue;
    const qint64 total = q.messages();
    const qint64 deferred = q.messages(QueueEntry::Queue::Deferred);
    const qint64 held = q.messages(QueueEntry::Queue::Hold);
    const qint64 waiting = total - held; // held mail waits for the admin, not for delivery
    const QList<QueueSummary::ReasonGroup> reasons = q.reasonGroups();
    QString why;
    if (!reasons.isEmpty()) {
        const QueueSummary::ReasonGroup &top = reasons.constFirst();
        why = tr("%1 (%2 of %3 recipients)")
                  .arg(explainReason(top.example.isEmpty() ? top.pattern : top.example))
                  .arg(top.recipients)
                  .arg(q.recipients());
    }
    const bool logKnown = in.delivered >= 0;
    const QString window = tr("in the last %1 min").arg(qMax(1, in.logMinutes));
    const QString heldNote = held > 0 ? tr("; %1 on hold").arg(held) : QString();

    // A few deferred messages (a dead domain, a greylisting peer) are the
    // normal state of a quiet gateway, never a stop.
    constexpr qint64 FewDeferred = 5;
    // Most of what waits is deferred, and nothing left: delivery has stopped.
    if (deferred >= FewDeferred && deferred * 2 >= waiting && (!logKnown || in.delivered == 0)) {
        v.level = Level::Critical;
        QString text = logKnown
            ? tr("Outbound delivery stopped: %1 of %2 queued messages deferred, none delivered %3")
                  .arg(deferred)
                  .arg(waiting)
                  .arg(window)
            : tr("Outbound delivery looks stopped: %1 of %2 queued messages deferred")
                  .arg(deferred)
                  .arg(waiting);
        if (!why.isEmpty())
            text += tr("; %1").arg(why);
        v.text = withAlso(text + heldNote);
        return v;
    }
    // Deferrals that are more than a few stragglers while mail still leaves.
    if (deferred >= FewDeferred && (deferred * 10 >= waiting || deferred >= 50)) {
        v.level = Level::Warning;
        QString text = logKnown
            ? tr("Delivery is slow: %1 of %2 queued messages deferred, %3 delivered %4")
                  .arg(deferred)
                  .arg(waiting)
                  .arg(in.delivered)
                  .arg(window)
            : tr("Delivery is slow: %1 of %2 queued messages deferred").arg(deferred).arg(waiting);
        if (!why.isEmpty())
            text += tr("; %1").arg(why);
        v.text = withAlso(text + heldNote);
        return v;
    }
    v.level = in.crashLooping.isEmpty() ? Level::Ok : Level::Critical;
    // A quiet queue says nothing of a gateway whose services cannot be seen.
    if (!in.servicesError.isEmpty()) {
        v.level = Level::Warning;
        also.prepend(tr("the services cannot be read (%1)").arg(in.servicesError));
    }
    if (logKnown && in.delivered == 0 && total == 0) {
        v.text = withAlso(tr("Nothing waits: the queue is empty, no delivery %1").arg(window));
        return v;
    }
    QString text;
    if (!logKnown)
        text = tr("Queue: %1 messages, %2 deferred").arg(total).arg(deferred);
    else if (in.delivered == 0)
        // Nothing left, but nothing much waits either: a quiet hour, not a stop.
        text = tr("Quiet: no delivery %1; %2 in the queue, %3 deferred").arg(window).arg(total).arg(deferred);
    else
        text = tr("Mail is flowing: %1 delivered %2, %3 in the queue")
                   .arg(in.delivered)
                   .arg(window)
                   .arg(total);
    v.text = withAlso(text + heldNote);
    return v;
}

} // namespace MailOps
