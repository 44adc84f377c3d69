#pragma once

#include "cli/clisupport.h"

#include <QStringList>

namespace MailOps {

// `mailops timeline`: the journal the console and the commands write,
// filtered as in the Timeline panel, printed oldest first as text, Markdown
// (the draft of a postmortem) or JSON.
class TimelineCommands final : private CliSupport
{
public:
    static int timeline(const QStringList &args);
};

} // namespace MailOps
