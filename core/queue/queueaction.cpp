#include "queueaction.h"

#include "common/logging.h"
#include "queue/queuefilter.h"
#include "transport/commandjob.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace MailOps {

namespace {

constexpr int kInvalidIdsKept = 20;
// postsuper writes one line per id ("postsuper: 4F1A2B3C4D: placed on
// hold", at most ~60 bytes) before its summary; the summary must fit.
constexpr qint64 kStderrPerId = 96;
constexpr qint64 kStderrSlack = 64 * 1024;

QString postsuperOption(QueueAction::Kind kind)
{
    switch (kind) {
    case QueueAction::Kind::Hold:
        return QStringLiteral("-h");
    case QueueAction::Kind::Release:
        return QStringLiteral("-H");
    case QueueAction::Kind::Requeue:
        return QStringLiteral("-r");
    case QueueAction::Kind::Delete:
        return QStringLiteral("-d");
    // -f rather than -e: -e leaves a held message on hold, so it would not
    // be returned until someone released it; -f releases it as well.
    case QueueAction::Kind::Bounce:
        return QStringLiteral("-f");
    case QueueAction::Kind::DeliverNow:
        break;
    }
    return {};
}

qint64 ownCount(QueueAction::Kind kind, const QueueAction::Counts &c)
{
    switch (kind) {
    case QueueAction::Kind::Hold:
        return c.held;
    case QueueAction::Kind::Release:
        return c.released;
    case QueueAction::Kind::Requeue:
        return c.requeued;
    case QueueAction::Kind::Delete:
        return c.deleted;
    case QueueAction::Kind::Bounce:
        return c.expired;
    case QueueAction::Kind::DeliverNow:
        break;
    }
    return 0;
}

// The first line that says what went wrong, for an error message.
QString firstProblem(const QByteArray &stdErr)
{
    const QList<QByteArray> lines = stdErr.split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("fatal:") || line.contains("error:"))
            return QString::fromUtf8(line.trimmed()).left(300);
    }
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            return QString::fromUtf8(line.trimmed()).left(300);
    }
    return {};
}

} // namespace

QueueAction::QueueAction(Transport *transport, const PostfixCommands &commands, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_commands(commands)
{
}

QueueAction::~QueueAction()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

bool QueueAction::isDestructive(Kind kind)
{
    return kind == Kind::Delete || kind == Kind::Bounce;
}

QString QueueAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hold:
        return QStringLiteral("hold");
    case Kind::Release:
        return QStringLiteral("release");
    case Kind::Requeue:
        return QStringLiteral("requeue");
    case Kind::DeliverNow:
        return QStringLiteral("retry");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Bounce:
        return QStringLiteral("bounce");
    }
    return {};
}

std::optional<QueueAction::Kind> QueueAction::kindFromName(QStringView name)
{
    for (const Kind k :
        { Kind::Hold, Kind::Release, Kind::Requeue, Kind::DeliverNow, Kind::Delete, Kind::Bounce }) {
        if (name == kindName(k))
            return k;
    }
    return std::nullopt;
}

QString QueueAction::confirmationText(Kind kind, qint64 messages)
{
    return confirmationText(kind, messages, QueueFilter());
}

QString QueueAction::confirmationText(Kind kind, qint64 messages, const QueueFilter &filter)
{
    const int n = int(qMin<qint64>(messages, INT_MAX));
    QString scope;
    if (filter.isEmpty()) {
        scope = n == 1 ? tr("1 message") : tr("%n messages", nullptr, n);
    } else {
        scope = (n == 1 ? tr("1 message %1") : tr("%n messages %1", nullptr, n)).arg(filter.describe());
    }
    switch (kind) {
    case Kind::Hold:
        return tr("Put %1 on hold? Postfix will not deliver them until they are released.").arg(scope);
    case Kind::Release:
        return tr("Release %1 from hold?").arg(scope);
    case Kind::Requeue:
        return tr("Requeue %1? They pass through address rewriting and the content filter again.").arg(scope);
    case Kind::DeliverNow:
        return tr("Try to deliver %1 now?").arg(scope);
    case Kind::Delete:
        return tr("Delete %1 without telling their senders?").arg(scope);
    case Kind::Bounce:
        return tr("Return %1 to their senders as undeliverable and remove them from the queue?").arg(scope);
    }
    return {};
}

