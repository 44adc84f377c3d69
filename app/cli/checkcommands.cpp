#include "checkcommands.h"

#include "journal/journalsink.h"
#include "maillog/maillogcheck.h"
#include "monitor/deliveryverdict.h"
#include "monitor/gatewaymonitor.h"
#include "queue/postfixcommands.h"
#include "queue/queuecheck.h"
#include "queue/queuereader.h"
#include "services/nagiosservicecheck.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "transport/transport.h"

#include <QCommandLineParser>
#include <QTimer>

namespace MailOps {

// One read of the queue over the profile's transport, streamed through the parser.
Result<QueueSummary> CheckCommands::readQueue(
    const GatewayProfile &profile, const std::function<void(const QueueEntry &)> &onEntry)
{
    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return Error { Error::Code::InvalidInput,
            QCoreApplication::translate("MailOps::Cli", "no usable ssh target in profile %1")
                .arg(profile.name) };
    QueueReader reader;
    reader.setTimeout(120000);
    if (onEntry)
        reader.setEntryHandler(onEntry);
    return await<Result<QueueSummary>>(&reader, &QueueReader::finished,
        [&] { reader.start(transport.get(), PostfixCommands(profile).listQueue()); });
}

// `check log`: events of one class in the last minutes of the mail log. The
// log is read here, so a gateway reached over SSH runs the check itself
// (NRPE and the like) or names a copy with --log.
int CheckCommands::checkLog(
    const QCommandLineParser &p, const GatewayProfile &profile, int warning, int critical)
{
    const auto unknown = [](const QString &reason) { return print(MailLogCheck::renderError(reason)); };
    const std::optional<MailLogCheck::EventClass> cls
        = MailLogCheck::classFromName(p.value(QStringLiteral("class")));
    if (!cls)
        return unknown(QCoreApplication::translate(
            "MailOps::Cli", "--class wants rejects, tempfails, bounces or deferred"));
    bool ok = false;
    const int minutes = p.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 7 * 24 * 60)
        return unknown(QCoreApplication::translate("MailOps::Cli", "--minutes wants 1 to 10080"));
    QString path = p.value(QStringLiteral("log"));
    if (path.isEmpty()) {
        if (profile.transport == GatewayProfile::Transport::Ssh)
            return unknown(QCoreApplication::translate(
                "MailOps::Cli", "the mail log of %1 is on %2: run the check there or pass --log")
                               .arg(profile.name, profile.sshHost));
        path = profile.mailLogPath;
    }
    MailLogCheck check(minutes);
    if (const Status read = check.readTail(path); !read)
        return unknown(read.error().message);
    return print(check.render(*cls, warning, critical));
}

