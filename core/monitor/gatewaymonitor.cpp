#include "gatewaymonitor.h"

#include "common/logging.h"
#include "common/whenfinished.h"
#include "journal/journalsink.h"
#include "maillog/maillogfollower.h"
#include "queue/postfixcommands.h"
#include "queue/queuehistorystore.h"
#include "queue/queuereader.h"
#include "services/servicemonitor.h"
#include "services/ssoutputparser.h"
#include "services/supervisordbackend.h"
#include "services/systemdbackend.h"
#include "transport/commandjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QPromise>
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
    m_ownTransport.reset();
    m_ownBackend.reset();
    m_services.reset();
    m_transport = nullptr;
    m_backend = nullptr;
    m_bound = false;
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

void GatewayMonitor::setHistoryStore(QueueHistoryStore *store)
{
    m_store = store;
    if (m_bound)
        loadHistory();
}

void GatewayMonitor::loadHistory()
{
    m_history.clear();
    if (!m_store)
        return;
    // The last day comes back from disk: the chart of an outage survives a
    // restart of the console.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status opened = m_store->isOpen() ? Status(Ok {}) : m_store->open();
    if (!opened)
        Q_EMIT historyFailed(opened.error());
    if (m_store->isOpen()) {
        const auto past = m_store->samples(m_profile.name, now.addDays(-1), now, kMaxSamples);
        if (past)
            m_history = past.value();
        else
            Q_EMIT historyFailed(past.error());
    }
}

std::unique_ptr<ServiceBackend> GatewayMonitor::makeServiceBackend(
    const GatewayProfile &profile, Transport *transport)
{
    if (profile.serviceBackend == GatewayProfile::ServiceBackend::Supervisord)
        return std::make_unique<SupervisordBackend>(QUrl(profile.supervisorUrl));
    return std::make_unique<SystemdBackend>(transport,
        QStringList { QStringLiteral("postfix.service"), QStringLiteral("postfix@-.service"),
            QStringLiteral("dovecot.service"), QStringLiteral("amavis.service"),
            QStringLiteral("rspamd.service"), QStringLiteral("opendkim.service") });
}

void GatewayMonitor::setProfile(const GatewayProfile &profile)
{
    Result<std::unique_ptr<Transport>> made = Transport::forProfile(profile);
    if (!made) {
        bind(profile, made.error(), nullptr);
        return;
    }
    std::unique_ptr<Transport> transport = std::move(made).value();
    std::unique_ptr<ServiceBackend> backend = makeServiceBackend(profile, transport.get());
    bind(profile, transport.get(), backend.get());
    // Kept after bind(), which lets go of any parts owned before.
    m_ownTransport = std::move(transport);
    m_ownBackend = std::move(backend);
}

