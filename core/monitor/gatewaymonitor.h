#pragma once

#include "common/boundedlinesplitter.h"
#include "common/result.h"
#include "journal/journalevent.h"
#include "maillog/logcounters.h"
#include "message/queuescanner.h"
#include "monitor/activealerts.h"
#include "monitor/deliveryverdict.h"
#include "queue/queueaction.h"
#include "queue/queuealertpolicy.h"
#include "queue/queuedepthsample.h"
#include "queue/queuefilter.h"
#include "queue/queuesummary.h"
#include "services/crashloopalert.h"
#include "services/listeningsocket.h"
#include "services/portconflictdetector.h"
#include "services/servicestatus.h"
#include "settings/gatewayprofile.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <array>
#include <memory>

namespace MailOps {

class CommandJob;
class JournalSink;
class MailLogFollower;
class QueueHistoryStore;
class QueueReader;
class ServiceBackend;
class ServiceMonitor;
class Transport;

// Watches one gateway for the Gateway monitor panel: its services (with
// crash-loop alerts), its queue sampled on an interval, its mail log counted
// as it grows, its listening sockets, and the malformed messages in its
// queue. Ties a crash loop to the queue ids its service logged just before
// dying, and lints those messages: the poison-message suspects. Everything
// runs over the profile's Transport, so an ssh gateway is watched as fully as
// this machine. What is wrong now is kept in alerts(); crash loops, queue
// alerts, suspect holds and queue actions are recorded in the journal given.
// GUI thread; every poll is asynchronous and never overlaps the previous one
// of its kind.
class GatewayMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitor)

public:
    using QueueSample = QueueDepthSample;

    explicit GatewayMonitor(QObject *parent = nullptr);
    ~GatewayMonitor() override;

    // Watches `profile` through the parts of its session, which outlive the
    // monitor and are not owned: `transport` (an Error when the profile names
    // an unusable target, reported as the services' and the queue's failure)
    // and `backend` (may be null only with an unusable transport).
    void bind(const GatewayProfile &profile, const Result<Transport *> &transport, ServiceBackend *backend);
    // The same with a transport and a backend of its own, for a caller
    // without a session (a one-shot command).
    void setProfile(const GatewayProfile &profile);
    // The service backend a profile asks for: supervisord's XML-RPC, or
    // systemd over `transport`.
    static std::unique_ptr<ServiceBackend> makeServiceBackend(
        const GatewayProfile &profile, Transport *transport);
    // Where events go (not owned; null: nowhere).
    void setJournal(JournalSink *journal) { m_journal = journal; }
    // Crash loops and queue alerts active now, the worst first.
    ActiveAlerts *alerts() { return &m_activeAlerts; }
    void setServiceInterval(int ms);
    void setQueueInterval(int ms); // 0: do not sample the queue
    void setSocketInterval(int ms); // 0: do not list sockets
    // Where queue samples are kept across restarts (not owned; may be null:
    // history only in memory). The last day is read back from it at once
    // when a profile is already bound, else when one is.
    void setHistoryStore(QueueHistoryStore *store);
    // Hold the likeliest poison suspect without asking, once the linter
    // confirms it is malformed; reported by suspectAutoHeld.
    void setAutoHoldSuspects(bool on) { m_autoHold = on; }
    bool autoHoldSuspects() const { return m_autoHold; }
    void setAlertSettings(const QueueAlertPolicy::Settings &settings) { m_alerts.setSettings(settings); }
    QList<QueueAlertPolicy::Alert> activeQueueAlerts() const { return m_alerts.activeAlerts(); }
    void start();
    void stop();
    void pollNow();

    ServiceStatusList services() const;
    const QList<QueueSample> &queueHistory() const { return m_history; }
    const QueueSummary &lastQueue() const { return m_lastQueue; }
    const LogCounters &counters() const { return m_counters; }
    QList<CrashLoopAlert> activeAlerts() const;
    const ListeningSocketList &sockets() const { return m_sockets; }
    // Whether mail is moving, from the last queue sample, the mail log's
    // deliveries of the last 15 minutes (or since the log was first read)
    // and the services.
    DeliveryVerdict verdict() const;
    // When the last queue sample was taken; invalid before the first.
    QDateTime lastQueueAt() const { return m_lastQueueAt; }
    const QList<PortConflict> &portConflicts() const { return m_conflicts; }
    Transport *transport() const { return m_transport; }
    const GatewayProfile &profile() const { return m_profile; }

    // Lints every queued message (up to `limit`), or only the ones named;
    // reported by scanFinished.
    void scanQueue(int limit = 10000, const QStringList &onlyIds = {});
    bool isScanning() const;
    const QueueScanResult &lastScan() const { return m_lastScan; }
    // Why each id is a poison suspect, from the current crash loops.
    const QHash<QString, QString> &suspectReasons() const { return m_suspectReasons; }
    // The ports a mail gateway's services want, for the conflict check.
    static QList<PortExpectation> expectedPorts(const GatewayProfile &profile);

    // Queue ids named in a crash-looping service's last log lines, the last
    // one logged first.
    static QStringList suspectQueueIds(const QStringList &logLines);

    // postsuper -h ID: puts one message on hold so the service stops choking
    // on it; reported through holdFinished.
    void hold(const QString &queueId);
    // Acts on queued messages (hold, release, retry, delete, bounce...);
    // reported by actionFinished. False while another action runs.
    bool act(QueueAction::Kind kind, const QStringList &queueIds);
    // The ids of the queued messages a filter selects, from a fresh listing;
    // reported by filterMatched, so a bulk action can be confirmed with its
    // real size before it runs.
    void matchFilter(const QueueFilter &filter);
    bool isActing() const;

