#include "cli.h"

#include "diagnostics/guidedrun.h"
#include "dns/dnsblchecker.h"
#include "dns/dnsserver.h"
#include "dns/resolver.h"
#include "monitor/gatewaymonitor.h"
#include "maillog/maillogcheck.h"
#include "message/messagelinter.h"
#include "queue/queuereader.h"
#include "queue/messageexporter.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "message/queuescanner.h"
#include "net/gatewayhealthcheck.h"
#include "services/nagiosservicecheck.h"
#include "settings/profilestore.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QTimer>
#include <QFile>
#include <QHostAddress>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QDateTime>
#include <QSet>

#include <cstring>

namespace MailOps {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Loads the profiles and picks one by name (or the current one); reports
// problems with the settings on stderr without stopping.
bool pickProfile(const QString &name, GatewayProfile *profile)
{
    ProfileStore store;
    store.load();
    for (const QString &w : store.loadWarnings())
        err() << "mailops: " << w << Qt::endl;
    if (name.isEmpty()) {
        *profile = store.current();
        return true;
    }
    const int index = store.indexOf(name);
    if (index < 0) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "no gateway profile named \"%1\"").arg(name) << Qt::endl;
        return false;
    }
    *profile = store.at(index);
    return true;
}

int cmdProfiles(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli", "List the gateway profiles."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    ProfileStore store;
    store.load();
    for (const QString &w : store.loadWarnings())
        err() << "mailops: " << w << Qt::endl;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const GatewayProfile &g : store.profiles()) {
            list.append(QJsonObject {
                { QStringLiteral("name"), g.name },
                { QStringLiteral("transport"), GatewayProfile::transportName(g.transport) },
                { QStringLiteral("sshHost"), g.sshHost },
                { QStringLiteral("serviceBackend"), GatewayProfile::backendName(g.serviceBackend) },
                { QStringLiteral("dnsServer"), g.dnsServer },
                { QStringLiteral("dnsPort"), g.dnsPort },
                { QStringLiteral("smtpHost"), g.smtpHost },
                { QStringLiteral("smtpPort"), g.smtpPort },
                { QStringLiteral("mailLogPath"), g.mailLogPath },
                { QStringLiteral("current"), g.name == store.current().name },
            });
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const GatewayProfile &g : store.profiles()) {
        out() << (g.name == store.current().name ? "* " : "  ") << g.name << "  ("
              << GatewayProfile::transportName(g.transport)
              << (g.transport == GatewayProfile::Transport::Ssh ? QStringLiteral(" ") + g.sshHost : QString()) << ", "
              << GatewayProfile::backendName(g.serviceBackend) << ", SMTP " << g.smtpHost << ':' << g.smtpPort << ")"
              << Qt::endl;
    }
    return 0;
}

// Nagios-style: 0 OK, 2 CRITICAL, 3 UNKNOWN.
int cmdStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli", "Check that the gateway's SMTP service answers with a greeting."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("profile"), QCoreApplication::translate("MailOps::Cli", "Gateway profile to check (default: the current one)."), QCoreApplication::translate("MailOps::Cli", "name") });
    p.addOption({ QStringLiteral("timeout"), QCoreApplication::translate("MailOps::Cli", "Seconds to wait for the greeting (default 5)."), QCoreApplication::translate("MailOps::Cli", "seconds"), QStringLiteral("5") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    bool ok = false;
    const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "--timeout wants a number of seconds between 0 and 600") << Qt::endl;
        return 3;
    }
    GatewayHealthCheck check;
    check.setTimeout(int(timeout * 1000));
    QEventLoop loop;
    int code = 3;
    QJsonObject json { { QStringLiteral("profile"), profile.name },
                       { QStringLiteral("smtp"), QStringLiteral("%1:%2").arg(profile.smtpHost).arg(profile.smtpPort) } };
    QObject::connect(&check, &GatewayHealthCheck::finished, &loop, [&](const Result<GatewayHealthCheck::Answer> &r) {
        if (r.ok() && r->replyCode == 220) {
            code = 0;
            json.insert(QStringLiteral("status"), QStringLiteral("ok"));
            json.insert(QStringLiteral("greeting"), r->greeting);
            json.insert(QStringLiteral("elapsedMs"), r->elapsedMs);
        } else {
            code = 2;
            json.insert(QStringLiteral("status"), QStringLiteral("critical"));
            json.insert(QStringLiteral("error"), r.ok() ? r->greeting : r.error().message);
            if (!r.ok())
                json.insert(QStringLiteral("errorCode"), Error::codeName(r.error().code));
        }
        loop.quit();
    });
    check.start(profile.smtpHost, profile.smtpPort);
    loop.exec();
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (code == 0) {
        out() << "SMTP OK - " << profile.name << ": " << json.value(QStringLiteral("greeting")).toString()
              << " | time=" << json.value(QStringLiteral("elapsedMs")).toInteger() << "ms" << Qt::endl;
    } else {
        out() << "SMTP CRITICAL - " << profile.name << ": " << json.value(QStringLiteral("error")).toString() << Qt::endl;
    }
    return code;
}

