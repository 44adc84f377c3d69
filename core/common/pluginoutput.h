#pragma once

#include <QString>

namespace MailOps {

struct Error;

// The Nagios/Icinga plugin output that every `mailops check ...` prints: one
// status line ("NAME WORD - summary"), " | perfdata", then long-text lines,
// and the exit code (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN). Pure values;
// the checks of each module fill them.
struct PluginOutput
{
    enum ExitCode
    {
        Ok = 0,
        Warning = 1,
        Critical = 2,
        Unknown = 3
    };

    ExitCode exitCode = Unknown;
    QString text;

    // "NAME UNKNOWN - reason", the one shape of every check's failure.
    static PluginOutput unknown(const QString &name, const QString &reason);
    static PluginOutput unknown(const QString &name, const Error &error);

    // "OK", "WARNING", "CRITICAL", "UNKNOWN".
    static QString statusWord(ExitCode code);
    // A perfdata label: quoted when it holds a space, '=' and quotes made harmless.
    static QString perfLabel(const QString &label);
    // Text made fit for the status line: no line breaks, no perfdata
    // separator, control characters made visible.
    static QString oneLine(QString text);
};

} // namespace MailOps
