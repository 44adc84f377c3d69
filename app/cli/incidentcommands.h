#pragma once

#include "cli/clisupport.h"

#include <QStringList>

namespace MailOps {

// `mailops incident` and `mailops notice`: run an incident and write its
// notices from a terminal, on the same store and journal as the console, so
// a notice can go out when no desktop is at hand and the console shows it
// afterwards.
class IncidentCommands final : private CliSupport
{
public:
    static int incident(const QStringList &args);
    static int notice(const QStringList &args);
};

} // namespace MailOps
