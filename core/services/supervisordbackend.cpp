#include "supervisordbackend.h"

#include "common/logging.h"
#include "common/translation.h"
#include "xmlrpc.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <memory>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SupervisordBackend", text);
}

// supervisord's fault codes (supervisor/xmlrpc.py, class Faults).
constexpr int FaultBadName = 10;

constexpr qint64 MaxReplyBytes = XmlRpc::MaxResponseBytes;

Error networkError(QNetworkReply *reply, const QUrl &url)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return { Error::Code::ConnectionRefused,
            tr("supervisord at %1 refused the connection: is it running?").arg(where) };
    case QNetworkReply::HostNotFoundError:
        return { Error::Code::HostNotFound, tr("host of %1 not found").arg(where) };
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return { Error::Code::Timeout, tr("supervisord at %1 did not answer in time").arg(where) };
    case QNetworkReply::AuthenticationRequiredError:
        return { Error::Code::PermissionDenied,
            tr("supervisord at %1 wants a user name and password (put them in the URL)").arg(where) };
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        return { Error::Code::ProtocolError,
            tr("supervisord at %1 answered HTTP %2").arg(where).arg(status) };
    return { Error::Code::IoError,
        tr("cannot talk to supervisord at %1: %2").arg(where, reply->errorString()) };
}

QString faultMessage(const XmlRpc::Response &r)
{
    return tr("supervisord fault %1: %2").arg(r.faultCode).arg(r.faultString);
}

} // namespace

SupervisordBackend::SupervisordBackend(const QUrl &endpoint, QObject *parent)
    : ServiceBackend(parent)
    , m_endpoint(endpoint)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SupervisordBackend::~SupervisordBackend()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.key()->disconnect(this);
        it.value()(
            Result<QVariant>::failure(Error::Code::Cancelled, tr("the supervisord monitor was stopped")));
    }
    // Replies already finished but not yet deleted go with the network
    // manager, after m_pending: they must not reach back into it.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->disconnect(this);
}

QFuture<Result<QVariant>> SupervisordBackend::call(const QString &method, const QVariantList &params)
{
    auto promise = std::make_shared<QPromise<Result<QVariant>>>();
    promise->start();
    QFuture<Result<QVariant>> future = promise->future();

    QUrl url = m_endpoint;
    QNetworkRequest request(url.adjusted(QUrl::RemoveUserInfo));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
    request.setTransferTimeout(int(m_timeout.count()));
    if (!url.userName().isEmpty()) {
        const QByteArray credentials
            = (url.userName() + QLatin1Char(':') + url.password()).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + credentials);
    }
    QNetworkReply *reply = m_network.post(request, XmlRpc::encodeCall(method, params));
    auto finish = [promise](Result<QVariant> result) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(result));
        promise->finish();
    };
    m_pending.insert(reply, finish);
    connect(reply, &QObject::destroyed, this, [this, reply] { m_pending.remove(reply); });
    // A reply larger than any sane process list is garbage or an attack.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, finish](qint64 received, qint64) {
        if (received > MaxReplyBytes) {
            finish(
                Result<QVariant>::failure(Error::Code::InvalidInput, tr("supervisord's reply is too large")));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, finish, method] {
        m_pending.remove(reply);
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(networkError(reply, m_endpoint));
            return;
        }
        const Result<XmlRpc::Response> decoded = XmlRpc::decodeResponse(reply->readAll());
        if (!decoded.ok()) {
            finish(Error { decoded.error().code,
                tr("bad reply from supervisord to %1: %2").arg(method, decoded.error().message) });
            return;
        }
        if (decoded->fault) {
            Error e { Error::Code::ProtocolError, faultMessage(decoded.value()) };
            if (decoded->faultCode == FaultBadName)
                e.code = Error::Code::NotFound;
            finish(e);
            return;
        }
        finish(decoded->value);
    });
    return future;
}

