#include "gatewaymonitor.h"

#include "common/logging.h"
#include "maillog/maillogfollower.h"
#include "queue/postfixcommands.h"
#include "queue/queuehistorystore.h"
#include "queue/queuereader.h"
#include "services/ssoutputparser.h"
#include "services/servicemonitor.h"
#include "services/supervisordbackend.h"
#include "services/systemdbackend.h"
#include "transport/commandjob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtConcurrent>

#include <memory>
#include <utility>

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
    m_socketTimer.setInterval(30000);
    connect(&m_socketTimer, &QTimer::timeout, this, &GatewayMonitor::listSockets);
    m_remoteLogRetry.setSingleShot(true);
    m_remoteLogRetry.setInterval(5000);
    connect(&m_remoteLogRetry, &QTimer::timeout, this, &GatewayMonitor::followRemoteLog);
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
    delete m_scanner;
    m_scanner = nullptr;
    delete m_suspectScanner;
    m_suspectScanner = nullptr;
    delete m_action;
    m_action = nullptr;
    delete m_matcher;
    m_matcher = nullptr;
    delete m_queue;
    m_queue = nullptr;
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

void GatewayMonitor::setSocketInterval(int ms)
{
    m_socketTimer.setInterval(ms);
}

void GatewayMonitor::setProfile(const GatewayProfile &profile)
{
    stop();
    release();
    m_profile = profile;
    m_history.clear();
    m_alerts.reset();
    if (m_store) {
        // The last day comes back from disk: the chart of an outage survives
        // a restart of the console.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Status opened = m_store->isOpen() ? Status(Ok {}) : m_store->open();
        if (!opened)
            Q_EMIT historyFailed(opened.error());
        if (m_store->isOpen()) {
            const auto past = m_store->samples(profile.name, now.addDays(-1), now, kMaxSamples);
            if (past)
                m_history = past.value();
            else
                Q_EMIT historyFailed(past.error());
        }
    }
    m_lastQueue = QueueSummary();
    m_counters = LogCounters();
    m_lastScan = QueueScanResult();
    m_suspectReasons.clear();
    m_sockets.clear();
    m_conflicts.clear();

    Result<std::unique_ptr<Transport>> transport = Transport::forProfile(profile);
    if (!transport) {
        const Error error = transport.error();
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT servicesFailed(error);
            Q_EMIT queueFailed(error);
        });
        delete m_log;
        m_log = nullptr;
        return;
    }
    m_transport = std::move(transport).value();

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
    connect(m_services.get(), &ServiceMonitor::alertRaised, this, &GatewayMonitor::onCrashLoop);
    connect(m_services.get(), &ServiceMonitor::alertUpdated, this, &GatewayMonitor::onCrashLoop);
    connect(m_services.get(), &ServiceMonitor::alertCleared, this,
            [this](const QString &service, const QDateTime &) { Q_EMIT alertCleared(service); });

    const PostfixCommands commands(profile);
    m_scanner = new QueueScanner(m_transport.get(), commands, this);
    connect(m_scanner, &QueueScanner::progress, this, &GatewayMonitor::scanProgress);
    connect(m_scanner, &QueueScanner::finished, this, [this](const Result<QueueScanResult> &r) {
        if (r)
            m_lastScan = r.value();
        Q_EMIT scanFinished(r);
    });
    m_action = new QueueAction(m_transport.get(), commands, this);
    connect(m_action, &QueueAction::finished, this, [this](const QueueAction::Outcome &outcome) {
        // A hold of a suspect reports through holdFinished alone; everything
        // else through actionFinished.
        if (!m_holding.isEmpty()) {
            const QString id = std::exchange(m_holding, QString());
            if (outcome.ok() && outcome.affected > 0)
                Q_EMIT holdFinished(id, Ok {});
            else if (!outcome.errors.isEmpty())
                Q_EMIT holdFinished(id, outcome.errors.constFirst());
            else
                Q_EMIT holdFinished(id, Status::failure(Error::Code::NotFound, QueueAction::describeOutcome(outcome)));
        } else {
            Q_EMIT actionFinished(outcome);
        }
        sampleQueue();
    });
    m_suspectScanner = new QueueScanner(m_transport.get(), commands, this);
    connect(m_suspectScanner, &QueueScanner::finished, this, [this](const Result<QueueScanResult> &r) {
        if (!r)
            return;
        ScannedMessageList suspects = r->findings;
        // A suspect the linter finds broken is the likelier poison; among
        // equals, the one logged last before the crash stays first.
        std::stable_sort(suspects.begin(), suspects.end(), [](const ScannedMessage &a, const ScannedMessage &b) {
            return a.report.hasErrors() > b.report.hasErrors();
        });
        Q_EMIT suspectsChecked(m_suspectService, suspects);
        if (m_autoHold && !suspects.isEmpty()) {
            const ScannedMessage &top = suspects.constFirst();
            const QString id = top.entry.queueId;
            if (top.fetched && top.report.hasErrors() && top.entry.queue != QueueEntry::Queue::Hold
                && !m_autoHeld.contains(id) && m_action && !m_action->isRunning()) {
                m_autoHeld.insert(id);
                hold(id);
                Q_EMIT suspectAutoHeld(id, tr("%1 crashed on it repeatedly and the linter finds it malformed (%2)")
                                               .arg(m_suspectService, top.report.codeNames().join(QStringLiteral(", "))));
            }
        }
    });

    delete m_log;
    m_log = nullptr;
    m_remoteLines.reset();
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

