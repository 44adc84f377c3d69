#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>

namespace MailOps {

class CommandJob;
struct GatewayProfile;

// How one command runs: how long it may take, how much it may print, and
// whether stdout is kept (whole result) or handed out in chunks (streaming).
struct CommandOptions
{
    std::chrono::milliseconds timeout { 30000 };
    // Kept stdout above this fails the command; a 100k-message queue must be
    // read in streaming mode, never held whole.
    qint64 maxStdoutBytes = 16 * 1024 * 1024;
    qint64 maxStderrBytes = 256 * 1024;
    // Streaming: stdout goes to CommandJob::stdoutChunk and is not kept.
    bool streamStdout = false;
    // Written to the command's stdin, which is then closed. Without it stdin
    // is the null device, so nothing can ever wait for a keyboard.
    QByteArray stdinData;
};

// What a command that ran to its end produced. A non-zero exit code is not a
// transport failure: the caller decides what it means.
struct CommandOutput
{
    int exitCode = -1;
    QByteArray stdOut; // empty in streaming mode
    QByteArray stdErr;
    std::chrono::milliseconds elapsed { 0 };
    qint64 stdoutBytes = 0; // counted in both modes
};

// Runs fixed argv lists (never a shell string) on the gateway, locally or over
// ssh. Lives on the thread that creates it; commands are asynchronous and every
// one has a timeout. Failures to run (missing program, timeout, lost
// connection, refused login) are Errors; a command's own exit code is not.
class Transport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)
public:
    explicit Transport(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~Transport() override = default;

    // Starts argv (argv[0] is the program). The job is parented to this
    // transport and deletes itself after `finished`; connect before returning
    // to the event loop. Never returns nullptr: an invalid argv yields a job
    // that finishes with an Error.
    virtual CommandJob *start(const QStringList &argv, const CommandOptions &options = {}) = 0;

    // Human-readable target, e.g. "local" or "ssh admin@mx1".
    virtual QString describe() const = 0;

    // The same as start(), as a future of the whole result.
    QFuture<Result<CommandOutput>> run(const QStringList &argv, const CommandOptions &options = {});

    // The transport a profile asks for: this machine, or OpenSSH to its host.
    // An unusable ssh target is an error, never a quiet fallback to this
    // machine: the console would show, and act on, the wrong gateway.
    static Result<std::unique_ptr<Transport>> forProfile(const GatewayProfile &profile);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::CommandOutput)
Q_DECLARE_METATYPE(MailOps::Result<MailOps::CommandOutput>)
