#pragma once

#include "cli/clisupport.h"

#include <QStringList>

class QCommandLineParser;

namespace MailOps {

// `mailops queue` and `mailops scan-queue`: act on queued messages (each
// action recorded in the journal), and lint every queued message.
class QueueCommands final : private CliSupport
{
public:
    static int queue(const QStringList &args);
    // Lints every queued message (postcat -q) and names the malformed ones.
    static int scanQueue(const QStringList &args);

private:
    static int exportMessage(const QCommandLineParser &p, const GatewayProfile &profile);
};

} // namespace MailOps
