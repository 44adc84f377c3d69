#pragma once

#include "cli/clisupport.h"

#include <QStringList>

namespace MailOps {

// `mailops policy log|show|diff|lint|apply|confirm|rollback`: the gateway's
// policy versions, and the one safe path that applies a file or rolls back
// to a version (staging check, atomic write, reload, mail-flow check, the
// previous version restored by itself on failure), for scripts and for an
// admin on a console without a display.
class PolicyCommands final : private CliSupport
{
public:
    static int policy(const QStringList &args);
};

} // namespace MailOps
