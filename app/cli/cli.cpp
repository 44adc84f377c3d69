#include "cli.h"

#include "net/gatewayhealthcheck.h"
#include "settings/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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

} // namespace

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list = {
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