void GatewayMonitor::bind(
    const GatewayProfile &profile, const Result<Transport *> &transport, ServiceBackend *backend)
{
    stop();
    release();
    m_profile = profile;
    m_bound = true;
    m_alerts.reset();
    m_activeAlerts.clearAll();
    loadHistory();
    m_lastQueue = QueueSummary();
    m_lastQueueAt = QDateTime();
    m_counters = LogCounters();
    m_lastScan = QueueScanResult();
    m_suspectReasons.clear();
    m_suspectOrder.clear();
    m_sockets.clear();
    m_conflicts.clear();
    m_holding.clear();

    if (!transport || !backend) {
        const Error error = transport
            ? Error { Error::Code::InvalidInput, tr("no service backend for this profile") }
            : transport.error();
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT servicesFailed(error);
            Q_EMIT queueFailed(error);
        });
        delete m_log;
        m_log = nullptr;
        return;
    }
    m_transport = transport.value();
    m_backend = backend;

    m_services = std::make_unique<ServiceMonitor>(m_backend);
    m_services->setInterval(std::chrono::milliseconds(m_serviceInterval));
    m_services->setLogSource(
        [this](const QString &service, int maxLines) { return serviceLog(service, maxLines); });
    connect(m_services.get(), &ServiceMonitor::servicesUpdated, this, [this](const ServiceStatusList &list) {
        m_servicesError.clear();
        Q_EMIT servicesUpdated(list);
    });
    connect(m_services.get(), &ServiceMonitor::pollFailed, this, [this](const Error &e) {
        m_servicesError = e.message;
        Q_EMIT servicesFailed(e);
    });
    connect(m_services.get(), &ServiceMonitor::alertRaised, this, &GatewayMonitor::onCrashLoopRaised);
    connect(m_services.get(), &ServiceMonitor::alertUpdated, this, &GatewayMonitor::onCrashLoop);
    connect(m_services.get(), &ServiceMonitor::alertCleared, this,
        [this](const QString &service, const QDateTime &) { onCrashLoopCleared(service); });

    const PostfixCommands commands(profile);
    m_scanner = new QueueScanner(m_transport, commands, this);
    connect(m_scanner, &QueueScanner::progress, this, &GatewayMonitor::scanProgress);
    connect(m_scanner, &QueueScanner::finished, this, [this](const Result<QueueScanResult> &r) {
        if (r)
            m_lastScan = r.value();
        Q_EMIT scanFinished(r);
    });
    m_action = new QueueAction(m_transport, commands, this);
    connect(m_action, &QueueAction::finished, this, &GatewayMonitor::onActionFinished);
    m_suspectScanner = new QueueScanner(m_transport, commands, this);
    connect(m_suspectScanner, &QueueScanner::finished, this, [this](const Result<QueueScanResult> &r) {
        if (!r)
            return;
        ScannedMessageList suspects = r->findings;
        // In the order the log named them (the listing has its own)...
        std::stable_sort(
            suspects.begin(), suspects.end(), [this](const ScannedMessage &a, const ScannedMessage &b) {
                return m_suspectOrder.indexOf(a.entry.queueId) < m_suspectOrder.indexOf(b.entry.queueId);
            });
        // ...then a suspect the linter finds broken is the likelier poison;
        // among equals, the one logged last before the crash stays first.
        std::stable_sort(
            suspects.begin(), suspects.end(), [](const ScannedMessage &a, const ScannedMessage &b) {
                return a.report.hasErrors() > b.report.hasErrors();
            });
        Q_EMIT suspectsChecked(m_suspectService, suspects);
        if (m_autoHold && !suspects.isEmpty()) {
            const ScannedMessage &top = suspects.constFirst();
            const QString id = top.entry.queueId;
            if (top.fetched && top.report.hasErrors() && top.entry.queue != QueueEntry::Queue::Hold
                && !m_autoHeld.contains(id) && m_action && !m_action->isRunning()) {
                m_autoHeld.insert(id);
                const QString why
                    = tr("%1 crashed on it repeatedly and the linter finds it malformed (%2)")
                          .arg(m_suspectService, top.report.codeNames().join(QStringLiteral(", ")));
                hold(id);
                if (m_holding == id) {
                    m_holdingAuto = true;
                    m_holdingWhy = why;
                }
                Q_EMIT suspectAutoHeld(id, why);
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
    if (m_log || !m_profile.mailLogPath.isEmpty())
        m_logSince = QDateTime::currentDateTime();
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

DeliveryVerdict GatewayMonitor::verdict() const
{
    DeliveryVerdict::Input in;
    if (m_lastQueueAt.isValid())
        in.queue = m_lastQueue;
    if (m_logSince.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime from = qMax(m_logSince, now.addSecs(-15 * 60));
        in.logMinutes = int(qMax<qint64>(1, (from.secsTo(now) + 59) / 60));
        in.delivered = 0;
        // The counters keep the log's wall clock as if it were UTC.
        const qint64 wall = QDateTime(from.date(), from.time(), Qt::UTC).toSecsSinceEpoch();
        const QList<LogCounters::Minute> minutes = m_counters.minutesSince(wall / 60 * 60);
        for (const LogCounters::Minute &m : minutes)
            in.delivered += m.delivered;
    }
    const QList<CrashLoopAlert> loops = activeAlerts();
    for (const CrashLoopAlert &a : loops)
        in.crashLooping << a.service;
    in.servicesError = m_servicesError;
    const ServiceStatusList list = services();
    for (const ServiceStatus &s : list) {
        // Postfix itself down stops all mail; a helper down is its card's business.
        if (s.name.contains(QLatin1String("postfix"), Qt::CaseInsensitive) && !s.isUp()
            && !in.crashLooping.contains(s.name) && s.state != ServiceStatus::State::Starting)
            in.down << s.name;
    }
    return DeliveryVerdict::judge(in);
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
        m_lastQueueAt = QDateTime::currentDateTime();
        const QueueDepthSample sample
            = QueueDepthSample::fromSummary(m_lastQueue, QDateTime::currentDateTimeUtc());
        m_history << sample;
        if (m_store && m_store->isOpen()) {
            const Status saved = m_store->append(m_profile.name, sample);
            if (!saved)
                Q_EMIT historyFailed(saved.error());
        }
        const QList<QueueAlertPolicy::Transition> transitions = m_alerts.evaluate(sample);
        for (const QueueAlertPolicy::Transition &t : transitions)
            onQueueTransition(t);
        if (m_history.size() > kMaxSamples)
            m_history.removeFirst();
        Q_EMIT queueSampled(m_lastQueue);
    });
    m_queue->start(m_transport, PostfixCommands(m_profile).listQueue());
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
    ActiveAlerts::Alert active;
    active.name = QStringLiteral("crashloop:") + alert.service;
    active.source = QStringLiteral("crashloop");
    active.severity = JournalEvent::Severity::Critical;
    active.since = alert.raisedAt;
    active.title = tr("Crash loop: %1").arg(alert.service);
    active.text = alert.summary();
    m_activeAlerts.raise(active);
    const QStringList ids = suspectQueueIds(alert.logLines);
    Q_EMIT alertRaised(alert, ids);
    if (ids.isEmpty() || !m_suspectScanner)
        return;
    m_suspectService = alert.service;
    // The latest death's evidence names the suspects; what an earlier one
    // named is no longer called poison.
    m_suspectReasons.clear();
    for (int i = 0; i < ids.size(); ++i) {
        m_suspectReasons.insert(ids[i],
            i == 0
                ? tr("%1 logged it last before crashing (%2 restarts)").arg(alert.service).arg(alert.restarts)
                : tr("%1 logged it shortly before crashing").arg(alert.service));
    }
    m_suspectScanner->setSuspects(m_suspectReasons);
    // Through a listing, not by id alone: a suspect's row comes with its
    // queue, sender and age, and an id that left the queue drops out.
    // Every report of the loop comes here; the same suspects again need no
    // second listing of what may be a large queue.
    if (ids.mid(0, 10) == m_suspectOrder)
        return;
    m_suspectOrder = ids.mid(0, 10);
    m_suspectScanner->scan(m_suspectOrder);
}

void GatewayMonitor::onCrashLoopRaised(const CrashLoopAlert &alert)
{
    QJsonObject payload {
        { QStringLiteral("service"), alert.service },
        { QStringLiteral("state"), QStringLiteral("raised") },
        { QStringLiteral("restarts"), alert.restarts },
        { QStringLiteral("threshold"), alert.threshold },
        { QStringLiteral("windowSeconds"), qint64(alert.window.count()) },
        { QStringLiteral("lastExitStatus"), alert.lastExitStatus },
        { QStringLiteral("serviceState"), alert.state },
    };
    if (alert.firstRestart.isValid())
        payload.insert(QStringLiteral("firstRestart"), alert.firstRestart.toUTC().toString(Qt::ISODate));
    record(QStringLiteral("monitor.crashloop"), JournalEvent::Severity::Critical,
        tr("%1 is in a crash loop: %2").arg(alert.service, alert.summary()), payload,
        QStringLiteral("alert:crashloop:") + alert.service);
    onCrashLoop(alert);
}

void GatewayMonitor::onCrashLoopCleared(const QString &service)
{
    const QString name = QStringLiteral("crashloop:") + service;
    const std::optional<ActiveAlerts::Alert> was = m_activeAlerts.find(name);
    m_activeAlerts.clear(name);
    m_suspectOrder.clear(); // a later loop checks its suspects afresh
    QJsonObject payload { { QStringLiteral("service"), service },
        { QStringLiteral("state"), QStringLiteral("ended") } };
    if (was)
        payload.insert(QStringLiteral("since"), was->since.toUTC().toString(Qt::ISODate));
    record(QStringLiteral("monitor.crashloop"), JournalEvent::Severity::Notice,
        tr("%1 runs again without restarts: the crash loop is over").arg(service), payload,
        QStringLiteral("alert:crashloop:") + service);
    Q_EMIT alertCleared(service);
}

void GatewayMonitor::onQueueTransition(const QueueAlertPolicy::Transition &t)
{
    using Kind = QueueAlertPolicy::Transition::Kind;
    const QString rule = QueueAlertPolicy::ruleName(t.rule);
    const QString name = QStringLiteral("queue:") + rule;
    const JournalEvent::Severity severity = t.level == QueueAlertPolicy::Level::Critical
        ? JournalEvent::Severity::Critical
        : JournalEvent::Severity::Warning;
    if (t.kind == Kind::Cleared) {
        m_activeAlerts.clear(name);
    } else {
        ActiveAlerts::Alert a;
        a.name = name;
        a.source = QStringLiteral("queue");
        a.severity = severity;
        a.since = t.at;
        a.title = t.title;
        a.text = t.text;
        m_activeAlerts.raise(a);
    }
    const char *kinds[] = { "raised", "escalated", "deescalated", "cleared" };
    const QJsonObject payload {
        { QStringLiteral("rule"), rule },
        { QStringLiteral("transition"), QString::fromLatin1(kinds[int(t.kind)]) },
        { QStringLiteral("level"), QueueAlertPolicy::levelName(t.level) },
        { QStringLiteral("value"), t.value },
        { QStringLiteral("threshold"), t.threshold },
    };
    record(QStringLiteral("queue.alert"), t.kind == Kind::Cleared ? JournalEvent::Severity::Notice : severity,
        t.title + QStringLiteral(": ") + t.text, payload, QStringLiteral("alert:") + name);
    Q_EMIT queueAlert(t);
}

void GatewayMonitor::onActionFinished(const QueueAction::Outcome &outcome)
{
    const QStringList ids = std::exchange(m_actingIds, QStringList());
    if (m_journal)
        m_journal->record(QueueAction::journalEvent(m_profile.name, ids, outcome));

    // A hold of a suspect reports through holdFinished alone; everything
    // else through actionFinished.
    if (!m_holding.isEmpty()) {
        const QString id = std::exchange(m_holding, QString());
        const bool automatic = std::exchange(m_holdingAuto, false);
        const QString why = std::exchange(m_holdingWhy, QString());
        Status status = Ok {};
        if (outcome.ok() && outcome.affected > 0)
            status = Ok {};
        else if (!outcome.errors.isEmpty())
            status = outcome.errors.constFirst();
        else
            status = Status::failure(Error::Code::NotFound, QueueAction::describeOutcome(outcome));
        QJsonObject held {
            { QStringLiteral("queueId"), id },
            { QStringLiteral("automatic"), automatic },
            { QStringLiteral("ok"), status.ok() },
            { QStringLiteral("service"), m_suspectService },
        };
        if (!why.isEmpty())
            held.insert(QStringLiteral("reason"), why);
        if (!status)
            held.insert(QStringLiteral("error"), status.error().message);
        const QString summary = status
            ? (automatic ? tr("Poison suspect %1 put on hold automatically").arg(id)
                         : tr("Poison suspect %1 put on hold").arg(id))
            : tr("Could not hold poison suspect %1: %2").arg(id, status.error().message);
        // Its loop ends sooner once the message it choked on is out of reach.
        if (status && m_services && !m_suspectService.isEmpty())
            m_services->detector()->causeRemoved(m_suspectService);
        record(QStringLiteral("monitor.suspect.held"),
            status ? JournalEvent::Severity::Warning : JournalEvent::Severity::Critical, summary, held,
            QStringLiteral("queue:") + id);
        Q_EMIT holdFinished(id, status);
    } else {
        Q_EMIT actionFinished(outcome);
    }
    sampleQueue();
}

QFuture<Result<QStringList>> GatewayMonitor::serviceLog(const QString &service, int maxLines)
{
    // A service that logs to a file of its own next to the mail log (as the
    // lab's filter hub does) is read from there when the backend's tail is
    // empty: on the gateway, through its transport, never on this machine.
    const QString file
        = QFileInfo(m_profile.mailLogPath).path() + QLatin1Char('/') + service + QStringLiteral(".log");
    auto promise = std::make_shared<QPromise<Result<QStringList>>>();
    promise->start();
    QFuture<Result<QStringList>> result = promise->future();
    QPointer<Transport> transport = m_transport;
    const bool haveDir = !m_profile.mailLogPath.isEmpty();
    whenFinished(m_backend->tailLog(service, maxLines), this,
        [this, promise, transport, file, maxLines, haveDir](const Result<QStringList> &r) {
            if ((r.ok() && !r.value().isEmpty()) || !transport || !haveDir) {
                promise->addResult(r);
                promise->finish();
                return;
            }
            CommandOptions options;
            options.timeout = std::chrono::milliseconds(15000);
            options.maxStdoutBytes = 256 * 1024;
            CommandJob *job = transport->start({ QStringLiteral("tail"), QStringLiteral("-n"),
                                                   QString::number(maxLines), QStringLiteral("--"), file },
                options);
            connect(
                job, &CommandJob::finished, this, [promise, r, maxLines](const Result<CommandOutput> &out) {
                    if (out && out->exitCode == 0) {
                        const QStringList lines
                            = QString::fromUtf8(out->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                        promise->addResult(
                            Result<QStringList>(lines.mid(qMax(0, int(lines.size()) - maxLines))));
                    } else {
                        promise->addResult(r);
                    }
                    promise->finish();
                });
        });
    return result;
}

void GatewayMonitor::record(const QString &kind, JournalEvent::Severity severity, const QString &summary,
    const QJsonObject &payload, const QString &subject)
{
    if (!m_journal)
        return;
    JournalEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = m_profile.name;
    e.kind = kind;
    e.severity = severity;
    e.summary = summary;
    e.payload = payload;
    e.subject = subject;
    m_journal->record(e);
}

QList<PortExpectation> GatewayMonitor::expectedPorts(const GatewayProfile &profile)
{
    // Postfix's master owns its listeners; the usual mail ports are checked
    // against the processes that should hold them, so a stray daemon on
    // POP3 or a second MTA on 25 shows up as a conflict.
    const QStringList postfix { QStringLiteral("master"), QStringLiteral("smtpd"),
        QStringLiteral("postscreen") };
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
        m_remoteLines.feed(
            chunk, [this](QByteArrayView line) { m_counters.addLine(line); }, [] {});
        Q_EMIT countersUpdated();
    });
    connect(m_remoteLog, &CommandJob::finished, this, [this](const Result<CommandOutput> &r) {
        m_remoteLog = nullptr;
        if (!r)
            Q_EMIT logFailed(r.error());
        else if (r->exitCode != 0)
            Q_EMIT logFailed(
                Error { Error::Code::ProcessFailed, QString::fromLocal8Bit(r->stdErr).trimmed() });
        m_remoteLogRetry.start();
    });
}

QStringList GatewayMonitor::suspectQueueIds(const QStringList &logLines)
{
    // Postfix queue ids: short (hex, 6 to 12 characters) or long (base 52
    // with a 'z' separator) form, as a service logs them ("queue_id=..." or
    // "ID: ...").
    static const QRegularExpression idRe(
        QStringLiteral("(?:queue[_ ]id[=: "
                       "]+|\\b)([0-9A-F]{6,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,15}z[0-9B-DF-HJ-NP-TV-"
                       "Zb-df-hj-np-tv-z]{5,10})\\b"));
    static const QRegularExpression crashRe(
        QStringLiteral("\\b(fatal|panic|crash(ed)?|abort(ed)?|segfault|segmentation fault|core dumped|killed|"
                       "poison|exiting)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pidRe(QStringLiteral("\\[(\\d+)\\]"));
    const auto idsOf = [](const QString &line) {
        QStringList found;
        if (!line.contains(QLatin1String("queue"), Qt::CaseInsensitive)
            && !line.contains(QLatin1String("ID")))
            return found;
        auto m = idRe.globalMatch(line);
        while (m.hasNext())
            found << m.next().captured(1);
        return found;
    };
    const auto pidOf = [](const QString &line) { return pidRe.match(line).captured(1); };
    // Only what the evidence ties to a death is a suspect, never every
    // message the service handled well before it: the ids on a line that
    // reports the crash, or else on the last line with ids that the dying
    // process wrote before it; without crash lines, the ids on the last line
    // of each process that a new one followed. The last logged comes first.
    QStringList ids;
    const auto add = [&ids](const QStringList &found) {
        for (const QString &id : found) {
            if (!ids.contains(id))
                ids << id;
        }
    };
    for (qsizetype i = logLines.size() - 1; i >= 0; --i) {
        const QString &line = logLines.at(i);
        if (!crashRe.match(line).hasMatch())
            continue;
        QStringList found = idsOf(line);
        const QString pid = pidOf(line);
        for (qsizetype j = i - 1; found.isEmpty() && j >= 0; --j) {
            if (pidOf(logLines.at(j)) != pid)
                continue;
            found = idsOf(logLines.at(j));
            // An earlier crash line ends the search: what came before it
            // belongs to that death.
            if (crashRe.match(logLines.at(j)).hasMatch())
                break;
        }
        add(found);
    }
    if (!ids.isEmpty())
        return ids;
    for (qsizetype i = logLines.size() - 2; i >= 0; --i) {
        const QString pid = pidOf(logLines.at(i));
        if (!pid.isEmpty() && pidOf(logLines.at(i + 1)) != pid && !pidOf(logLines.at(i + 1)).isEmpty())
            add(idsOf(logLines.at(i)));
    }
    return ids;
}

void GatewayMonitor::hold(const QString &queueId)
{
    if (!PostfixCommands::isQueueId(queueId)) {
        Q_EMIT holdFinished(queueId,
            Status::failure(Error::Code::InvalidInput, tr("\"%1\" is not a Postfix queue id").arg(queueId)));
        return;
    }
    if (!m_action || m_action->isRunning()) {
        Q_EMIT holdFinished(
            queueId, Status::failure(Error::Code::Other, tr("another queue action is still running")));
        return;
    }
    m_holding = queueId;
    m_holdingAuto = false;
    m_holdingWhy.clear();
    m_actingIds = { queueId };
    m_action->start(QueueAction::Kind::Hold, { queueId });
}

bool GatewayMonitor::act(QueueAction::Kind kind, const QStringList &queueIds)
{
    if (!m_action || m_action->isRunning())
        return false;
    m_actingIds = queueIds;
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
    m_matcher->start(m_transport, PostfixCommands(m_profile).listQueue());
}

} // namespace MailOps
