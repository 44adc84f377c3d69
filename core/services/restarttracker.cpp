#include "restarttracker.h"

namespace MailOps {

void RestartTracker::seed(const QString &name, int restarts)
{
    if (!m_seen.contains(name))
        m_seen.insert(name, Seen { 0, 0, ServiceStatus::State::Unknown, qMax(0, restarts) });
}

int RestartTracker::observe(const QString &name, qint64 pid, qint64 startEpoch, ServiceStatus::State state)
{
    auto it = m_seen.find(name);
    if (it == m_seen.end()) {
        m_seen.insert(name, Seen { pid, startEpoch, state, 0 });
        return 0;
    }
    Seen &seen = it.value();
    bool spawned = false;
    if (startEpoch != 0 && seen.start != 0 && startEpoch != seen.start) {
        spawned = true;
    } else if (pid != 0 && seen.pid != 0 && pid != seen.pid) {
        // Start times have one-second resolution; a second spawn within the
        // same second still shows as a new pid.
        spawned = true;
    }
    if (spawned)
        ++seen.restarts;
    seen.pid = pid;
    if (startEpoch != 0)
        seen.start = startEpoch;
    seen.state = state;
    return seen.restarts;
}

} // namespace MailOps
