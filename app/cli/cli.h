#pragma once

#include <QStringList>
#include <functional>

namespace MailOps {

// The headless face of the console: `mailops SUBCOMMAND ...` runs under a
// QCoreApplication, prints to stdout/stderr and exits with a code scripts and
// monitoring systems can use (Nagios conventions where it is a check).
class Cli final
{
public:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList &args)> run; // args[0] is the subcommand
    };

    // True when argv asks for the command line rather than the GUI.
    static bool wantsCli(int argc, char **argv);
    static int run(const QStringList &arguments);
    static const QList<Command> &commands();
    static QString usage();
};

} // namespace MailOps
