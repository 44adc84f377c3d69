#include "queuescanner.h"

#include "common/logging.h"
#include "queue/queuereader.h"
#include "transport/commandjob.h"
#include "transport/transport.h"

#include <QPromise>
#include <QSet>
#include <memory>

namespace MailOps {

QueueScanner::QueueScanner(Transport *transport, const PostfixCommands &commands, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_commands(commands)
{
}

QueueScanner::~QueueScanner()
{
    cancel();
}

bool QueueScanner::isRunning() const
{
    return m_reader || !m_running.isEmpty() || !m_pending.isEmpty();
}

void QueueScanner::begin()
{
    cancel();
    m_result = QueueScanResult();
    m_total = 0;
    m_done = 0;
}

void QueueScanner::scan(const QStringList &onlyIds)
{
    begin();
    m_reader = new QueueReader(this);
    m_reader->setTimeout(120000);
    // Only the entries up to the limit are kept, never the whole listing.
    const QSet<QString> only(onlyIds.cbegin(), onlyIds.cend());
    m_reader->setEntryHandler([this, only](const QueueEntry &e) {
        if (m_pending.size() < m_limit && (only.isEmpty() || only.contains(e.queueId)))
            m_pending.enqueue(e);
    });
    connect(m_reader, &QueueReader::finished, this, [this](const Result<QueueSummary> &r) {
        m_reader->deleteLater();
        m_reader = nullptr;
        if (!r) {
            m_pending.clear();
            Q_EMIT finished(r.error());
            return;
        }
        m_total = int(m_pending.size());
        m_result.listed = m_total;
        if (m_pending.isEmpty())
            end();
        else
            fetchMore();
    });
    m_reader->start(m_transport, m_commands.listQueue());
}

void QueueScanner::scanIds(const QStringList &queueIds)
{
    begin();
    for (const QString &id : queueIds) {
        QueueEntry e;
        e.queueId = id;
        m_pending.enqueue(e);
    }
    m_total = int(m_pending.size());
    m_result.listed = m_total;
    // Asynchronous even when there is nothing to do: callers connect after
    // calling.
    QMetaObject::invokeMethod(
        this, [this] { m_pending.isEmpty() ? end() : fetchMore(); }, Qt::QueuedConnection);
}

void QueueScanner::cancel()
{
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->cancel();
        m_reader->deleteLater();
        m_reader = nullptr;
    }
    m_pending.clear();
    const auto running = m_running;
    m_running.clear();
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->cancel();
        delete it.value();
    }
}

void QueueScanner::fetchMore()
{
    while (m_running.size() < m_parallel && !m_pending.isEmpty()) {
        auto *f = new Fetch;
        f->message.entry = m_pending.dequeue();
        const QString id = f->message.entry.queueId;
        if (m_suspects.contains(id)) {
            f->message.suspect = true;
            f->message.suspectReason = m_suspects.value(id);
        }
        if (!PostfixCommands::isQueueId(id)) {
            f->message.fetchError = tr("\"%1\" is not a Postfix queue id").arg(id);
            m_result.findings << f->message;
            delete f;
            ++m_done;
            continue;
        }
        CommandOptions options;
        options.timeout = std::chrono::milliseconds(m_fetchTimeoutMs);
        options.streamStdout = true;
        options.maxStderrBytes = 4096;
        CommandJob *job = m_transport->start(m_commands.fetchMessage(id), options);
        m_running.insert(job, f);
        connect(job, &CommandJob::stdoutChunk, this, [this, job](const QByteArray &chunk) {
            // Linted as it arrives, in pipe-sized pieces: the GUI thread gets
            // back control between them and the message is never held.
            if (Fetch *running = m_running.value(job))
                running->linter.feed(chunk);
        });
        connect(job, &CommandJob::finished, this,
            [this, job](const Result<CommandOutput> &r) { fetched(job, r); });
    }
    if (m_running.isEmpty() && m_pending.isEmpty())
        end();
}

void QueueScanner::fetched(CommandJob *job, const Result<CommandOutput> &result)
{
    std::unique_ptr<Fetch> f(m_running.take(job));
    if (!f)
        return;
    ScannedMessage &m = f->message;
    bool vanished = false;
    if (!result) {
        m.fetchError = result.error().message;
    } else if (result->exitCode != 0) {
        const QString err = QString::fromLocal8Bit(result->stdErr).trimmed();
        // postcat says so when the id is no longer queued: delivered, expired
        // or deleted since the listing. Not a finding, unless it is a suspect.
        vanished = err.contains(QLatin1String("not found"), Qt::CaseInsensitive)
            || err.contains(QLatin1String("No such file"), Qt::CaseInsensitive);
        m_result.vanished += vanished ? 1 : 0;
        m.fetchError = err.isEmpty() ? tr("postcat exited with status %1").arg(result->exitCode) : err;
    } else {
        m.fetched = true;
        m.report = f->linter.finish();
        if (m.entry.messageSize == 0)
            m.entry.messageSize = m.report.bytes;
        ++m_result.scanned;
    }
    if (m.suspect || (!vanished && (!m.fetched || !m.report.isClean())))
        m_result.findings << m;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    fetchMore();
}

void QueueScanner::end()
{
    if (!m_running.isEmpty())
        return;
    qCDebug(lcQueue) << "scan:" << m_result.scanned << "scanned," << m_result.findings.size() << "findings";
    Q_EMIT finished(m_result);
}

QFuture<Result<QByteArray>> QueueScanner::fetchRaw(
    Transport *transport, const PostfixCommands &commands, const QString &queueId, qint64 maxBytes)
{
    if (!PostfixCommands::isQueueId(queueId)) {
        return QtFuture::makeReadyFuture(Result<QByteArray>(
            Error { Error::Code::InvalidInput, tr("\"%1\" is not a Postfix queue id").arg(queueId) }));
    }
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    auto text = std::make_shared<QByteArray>();
    CommandOptions options;
    options.streamStdout = true;
    options.timeout = std::chrono::milliseconds(60000);
    CommandJob *job = transport->start(commands.fetchMessage(queueId), options);
    // A viewer needs the head of a huge message, not all of it: the rest is
    // read from the pipe and dropped, so the command still ends normally.
    QObject::connect(job, &CommandJob::stdoutChunk, job, [text, maxBytes](const QByteArray &chunk) {
        if (text->size() < maxBytes)
            *text += chunk.left(maxBytes - text->size());
    });
    QObject::connect(
        job, &CommandJob::finished, job, [promise, text, queueId](const Result<CommandOutput> &r) {
            if (!r) {
                promise->addResult(Result<QByteArray>(r.error()));
            } else if (r->exitCode != 0) {
                const QString err = QString::fromLocal8Bit(r->stdErr).trimmed();
                promise->addResult(Result<QByteArray>(Error { Error::Code::NotFound,
                    err.isEmpty() ? tr("%1 is no longer in the queue").arg(queueId) : err }));
            } else {
                promise->addResult(Result<QByteArray>(*text));
            }
            promise->finish();
        });
    return promise->future();
}

} // namespace MailOps
