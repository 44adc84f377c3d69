#pragma once

#include "servicestatus.h"

#include <QHash>

namespace MailOps {

// Counts restarts of processes whose supervisor keeps no counter
// (supervisord), from what changes between two polls: a new start time or a
// new pid is a new spawn, so a restart. Counts start at 0 when a process is
// first seen. Plain object, single-threaded, cannot fail.
class RestartTracker final
{
public:
    // Returns the restart count of `name` after this observation.
    // `startEpoch` is the supervisor's start time of the current or last
    // spawn (0 if never started), `pid` 0 when not running.
    int observe(const QString &name, qint64 pid, qint64 startEpoch, ServiceStatus::State state);
    // Starts the count of a process not seen yet at `restarts` (what its
    // supervisor's log had from before); no effect on one already seen.
    void seed(const QString &name, int restarts);
    void forget(const QString &name) { m_seen.remove(name); }
    void clear() { m_seen.clear(); }

private:
    struct Seen
    {
        qint64 pid = 0;
        qint64 start = 0;
        ServiceStatus::State state = ServiceStatus::State::Unknown;
        int restarts = 0;
    };
    QHash<QString, Seen> m_seen;
};

} // namespace MailOps
