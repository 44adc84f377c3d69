#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MailOps {

// Where the running lab gateway keeps its state, and how integration tests run
// its script and Postfix's tools. Blocking, on the calling (test) thread; each
// run has a time limit, and a process that cannot start or overruns it comes
// back as an Error (a non-zero exit status does not).
class LabEnvironment final
{
public:
    struct ProcessOutput
    {
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    static QString labDirectory();
    static QString postfixConfigDirectory();
    static QString labScript();

    static Result<ProcessOutput> run(
        const QString &program, const QStringList &arguments, int timeoutMs = 30000);
    static Result<ProcessOutput> runLab(const QStringList &arguments, int timeoutMs = 60000);
};

} // namespace MailOps
