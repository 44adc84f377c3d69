#pragma once

#include "cli/clisupport.h"
#include "common/result.h"
#include "queue/queuesummary.h"

#include <QStringList>
#include <functional>

class QCommandLineParser;

namespace MailOps {

// `mailops check services|queue|log`: monitoring-plugin checks (Nagios,
// Icinga): one status line with perfdata, exit 0 OK, 1 WARNING, 2 CRITICAL,
// 3 UNKNOWN.
class CheckCommands final : private CliSupport
{
public:
    static int check(const QStringList &args);

    // One read of the queue over the profile's transport, streamed through
    // the parser; each entry to `onEntry` when given. Also for `mailops queue`.
    static Result<QueueSummary> readQueue(
        const GatewayProfile &profile, const std::function<void(const QueueEntry &)> &onEntry = {});

private:
    static int checkServices(
        const QCommandLineParser &p, const GatewayProfile &profile, int warning, int critical);
    static int checkLog(
        const QCommandLineParser &p, const GatewayProfile &profile, int warning, int critical);
};

} // namespace MailOps