// `check services`: restarts per service over the profile's service backend,
// watched --sample seconds because supervisord keeps no counter.
int CheckCommands::checkServices(
    const QCommandLineParser &p, const GatewayProfile &profile, int warning, int critical)
{
    // A services check reads neither the queue nor the mail log, and records
    // nothing: a monitoring system runs it every few minutes.
    GatewayProfile servicesOnly = profile;
    servicesOnly.mailLogPath.clear();
    SessionFactory factory;
    NullJournalSink noJournal;
    const std::unique_ptr<GatewaySession> session = factory.create(servicesOnly, &noJournal);
    GatewayMonitor &monitor = *session->monitor();
    monitor.setServiceInterval(1000);
    monitor.setQueueInterval(0);
    monitor.setSocketInterval(0);
    QEventLoop loop;
    std::optional<Error> failure;
    int polls = 0;
    const int sample = qBound(0, p.value(QStringLiteral("sample")).toInt(), 3600);
    QObject::connect(&monitor, &GatewayMonitor::servicesUpdated, &loop, [&] {
        if (++polls > sample)
            loop.quit();
    });
    QObject::connect(&monitor, &GatewayMonitor::servicesFailed, &loop, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    QTimer::singleShot((sample + 30) * 1000, &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();
    NagiosServiceCheck::Output o;
    if (failure) {
        o = NagiosServiceCheck::renderError(*failure);
    } else {
        NagiosServiceCheck::Thresholds t;
        if (warning >= 0)
            t.warningRestarts = warning;
        if (critical >= 0)
            t.criticalRestarts = critical;
        o = NagiosServiceCheck::render(monitor.services(), t, monitor.activeAlerts());
    }
    return print(o);
}

int CheckCommands::check(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Monitoring-plugin checks (Nagios/Icinga): one status line with perfdata, exit 0 OK, 1 WARNING, 2 "
        "CRITICAL, "
        "3 UNKNOWN.\n  services  restarts per service (thresholds: restarts)\n  queue     messages in the "
        "queue "
        "(thresholds: messages; whatever they are, a queue mostly deferred is CRITICAL and many deferred "
        "while mail "
        "still leaves WARNING)\n  log       events of --class in the mail log's last --minutes (thresholds: "
        "events)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("services | queue | log"));
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("warning"),
        QCoreApplication::translate("MailOps::Cli", "Warning threshold."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("critical"),
        QCoreApplication::translate("MailOps::Cli", "Critical threshold."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("sample"),
        QCoreApplication::translate("MailOps::Cli",
            "services: watch this many seconds to count restarts (supervisord keeps no counter)."),
        QStringLiteral("seconds"), QStringLiteral("0") });
    p.addOption({ QStringLiteral("minutes"),
        QCoreApplication::translate("MailOps::Cli", "log: count events of the last M minutes."),
        QStringLiteral("m"), QStringLiteral("15") });
    p.addOption({ QStringLiteral("class"),
        QCoreApplication::translate(
            "MailOps::Cli", "log: what to count: rejects, tempfails, bounces or deferred."),
        QStringLiteral("class"), QStringLiteral("rejects") });
    p.addOption({ QStringLiteral("log"),
        QCoreApplication::translate("MailOps::Cli", "log: the mail log to read (default: the profile's)."),
        QStringLiteral("file") });
    p.process(args);
    const QString what = p.positionalArguments().value(0);
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    bool okW = true, okC = true;
    const int warning
        = p.isSet(QStringLiteral("warning")) ? p.value(QStringLiteral("warning")).toInt(&okW) : -1;
    const int critical
        = p.isSet(QStringLiteral("critical")) ? p.value(QStringLiteral("critical")).toInt(&okC) : -1;
    if (!okW || !okC || (warning >= 0 && critical >= 0 && critical < warning)) {
        out() << "UNKNOWN - "
              << QCoreApplication::translate(
                     "MailOps::Cli", "--warning and --critical want numbers, critical >= warning")
              << Qt::endl;
        return 3;
    }
    if (what == QLatin1String("log"))
        return checkLog(p, profile, warning, critical);
    if (what == QLatin1String("services"))
        return checkServices(p, profile, warning, critical);
    if (what == QLatin1String("queue")) {
        const Result<QueueSummary> q = readQueue(profile);
        if (!q)
            return print(QueueCheck::renderError(q.error()));
        // The window's verdict from the queue alone: most of it deferred is
        // CRITICAL, many deferred while some leaves WARNING, whatever the size.
        DeliveryVerdict::Input in;
        in.queue = q.value();
        const DeliveryVerdict v = DeliveryVerdict::judge(in);
        const int level = v.level == DeliveryVerdict::Level::Critical ? PluginOutput::Critical
            : v.level == DeliveryVerdict::Level::Warning              ? PluginOutput::Warning
                                                                      : PluginOutput::Ok;
        return print(QueueCheck::render(q.value(), warning, critical, level, level ? v.text : QString()));
    }
    out() << "UNKNOWN - " << QCoreApplication::translate("MailOps::Cli", "check what? services, queue or log")
          << Qt::endl;
    return 3;
}

} // namespace MailOps
