#pragma once

#include "restarttracker.h"
#include "servicebackend.h"
#include "supervisordlog.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QVariantMap>
#include <functional>

namespace MailOps {

// Service states from supervisord's XML-RPC API (supervisor.getAllProcessInfo)
// over HTTP, restarts counted from what changes between polls (supervisord
// keeps no counter, so the first poll also reads its main log for restarts
// that came before), logs from tailProcessStderrLog/StdoutLog, and the
// start/stop actions. Lives on its creator's thread. Unreachable server,
// HTTP errors, timeouts, XML-RPC faults and garbage replies are Errors.
class SupervisordBackend final : public ServiceBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisordBackend)
public:
    // e.g. http://127.0.0.1:9011/RPC2; user:password in the URL is sent as
    // HTTP basic authentication.
    explicit SupervisordBackend(const QUrl &endpoint, QObject *parent = nullptr);
    ~SupervisordBackend() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QUrl endpoint() const { return m_endpoint; }

    QFuture<Result<ServiceStatusList>> poll() override;
    QFuture<Result<QStringList>> tailLog(const QString &service, int maxLines) override;
    QString kind() const override { return QStringLiteral("supervisord"); }

    QFuture<Status> startProcess(const QString &name);
    QFuture<Status> stopProcess(const QString &name);

    // One XML-RPC call; faults become ProtocolErrors naming the fault.
    QFuture<Result<QVariant>> call(const QString &method, const QVariantList &params = {});

    // One getAllProcessInfo entry as a ServiceStatus, without restart
    // counting. `localNow` re-bases supervisord's clock onto ours.
    static Result<ServiceStatus> statusFromProcessInfo(const QVariantMap &info, const QDateTime &localNow);
    static ServiceStatus::State mapState(const QString &stateName, qint64 stateCode);

private:
    QFuture<Result<ServiceStatusList>> pollProcesses();
    // The restarts supervisord's log has for the process `info` describes,
    // placed on our clock by the spawn of its current pid.
    QList<QDateTime> pastRestarts(const QVariantMap &info, const ServiceStatus &status) const;

    QNetworkAccessManager m_network;
    QUrl m_endpoint;
    std::chrono::milliseconds m_timeout { 10000 };
    RestartTracker m_tracker;
    QHash<QString, QVariantMap> m_lastInfo;
    // Calls in flight, finished as cancelled if the backend goes first: their
    // continuations must run while their context objects still exist.
    QHash<QNetworkReply *, std::function<void(Result<QVariant>)>> m_pending;
    // supervisord clears exitstatus when it respawns; a crash's status is
    // only visible while the process is down, so it is kept from there.
    QHash<QString, int> m_lastExit;
    // supervisord's own log, read once before the first poll.
    bool m_historyRead = false;
    QList<SupervisordLog::Event> m_history;
};

} // namespace MailOps
