#include "journalevent.h"

namespace MailOps {

QString JournalEvent::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Notice:
        return QStringLiteral("notice");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

JournalEvent::Severity JournalEvent::severityFromName(const QString &name)
{
    if (name == QLatin1String("critical"))
        return Severity::Critical;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    if (name == QLatin1String("notice"))
        return Severity::Notice;
    return Severity::Info;
}

} // namespace MailOps