// Script-friendly: 0 nothing wrong, 1 warnings, 2 failures, 3 could not check.
int exitCodeFor(CheckItem::Verdict v)
{
    switch (v) {
    case CheckItem::Verdict::Fail: return 2;
    case CheckItem::Verdict::Error: return 3;
    case CheckItem::Verdict::Warning: return 1;
    default: return 0;
    }
}

// "--server ADDR[:PORT]" into the options; false (with a message) when unusable.
bool parseServer(const QString &text, QString *address, quint16 *port)
{
    const Result<DnsServer> server = DnsServer::parse(text);
    if (!server) {
        err() << "mailops: " << server.error().message << Qt::endl;
        return false;
    }
    *address = server->address.toString();
    *port = server->port;
    return true;
}

int cmdDiagnose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Why is mail for DOMAIN not arriving? Checks MX, addresses, reverse DNS, SMTP (greeting, EHLO, STARTTLS, "
        "recipient acceptance, never DATA), blocklists, SPF and DMARC, and prints an evidence report.\n"
        "Exit codes: 0 no problem found, 1 warnings, 2 failures, 3 could not check."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("domain"), QCoreApplication::translate("MailOps::Cli", "The domain that does not receive mail."));
    p.addOption({ QStringLiteral("ip"), QCoreApplication::translate("MailOps::Cli", "The sending IP (SPF, DNSBL, reverse DNS)."), QStringLiteral("ip") });
    p.addOption({ QStringLiteral("helo"), QCoreApplication::translate("MailOps::Cli", "The sender's HELO name, compared with its PTR."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("server"), QCoreApplication::translate("MailOps::Cli", "DNS server to ask (default: the system resolver)."), QStringLiteral("addr[:port]") });
    p.addOption({ QStringLiteral("smtp-port"), QCoreApplication::translate("MailOps::Cli", "Port to try on each MX (default 25)."), QStringLiteral("port"), QStringLiteral("25") });
    p.addOption({ QStringLiteral("lists"), QCoreApplication::translate("MailOps::Cli", "Blocklists to check, comma-separated."), QStringLiteral("zones") });
    p.addOption({ QStringLiteral("profile"), QCoreApplication::translate("MailOps::Cli", "Take DNS server, SMTP port and blocklists from this gateway profile."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("timeout"), QCoreApplication::translate("MailOps::Cli", "Seconds per network step (default 5)."), QStringLiteral("seconds"), QStringLiteral("5") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print the report as JSON.") });
    p.addOption({ QStringLiteral("markdown"), QCoreApplication::translate("MailOps::Cli", "Print the report as Markdown.") });
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << p.helpText();
        return 3;
    }
    GuidedRun::Options o;
    o.domain = p.positionalArguments().constFirst().trimmed().toLower();
    o.senderIp = p.value(QStringLiteral("ip"));
    o.helo = p.value(QStringLiteral("helo"));
    if (!o.senderIp.isEmpty() && QHostAddress(o.senderIp).isNull()) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "--ip wants an IPv4 or IPv6 address, not \"%1\"").arg(o.senderIp) << Qt::endl;
        return 3;
    }
    if (p.isSet(QStringLiteral("profile"))) {
        GatewayProfile profile;
        if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
            return 3;
        o.dnsServer = profile.dnsServer;
        o.dnsPort = profile.dnsPort;
        o.dnsbls = profile.dnsbls;
        if (profile == GatewayProfile::lab())
            o.smtpPort = profile.smtpPort;
    }
    if (p.isSet(QStringLiteral("server")) && !parseServer(p.value(QStringLiteral("server")), &o.dnsServer, &o.dnsPort))
        return 3;
    bool ok = false;
    const int port = p.value(QStringLiteral("smtp-port")).toInt(&ok);
    if (p.isSet(QStringLiteral("smtp-port"))) {
        if (!ok || port < 1 || port > 65535) {
            err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "--smtp-port wants a port number") << Qt::endl;
            return 3;
        }
        o.smtpPort = quint16(port);
    }
    if (p.isSet(QStringLiteral("lists")))
        o.dnsbls = p.value(QStringLiteral("lists")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 120) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "--timeout wants seconds between 0 and 120") << Qt::endl;
        return 3;
    }
    o.timeoutMs = int(timeout * 1000);

    GuidedRun run;
    QEventLoop loop;
    EvidenceReport report;
    QObject::connect(&run, &GuidedRun::finished, &loop, [&](const EvidenceReport &r) {
        report = r;
        loop.quit();
    });
    run.start(o);
    loop.exec();
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else if (p.isSet(QStringLiteral("markdown")))
        out() << report.toMarkdown();
    else
        out() << report.toText();
    out().flush();
    return exitCodeFor(report.overall());
}

