#pragma once

#include "transport/commandjob.h"
#include "transport/transport.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace MailOps {

// A gateway that is not there: records every argv, its options and stdin,
// and answers with canned output through a real CommandJob running sh, so
// timeouts, streaming and cancellation behave as they do for real commands.
class FakeTransport final : public Transport
{
public:
    struct Answer
    {
        QByteArray stdOut;
        QByteArray stdErr;
        int exitCode = 0;
        // Instead of the canned output: a sh script, which reads the stdin.
        QString script;
        // Instead of running anything: the job fails with this.
        std::optional<Error> error;
    };

    // Asked first; otherwise the next of `answers`; otherwise silence and exit 0.
    std::function<Answer(const QStringList &argv, const QByteArray &stdinData)> responder;
    QList<Answer> answers;

    QList<QStringList> commands;
    QList<QByteArray> inputs;
    QList<CommandOptions> options;

    CommandJob *start(const QStringList &argv, const CommandOptions &opts = {}) override
    {
        commands << argv;
        inputs << opts.stdinData;
        options << opts;
        const Answer a = responder ? responder(argv, opts.stdinData)
            : answers.isEmpty()    ? Answer {}
                                   : answers.takeFirst();
        if (a.error) {
            auto *job = new CommandJob(argv.value(0), argv.mid(1), opts, this);
            job->failBeforeStart(*a.error);
            return job;
        }
        // The canned text travels as arguments, never inside the script.
        const QString script = a.script.isEmpty()
            ? QStringLiteral("cat >/dev/null; printf '%s' \"$1\"; printf '%s' \"$2\" >&2; exit \"$3\"")
            : a.script;
        auto *job = new CommandJob(QStringLiteral("sh"),
            { QStringLiteral("-c"), script, QStringLiteral("sh"), QString::fromUtf8(a.stdOut),
                QString::fromUtf8(a.stdErr), QString::number(a.exitCode) },
            opts, this);
        job->start();
        return job;
    }

    QString describe() const override { return QStringLiteral("fake"); }
};

} // namespace MailOps
