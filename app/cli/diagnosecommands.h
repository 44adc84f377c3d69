#pragma once

#include "cli/clisupport.h"
#include "diagnostics/checkitem.h"

#include <QStringList>

namespace MailOps {

// `mailops diagnose` and `mailops dnsbl`: why mail for a domain is not
// arriving, and whether an address is on blocklists that are alive.
class DiagnoseCommands final : private CliSupport
{
public:
    static int diagnose(const QStringList &args);
    static int dnsbl(const QStringList &args);

private:
    // Script-friendly: 0 nothing wrong, 1 warnings, 2 failures, 3 could not check.
    static int exitCodeFor(CheckItem::Verdict verdict);
};

} // namespace MailOps