int cmdDnsbl(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Check an IP address against DNS blocklists, all at once, and check that each list is alive (RFC 5782 "
        "test points): a list that lists everything is reported as dead.\n"
        "Exit codes: 0 not listed, 1 a list is dead or unusable, 2 listed, 3 could not check."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ip"), QCoreApplication::translate("MailOps::Cli", "IPv4 or IPv6 address."));
    p.addOption({ QStringLiteral("lists"), QCoreApplication::translate("MailOps::Cli", "File with one list zone per line (# comments)."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("zones"), QCoreApplication::translate("MailOps::Cli", "List zones, comma-separated."), QStringLiteral("zones") });
    p.addOption({ QStringLiteral("server"), QCoreApplication::translate("MailOps::Cli", "DNS server to ask (default: the system resolver)."), QStringLiteral("addr[:port]") });
    p.addOption({ QStringLiteral("no-liveness"), QCoreApplication::translate("MailOps::Cli", "Skip the test-point queries.") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << p.helpText();
        return 3;
    }
    const QHostAddress ip(p.positionalArguments().constFirst());
    if (ip.isNull()) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "\"%1\" is not an IP address").arg(p.positionalArguments().constFirst()) << Qt::endl;
        return 3;
    }
    QStringList zones = DnsblChecker::defaultLists();
    if (p.isSet(QStringLiteral("lists"))) {
        QFile f(p.value(QStringLiteral("lists")));
        if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20)) {
            err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "cannot read the list file %1").arg(f.fileName()) << Qt::endl;
            return 3;
        }
        const Result<QStringList> parsed = DnsblChecker::parseListFile(QString::fromUtf8(f.readAll()));
        if (!parsed) {
            err() << "mailops: " << f.fileName() << ": " << parsed.error().message << Qt::endl;
            return 3;
        }
        zones = parsed.value();
    }
    if (p.isSet(QStringLiteral("zones")))
        zones = p.value(QStringLiteral("zones")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    ResolverOptions ro;
    if (p.isSet(QStringLiteral("server"))) {
        QString address;
        quint16 port = 53;
        if (!parseServer(p.value(QStringLiteral("server")), &address, &port))
            return 3;
        ro.servers << DnsServer { QHostAddress(address), port };
    }
    DnsblOptions options;
    options.liveness = !p.isSet(QStringLiteral("no-liveness"));
    DnsblChecker checker(std::make_shared<Resolver>(ro), options);
    const DnsblReport report = checker.checkBlocking(ip, zones);
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText() << Qt::endl;
    return report.exitCode();
}

