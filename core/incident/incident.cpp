#include "incident.h"

namespace MailOps {

std::chrono::minutes Incident::defaultCadence(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return std::chrono::minutes(60);
    case Severity::Major:
        return std::chrono::minutes(120);
    case Severity::Minor:
        break;
    }
    return std::chrono::minutes(240);
}

QString Incident::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::Major:
        return QStringLiteral("major");
    case Severity::Critical:
        break;
    }
    return QStringLiteral("critical");
}

std::optional<Incident::Severity> Incident::severityFromKey(const QString &key)
{
    for (const Severity s : { Severity::Minor, Severity::Major, Severity::Critical })
        if (key == severityKey(s))
            return s;
    return std::nullopt;
}

QString Incident::statusKey(Status status)
{
    switch (status) {
    case Status::Investigating:
        return QStringLiteral("investigating");
    case Status::Identified:
        return QStringLiteral("identified");
    case Status::Monitoring:
        return QStringLiteral("monitoring");
    case Status::Resolved:
        break;
    }
    return QStringLiteral("resolved");
}

std::optional<Incident::Status> Incident::statusFromKey(const QString &key)
{
    for (const Status s : { Status::Investigating, Status::Identified, Status::Monitoring, Status::Resolved })
        if (key == statusKey(s))
            return s;
    return std::nullopt;
}

QString Incident::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return tr("minor");
    case Severity::Major:
        return tr("major");
    case Severity::Critical:
        break;
    }
    return tr("critical");
}

QString Incident::statusText(Status status)
{
    switch (status) {
    case Status::Investigating:
        return tr("investigating");
    case Status::Identified:
        return tr("cause identified");
    case Status::Monitoring:
        return tr("fixed, monitoring");
    case Status::Resolved:
        break;
    }
    return tr("resolved");
}

} // namespace MailOps