Q_SIGNALS:
    void servicesUpdated(const MailOps::ServiceStatusList &services);
    void servicesFailed(const MailOps::Error &error);
    void alertRaised(const MailOps::CrashLoopAlert &alert, const QStringList &suspects);
    void alertCleared(const QString &service);
    void queueSampled(const MailOps::QueueSummary &summary);
    void queueFailed(const MailOps::Error &error);
    // A queue threshold or growth alert was raised, escalated or cleared.
    void queueAlert(const MailOps::QueueAlertPolicy::Transition &transition);
    void historyFailed(const MailOps::Error &error);
    void countersUpdated();
    void holdFinished(const QString &queueId, const MailOps::Status &status);
    void actionFinished(const MailOps::QueueAction::Outcome &outcome);
    void filterMatched(const MailOps::QueueFilter &filter, const QStringList &queueIds);
    void filterFailed(const MailOps::Error &error);
    // The suspects of a crash loop, fetched and linted: the ones with errors
    // first, as the likeliest poison.
    void suspectsChecked(const QString &service, const MailOps::ScannedMessageList &suspects);
    // The suspect was put on hold by the monitor itself (auto-hold on).
    void suspectAutoHeld(const QString &queueId, const QString &why);
    void scanProgress(int done, int total);
    void scanFinished(const MailOps::Result<MailOps::QueueScanResult> &result);
    void socketsUpdated();
    void logFailed(const MailOps::Error &error);

private:
    void sampleQueue();
    void listSockets();
    void followRemoteLog();
    void onCrashLoop(const CrashLoopAlert &alert);
    void onCrashLoopRaised(const CrashLoopAlert &alert);
    void onCrashLoopCleared(const QString &service);
    void onQueueTransition(const QueueAlertPolicy::Transition &transition);
    void onActionFinished(const QueueAction::Outcome &outcome);
    QFuture<Result<QStringList>> serviceLog(const QString &service, int maxLines);
    void loadHistory();
    void record(const QString &kind, JournalEvent::Severity severity, const QString &summary,
        const QJsonObject &payload, const QString &subject);
    void release();

    GatewayProfile m_profile;
    bool m_bound = false;
    Transport *m_transport = nullptr;
    ServiceBackend *m_backend = nullptr;
    // Only when made by setProfile() rather than given by a session.
    std::unique_ptr<Transport> m_ownTransport;
    std::unique_ptr<ServiceBackend> m_ownBackend;
    JournalSink *m_journal = nullptr;
    ActiveAlerts m_activeAlerts;
    std::unique_ptr<ServiceMonitor> m_services;
    QueueReader *m_queue = nullptr;
    MailLogFollower *m_log = nullptr;
    QPointer<CommandJob> m_remoteLog;
    BoundedLineSplitter m_remoteLines { 64 * 1024, BoundedLineSplitter::TooLong::KeepHead };
    QTimer m_remoteLogRetry;
    QueueScanner *m_scanner = nullptr;
    QueueAction *m_action = nullptr;
    QueueReader *m_matcher = nullptr;
    QString m_holding; // the queue id hold() is acting on
    bool m_holdingAuto = false;
    QStringList m_actingIds; // what the running action was asked to act on
    QString m_holdingWhy;
    bool m_autoHold = false;
    QSet<QString> m_autoHeld; // never twice: a released message is the admin's call
    QueueScanner *m_suspectScanner = nullptr;
    QueueScanResult m_lastScan;
    QHash<QString, QString> m_suspectReasons;
    QString m_suspectService;
    QStringList m_suspectOrder; // the ids being checked, as the log named them
    QPointer<CommandJob> m_socketJob;
    QTimer m_socketTimer;
    ListeningSocketList m_sockets;
    QList<PortConflict> m_conflicts;
    QTimer m_queueTimer;
    QueueSummary m_lastQueue;
    QDateTime m_lastQueueAt;
    QString m_servicesError; // the last services poll's failure, until one succeeds
    QDateTime m_logSince; // when the mail log began to be counted
    QList<QueueSample> m_history;
    QueueHistoryStore *m_store = nullptr;
    QueueAlertPolicy m_alerts;
    LogCounters m_counters;
    int m_serviceInterval = 2000;
};

} // namespace MailOps
