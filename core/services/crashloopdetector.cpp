#include "crashloopdetector.h"

#include "common/logging.h"

namespace MailOps {

CrashLoopDetector::CrashLoopDetector(QObject *parent)
    : CrashLoopDetector(Settings {}, parent)
{
}

CrashLoopDetector::CrashLoopDetector(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void CrashLoopDetector::addSamples(const ServiceStatusList &samples)
{
    for (const ServiceStatus &s : samples)
        addSample(s);
}

int CrashLoopDetector::countInWindow(const Tracked &t, const QDateTime &now) const
{
    const QDateTime from = now.addSecs(-m_settings.window.count());
    int n = 0;
    for (const auto &[when, count] : t.restarts) {
        if (when > from)
            n += count;
    }
    return n;
}

void CrashLoopDetector::addSample(const ServiceStatus &sample)
{
    const QDateTime now = sample.observedAt.isValid() ? sample.observedAt : QDateTime::currentDateTimeUtc();
    auto it = m_tracked.find(sample.name);
    if (it == m_tracked.end()) {
        Tracked t;
        t.lastCount = sample.restartCount;
        t.lastSeen = now;
        // Restarts the supervisor recorded before we watched: a loop already
        // under way is raised now, with its real count and first restart.
        const QDateTime keepFrom = now.addSecs(-std::max(m_settings.window, m_settings.quietPeriod).count());
        for (const QDateTime &when : sample.pastRestarts) {
            if (when > keepFrom && when <= now)
                t.restarts.emplace_back(when, 1);
        }
        const int inWindow = countInWindow(t, now);
        it = m_tracked.insert(sample.name, t);
        if (!t.restarts.empty() && inWindow >= m_settings.threshold) {
            raise(it.value(), sample, now, t.restarts.back().first);
            // The loop began where the restarts last had a quiet gap, maybe
            // long before the window: its count and start are the whole run.
            CrashLoopAlert &a = it->alert;
            int run = 0;
            QDateTime first;
            for (auto r = sample.pastRestarts.crbegin(); r != sample.pastRestarts.crend(); ++r) {
                if (*r > now)
                    continue;
                if (first.isValid() && r->secsTo(first) >= m_settings.quietPeriod.count())
                    break;
                first = *r;
                ++run;
            }
            if (run > a.restarts) {
                a.restarts = run;
                a.firstRestart = first;
                Q_EMIT alertUpdated(a);
            }
        }
        return;
    }
    Tracked &t = it.value();
    t.lastSeen = now;
    // A counter that went down was reset (unit restarted by hand, supervisor
    // restarted): take the new value as the baseline.
    const int delta = sample.restartCount > t.lastCount ? sample.restartCount - t.lastCount : 0;
    t.lastCount = sample.restartCount;
    if (delta > 0)
        t.restarts.emplace_back(now, delta);

    // Keep only what the window and an active alert's quiet period can need.
    const QDateTime keepFrom = now.addSecs(-std::max(m_settings.window, m_settings.quietPeriod).count());
    while (t.restarts.size() > 1 && t.restarts.front().first <= keepFrom)
        t.restarts.pop_front();

    const int inWindow = countInWindow(t, now);
    if (!t.alerting) {
        if (delta > 0 && inWindow >= m_settings.threshold)
            raise(t, sample, now, now);
        return;
    }

    CrashLoopAlert &a = t.alert;
    if (delta > 0) {
        a.restarts += delta;
        a.lastRestart = now;
        a.state = ServiceStatus::stateName(sample.state);
        a.lastExitStatus = sample.lastExitStatus;
        a.lastMessage = sample.isUp() ? QString() : sample.message;
        Q_EMIT alertUpdated(a);
        return;
    }
    const std::chrono::seconds quiet
        = t.causeRemoved ? std::min(m_settings.quietPeriod, QuietAfterCause) : m_settings.quietPeriod;
    // Only a service that runs (or was stopped on purpose) is out of its
    // loop: one the supervisor gave up on is down, not recovered.
    const bool settled = sample.isUp() || sample.state == ServiceStatus::State::Stopped;
    if (settled && a.lastRestart.secsTo(now) >= quiet.count()) {
        t.alerting = false;
        t.causeRemoved = false;
        // A new alert needs a new run of restarts, not the tail of this one.
        t.restarts.clear();
        qCInfo(lcGateway) << "crash loop over:" << sample.name;
        Q_EMIT alertCleared(sample.name, now);
    }
}

void CrashLoopDetector::raise(
    Tracked &t, const ServiceStatus &sample, const QDateTime &now, const QDateTime &lastRestart)
{
    t.alerting = true;
    CrashLoopAlert &a = t.alert;
    a = CrashLoopAlert {};
    a.service = sample.name;
    a.threshold = m_settings.threshold;
    a.window = m_settings.window;
    a.restarts = countInWindow(t, now);
    const QDateTime from = now.addSecs(-m_settings.window.count());
    for (const auto &[when, count] : t.restarts) {
        if (when > from) {
            a.firstRestart = when;
            break;
        }
    }
    a.lastRestart = lastRestart;
    a.raisedAt = now;
    a.state = ServiceStatus::stateName(sample.state);
    a.lastExitStatus = sample.lastExitStatus;
    // A running process's message is only "pid N, uptime ..."; the spawn
    // error or failure result of a down one is worth showing.
    a.lastMessage = sample.isUp() ? QString() : sample.message;
    qCInfo(lcGateway) << "crash loop:" << a.summary();
    Q_EMIT alertRaised(a);
}

void CrashLoopDetector::setLogLines(const QString &service, const QStringList &lines)
{
    auto it = m_tracked.find(service);
    if (it == m_tracked.end() || !it->alerting)
        return;
    it->alert.logLines = lines;
    Q_EMIT alertUpdated(it->alert);
}

void CrashLoopDetector::causeRemoved(const QString &service)
{
    auto it = m_tracked.find(service);
    if (it != m_tracked.end() && it->alerting)
        it->causeRemoved = true;
}

bool CrashLoopDetector::isAlerting(const QString &service) const
{
    return m_tracked.value(service).alerting;
}

QList<CrashLoopAlert> CrashLoopDetector::activeAlerts() const
{
    QList<CrashLoopAlert> alerts;
    for (const Tracked &t : m_tracked) {
        if (t.alerting)
            alerts << t.alert;
    }
    return alerts;
}

int CrashLoopDetector::recentRestarts(const QString &service) const
{
    const auto it = m_tracked.constFind(service);
    if (it == m_tracked.cend() || !it->lastSeen.isValid())
        return 0;
    return countInWindow(it.value(), it->lastSeen);
}

} // namespace MailOps
