#include "commandjob.h"

#include "common/logging.h"

#include <QCoreApplication>

namespace MailOps {

CommandJob::CommandJob(
    const QString &program, const QStringList &arguments, const CommandOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_program(program)
    , m_arguments(arguments)
    , m_displayName(QStringList(QStringList { program } + arguments).join(QLatin1Char(' ')))
{
    m_process = new QProcess(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopWith(Error { Error::Code::Timeout,
            QCoreApplication::translate("MailOps::CommandJob", "%1 did not finish within %2 s")
                .arg(m_displayName)
                .arg(double(m_options.timeout.count()) / 1000.0) });
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CommandJob::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &CommandJob::readStderr);
    connect(m_process, &QProcess::finished, this, &CommandJob::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CommandJob::onError);
}

CommandJob::~CommandJob()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    // Killed now, reaped when it has gone: never a wait on the GUI thread.
    // Held by the application meanwhile, which deletes what is left at its
    // end.
    m_process->disconnect(this);
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->thread() != thread()) {
        // A worker thread may wait, and its event loop may already be gone:
        // nothing would be left to reap the process or delete it later.
        m_process->kill();
        m_process->waitForFinished(2000);
        return;
    }
    m_process->setParent(app);
    QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    m_process->kill();
}

void CommandJob::start()
{
    if (m_done)
        return;
    m_clock.start();
    m_deadline.start(m_options.timeout);
    if (m_options.stdinData.isEmpty())
        m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(m_program, m_arguments, QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_options.stdinData.isEmpty() && !m_done) {
        m_process->write(m_options.stdinData);
        m_process->closeWriteChannel();
    }
}

void CommandJob::failBeforeStart(const Error &error)
{
    complete(error);
}

void CommandJob::cancel()
{
    stopWith(Error { Error::Code::Cancelled,
        QCoreApplication::translate("MailOps::CommandJob", "%1 was cancelled").arg(m_displayName) });
}

void CommandJob::readStdout()
{
    if (m_done)
        return;
    const QByteArray data = m_process->readAllStandardOutput();
    m_output.stdoutBytes += data.size();
    if (m_options.streamStdout) {
        if (!data.isEmpty())
            Q_EMIT stdoutChunk(data);
        return;
    }
    if (m_output.stdOut.size() + data.size() > m_options.maxStdoutBytes) {
        stopWith(Error { Error::Code::InvalidInput,
            QCoreApplication::translate("MailOps::CommandJob", "%1 printed more than %2 bytes; stopped it")
                .arg(m_displayName)
                .arg(m_options.maxStdoutBytes) });
        return;
    }
    m_output.stdOut += data;
}

void CommandJob::readStderr()
{
    if (m_done)
        return;
    const QByteArray data = m_process->readAllStandardError();
    // Diagnostics past the cap are dropped rather than failing the command:
    // the head of stderr says what went wrong, the rest is noise.
    const qint64 room = m_options.maxStderrBytes - m_output.stdErr.size();
    if (room > 0)
        m_output.stdErr += data.left(room);
}

void CommandJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    readStdout();
    readStderr();
    if (m_done)
        return;
    if (status == QProcess::CrashExit) {
        complete(Error { Error::Code::ProcessFailed,
            QCoreApplication::translate("MailOps::CommandJob", "%1 was killed before it finished")
                .arg(m_displayName) });
        return;
    }
    m_output.exitCode = exitCode;
    complete(m_output);
}

void CommandJob::onError(QProcess::ProcessError error)
{
    if (m_done || error != QProcess::FailedToStart)
        return; // crashes and read errors end in finished()
    const bool missing = m_process->errorString().contains(QLatin1String("No such file"))
        || m_process->errorString().contains(QLatin1String("not found"));
    complete(Error { missing ? Error::Code::NotFound : Error::Code::ProcessFailed,
        QCoreApplication::translate("MailOps::CommandJob", "cannot start %1: %2")
            .arg(m_program, m_process->errorString()) });
}

void CommandJob::stopWith(const Error &error)
{
    if (m_done)
        return;
    complete(error);
    if (m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void CommandJob::complete(Result<CommandOutput> result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (result.ok())
        result.value().elapsed = std::chrono::milliseconds(m_clock.isValid() ? m_clock.elapsed() : 0);
    if (m_filter)
        result = m_filter(std::move(result));
    if (!result.ok())
        qCDebug(lcGateway) << "command failed:" << result.error().toString();
    // Queued, so that a caller who connects right after start() still hears it
    // and so that no slot runs inside QProcess's own signal emission.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace MailOps
