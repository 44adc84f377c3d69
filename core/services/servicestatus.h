#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace MailOps {

// One backend-neutral snapshot of a service, as systemd or supervisord
// reported it at `observedAt`. Plain data; copy freely between threads.
struct ServiceStatus
{
    enum class State
    {
        Unknown,
        Running,
        Starting,
        Stopping,
        Stopped,
        Exited, // ended on its own and was not (yet) restarted
        Backoff, // crashed while starting, waiting to retry
        Failed,
        Fatal, // the supervisor gave up restarting it
    };

    QString name;
    State state = State::Unknown;
    QString rawState; // the backend's own words, e.g. "active/running" or "BACKOFF"
    qint64 pid = 0; // 0: not running
    QDateTime since; // start of the current (or last) run; invalid if unknown
    int restartCount = 0; // systemd: NRestarts; supervisord: counted since monitoring began
    int lastExitStatus = 0;
    QString message; // spawn error, systemd Result, or the supervisor's description
    QDateTime observedAt;
    // Restarts from before the first poll, found in the supervisor's own
    // records (oldest first, on the console's clock). Only in a service's
    // first sample: a crash loop that began before the console was watching
    // is seen at once, and counted, instead of from zero.
    QList<QDateTime> pastRestarts;

    // Seconds since `since` at `observedAt`, -1 when unknown or not running.
    qint64 uptimeSeconds() const;
    bool isUp() const { return state == State::Running; }

    // The state's name for scripts and reports ("running").
    static QString stateName(State state);
    // The same in the admin's language, for the window.
    static QString stateText(State state);
    // Whether the state is a problem worth a warning in a check.
    static bool isBad(State state);
};

using ServiceStatusList = QList<ServiceStatus>;

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::ServiceStatus)
