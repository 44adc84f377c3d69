#include "gatewaymonitor.h"

#include "common/logging.h"
#include "gateway/maillogfollower.h"
#include "gateway/queuereader.h"
#include "services/servicemonitor.h"
#include "services/supervisordbackend.h"
#include "services/systemdbackend.h"
#include "transport/localtransport.h"
#include "transport/sshtransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtConcurrent>

namespace MailOps {

namespace {
// A day of samples at the default interval; older ones fall off the chart.
constexpr int kMaxSamples = 8640;
} // namespace

GatewayMonitor::GatewayMonitor(QObject *parent)
    : QObject(parent)
{
    m_queueTimer.setInterval(10000);
    connect(&m_queueTimer, &QTimer::timeout, this, &GatewayMonitor::sampleQueue);
}

GatewayMonitor::~GatewayMonitor()
{
    stop();
    release();
}

void GatewayMonitor::release()
{
    // Producers before consumers: the transport's jobs and the backend's
    // calls in flight finish (cancelled) while whoever waits for them, the
    // backend and then the service monitor, still exists.
    m_transport.reset();
    m_backend.reset();
    m_services.reset();
}

void GatewayMonitor::setServiceInterval(int ms)
{
    m_serviceInterval = ms;
    if (m_services)
        m_services->setInterval(std::chrono::milliseconds(ms));
}

void GatewayMonitor::setQueueInterval(int ms)
{
    m_queueTimer.setInterval(ms);
}

void GatewayMonitor::setProfile(const GatewayProfile &profile)
{
    stop();
    release();
    m_profile = profile;
    m_history.clear();
    m_lastQueue = QueueSummary();
    m_counters = LogCounters();

    const Result<SshTransport::Target> target = SshTransport::Target::fromString(profile.sshHost);
    if (profile.transport == GatewayProfile::Transport::Ssh && target.ok())
        m_transport = std::make_unique<SshTransport>(target.value());
    else
        m_transport = std::make_unique<LocalTransport>();

    if (profile.serviceBackend == GatewayProfile::ServiceBackend::Supervisord) {
        m_backend = std::make_unique<SupervisordBackend>(QUrl(profile.supervisorUrl));
    } else {
        m_backend = std::make_unique<SystemdBackend>(
            m_transport.get(),
            QStringList { QStringLiteral("postfix.service"), QStringLiteral("postfix@-.service"),
                          QStringLiteral("dovecot.service"), QStringLiteral("amavis.service"),
                          QStringLiteral("rspamd.service"), QStringLiteral("opendkim.service") });
    }
    m_services = std::make_unique<ServiceMonitor>(m_backend.get());
    m_services->setInterval(std::chrono::milliseconds(m_serviceInterval));
    // A service that logs to a file of its own next to the mail log (as the
    // lab's filter hub does) is read from there when supervisord's tail is empty.
    const QString logDir = QFileInfo(profile.mailLogPath).absolutePath();
    ServiceBackend *backend = m_backend.get();
    m_services->setLogSource([backend, logDir](const QString &service, int maxLines) {
        const QString file = logDir + QLatin1Char('/') + service + QStringLiteral(".log");
        QFuture<Result<QStringList>> tail = backend->tailLog(service, maxLines);
        return tail.then([file, maxLines](const Result<QStringList> &r) -> Result<QStringList> {
            if (r.ok() && !r.value().isEmpty())
                return r;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return r;
            if (f.size() > 65536)
                f.seek(f.size() - 65536);
            QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return lines.mid(qMax(0, int(lines.size()) - maxLines));
        });
    });
    connect(m_services.get(), &ServiceMonitor::servicesUpdated, this, &GatewayMonitor::servicesUpdated);
    connect(m_services.get(), &ServiceMonitor::pollFailed, this, &GatewayMonitor::servicesFailed);
    connect(m_services.get(), &ServiceMonitor::alertRaised, this,
            [this](const CrashLoopAlert &a) { Q_EMIT alertRaised(a, suspectQueueIds(a.logLines)); });
    connect(m_services.get(), &ServiceMonitor::alertUpdated, this,
            [this](const CrashLoopAlert &a) { Q_EMIT alertRaised(a, suspectQueueIds(a.logLines)); });
    connect(m_services.get(), &ServiceMonitor::alertCleared, this,
            [this](const QString &service, const QDateTime &) { Q_EMIT alertCleared(service); });

    delete m_log;
    m_log = nullptr;
    if (!profile.mailLogPath.isEmpty() && profile.transport == GatewayProfile::Transport::Local) {
        m_log = new MailLogFollower(this);
        m_log->setPath(profile.mailLogPath);
        m_log->setPollInterval(1000);
        connect(m_log, &MailLogFollower::linesRead, this, [this](const QList<QByteArray> &lines) {
            for (const QByteArray &l : lines)
                m_counters.addLine(l);
            Q_EMIT countersUpdated();
        });
    }
}

QStringList GatewayMonitor::postfixConfigArgs() const
{
    return m_profile.postfixConfigDir.isEmpty() ? QStringList() : QStringList { QStringLiteral("-c"), m_profile.postfixConfigDir };
}

void GatewayMonitor::start()
{
    if (m_services)
        m_services->start();
    if (m_log)
        m_log->start();
    if (m_profile.transport == GatewayProfile::Transport::Local && m_queueTimer.interval() > 0) {
        m_queueTimer.start();
        sampleQueue();
    }
}

void GatewayMonitor::stop()
{
    if (m_services)
        m_services->stop();
    if (m_log)
        m_log->stop();
    m_queueTimer.stop();
    if (m_queue)
        m_queue->cancel();
}

void GatewayMonitor::pollNow()
{
    if (m_services)
        m_services->pollNow();
    sampleQueue();
}

ServiceStatusList GatewayMonitor::services() const
{
    return m_services ? m_services->lastServices() : ServiceStatusList();
}

QList<CrashLoopAlert> GatewayMonitor::activeAlerts() const
{
    return m_services ? m_services->detector()->activeAlerts() : QList<CrashLoopAlert>();
}

void GatewayMonitor::sampleQueue()
{
    if (m_queue || m_profile.transport != GatewayProfile::Transport::Local)
        return; // the previous sample is still running
    m_queue = new QueueReader(this);
    m_queue->setTimeout(60000);
    connect(m_queue, &QueueReader::finished, this, [this](const Result<QueueSummary> &r) {
        m_queue->deleteLater();
        m_queue = nullptr;
        if (!r) {
            Q_EMIT queueFailed(r.error());
            return;
        }
        m_lastQueue = r.value();
        QueueSample s;
        s.at = QDateTime::currentDateTimeUtc();
        for (int q = 0; q < QueueSummary::QueueCount; ++q)
            s.messages[q] = m_lastQueue.messages(QueueEntry::Queue(q));
        s.total = m_lastQueue.messages();
        m_history << s;
        if (m_history.size() > kMaxSamples)
            m_history.removeFirst();
        Q_EMIT queueSampled(m_lastQueue);
    });
    m_queue->start(QStringLiteral("postqueue"), postfixConfigArgs() << QStringLiteral("-j"));
}

QStringList GatewayMonitor::suspectQueueIds(const QStringList &logLines)
{
    // Postfix queue ids: short (hex, 6 to 12 characters) or long (base 52
    // with a 'z' separator) form, as a service logs them ("queue_id=..." or
    // "ID: ..."). The last one logged before the crash comes first.
    static const QRegularExpression idRe(
        QStringLiteral("(?:queue[_ ]id[=: ]+|\\b)([0-9A-F]{6,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,15}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{5,10})\\b"));
    QStringList ids;
    for (auto it = logLines.crbegin(); it != logLines.crend(); ++it) {
        if (!it->contains(QLatin1String("queue"), Qt::CaseInsensitive))
            continue;
        auto m = idRe.globalMatch(*it);
        while (m.hasNext()) {
            const QString id = m.next().captured(1);
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

void GatewayMonitor::hold(const QString &queueId)
{
    static const QRegularExpression safe(QStringLiteral("^[0-9A-Za-z]{6,20}$"));
    if (!safe.match(queueId).hasMatch()) {
        Q_EMIT holdFinished(queueId, Status::failure(Error::Code::InvalidInput,
                                                     tr("\"%1\" is not a Postfix queue id").arg(queueId)));
        return;
    }
    auto *p = new QProcess(this);
    connect(p, &QProcess::finished, this, [this, p, queueId](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        const QString err = QString::fromLocal8Bit(p->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || code != 0)
            Q_EMIT holdFinished(queueId, Status::failure(Error::Code::ProcessFailed,
                                                         tr("postsuper -h %1 failed: %2").arg(queueId, err)));
        else
            Q_EMIT holdFinished(queueId, Ok {});
        sampleQueue();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p, queueId](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        p->deleteLater();
        Q_EMIT holdFinished(queueId, Status::failure(Error::Code::NotFound, tr("postsuper is not installed here")));
    });
    p->start(QStringLiteral("postsuper"), postfixConfigArgs() << QStringLiteral("-h") << queueId);
}

} // namespace MailOps
