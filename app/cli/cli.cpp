#include "cli.h"

#include "cli/checkcommands.h"
#include "cli/clisupport.h"
#include "cli/diagnosecommands.h"
#include "cli/incidentcommands.h"
#include "cli/policycommands.h"
#include "cli/profilecommands.h"
#include "cli/queuecommands.h"
#include "cli/timelinecommands.h"

#include <QCoreApplication>
#include <cstring>

namespace MailOps {

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list = {
        { QStringLiteral("diagnose"),
            QCoreApplication::translate(
                "MailOps::Cli", "why is mail for a domain not arriving? (evidence report)"),
            DiagnoseCommands::diagnose },
        { QStringLiteral("dnsbl"),
            QCoreApplication::translate("MailOps::Cli", "check an IP against blocklists, with list liveness"),
            DiagnoseCommands::dnsbl },
        { QStringLiteral("check"),
            QCoreApplication::translate("MailOps::Cli", "monitoring-plugin checks: services, queue, log"),
            CheckCommands::check },
        { QStringLiteral("queue"),
            QCoreApplication::translate(
                "MailOps::Cli", "hold, release, requeue, retry, delete, bounce or export queued messages"),
            QueueCommands::queue },
        { QStringLiteral("scan-queue"),
            QCoreApplication::translate("MailOps::Cli", "lint every queued message, name the malformed ones"),
            QueueCommands::scanQueue },
        { QStringLiteral("policy"),
            QCoreApplication::translate(
                "MailOps::Cli", "policy versions: log, show, diff, lint, apply safely, confirm, roll back"),
            PolicyCommands::policy },
        { QStringLiteral("incident"),
            QCoreApplication::translate(
                "MailOps::Cli", "run an incident: open, note, status, list, export the postmortem draft"),
            IncidentCommands::incident },
        { QStringLiteral("notice"),
            QCoreApplication::translate(
                "MailOps::Cli", "an incident's notices: draft from live state, check for the audience"),
            IncidentCommands::notice },
        { QStringLiteral("timeline"),
            QCoreApplication::translate(
                "MailOps::Cli", "print the journal of what was seen and done, as text, Markdown or JSON"),
            TimelineCommands::timeline },
        { QStringLiteral("status"),
            QCoreApplication::translate("MailOps::Cli", "check that the gateway answers (Nagios exit codes)"),
            ProfileCommands::status },
        { QStringLiteral("profiles"),
            QCoreApplication::translate("MailOps::Cli", "list the gateway profiles"),
            ProfileCommands::profiles },
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
    QString text = QCoreApplication::translate("MailOps::Cli",
        "Usage: mailops [options]            open the console\n"
        "       mailops COMMAND [options]    run a command without a display\n\n"
        "Console options:\n"
        "  --profile NAME      open on this gateway profile\n"
        "  --panel N           open on panel N (1-5)\n"
        "  --theme MODE        system, light or dark\n"
        "  --screenshot FILE   save a picture of the window and quit\n"
        "  --screenshot-delay S  seconds to wait before the picture (default 2.5)\n"
        "  --diagnose DOMAIN   open on Diagnostics and run \"why is mail not arriving?\"\n\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(20), c.summary);
    text += QCoreApplication::translate(
        "MailOps::Cli", "\nRun 'mailops COMMAND --help' for a command's options.\n");
    return text;
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        CliSupport::out() << QCoreApplication::applicationName() << ' '
                          << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (first == QLatin1String("-h") || first.startsWith(QLatin1String("--help"))) {
        CliSupport::out() << usage();
        return 0;
    }
    for (const Command &c : commands()) {
        if (c.name == first) {
            const int code = c.run(arguments.mid(1));
            CliSupport::closeJournal();
            return code;
        }
    }
    CliSupport::err() << usage();
    return 3;
}

} // namespace MailOps