QString QueueAction::describeOutcome(const Outcome &o)
{
    const QString of = QStringLiteral("%1/%2").arg(o.affected).arg(o.requested);
    QString text;
    switch (o.kind) {
    case Kind::Hold:
        text = tr("Placed on hold: %1 messages.").arg(of);
        break;
    case Kind::Release:
        text = tr("Released from hold: %1 messages.").arg(of);
        break;
    case Kind::Requeue:
        text = tr("Requeued: %1 messages.").arg(of);
        break;
    case Kind::DeliverNow:
        text = tr("Delivery requested now: %1 messages.").arg(of);
        break;
    case Kind::Delete:
        text = tr("Deleted: %1 messages.").arg(of);
        break;
    case Kind::Bounce:
        text = tr("Returned to their senders: %1 messages.").arg(of);
        if (o.kicked < o.affected)
            text += u' ' + tr("%1 of them at their next delivery attempt.").arg(o.affected - o.kicked);
        break;
    }
    if (o.kind != Kind::DeliverNow && o.affected < o.requested && o.errors.isEmpty() && !o.cancelled)
        text += u' ' + tr("The others were no longer in the queue.");
    if (o.duplicates > 0)
        text += u' ' + tr("%1 duplicate ids ignored.").arg(o.duplicates);
    if (o.invalidCount > 0)
        text += u' '
            + tr("%1 invalid queue ids refused: %2.")
                  .arg(o.invalidCount)
                  .arg(o.invalidIds.join(QStringLiteral(", ")));
    if (o.cancelled)
        text += u' ' + tr("Cancelled before the end.");
    for (const Error &e : o.errors)
        text += u' ' + e.message;
    return text;
}

bool QueueAction::parsePostsuperSummary(const QByteArray &stdErr, Counts *counts)
{
    // Postfix 3.x: "postsuper: Placed on hold: 3 messages" (singular for
    // one); printed once per run, also for 0. Per-id lines have a queue id
    // where these have a verb, so they never match.
    static const QRegularExpression re(
        QStringLiteral("^postsuper: (Placed on hold|Released from hold|Requeued|Deleted|Force-expired|Forced "
                       "expiration): (\\d+) messages?\\s*$"),
        QRegularExpression::MultilineOption);
    bool found = false;
    auto it = re.globalMatch(QString::fromUtf8(stdErr));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qint64 n = m.captured(2).toLongLong();
        const QString verb = m.captured(1);
        if (verb == u"Placed on hold")
            counts->held += n;
        else if (verb == u"Released from hold")
            counts->released += n;
        else if (verb == u"Requeued")
            counts->requeued += n;
        else if (verb == u"Deleted")
            counts->deleted += n;
        else
            counts->expired += n;
        found = true;
    }
    return found;
}

