#pragma once

#include "common/result.h"
#include "gateway/logcounters.h"
#include "gateway/queuesummary.h"
#include "services/crashloopalert.h"
#include "services/servicestatus.h"
#include "settings/gatewayprofile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <array>
#include <memory>

namespace MailOps {

class MailLogFollower;
class QueueReader;
class ServiceBackend;
class ServiceMonitor;
class Transport;

// Watches one gateway for the Gateway monitor panel: its services (with
// crash-loop alerts), its queue sampled on an interval, and its mail log
// counted as it grows. Ties a crash loop to the queue ids its service logged
// just before dying: the poison-message suspects. GUI thread; every poll is
// asynchronous and never overlaps the previous one.
class GatewayMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitor)

public:
    struct QueueSample
    {
        QDateTime at;
        std::array<qint64, QueueSummary::QueueCount> messages {};
        qint64 total = 0;
    };

    explicit GatewayMonitor(QObject *parent = nullptr);
    ~GatewayMonitor() override;

    void setProfile(const GatewayProfile &profile);
    void setServiceInterval(int ms);
    void setQueueInterval(int ms); // 0: do not sample the queue
    void start();
    void stop();
    void pollNow();

    ServiceStatusList services() const;
    const QList<QueueSample> &queueHistory() const { return m_history; }
    const QueueSummary &lastQueue() const { return m_lastQueue; }
    const LogCounters &counters() const { return m_counters; }
    QList<CrashLoopAlert> activeAlerts() const;

    // Queue ids named in a crash-looping service's last log lines.
    static QStringList suspectQueueIds(const QStringList &logLines);

    // postsuper -h ID: puts one message on hold so the service stops choking
    // on it; reported through holdFinished.
    void hold(const QString &queueId);

Q_SIGNALS:
    void servicesUpdated(const MailOps::ServiceStatusList &services);
    void servicesFailed(const MailOps::Error &error);
    void alertRaised(const MailOps::CrashLoopAlert &alert, const QStringList &suspects);
    void alertCleared(const QString &service);
    void queueSampled(const MailOps::QueueSummary &summary);
    void queueFailed(const MailOps::Error &error);
    void countersUpdated();
    void holdFinished(const QString &queueId, const MailOps::Status &status);

private:
    void sampleQueue();
    void release();
    QStringList postfixConfigArgs() const;

    GatewayProfile m_profile;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ServiceBackend> m_backend;
    std::unique_ptr<ServiceMonitor> m_services;
    QueueReader *m_queue = nullptr;
    MailLogFollower *m_log = nullptr;
    QTimer m_queueTimer;
    QueueSummary m_lastQueue;
    QList<QueueSample> m_history;
    LogCounters m_counters;
    int m_serviceInterval = 2000;
};

} // namespace MailOps