std::unique_ptr<Transport> transportFor(const GatewayProfile &profile);

// One read of the queue over the profile's transport, streamed through the parser.
Result<QueueSummary> readQueue(const GatewayProfile &profile, const std::function<void(const QueueEntry &)> &onEntry = {})
{
    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return Error { Error::Code::InvalidInput, QCoreApplication::translate("MailOps::Cli", "no usable ssh target in profile %1").arg(profile.name) };
    QueueReader reader;
    reader.setTimeout(120000);
    if (onEntry)
        reader.setEntryHandler(onEntry);
    Result<QueueSummary> result;
    QEventLoop loop;
    QObject::connect(&reader, &QueueReader::finished, &loop, [&](const Result<QueueSummary> &r) {
        result = r;
        loop.quit();
    });
    reader.start(transport.get(), PostfixCommands(profile).listQueue());
    loop.exec();
    return result;
}

// `check log`: events of one class in the last minutes of the mail log. The
// log is read here, so a gateway reached over SSH runs the check itself
// (NRPE and the like) or names a copy with --log.
int checkLog(const QCommandLineParser &p, const GatewayProfile &profile, int warning, int critical)
{
    const auto unknown = [](const QString &reason) {
        const NagiosServiceCheck::Output o = MailLogCheck::renderError(reason);
        out() << o.text << Qt::endl;
        return int(o.exitCode);
    };
    const std::optional<MailLogCheck::EventClass> cls = MailLogCheck::classFromName(p.value(QStringLiteral("class")));
    if (!cls)
        return unknown(QCoreApplication::translate("MailOps::Cli", "--class wants rejects, tempfails, bounces or deferred"));
    bool ok = false;
    const int minutes = p.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 7 * 24 * 60)
        return unknown(QCoreApplication::translate("MailOps::Cli", "--minutes wants 1 to 10080"));
    QString path = p.value(QStringLiteral("log"));
    if (path.isEmpty()) {
        if (profile.transport == GatewayProfile::Transport::Ssh)
            return unknown(QCoreApplication::translate("MailOps::Cli", "the mail log of %1 is on %2: run the check there or pass --log")
                               .arg(profile.name, profile.sshHost));
        path = profile.mailLogPath;
    }
    MailLogCheck check(minutes);
    if (const Status read = check.readTail(path); !read)
        return unknown(read.error().message);
    const NagiosServiceCheck::Output o = check.render(*cls, warning, critical);
    out() << o.text << Qt::endl;
    return int(o.exitCode);
}

int cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Monitoring-plugin checks (Nagios/Icinga): one status line with perfdata, exit 0 OK, 1 WARNING, 2 CRITICAL, "
        "3 UNKNOWN.\n  services  restarts per service (thresholds: restarts)\n  queue     messages in the queue "
        "(thresholds: messages)\n  log       events of --class in the mail log's last --minutes (thresholds: events)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("services | queue | log"));
    p.addOption({ QStringLiteral("profile"), QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("warning"), QCoreApplication::translate("MailOps::Cli", "Warning threshold."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("critical"), QCoreApplication::translate("MailOps::Cli", "Critical threshold."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("sample"), QCoreApplication::translate("MailOps::Cli", "services: watch this many seconds to count restarts (supervisord keeps no counter)."), QStringLiteral("seconds"), QStringLiteral("0") });
    p.addOption({ QStringLiteral("minutes"), QCoreApplication::translate("MailOps::Cli", "log: count events of the last M minutes."), QStringLiteral("m"), QStringLiteral("15") });
    p.addOption({ QStringLiteral("class"), QCoreApplication::translate("MailOps::Cli", "log: what to count: rejects, tempfails, bounces or deferred."), QStringLiteral("class"), QStringLiteral("rejects") });
    p.addOption({ QStringLiteral("log"), QCoreApplication::translate("MailOps::Cli", "log: the mail log to read (default: the profile's)."), QStringLiteral("file") });
    p.process(args);
    const QString what = p.positionalArguments().value(0);
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    bool okW = true, okC = true;
    const int warning = p.isSet(QStringLiteral("warning")) ? p.value(QStringLiteral("warning")).toInt(&okW) : -1;
    const int critical = p.isSet(QStringLiteral("critical")) ? p.value(QStringLiteral("critical")).toInt(&okC) : -1;
    if (!okW || !okC || (warning >= 0 && critical >= 0 && critical < warning)) {
        out() << "UNKNOWN - " << QCoreApplication::translate("MailOps::Cli", "--warning and --critical want numbers, critical >= warning") << Qt::endl;
        return 3;
    }
    if (what == QLatin1String("log"))
        return checkLog(p, profile, warning, critical);
    if (what == QLatin1String("services")) {
        GatewayMonitor monitor;
        monitor.setServiceInterval(1000);
        monitor.setQueueInterval(0);
        monitor.setSocketInterval(0);
        // A services check reads neither the queue nor the mail log.
        GatewayProfile servicesOnly = profile;
        servicesOnly.mailLogPath.clear();
        monitor.setProfile(servicesOnly);
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
        out() << o.text << Qt::endl;
        return int(o.exitCode);
    }
    if (what == QLatin1String("queue")) {
        const Result<QueueSummary> q = readQueue(profile);
        if (!q) {
            out() << "QUEUE UNKNOWN - " << q.error().message << Qt::endl;
            return 3;
        }
        const qint64 total = q->messages();
        const int code = (critical >= 0 && total >= critical) ? 2 : (warning >= 0 && total >= warning) ? 1 : 0;
        const char *label[] = { "OK", "WARNING", "CRITICAL" };
        const auto n = [&](QueueEntry::Queue queue) { return q->messages(queue); };
        out() << "QUEUE " << label[code] << " - " << total << " messages (active " << n(QueueEntry::Queue::Active)
              << ", deferred " << n(QueueEntry::Queue::Deferred) << ", hold " << n(QueueEntry::Queue::Hold)
              << ", incoming " << n(QueueEntry::Queue::Incoming) << ")"
              << " | total=" << total << ';' << (warning >= 0 ? QString::number(warning) : QString()) << ';'
              << (critical >= 0 ? QString::number(critical) : QString()) << ";0"
              << " active=" << n(QueueEntry::Queue::Active) << " deferred=" << n(QueueEntry::Queue::Deferred)
              << " hold=" << n(QueueEntry::Queue::Hold) << " incoming=" << n(QueueEntry::Queue::Incoming)
              << " bytes=" << q->bytes() << 'B' << Qt::endl;
        return code;
    }
    out() << "UNKNOWN - " << QCoreApplication::translate("MailOps::Cli", "check what? services, queue or log") << Qt::endl;
    return 3;
}

// Lints every queued message (postcat -bh) and reports the malformed ones.
int cmdScanQueue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Fetch each queued message and check it against RFC 5322 and MIME. Exit 0 none malformed, 1 malformed "
        "messages found, 3 could not scan."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("profile"), QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("limit"), QCoreApplication::translate("MailOps::Cli", "Scan at most this many messages (default 10000)."), QStringLiteral("n"), QStringLiteral("10000") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return 3;
    // The same scan as the console's: over the profile's transport, each
    // message linted as it streams from postcat.
    QueueScanner scanner(transport.get(), PostfixCommands(profile));
    scanner.setLimit(qBound(1, p.value(QStringLiteral("limit")).toInt(), 1000000));
    Result<QueueScanResult> result;
    QEventLoop loop;
    QObject::connect(&scanner, &QueueScanner::finished, &loop, [&](const Result<QueueScanResult> &r) {
        result = r;
        loop.quit();
    });
    scanner.scan();
    loop.exec();
    if (!result) {
        err() << "mailops: " << result.error().message << Qt::endl;
        return 3;
    }
    QJsonArray messages;
    int malformed = 0;
    for (const ScannedMessage &s : std::as_const(result->findings)) {
        const QueueEntry &e = s.entry;
        QJsonObject m { { QStringLiteral("queue_id"), e.queueId }, { QStringLiteral("queue"), e.queueName },
                        { QStringLiteral("sender"), e.sender } };
        if (!s.fetched) {
            m.insert(QStringLiteral("error"), s.fetchError);
            messages.append(m);
            continue;
        }
        QJsonArray defects;
        for (const MessageDefect &d : s.report.defects) {
            defects.append(QJsonObject { { QStringLiteral("code"), MessageDefect::codeName(d.code) },
                                         { QStringLiteral("severity"), MessageDefect::severityName(d.severity) },
                                         { QStringLiteral("line"), d.line },
                                         { QStringLiteral("part"), d.partPath },
                                         { QStringLiteral("message"), d.message } });
        }
        m.insert(QStringLiteral("malformed"), s.report.hasErrors());
        m.insert(QStringLiteral("defects"), defects);
        malformed += s.report.hasErrors() ? 1 : 0;
        messages.append(m);
        if (!p.isSet(QStringLiteral("json")))
            out() << e.queueId << " (" << e.queueName << ", from " << e.sender << "): "
                  << s.report.codeNames().join(QStringLiteral(", ")) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject { { QStringLiteral("listed"), result->listed },
                                             { QStringLiteral("scanned"), result->scanned },
                                             { QStringLiteral("vanished"), result->vanished },
                                             { QStringLiteral("malformed"), malformed },
                                             { QStringLiteral("messages"), messages } })
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << QCoreApplication::translate("MailOps::Cli", "%1 messages scanned, %2 malformed").arg(result->scanned).arg(malformed) << Qt::endl;
    }
    return malformed > 0 ? 1 : 0;
}