void GatewayMonitor::start()
{
    if (m_services)
        m_services->start();
    if (m_log)
        m_log->start();
    else if (!m_profile.mailLogPath.isEmpty())
        followRemoteLog();
    if (m_queueTimer.interval() > 0) {
        m_queueTimer.start();
        sampleQueue();
    }
    if (m_socketTimer.interval() > 0) {
        m_socketTimer.start();
        listSockets();
    }
}

void GatewayMonitor::stop()
{
    if (m_services)
        m_services->stop();
    if (m_log)
        m_log->stop();
    m_queueTimer.stop();
    m_socketTimer.stop();
    m_remoteLogRetry.stop();
    delete m_queue; // cancels its run; a later sample starts afresh
    m_queue = nullptr;
    if (m_remoteLog) {
        m_remoteLog->disconnect(this);
        m_remoteLog->cancel();
    }
    if (m_socketJob) {
        m_socketJob->disconnect(this);
        m_socketJob->cancel();
    }
    if (m_scanner)
        m_scanner->cancel();
    if (m_suspectScanner)
        m_suspectScanner->cancel();
}

void GatewayMonitor::pollNow()
{
    if (m_services)
        m_services->pollNow();
    sampleQueue();
    listSockets();
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
    if (m_queue || !m_transport)
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
        const QueueDepthSample sample = QueueDepthSample::fromSummary(m_lastQueue, QDateTime::currentDateTimeUtc());
        m_history << sample;
        if (m_store && m_store->isOpen()) {
            const Status saved = m_store->append(m_profile.name, sample);
            if (!saved)
                Q_EMIT historyFailed(saved.error());
        }
        const QList<QueueAlertPolicy::Transition> transitions = m_alerts.evaluate(sample);
        for (const QueueAlertPolicy::Transition &t : transitions)
            Q_EMIT queueAlert(t);
        if (m_history.size() > kMaxSamples)
            m_history.removeFirst();
        Q_EMIT queueSampled(m_lastQueue);
    });
    m_queue->start(m_transport.get(), PostfixCommands(m_profile).listQueue());
}

void GatewayMonitor::scanQueue(int limit, const QStringList &onlyIds)
{
    if (!m_scanner)
        return;
    m_scanner->setLimit(limit);
    m_scanner->setSuspects(m_suspectReasons);
    m_scanner->scan(onlyIds);
}

bool GatewayMonitor::isScanning() const
{
    return m_scanner && m_scanner->isRunning();
}

void GatewayMonitor::onCrashLoop(const CrashLoopAlert &alert)
{
    const QStringList ids = suspectQueueIds(alert.logLines);
    Q_EMIT alertRaised(alert, ids);
    if (ids.isEmpty() || !m_suspectScanner)
        return;
    m_suspectService = alert.service;
    for (int i = 0; i < ids.size(); ++i) {
        m_suspectReasons.insert(ids[i], i == 0 ? tr("%1 logged it last before crashing (%2 restarts)").arg(alert.service).arg(alert.restarts)
                                               : tr("%1 logged it shortly before crashing").arg(alert.service));
    }
    m_suspectScanner->setSuspects(m_suspectReasons);
    m_suspectScanner->scanIds(ids.mid(0, 10));
}

QList<PortExpectation> GatewayMonitor::expectedPorts(const GatewayProfile &profile)
{
    // Postfix's master owns its listeners; the usual mail ports are checked
    // against the processes that should hold them, so a stray daemon on
    // POP3 or a second MTA on 25 shows up as a conflict.
    const QStringList postfix { QStringLiteral("master"), QStringLiteral("smtpd"), QStringLiteral("postscreen") };
    const QStringList dovecot { QStringLiteral("dovecot") };
    QList<PortExpectation> expected;
    const auto want = [&expected](const QString &service, int port, const QStringList &names) {
        PortExpectation e;
        e.service = service;
        e.port = port;
        e.processNames = names;
        expected << e;
    };
    want(QStringLiteral("postfix"), profile.smtpPort > 0 ? profile.smtpPort : 25, postfix);
    if (profile.smtpPort != 25)
        want(QStringLiteral("postfix"), 25, postfix);
    want(QStringLiteral("postfix"), 465, postfix);
    want(QStringLiteral("postfix"), 587, postfix);
    for (int port : { 110, 143, 993, 995 })
        want(QStringLiteral("dovecot"), port, dovecot);
    return expected;
}

