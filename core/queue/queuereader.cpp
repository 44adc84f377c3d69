#include "queuereader.h"

#include "common/logging.h"
#include "transport/commandjob.h"
#include "transport/localtransport.h"

#include <QDateTime>

namespace MailOps {

QueueReader::QueueReader(QObject *parent)
    : QObject(parent)
{
}

QueueReader::~QueueReader()
{
    cancel();
}

void QueueReader::start(const QString &program, const QStringList &arguments)
{
    if (!m_local)
        m_local = std::make_unique<LocalTransport>();
    start(m_local.get(), QStringList { program } + arguments);
}

void QueueReader::start(Transport *transport, const QStringList &argv)
{
    cancel();
    m_program = argv.value(0);
    m_summary = QueueSummary(m_now ? m_now : QDateTime::currentSecsSinceEpoch());
    const auto add = [this](const QueueEntry &e) {
        m_summary.add(e);
        if (m_handler)
            m_handler(e);
    };
    m_json = QueueParser(add);
    m_mailq = MailqParser(add);
    m_mailq.setReferenceTime(m_summary.now());

    CommandOptions options;
    options.timeout = std::chrono::milliseconds(m_timeoutMs);
    // The listing of a large queue is never held: parsed chunk by chunk.
    options.streamStdout = true;
    options.maxStderrBytes = 2048;
    m_job = transport->start(argv, options);
    connect(m_job, &CommandJob::stdoutChunk, this, &QueueReader::feed);
    connect(m_job, &CommandJob::finished, this, &QueueReader::onFinished);
}

void QueueReader::cancel()
{
    if (!m_job)
        return;
    CommandJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel(); // the job reaps its process and deletes itself
}

qint64 QueueReader::badLines() const
{
    return m_format == Format::PostqueueJson ? m_json.badLines() : m_mailq.badLines();
}

QList<QueueParseIssue> QueueReader::issues() const
{
    return m_format == Format::PostqueueJson ? m_json.issues() : m_mailq.issues();
}

void QueueReader::feed(const QByteArray &chunk)
{
    if (m_format == Format::PostqueueJson)
        m_json.feed(chunk);
    else
        m_mailq.feed(chunk);
}

void QueueReader::onFinished(const Result<CommandOutput> &result)
{
    m_job = nullptr;
    if (!result) {
        qCWarning(lcQueue) << result.error().message;
        done(result.error());
        return;
    }
    if (result->exitCode != 0) {
        const QString detail = QString::fromLocal8Bit(result->stdErr).trimmed();
        const QString message = detail.isEmpty()
            ? tr("%1 exited with status %2").arg(m_program).arg(result->exitCode)
            : tr("%1 exited with status %2: %3").arg(m_program).arg(result->exitCode).arg(detail);
        qCWarning(lcQueue) << message;
        done(Error { Error::Code::ProcessFailed, message });
        return;
    }
    if (m_format == Format::PostqueueJson)
        m_json.finish();
    else
        m_mailq.finish();
    // A listing with lines that were not understood (a warning on stdout, a
    // JSON array, a cut last line) is not a count of the queue: whoever reads
    // it must not say "0 messages" or act on a part of it.
    if (badLines() > 0) {
        const QueueParseIssue first = issues().value(0);
        const QString message = tr(
            "the listing of %1 could not be read whole (lines not understood: %2); the first, line %3: %4")
                                    .arg(m_program)
                                    .arg(badLines())
                                    .arg(first.line)
                                    .arg(first.message);
        qCWarning(lcQueue).noquote() << message;
        done(Error { Error::Code::InvalidInput, message });
        return;
    }
    done(m_summary);
}

void QueueReader::done(const Result<QueueSummary> &result)
{
    Q_EMIT finished(result);
}

} // namespace MailOps
