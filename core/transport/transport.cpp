#include "transport.h"

#include "commandjob.h"
#include "localtransport.h"
#include "settings/gatewayprofile.h"
#include "sshtransport.h"

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

Result<std::unique_ptr<Transport>> Transport::forProfile(const GatewayProfile &profile)
{
    if (profile.transport != GatewayProfile::Transport::Ssh)
        return std::unique_ptr<Transport>(std::make_unique<LocalTransport>());
    const Result<SshTransport::Target> target = SshTransport::Target::fromString(profile.sshHost);
    if (!target)
        return Error { Error::Code::InvalidInput, tr("%1: %2").arg(profile.name, target.error().message) };
    return std::unique_ptr<Transport>(std::make_unique<SshTransport>(target.value()));
}

} // namespace MailOps
