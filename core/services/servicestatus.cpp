#include "servicestatus.h"

#include <QCoreApplication>

namespace MailOps {

qint64 ServiceStatus::uptimeSeconds() const
{
    if (state != State::Running || !since.isValid() || !observedAt.isValid())
        return -1;
    return qMax<qint64>(0, since.secsTo(observedAt));
}

namespace {

// A state's name for scripts and its words for the window, in one place.
struct StateWords
{
    const char *name;
    const char *text;
};

StateWords wordsFor(ServiceStatus::State state)
{
    using State = ServiceStatus::State;
    switch (state) {
    case State::Unknown:
        break;
    case State::Running:
        return { "running", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "running") };
    case State::Starting:
        return { "starting", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "starting") };
    case State::Stopping:
        return { "stopping", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "stopping") };
    case State::Stopped:
        return { "stopped", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "stopped") };
    case State::Exited:
        return { "exited", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "exited") };
    case State::Backoff:
        return { "backoff", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "backing off") };
    case State::Failed:
        return { "failed", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "failed") };
    case State::Fatal:
        return { "fatal", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "given up") };
    }
    return { "unknown", QT_TRANSLATE_NOOP("MailOps::ServiceStatus", "unknown") };
}

} // namespace

QString ServiceStatus::stateName(State state)
{
    return QString::fromLatin1(wordsFor(state).name);
}

QString ServiceStatus::stateText(State state)
{
    return QCoreApplication::translate("MailOps::ServiceStatus", wordsFor(state).text);
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