ServiceStatus::State SupervisordBackend::mapState(const QString &stateName, qint64 stateCode)
{
    using State = ServiceStatus::State;
    static const QHash<QString, State> byName {
        { QStringLiteral("STOPPED"), State::Stopped },
        { QStringLiteral("STARTING"), State::Starting },
        { QStringLiteral("RUNNING"), State::Running },
        { QStringLiteral("BACKOFF"), State::Backoff },
        { QStringLiteral("STOPPING"), State::Stopping },
        { QStringLiteral("EXITED"), State::Exited },
        { QStringLiteral("FATAL"), State::Fatal },
        { QStringLiteral("UNKNOWN"), State::Unknown },
    };
    if (byName.contains(stateName))
        return byName.value(stateName);
    switch (stateCode) { // supervisor/states.py, ProcessStates
    case 0:
        return State::Stopped;
    case 10:
        return State::Starting;
    case 20:
        return State::Running;
    case 30:
        return State::Backoff;
    case 40:
        return State::Stopping;
    case 100:
        return State::Exited;
    case 200:
        return State::Fatal;
    default:
        return State::Unknown;
    }
}

Result<ServiceStatus> SupervisordBackend::statusFromProcessInfo(
    const QVariantMap &info, const QDateTime &localNow)
{
    const QString name = info.value(QStringLiteral("name")).toString();
    if (name.isEmpty()
        || (!info.contains(QStringLiteral("statename")) && !info.contains(QStringLiteral("state"))))
        return Result<ServiceStatus>::failure(
            Error::Code::ParseError, tr("process info without name or state from supervisord"));
    ServiceStatus s;
    const QString group = info.value(QStringLiteral("group")).toString();
    // supervisorctl's naming: a program alone in its group is just its name.
    s.name = (group.isEmpty() || group == name) ? name : group + QLatin1Char(':') + name;
    s.rawState = info.value(QStringLiteral("statename")).toString();
    s.state = mapState(s.rawState, info.value(QStringLiteral("state"), -1).toLongLong());
    s.pid = info.value(QStringLiteral("pid")).toLongLong();
    s.lastExitStatus = int(info.value(QStringLiteral("exitstatus")).toLongLong());
    s.observedAt = localNow;
    const qint64 start = info.value(QStringLiteral("start")).toLongLong();
    const qint64 now = info.value(QStringLiteral("now")).toLongLong();
    if (start > 0) {
        // Uptime by supervisord's own clock, placed on ours: the console and
        // the gateway need not agree on the time.
        const qint64 age = now > 0 ? qMax<qint64>(0, now - start) : 0;
        s.since = now > 0 ? localNow.addSecs(-age) : QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    }
    const QString spawnErr = info.value(QStringLiteral("spawnerr")).toString();
    s.message = spawnErr.isEmpty() ? info.value(QStringLiteral("description")).toString() : spawnErr;
    return s;
}

QFuture<Result<ServiceStatusList>> SupervisordBackend::poll()
{
    if (m_historyRead)
        return pollProcesses();
    // The last 64 KiB of supervisord's own log (a negative offset reads the
    // tail) hold the spawns and exits of the last hour or so of a loop. Not
    // there (no rights, an old supervisord): the counts start from zero, as
    // they always did.
    auto promise = std::make_shared<QPromise<Result<ServiceStatusList>>>();
    promise->start();
    QFuture<Result<ServiceStatusList>> future = promise->future();
    call(QStringLiteral("supervisor.readLog"), { qint64(-65536), qint64(0) })
        .then(this, [this, promise](const Result<QVariant> &log) {
            m_historyRead = true;
            if (log.ok() && log->typeId() == QMetaType::QString)
                m_history = SupervisordLog::parse(log->toString());
            pollProcesses().then(this, [promise](const Result<ServiceStatusList> &list) {
                promise->addResult(list);
                promise->finish();
            });
        });
    return future;
}

QList<QDateTime> SupervisordBackend::pastRestarts(const QVariantMap &info, const ServiceStatus &status) const
{
    const QString process = info.value(QStringLiteral("name")).toString();
    const QList<QDateTime> logged = SupervisordLog::restarts(m_history, process);
    if (logged.isEmpty())
        return {};
    // The spawn of the running pid is at status.since on our clock; the
    // log's other times are placed relative to it. Without it the gateway's
    // wall clock is taken as this machine's.
    const QDateTime anchor = SupervisordLog::spawnedAt(m_history, process, status.pid);
    QList<QDateTime> placed;
    for (const QDateTime &at : logged) {
        if (anchor.isValid() && status.since.isValid())
            placed << status.since.addMSecs(anchor.msecsTo(at));
        else
            placed << QDateTime(at.date(), at.time(), Qt::LocalTime).toUTC();
    }
    return placed;
}