bool QueueAction::start(Kind kind, const QStringList &queueIds)
{
    if (m_running)
        return false;
    m_running = true;
    m_stop = false;
    m_outcome = Outcome();
    m_outcome.kind = kind;
    m_ids.clear();
    m_next = 0;
    m_deliveries.clear();
    m_nextDelivery = 0;

    QSet<QString> seen;
    seen.reserve(queueIds.size());
    for (const QString &id : queueIds) {
        if (!PostfixCommands::isQueueId(id)) {
            if (m_outcome.invalidIds.size() < kInvalidIdsKept)
                m_outcome.invalidIds << id.left(40);
            ++m_outcome.invalidCount;
            continue;
        }
        if (seen.contains(id)) {
            ++m_outcome.duplicates;
            continue;
        }
        seen.insert(id);
        m_ids << id;
    }
    m_outcome.requested = m_ids.size();

    if (kind == Kind::DeliverNow) {
        m_deliveries = m_ids.mid(0, m_maxDeliveries);
        if (m_ids.size() > m_deliveries.size())
            m_outcome.errors << Error { Error::Code::InvalidInput,
                tr("%1 messages were not retried: at most %2 at "
                   "once, one command each; requeue them instead.")
                    .arg(m_ids.size() - m_deliveries.size())
                    .arg(m_maxDeliveries) };
        m_next = m_ids.size(); // no postsuper step
    }
    qCInfo(lcQueue) << "queue action" << kindName(kind) << "on" << m_ids.size() << "messages";
    QMetaObject::invokeMethod(this, &QueueAction::nextStep, Qt::QueuedConnection);
    return true;
}

void QueueAction::cancel()
{
    if (!m_running || m_stop || m_finishing)
        return;
    m_stop = true;
    m_outcome.cancelled = true;
    if (m_job)
        m_job->cancel(); // its finished() arrives and ends the run
}

CommandOptions QueueAction::options() const
{
    CommandOptions o;
    o.timeout = m_timeout;
    o.maxStdoutBytes = 1024 * 1024;
    return o;
}

void QueueAction::nextStep()
{
    if (!m_running || m_finishing)
        return;
    if (m_stop) {
        finish();
        return;
    }
    if (!m_transport) {
        fail(Error { Error::Code::Other, tr("the connection to the gateway was closed") });
        return;
    }
    if (m_next < m_ids.size()) {
        runBatch();
        return;
    }
    if (m_nextDelivery < m_deliveries.size()) {
        runDelivery();
        return;
    }
    finish();
}

void QueueAction::runBatch()
{
    const qsizetype count = qMin<qsizetype>(m_batchSize, m_ids.size() - m_next);
    QByteArray input;
    input.reserve(count * 18);
    for (qsizetype i = m_next; i < m_next + count; ++i) {
        input += m_ids.at(i).toLatin1();
        input += '\n';
    }
    CommandOptions o = options();
    o.stdinData = input;
    o.maxStderrBytes = count * kStderrPerId + kStderrSlack;
    m_job = m_transport->start(m_commands.postsuperFromStdin(postsuperOption(m_outcome.kind)), o);
    connect(m_job, &CommandJob::finished, this,
        [this, count](const Result<CommandOutput> &result) { onBatchFinished(result, count); });
}

void QueueAction::onBatchFinished(const Result<CommandOutput> &result, qint64 batchIds)
{
    m_job = nullptr;
    if (!result) {
        if (result.error().code != Error::Code::Cancelled || !m_stop)
            fail(result.error());
        else
            finish();
        return;
    }
    const CommandOutput &out = result.value();
    Counts counts;
    const bool summary = parsePostsuperSummary(out.stdErr, &counts);
    if (out.exitCode != 0 || !summary) {
        const QString detail = firstProblem(out.stdErr);
        fail(Error { Error::Code::ProcessFailed,
            out.exitCode != 0
                ? tr("postsuper failed (exit %1): %2").arg(out.exitCode).arg(detail)
                : tr("postsuper did not say what it did; the queue may have changed: %1").arg(detail) });
        return;
    }
    m_outcome.counts.held += counts.held;
    m_outcome.counts.released += counts.released;
    m_outcome.counts.requeued += counts.requeued;
    m_outcome.counts.deleted += counts.deleted;
    m_outcome.counts.expired += counts.expired;
    m_outcome.affected = ownCount(m_outcome.kind, m_outcome.counts);

    if (m_outcome.kind == Kind::Bounce && counts.expired > 0) {
        // Only the ids postsuper expired (the others are gone) are pushed
        // to the queue manager now.
        static const QRegularExpression expired(
            QStringLiteral("^postsuper: ([0-9A-Za-z]+): expired\\s*$"), QRegularExpression::MultilineOption);
        QStringList ids;
        auto it = expired.globalMatch(QString::fromUtf8(out.stdErr));
        while (it.hasNext())
            ids << it.next().captured(1);
        if (ids.isEmpty()) // a postsuper that does not name them: try them all
            ids = m_ids.mid(m_next, batchIds);
        for (const QString &id : std::as_const(ids)) {
            if (m_deliveries.size() < m_maxDeliveries && PostfixCommands::isQueueId(id))
                m_deliveries << id;
        }
    }
    m_next += batchIds;
    Q_EMIT progress(m_next, m_ids.size());
    nextStep();
}

