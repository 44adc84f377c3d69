#include "crashloopalert.h"

#include <QCoreApplication>

namespace MailOps {

static QString duration(qint64 secs)
{
    if (secs < 120)
        return QCoreApplication::translate("MailOps::CrashLoopAlert", "%1 s").arg(secs);
    if (secs < 2 * 3600)
        return QCoreApplication::translate("MailOps::CrashLoopAlert", "%1 min").arg(secs / 60);
    return QCoreApplication::translate("MailOps::CrashLoopAlert", "%1 h").arg(secs / 3600);
}

QString CrashLoopAlert::summary() const
{
    const qint64 span
        = firstRestart.isValid() && lastRestart.isValid() ? firstRestart.secsTo(lastRestart) : 0;
    QString text = QCoreApplication::translate(
        "MailOps::CrashLoopAlert", "%1 restarted %n times in %2 (alert at %3 in %4)", nullptr, restarts)
                       .arg(service, duration(span))
                       .arg(threshold)
                       .arg(duration(window.count()));
    if (lastExitStatus != 0)
        text += QCoreApplication::translate("MailOps::CrashLoopAlert", ", last exit status %1")
                    .arg(lastExitStatus);
    if (!lastMessage.isEmpty())
        text += QStringLiteral(": ") + lastMessage;
    return text;
}

} // namespace MailOps
