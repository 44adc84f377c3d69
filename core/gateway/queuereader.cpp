#include "queuereader.h"

#include "common/logging.h"

#include <QDateTime>

namespace MailOps {

namespace {

constexpr qsizetype kStderrKeep = 2048;

} // namespace

QueueReader::QueueReader(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Error::Code::Timeout, tr("%1 did not finish within %2 s").arg(m_program).arg(m_timer.interval() / 1000.0));
    });
}

QueueReader::~QueueReader()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void QueueReader::start(const QString &program, const QStringList &arguments)
{
    cancel();
    m_program = program;
    m_stderr.clear();
    m_summary = QueueSummary(m_now ? m_now : QDateTime::currentSecsSinceEpoch());
    const auto add = [this](const QueueEntry &e) {
        m_summary.add(e);
        if (m_handler)
            m_handler(e);
    };
    m_json = QueueParser(add);
    m_mailq = MailqParser(add);
    m_mailq.setReferenceTime(m_summary.now());

    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &QueueReader::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray err = m_process->readAllStandardError();
        if (m_stderr.size() < kStderrKeep)
            m_stderr += err.left(kStderrKeep - m_stderr.size());
    });
    connect(m_process, &QProcess::finished, this, &QueueReader::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Error::Code::ProcessFailed, tr("cannot run %1: %2").arg(m_program, m_process->errorString()));
    });
    m_timer.start();
    m_process->start(program, arguments, QIODevice::ReadOnly);
}

void QueueReader::cancel()
{
    if (!m_process)
        return;
    m_timer.stop();
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->kill();
    // Reap it without blocking: delete once it has really gone.
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    if (p->state() == QProcess::NotRunning)
        p->deleteLater();
}

qint64 QueueReader::badLines() const
{
    return m_format == Format::PostqueueJson ? m_json.badLines() : m_mailq.badLines();
}

QList<QueueParseIssue> QueueReader::issues() const
{
    return m_format == Format::PostqueueJson ? m_json.issues() : m_mailq.issues();
}

void QueueReader::readOutput()
{
    if (!m_process)
        return;
    // Chunks as they come; the pipe never accumulates the whole queue.
    for (;;) {
        const QByteArray chunk = m_process->read(256 * 1024);
        if (chunk.isEmpty())
            break;
        if (m_format == Format::PostqueueJson)
            m_json.feed(chunk);
        else
            m_mailq.feed(chunk);
    }
}

void QueueReader::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readOutput();
    if (status != QProcess::NormalExit) {
        fail(Error::Code::ProcessFailed, tr("%1 crashed").arg(m_program));
        return;
    }
    if (exitCode != 0) {
        const QString detail = QString::fromLocal8Bit(m_stderr).trimmed();
        fail(Error::Code::ProcessFailed,
             detail.isEmpty() ? tr("%1 exited with status %2").arg(m_program).arg(exitCode)
                              : tr("%1 exited with status %2: %3").arg(m_program).arg(exitCode).arg(detail));
        return;
    }
    if (m_format == Format::PostqueueJson)
        m_json.finish();
    else
        m_mailq.finish();
    done(m_summary);
}

void QueueReader::fail(Error::Code code, const QString &message)
{
    qCWarning(lcQueue) << message;
    cancel();
    done(Error { code, message });
}

void QueueReader::done(const Result<QueueSummary> &result)
{
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace MailOps