// The profile's transport, or nullptr after saying why not.
std::unique_ptr<Transport> transportFor(const GatewayProfile &profile)
{
    Result<std::unique_ptr<Transport>> transport = Transport::forProfile(profile);
    if (!transport) {
        err() << "mailops: " << transport.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(transport).value();
}

int cmdQueueExport(const QCommandLineParser &p, const GatewayProfile &profile)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("output"))) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "usage: mailops queue export ID --output FILE.eml [--overwrite]") << Qt::endl;
        return 3;
    }
    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return 3;
    MessageExporter exporter(transport.get(), PostfixCommands(profile));
    Result<ExportedMessage> result;
    QEventLoop loop;
    QObject::connect(&exporter, &MessageExporter::finished, &loop, [&](const Result<ExportedMessage> &r) {
        result = r;
        loop.quit();
    });
    exporter.start(pos.at(1), p.value(QStringLiteral("output")), p.isSet(QStringLiteral("overwrite")));
    loop.exec();
    if (!result) {
        err() << "mailops: " << result.error().message << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("MailOps::Cli", "Saved %1 to %2 (%3 bytes)").arg(result->queueId, result->filePath).arg(result->bytes) << Qt::endl;
    return 0;
}

// Acts on queued messages chosen by id, by filter over a fresh listing, or both.
int cmdQueue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Act on queued messages: hold, release, requeue, retry (deliver now), delete (silently), bounce (return to "
        "the sender now), or export one message as an .eml file.\n"
        "Messages are chosen by queue id ('-' reads ids from stdin), by filter, or both (then the listed ids that "
        "match). delete and bounce need --yes.\n"
        "Exit codes: 0 done, 1 nothing done (--yes missing) or ids refused, 2 the gateway reported an error, "
        "3 could not run."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("hold | release | requeue | retry | delete | bounce | export"));
    p.addPositionalArgument(QStringLiteral("ids"), QCoreApplication::translate("MailOps::Cli", "Queue ids."), QStringLiteral("[ids...]"));
    p.addOption({ QStringLiteral("profile"), QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("domain"), QCoreApplication::translate("MailOps::Cli", "Recipient domain; .example.com for its subdomains; comma-separated alternatives."), QStringLiteral("domain") });
    p.addOption({ QStringLiteral("sender"), QCoreApplication::translate("MailOps::Cli", "Sender address, @domain, or <> for the null sender."), QStringLiteral("address") });
    p.addOption({ QStringLiteral("reason"), QCoreApplication::translate("MailOps::Cli", "Text in the delay reason, or its pattern as the monitor groups it."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("queue"), QCoreApplication::translate("MailOps::Cli", "Queue: deferred, hold, active, incoming, maildrop."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("older-than"), QCoreApplication::translate("MailOps::Cli", "Minimum age in minutes (or with s, m, h, d)."), QStringLiteral("min") });
    p.addOption({ QStringLiteral("dry-run"), QCoreApplication::translate("MailOps::Cli", "Print the selected ids and do nothing.") });
    p.addOption({ QStringLiteral("yes"), QCoreApplication::translate("MailOps::Cli", "Really delete or bounce.") });
    p.addOption({ QStringLiteral("output"), QCoreApplication::translate("MailOps::Cli", "export: the .eml file to write."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("overwrite"), QCoreApplication::translate("MailOps::Cli", "export: replace an existing file.") });
    p.process(args);
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        err() << p.helpText();
        return 3;
    }
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    if (pos.constFirst() == u"export")
        return cmdQueueExport(p, profile);
    const std::optional<QueueAction::Kind> kind = QueueAction::kindFromName(pos.constFirst());
    if (!kind) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "unknown queue action \"%1\"").arg(pos.constFirst()) << Qt::endl;
        return 3;
    }

    QStringList ids = pos.mid(1);
    if (ids == QStringList { QStringLiteral("-") }) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) // 64 MB is millions of ids
            return 3;
        ids = QString::fromLatin1(in.read(64 * 1024 * 1024)).split(u'\n', Qt::SkipEmptyParts);
        for (QString &id : ids)
            id = id.trimmed();
    }
    // Refused here, so that neither a dry run nor a confirmation lists them,
    // and ids that were all refused never widen a filter to the whole queue.
    const bool idsGiven = !ids.isEmpty() || pos.size() > 1;
    QStringList refused;
    ids.removeIf([&](const QString &id) {
        if (PostfixCommands::isQueueId(id))
            return false;
        refused << id;
        return true;
    });
    if (!refused.isEmpty())
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "not queue ids, ignored: %1").arg(refused.mid(0, 10).join(QStringLiteral(", "))) << Qt::endl;
    if (idsGiven && ids.isEmpty()) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "no valid queue id given; nothing done") << Qt::endl;
        return 1;
    }
    QMap<QString, QString> criteria;
    for (const QString &name : QueueFilter::optionNames()) {
        if (p.isSet(name))
            criteria.insert(name, p.value(name));
    }
    const Result<QueueFilter> filter = QueueFilter::parse(criteria);
    if (!filter) {
        err() << "mailops: " << filter.error().message << Qt::endl;
        return 3;
    }
    if (ids.isEmpty() && filter->isEmpty()) {
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "name queue ids or a filter (--domain, --sender, --reason, --queue, --older-than); nothing is chosen by default") << Qt::endl;
        return 3;
    }

    QStringList selected;
    QStringList shown; // a few, to say what is about to happen
    constexpr int kShown = 20;
    if (filter->isEmpty()) {
        selected = ids;
        shown = ids.mid(0, kShown);
    } else {
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Result<QueueSummary> q = readQueue(profile, [&](const QueueEntry &e) {
            if ((!wanted.isEmpty() && !wanted.contains(e.queueId)) || !filter->matches(e, now))
                return;
            selected << e.queueId;
            if (shown.size() < kShown)
                shown << QStringLiteral("%1  %2  %3 -> %4").arg(e.queueId, e.queueName,
                                                               e.sender.isEmpty() ? QStringLiteral("<>") : e.sender,
                                                               e.recipients.isEmpty() ? QString() : e.recipients.constFirst().address);
        });
        if (!q) {
            err() << "mailops: " << q.error().message << Qt::endl;
            return 3;
        }
    }
    if (selected.isEmpty()) {
        out() << QCoreApplication::translate("MailOps::Cli", "No queued message matches (%1).").arg(filter->describe()) << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        for (const QString &id : std::as_const(selected))
            out() << id << Qt::endl;
        err() << QCoreApplication::translate("MailOps::Cli", "%1 messages selected; nothing done (--dry-run)").arg(selected.size()) << Qt::endl;
        return refused.isEmpty() ? 0 : 1;
    }
    if (QueueAction::isDestructive(*kind) && !p.isSet(QStringLiteral("yes"))) {
        out() << QueueAction::confirmationText(*kind, selected.size(), *filter) << Qt::endl;
        for (const QString &line : std::as_const(shown))
            out() << "  " << line << Qt::endl;
        if (selected.size() > shown.size())
            out() << "  " << QCoreApplication::translate("MailOps::Cli", "... and %1 more").arg(selected.size() - shown.size()) << Qt::endl;
        err() << "mailops: " << QCoreApplication::translate("MailOps::Cli", "nothing done; run again with --yes to %1 them").arg(pos.constFirst()) << Qt::endl;
        return 1;
    }

    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return 3;
    QueueAction action(transport.get(), PostfixCommands(profile));
    QueueAction::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&action, &QueueAction::finished, &loop, [&](const QueueAction::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    action.start(*kind, selected);
    loop.exec();
    out() << QueueAction::describeOutcome(outcome) << Qt::endl;
    return !outcome.errors.isEmpty() ? 2 : (outcome.invalidCount > 0 || !refused.isEmpty()) ? 1 : 0;
}

} // namespace

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list = {
        { QStringLiteral("diagnose"), QCoreApplication::translate("MailOps::Cli", "why is mail for a domain not arriving? (evidence report)"), cmdDiagnose },
        { QStringLiteral("dnsbl"), QCoreApplication::translate("MailOps::Cli", "check an IP against blocklists, with list liveness"), cmdDnsbl },
        { QStringLiteral("check"), QCoreApplication::translate("MailOps::Cli", "monitoring-plugin checks: services, queue, log"), cmdCheck },
        { QStringLiteral("queue"), QCoreApplication::translate("MailOps::Cli", "hold, release, requeue, retry, delete, bounce or export queued messages"), cmdQueue },
        { QStringLiteral("scan-queue"), QCoreApplication::translate("MailOps::Cli", "lint every queued message, name the malformed ones"), cmdScanQueue },
        { QStringLiteral("status"), QCoreApplication::translate("MailOps::Cli", "check that the gateway answers (Nagios exit codes)"), cmdStatus },
        { QStringLiteral("profiles"), QCoreApplication::translate("MailOps::Cli", "list the gateway profiles"), cmdProfiles },
    };
    return list;
}

