#include "transport.h"

#include "commandjob.h"

#include <QPromise>

#include <memory>

namespace MailOps {

QFuture<Result<CommandOutput>> Transport::run(const QStringList &argv, const CommandOptions &options)
{
    auto promise = std::make_shared<QPromise<Result<CommandOutput>>>();
    promise->start();
    QFuture<Result<CommandOutput>> future = promise->future();
    CommandJob *job = start(argv, options);
    connect(job, &CommandJob::finished, job, [promise](const Result<CommandOutput> &result) {
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

} // namespace MailOps
