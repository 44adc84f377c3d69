#pragma once

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
    enum ExitCode { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    struct Thresholds
    {
        int warningRestarts = 1;  // restarts at or above: WARNING
        int criticalRestarts = 3; // at or above: CRITICAL
        QStringList required;     // services that must exist; missing is CRITICAL
    };

    struct Output
    {
        ExitCode exitCode = Unknown;
        QString text; // status line, " | perfdata", then the long text lines
    };

    // Restarts are the services' restartCount (systemd: NRestarts) or, when
    // given, the crash-loop alerts' counts, whichever is larger.
    static Output render(const ServiceStatusList &services, const Thresholds &thresholds,
                         const QList<CrashLoopAlert> &alerts = {});
    static Output renderError(const Error &error);

    // A perfdata label: quoted when needed, '=' and quotes made harmless.
    static QString perfLabel(const QString &label);
    // "OK", "WARNING", "CRITICAL", "UNKNOWN": the plugin status word.
    static QString statusWord(ExitCode code);
};

} // namespace MailOps
