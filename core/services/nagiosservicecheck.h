#pragma once

#include "common/pluginoutput.h"
#include "common/result.h"
#include "crashloopalert.h"
#include "servicestatus.h"

namespace MailOps {

// Renders service states as Nagios/Icinga plugin output for
// `mailops check services --warning N --critical N`: one status line, a
// perfdata section, a long text with one line per service, and the exit
// code (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN). Pure; cannot fail.
class NagiosServiceCheck final
{
public:
    using ExitCode = PluginOutput::ExitCode;
    using Output = PluginOutput;
    static constexpr ExitCode Ok = PluginOutput::Ok;
    static constexpr ExitCode Warning = PluginOutput::Warning;
    static constexpr ExitCode Critical = PluginOutput::Critical;
    static constexpr ExitCode Unknown = PluginOutput::Unknown;

    struct Thresholds
    {
        int warningRestarts = 1; // restarts at or above: WARNING
        int criticalRestarts = 3; // at or above: CRITICAL
        QStringList required; // services that must exist; missing is CRITICAL
    };

    // Restarts are the services' restartCount (systemd: NRestarts) or, when
    // given, the crash-loop alerts' counts, whichever is larger.
    static Output render(const ServiceStatusList &services, const Thresholds &thresholds,
        const QList<CrashLoopAlert> &alerts = {});
    static Output renderError(const Error &error);
};

} // namespace MailOps