void QueueAction::runDelivery()
{
    const QString id = m_deliveries.at(m_nextDelivery);
    m_job = m_transport->start(m_commands.deliverNow(id), options());
    connect(m_job, &CommandJob::finished, this, [this, id](const Result<CommandOutput> &result) {
        m_job = nullptr;
        if (!result) {
            if (result.error().code == Error::Code::Cancelled && m_stop)
                finish();
            else
                fail(result.error());
            return;
        }
        // postqueue -i exits 0 for an id that is no longer queued; non-zero
        // means the mail system itself refused (down, not allowed), which
        // the next id would meet as well.
        if (result->exitCode != 0) {
            fail(Error { Error::Code::ProcessFailed,
                tr("postqueue -i %1 failed (exit %2): %3")
                    .arg(id)
                    .arg(result->exitCode)
                    .arg(firstProblem(result->stdErr)) });
            return;
        }
        ++m_nextDelivery;
        if (m_outcome.kind == Kind::DeliverNow)
            m_outcome.affected = m_nextDelivery;
        else
            m_outcome.kicked = m_nextDelivery;
        Q_EMIT progress(m_nextDelivery, m_deliveries.size());
        nextStep();
    });
}

void QueueAction::fail(const Error &error)
{
    qCWarning(lcQueue) << "queue action" << kindName(m_outcome.kind) << "stopped:" << error.toString();
    m_outcome.errors << error;
    finish();
}

void QueueAction::finish()
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    m_job = nullptr;
    m_ids.clear();
    m_deliveries.clear();
    // Queued like CommandJob's own signal, and still "running" until then,
    // so that a slot may start the next run and no run can overtake it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = false;
            m_finishing = false;
            const Outcome outcome = m_outcome;
            Q_EMIT finished(outcome);
        },
        Qt::QueuedConnection);
}

JournalEvent QueueAction::journalEvent(const QString &profile, const QStringList &ids, const Outcome &outcome)
{
    QJsonArray idList;
    for (const QString &id : ids.mid(0, 100))
        idList.append(id);
    QJsonArray errors;
    for (const Error &e : outcome.errors)
        errors.append(e.message);
    JournalEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.kind = QStringLiteral("queue.action");
    e.severity = outcome.ok() ? JournalEvent::Severity::Info : JournalEvent::Severity::Warning;
    e.summary = describeOutcome(outcome);
    e.payload = QJsonObject {
        { QStringLiteral("action"), kindName(outcome.kind) },
        { QStringLiteral("ok"), outcome.ok() },
        { QStringLiteral("requested"), outcome.requested },
        { QStringLiteral("affected"), outcome.affected },
        { QStringLiteral("queueIds"), idList },
        { QStringLiteral("errors"), errors },
        { QStringLiteral("cancelled"), outcome.cancelled },
    };
    if (ids.size() > idList.size())
        e.payload.insert(QStringLiteral("queueIdsLeftOut"), qint64(ids.size() - idList.size()));
    e.subject = ids.size() == 1 ? QStringLiteral("queue:") + ids.constFirst() : QStringLiteral("queue");
    return e;
}

} // namespace MailOps
