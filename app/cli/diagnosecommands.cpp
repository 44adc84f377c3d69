#include "diagnosecommands.h"

#include "diagnostics/evidencereport.h"
#include "diagnostics/guidedrun.h"
#include "dns/dnsblchecker.h"
#include "dns/dnsserver.h"
#include "dns/resolver.h"
#include "settings/gatewayprofile.h"
#include "transport/transport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>

namespace MailOps {

int DiagnoseCommands::exitCodeFor(CheckItem::Verdict v)
{
    switch (v) {
    case CheckItem::Verdict::Fail:
        return 2;
    case CheckItem::Verdict::Error:
        return 3;
    case CheckItem::Verdict::Warning:
        return 1;
    default:
        return 0;
    }
}

int DiagnoseCommands::diagnose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Why is mail for DOMAIN not arriving? Checks MX, addresses, reverse DNS, SMTP (greeting, EHLO, "
        "STARTTLS, "
        "recipient acceptance, never DATA), blocklists, SPF and DMARC, and prints an evidence report.\n"
        "Exit codes: 0 no problem found, 1 warnings, 2 failures, 3 could not check."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("domain"),
        QCoreApplication::translate("MailOps::Cli", "The domain that does not receive mail."));
    p.addOption({ QStringLiteral("ip"),
        QCoreApplication::translate("MailOps::Cli", "The sending IP (SPF, DNSBL, reverse DNS)."),
        QStringLiteral("ip") });
    p.addOption({ QStringLiteral("helo"),
        QCoreApplication::translate("MailOps::Cli", "The sender's HELO name, compared with its PTR."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("server"),
        QCoreApplication::translate(
            "MailOps::Cli", "DNS server to ask (default: the profile's, else the system resolver)."),
        QStringLiteral("addr[:port]") });
    p.addOption({ QStringLiteral("smtp-port"),
        QCoreApplication::translate(
            "MailOps::Cli", "Port to try on each MX (default: the profile's, else 25)."),
        QStringLiteral("port"), QStringLiteral("25") });
    p.addOption({ QStringLiteral("lists"),
        QCoreApplication::translate("MailOps::Cli", "Blocklists to check, comma-separated."),
        QStringLiteral("zones") });
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli",
            "Take DNS server, SMTP port, blocklists and Postfix policy from this gateway profile (default: "
            "the "
            "current one, as the console)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("no-profile"),
        QCoreApplication::translate("MailOps::Cli",
            "Use no gateway profile: the system resolver, port 25, the default blocklists, no Postfix "
            "policy.") });
    p.addOption({ QStringLiteral("timeout"),
        QCoreApplication::translate("MailOps::Cli", "Seconds per network step (default 5)."),
        QStringLiteral("seconds"), QStringLiteral("5") });
    p.addOption(
        { QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print the report as JSON.") });
    p.addOption({ QStringLiteral("markdown"),
        QCoreApplication::translate("MailOps::Cli", "Print the report as Markdown.") });
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << p.helpText();
        return 3;
    }
    const QString domain = p.positionalArguments().constFirst();
    if (p.isSet(QStringLiteral("profile")) && p.isSet(QStringLiteral("no-profile"))) {
        complain(
            QCoreApplication::translate("MailOps::Cli", "--profile and --no-profile exclude each other"));
        return 3;
    }
    GuidedRun::Options o;
    o.domain = domain.trimmed().toLower();
    // Like the window, the command diagnoses through the current profile
    // unless told otherwise: the same DNS server, port and lists, so both
    // give the same answer.
    std::unique_ptr<Transport> transport;
    QString transportError;
    if (!p.isSet(QStringLiteral("no-profile"))) {
        GatewayProfile profile;
        if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
            return 3;
        o = GuidedRun::Options::forProfile(profile, domain);
        Result<std::unique_ptr<Transport>> made = Transport::forProfile(profile);
        if (made)
            transport = std::move(made).value();
        else
            transportError = made.error().message;
    }
    o.senderIp = p.value(QStringLiteral("ip"));
    o.helo = p.value(QStringLiteral("helo"));
    if (!o.senderIp.isEmpty() && QHostAddress(o.senderIp).isNull()) {
        complain(QCoreApplication::translate("MailOps::Cli", "--ip wants an IPv4 or IPv6 address, not \"%1\"")
                     .arg(o.senderIp));
        return 3;
    }
    if (p.isSet(QStringLiteral("server"))
        && !parseServer(p.value(QStringLiteral("server")), &o.dnsServer, &o.dnsPort))
        return 3;
    bool ok = false;
    const int port = p.value(QStringLiteral("smtp-port")).toInt(&ok);
    if (p.isSet(QStringLiteral("smtp-port"))) {
        if (!ok || port < 1 || port > 65535) {
            complain(QCoreApplication::translate("MailOps::Cli", "--smtp-port wants a port number"));
            return 3;
        }
        o.smtpPort = quint16(port);
    }
    if (p.isSet(QStringLiteral("lists")))
        o.dnsbls = p.value(QStringLiteral("lists")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 120) {
        complain(QCoreApplication::translate("MailOps::Cli", "--timeout wants seconds between 0 and 120"));
        return 3;
    }
    o.timeoutMs = int(timeout * 1000);

    GuidedRun run(journal());
    run.setTransport(transport.get(),
        p.isSet(QStringLiteral("no-profile"))
            ? QCoreApplication::translate("MailOps::Cli", "--no-profile: no gateway to read a policy from")
            : transportError);
    const EvidenceReport report = await<EvidenceReport>(&run, &GuidedRun::finished, [&] { run.start(o); });
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else if (p.isSet(QStringLiteral("markdown")))
        out() << safe(report.toMarkdown());
    else
        out() << safe(report.toText());
    out().flush();
    return exitCodeFor(report.overall());
}

