#include "servicestatus.h"

namespace MailOps {

qint64 ServiceStatus::uptimeSeconds() const
{
    if (state != State::Running || !since.isValid() || !observedAt.isValid())
        return -1;
    return qMax<qint64>(0, since.secsTo(observedAt));
}

QString ServiceStatus::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Running:
        return QStringLiteral("running");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Stopping:
        return QStringLiteral("stopping");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Exited:
        return QStringLiteral("exited");
    case State::Backoff:
        return QStringLiteral("backoff");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Fatal:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("unknown");
}

bool ServiceStatus::isBad(State state)
{
    switch (state) {
    case State::Running:
    case State::Starting:
    case State::Stopping:
        return false;
    case State::Unknown:
    case State::Stopped:
    case State::Exited:
    case State::Backoff:
    case State::Failed:
    case State::Fatal:
        return true;
    }
    return true;
}

} // namespace MailOps