void GatewayMonitor::listSockets()
{
    if (m_socketJob || !m_transport || m_socketTimer.interval() <= 0)
        return;
    CommandOptions options;
    options.timeout = std::chrono::milliseconds(15000);
    options.maxStdoutBytes = SsOutputParser::MaxInputBytes;
    m_socketJob = m_transport->start(SsOutputParser::command(), options);
    connect(m_socketJob, &CommandJob::finished, this, [this](const Result<CommandOutput> &r) {
        m_socketJob = nullptr;
        if (!r || r->exitCode != 0)
            return; // no ss on the gateway: the panel says the list is empty
        const Result<ListeningSocketList> sockets = SsOutputParser::parse(r->stdOut);
        if (!sockets)
            return;
        m_sockets = sockets.value();
        // Only the ports something listens on, or the profile's own SMTP
        // port, are worth a finding; a workstation has no POP3 to miss.
        QList<PortExpectation> expected;
        const QList<PortExpectation> all = expectedPorts(m_profile);
        for (const PortExpectation &e : all) {
            const bool bound = std::any_of(m_sockets.cbegin(), m_sockets.cend(),
                                           [&e](const ListeningSocket &s) { return s.port == e.port && s.protocol == e.protocol; });
            if (bound || e.port == m_profile.smtpPort)
                expected << e;
        }
        QHash<QString, QStringList> logs;
        const QList<CrashLoopAlert> alerts = activeAlerts();
        for (const CrashLoopAlert &a : alerts)
            logs.insert(a.service, a.logLines);
        m_conflicts = PortConflictDetector::detect(expected, m_sockets, logs);
        Q_EMIT socketsUpdated();
    });
}

void GatewayMonitor::followRemoteLog()
{
    if (m_remoteLog || !m_transport || m_profile.mailLogPath.isEmpty())
        return;
    // tail -F follows rotation on the gateway itself; the stream is read in
    // pieces and split with a bound, so a corrupt line costs nothing.
    CommandOptions options;
    options.streamStdout = true;
    options.timeout = std::chrono::hours(24);
    m_remoteLog = m_transport->start({ QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("0"),
                                       QStringLiteral("-F"), QStringLiteral("--"), m_profile.mailLogPath },
                                     options);
    connect(m_remoteLog, &CommandJob::stdoutChunk, this, [this](const QByteArray &chunk) {
        m_remoteLines.feed(chunk, [this](QByteArrayView line) { m_counters.addLine(line); }, [] {});
        Q_EMIT countersUpdated();
    });
    connect(m_remoteLog, &CommandJob::finished, this, [this](const Result<CommandOutput> &r) {
        m_remoteLog = nullptr;
        if (!r)
            Q_EMIT logFailed(r.error());
        else if (r->exitCode != 0)
            Q_EMIT logFailed(Error { Error::Code::ProcessFailed, QString::fromLocal8Bit(r->stdErr).trimmed() });
        m_remoteLogRetry.start();
    });
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
    if (!PostfixCommands::isQueueId(queueId)) {
        Q_EMIT holdFinished(queueId, Status::failure(Error::Code::InvalidInput,
                                                     tr("\"%1\" is not a Postfix queue id").arg(queueId)));
        return;
    }
    if (!m_action || m_action->isRunning()) {
        Q_EMIT holdFinished(queueId, Status::failure(Error::Code::Other, tr("another queue action is still running")));
        return;
    }
    m_holding = queueId;
    m_action->start(QueueAction::Kind::Hold, { queueId });
}

bool GatewayMonitor::act(QueueAction::Kind kind, const QStringList &queueIds)
{
    if (!m_action || m_action->isRunning())
        return false;
    return m_action->start(kind, queueIds);
}

bool GatewayMonitor::isActing() const
{
    return m_action && m_action->isRunning();
}

void GatewayMonitor::matchFilter(const QueueFilter &filter)
{
    if (!m_transport)
        return;
    delete m_matcher;
    m_matcher = new QueueReader(this);
    m_matcher->setTimeout(120000);
    auto ids = std::make_shared<QStringList>();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Only the matching ids are kept, never the listing.
    m_matcher->setEntryHandler([ids, filter, now](const QueueEntry &e) {
        if (filter.matches(e, now))
            *ids << e.queueId;
    });
    connect(m_matcher, &QueueReader::finished, this, [this, ids, filter](const Result<QueueSummary> &r) {
        m_matcher->deleteLater();
        m_matcher = nullptr;
        if (!r)
            Q_EMIT filterFailed(r.error());
        else
            Q_EMIT filterMatched(filter, *ids);
    });
    m_matcher->start(m_transport.get(), PostfixCommands(m_profile).listQueue());
}

} // namespace MailOps