QFuture<Result<ServiceStatusList>> SupervisordBackend::pollProcesses()
{
    return call(QStringLiteral("supervisor.getAllProcessInfo"))
        .then(this, [this](const Result<QVariant> &reply) {
            if (!reply.ok())
                return Result<ServiceStatusList>(reply.error());
            if (reply->typeId() != QMetaType::QVariantList)
                return Result<ServiceStatusList>::failure(
                    Error::Code::ParseError, tr("getAllProcessInfo did not return a list"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            ServiceStatusList list;
            for (const QVariant &item : reply->toList()) {
                if (item.typeId() != QMetaType::QVariantMap)
                    return Result<ServiceStatusList>::failure(
                        Error::Code::ParseError, tr("getAllProcessInfo returned a non-struct entry"));
                const QVariantMap info = item.toMap();
                Result<ServiceStatus> s = statusFromProcessInfo(info, now);
                if (!s.ok())
                    return Result<ServiceStatusList>(s.error());
                if (!m_history.isEmpty()) {
                    s.value().pastRestarts = pastRestarts(info, s.value());
                    m_tracker.seed(s->name, int(s->pastRestarts.size()));
                }
                s.value().restartCount = m_tracker.observe(
                    s->name, s->pid, info.value(QStringLiteral("start")).toLongLong(), s->state);
                using State = ServiceStatus::State;
                if (s->state == State::Exited || s->state == State::Backoff || s->state == State::Fatal)
                    m_lastExit.insert(s->name, s->lastExitStatus);
                else if (s->lastExitStatus == 0)
                    s.value().lastExitStatus = m_lastExit.value(s->name);
                m_lastInfo.insert(s->name, info);
                list << s.value();
            }
            // The log's history is for the first samples only.
            m_history.clear();
            return Result<ServiceStatusList>(list);
        });
}

QFuture<Result<QStringList>> SupervisordBackend::tailLog(const QString &service, int maxLines)
{
    const int lines = qBound(1, maxLines, 1000);
    // Enough bytes for the lines asked for; the first, cut line is dropped.
    const qint64 bytes = qint64(lines) * 256;
    // With redirect_stderr the stderr log is empty and output is in stdout's.
    const bool stderrToStdout = m_lastInfo.contains(service)
        && m_lastInfo.value(service).value(QStringLiteral("stderr_logfile")).toString().isEmpty();
    const QString method = stderrToStdout ? QStringLiteral("supervisor.tailProcessStdoutLog")
                                          : QStringLiteral("supervisor.tailProcessStderrLog");
    return call(method, { service, qint64(0), bytes }).then(this, [lines](const Result<QVariant> &reply) {
        if (!reply.ok())
            return Result<QStringList>(reply.error());
        const QVariantList parts = reply->toList();
        if (parts.size() < 3 || parts.at(0).typeId() != QMetaType::QString)
            return Result<QStringList>::failure(
                Error::Code::ParseError, tr("unexpected reply to a log tail request"));
        QStringList all = parts.at(0).toString().split(QLatin1Char('\n'));
        const bool overflow = parts.at(2).toBool();
        if ((overflow || all.size() > lines) && !all.isEmpty())
            all.removeFirst();
        if (!all.isEmpty() && all.last().isEmpty())
            all.removeLast();
        return Result<QStringList>(all.mid(qMax<qsizetype>(0, all.size() - lines)));
    });
}

QFuture<Status> SupervisordBackend::startProcess(const QString &name)
{
    return call(QStringLiteral("supervisor.startProcess"), { name, false })
        .then(this, [](const Result<QVariant> &r) {
            if (!r.ok() && !r.error().message.contains(QLatin1String("ALREADY_STARTED")))
                return Status(r.error());
            return Status(Ok {});
        });
}

QFuture<Status> SupervisordBackend::stopProcess(const QString &name)
{
    return call(QStringLiteral("supervisor.stopProcess"), { name, true })
        .then(this, [](const Result<QVariant> &r) {
            if (!r.ok() && !r.error().message.contains(QLatin1String("NOT_RUNNING")))
                return Status(r.error());
            return Status(Ok {});
        });
}

} // namespace MailOps
