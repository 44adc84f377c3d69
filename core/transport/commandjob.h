#pragma once

#include "transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <functional>

namespace MailOps {

// One running command: a QProcess with a deadline, output caps and optional
// streaming of stdout. Lives on the thread of its transport and deletes
// itself after `finished`, which is always emitted exactly once and never
// from inside start() or cancel(). Fails with Timeout, Cancelled, NotFound
// (program missing), InvalidInput (output over its cap) or ProcessFailed.
class CommandJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandJob)
public:
    // Lets a transport turn a finished run into its own errors (ssh's exit
    // 255, for example) before the caller sees it.
    using ResultFilter = std::function<Result<CommandOutput>(Result<CommandOutput>)>;

    CommandJob(const QString &program, const QStringList &arguments, const CommandOptions &options,
        QObject *parent = nullptr);
    ~CommandJob() override;

    void setResultFilter(ResultFilter filter) { m_filter = std::move(filter); }
    // Human-readable command for error messages (e.g. the remote argv, not ssh's).
    void setDisplayName(const QString &name) { m_displayName = name; }

    void start();
    // A job that can never run (bad argv); finishes with this error.
    void failBeforeStart(const Error &error);
    void cancel();
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    // Streaming mode only: the next piece of stdout, in order.
    void stdoutChunk(const QByteArray &chunk);
    void finished(const MailOps::Result<MailOps::CommandOutput> &result);

private:
    void readStdout();
    void readStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void stopWith(const Error &error);
    void complete(Result<CommandOutput> result);

    // On the heap: a job deleted while its process runs kills it and leaves
    // the reaping to the event loop instead of waiting for it.
    QProcess *m_process;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    CommandOptions m_options;
    QString m_program;
    QStringList m_arguments;
    QString m_displayName;
    ResultFilter m_filter;
    CommandOutput m_output;
    bool m_done = false;
};

} // namespace MailOps
