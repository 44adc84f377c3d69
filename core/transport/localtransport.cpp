#include "localtransport.h"

#include "commandjob.h"

#include <QCoreApplication>

namespace MailOps {

LocalTransport::LocalTransport(QObject *parent)
    : Transport(parent)
{
}

CommandJob *LocalTransport::start(const QStringList &argv, const CommandOptions &options)
{
    auto *job = new CommandJob(argv.value(0), argv.mid(1), options, this);
    if (argv.isEmpty() || argv.first().isEmpty()) {
        job->failBeforeStart(Error { Error::Code::InvalidInput,
            QCoreApplication::translate("MailOps::LocalTransport", "empty command") });
        return job;
    }
    for (const QString &arg : argv) {
        if (arg.contains(QChar(0))) {
            job->failBeforeStart(Error { Error::Code::InvalidInput,
                QCoreApplication::translate("MailOps::LocalTransport", "argument with a NUL character") });
            return job;
        }
    }
    job->start();
    return job;
}

QString LocalTransport::describe() const
{
    return QCoreApplication::translate("MailOps::LocalTransport", "local");
}

} // namespace MailOps
