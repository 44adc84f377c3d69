#include "labenvironment.h"

#include <QProcess>

namespace MailOps {

QString LabEnvironment::labDirectory()
{
    // CTest passes MAILOPS_LAB_DIR through even when unset, so empty means the
    // default, as in the lab script.
    const QByteArray env = qgetenv("MAILOPS_LAB_DIR");
    return env.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : QString::fromLocal8Bit(env);
}

QString LabEnvironment::postfixConfigDirectory()
{
    return labDirectory() + QStringLiteral("/postfix");
}

QString LabEnvironment::labScript()
{
    return QStringLiteral(MAILOPS_SOURCE_DIR "/installer/lab/lab");
}

Result<LabEnvironment::ProcessOutput> LabEnvironment::run(
    const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(5000))
        return Result<ProcessOutput>::failure(
            Error::Code::ProcessFailed, program + QStringLiteral(": ") + process.errorString());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Result<ProcessOutput>::failure(Error::Code::Timeout,
            QStringLiteral("%1 %2 did not finish within %3 ms")
                .arg(program, arguments.join(u' '))
                .arg(timeoutMs));
    }
    ProcessOutput out;
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    return out;
}

Result<LabEnvironment::ProcessOutput> LabEnvironment::runLab(const QStringList &arguments, int timeoutMs)
{
    return run(labScript(), arguments, timeoutMs);
}

} // namespace MailOps
