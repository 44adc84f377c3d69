#include "servicestatus.h"

#include <QCoreApplication>

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

QString ServiceStatus::stateText(State state)
{
    const auto t
        = [](const char *text) { return QCoreApplication::translate("MailOps::ServiceStatus", text); };
    switch (state) {
    case State::Unknown:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "unknown"));
    case State::Running:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "running"));
    case State::Starting:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "starting"));
    case State::Stopping:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "stopping"));
    case State::Stopped:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "stopped"));
    case State::Exited:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "exited"));
    case State::Backoff:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "backing off"));
    case State::Failed:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "failed"));
    case State::Fatal:
        return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "given up"));
    }
    return t(QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "unknown"));
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
