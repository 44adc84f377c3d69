#pragma once

#include "common/result.h"
#include "crashloopdetector.h"
#include "servicestatus.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace MailOps {

class ServiceBackend;

// Polls a ServiceBackend on an interval, feeds the CrashLoopDetector and,
// when a crash loop starts, fetches the service's last log lines and attaches
// them to the alert. Lives on its creator's thread (the GUI's is fine: every
// poll is asynchronous and a poll still running is never doubled). A failed
// poll is reported through pollFailed and polling goes on.
class ServiceMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceMonitor)
public:
    // Where an alert's log lines come from; default: the backend's tailLog.
    using LogSource = std::function<QFuture<Result<QStringList>>(const QString &service, int maxLines)>;

    explicit ServiceMonitor(ServiceBackend *backend, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    void setLogSource(LogSource source) { m_logSource = std::move(source); }
    void setLogLineCount(int lines) { m_logLines = lines; }

    CrashLoopDetector *detector() { return &m_detector; }
    ServiceStatusList lastServices() const { return m_last; }

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Polls now unless a poll is already under way.
    void pollNow();

Q_SIGNALS:
    void servicesUpdated(const MailOps::ServiceStatusList &services);
    void pollFailed(const MailOps::Error &error);
    void alertRaised(const MailOps::CrashLoopAlert &alert);
    void alertUpdated(const MailOps::CrashLoopAlert &alert);
    void alertCleared(const QString &service, const QDateTime &at);

private:
    void fetchLog(const QString &service);

    QPointer<ServiceBackend> m_backend;
    CrashLoopDetector m_detector;
    QTimer m_timer;
    LogSource m_logSource;
    ServiceStatusList m_last;
    int m_logLines = 20;
    bool m_polling = false;
    QHash<QString, QDateTime> m_logFetchedAt; // the restart a service's log was last read after
};

} // namespace MailOps