int DiagnoseCommands::dnsbl(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Check an IP address against DNS blocklists, all at once, and check that each list is alive (RFC "
        "5782 "
        "test points): a list that lists everything is reported as dead.\n"
        "Exit codes: 0 not listed, 1 a list is dead or unusable, 2 listed, 3 could not check."));
    p.addHelpOption();
    p.addPositionalArgument(
        QStringLiteral("ip"), QCoreApplication::translate("MailOps::Cli", "IPv4 or IPv6 address."));
    p.addOption({ QStringLiteral("lists"),
        QCoreApplication::translate("MailOps::Cli", "File with one list zone per line (# comments)."),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("zones"),
        QCoreApplication::translate("MailOps::Cli", "List zones, comma-separated."),
        QStringLiteral("zones") });
    p.addOption({ QStringLiteral("server"),
        QCoreApplication::translate("MailOps::Cli", "DNS server to ask (default: the system resolver)."),
        QStringLiteral("addr[:port]") });
    p.addOption({ QStringLiteral("no-liveness"),
        QCoreApplication::translate("MailOps::Cli", "Skip the test-point queries.") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << p.helpText();
        return 3;
    }
    const QHostAddress ip(p.positionalArguments().constFirst());
    if (ip.isNull()) {
        complain(QCoreApplication::translate("MailOps::Cli", "\"%1\" is not an IP address")
                     .arg(p.positionalArguments().constFirst()));
        return 3;
    }
    QStringList zones = DnsblChecker::defaultLists();
    if (p.isSet(QStringLiteral("lists"))) {
        QFile f(p.value(QStringLiteral("lists")));
        if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20)) {
            complain(QCoreApplication::translate("MailOps::Cli", "cannot read the list file %1")
                         .arg(f.fileName()));
            return 3;
        }
        const Result<QStringList> parsed = DnsblChecker::parseListFile(QString::fromUtf8(f.readAll()));
        if (!parsed) {
            complain(f.fileName() + QStringLiteral(": ") + parsed.error().message);
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
        out() << safe(report.toText()) << Qt::endl;
    return report.exitCode();
}

} // namespace MailOps
