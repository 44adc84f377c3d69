#pragma once

#include "crashloopalert.h"
#include "servicestatus.h"

#include <QHash>
#include <QObject>
#include <deque>

namespace MailOps {

// Watches restart counts across successive service samples and raises an
// alert when a service restarts `threshold` times within `window`. The alert
// clears only after `quietPeriod` without a restart, so a service that
// flaps does not produce alert/clear/alert noise. Lives on its creator's
// thread; pure bookkeeping, cannot fail. Time comes from the samples'
// observedAt, so tests and replays control the clock.
class CrashLoopDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrashLoopDetector)
public:
    struct Settings
    {
        int threshold = 3;
        std::chrono::seconds window { 300 };
        std::chrono::seconds quietPeriod { 300 };
    };

    explicit CrashLoopDetector(QObject *parent = nullptr);
    explicit CrashLoopDetector(const Settings &settings, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    Settings settings() const { return m_settings; }

    // One poll's worth of services. A service's first sample is its baseline:
    // its count is not a loop in progress, but the restarts its pastRestarts
    // name are, when enough of them fall in the window.
    void addSamples(const ServiceStatusList &samples);
    void addSample(const ServiceStatus &sample);

    // Attaches log lines to the service's active alert (emits alertUpdated).
    void setLogLines(const QString &service, const QStringList &lines);

    // The cause of the service's loop was taken away (its poison message
    // held): a minute without restarts then ends the alert, not the whole
    // quiet period.
    void causeRemoved(const QString &service);
    static constexpr std::chrono::seconds QuietAfterCause { 60 };

    bool isAlerting(const QString &service) const;
    QList<CrashLoopAlert> activeAlerts() const;
    // Restarts of the service within the window ending at its last sample.
    int recentRestarts(const QString &service) const;

Q_SIGNALS:
    void alertRaised(const MailOps::CrashLoopAlert &alert);
    void alertUpdated(const MailOps::CrashLoopAlert &alert);
    void alertCleared(const QString &service, const QDateTime &at);

private:
    struct Tracked
    {
        int lastCount = 0;
        QDateTime lastSeen;
        std::deque<std::pair<QDateTime, int>> restarts; // (when, how many)
        bool alerting = false;
        bool causeRemoved = false;
        CrashLoopAlert alert;
    };
    int countInWindow(const Tracked &t, const QDateTime &now) const;
    void raise(Tracked &t, const ServiceStatus &sample, const QDateTime &now, const QDateTime &lastRestart);

    Settings m_settings;
    QHash<QString, Tracked> m_tracked;
};

} // namespace MailOps