bool Cli::wantsCli(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *flag : { "-h", "--help", "--help-all", "-v", "--version" }) {
        if (std::strcmp(first, flag) == 0)
            return true;
    }
    const QString name = QString::fromLocal8Bit(first);
    for (const Command &c : commands()) {
        if (c.name == name)
            return true;
    }
    return false;
}

QString Cli::usage()
{
    QString text = QCoreApplication::translate("MailOps::Cli", "Usage: mailops [options]            open the console\n"
                      "       mailops COMMAND [options]    run a command without a display\n\n"
                      "Console options:\n"
                      "  --profile NAME      open on this gateway profile\n"
                      "  --panel N           open on panel N (1-5)\n"
                      "  --theme MODE        system, light or dark\n"
                      "  --screenshot FILE   save a picture of the window and quit\n"
                      "  --diagnose DOMAIN   open on Diagnostics and run \"why is mail not arriving?\"\n\n"
                      "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(20), c.summary);
    text += QCoreApplication::translate("MailOps::Cli", "\nRun 'mailops COMMAND --help' for a command's options.\n");
    return text;
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (first == QLatin1String("-h") || first.startsWith(QLatin1String("--help"))) {
        out() << usage();
        return 0;
    }
    for (const Command &c : commands()) {
        if (c.name == first)
            return c.run(arguments.mid(1));
    }
    err() << usage();
    return 3;
}

} // namespace MailOps
