#pragma once

#include "cli/clisupport.h"

#include <QStringList>

namespace MailOps {

// `mailops profiles` and `mailops status`: the gateways known, and whether
// one answers.
class ProfileCommands final : private CliSupport
{
public:
    static int profiles(const QStringList &args);
    // Nagios-style: 0 OK, 2 CRITICAL, 3 UNKNOWN.
    static int status(const QStringList &args);
};

} // namespace MailOps
