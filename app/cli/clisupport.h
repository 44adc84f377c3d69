#pragma once

#include "common/pluginoutput.h"
#include "settings/gatewayprofile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTextStream>
#include <memory>

namespace MailOps {

class JournalSink;
class JournalStore;
class Transport;

// What every `mailops` command shares: the two output streams, the profile
// it works on, the transport to it, the journal it records what it did to
// (the console's own file, so the Timeline shows a command's queue actions
// and diagnoses too), and one way to wait for an engine's answer.
class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::Cli)

public:
    static QTextStream &out();
    static QTextStream &err();
    // "mailops: <message>" on stderr.
    static void complain(const QString &message);
    // Text that holds what a gateway said (senders, reasons, banners), with
    // its control characters made visible: never raw on the terminal.
    static QString safe(const QString &text);
    // Prints a check's status line and gives its exit code.
    static int print(const PluginOutput &output);

    // Loads the profiles and picks one by name (or the current one); reports
    // problems with the settings on stderr without stopping.
    static bool pickProfile(const QString &name, GatewayProfile *profile);
    // The profile's transport, or nullptr after saying why not.
    static std::unique_ptr<Transport> transportFor(const GatewayProfile &profile);
    // "--server ADDR[:PORT]"; false (with a message) when unusable.
    static bool parseServer(const QString &text, QString *address, quint16 *port);

    // The journal shared with the console, opened on first use. Never null:
    // a journal that cannot be opened is said once and records nothing.
    static JournalSink *journal();
    // The same journal for reading; nullptr when it could not be opened.
    static JournalStore *journalStore();
    // Writes what waits and closes it; the dispatcher calls it at the end.
    static void closeJournal();

    // Starts the work and runs the event loop until `signal` of `sender`
    // brings its one value, which it returns; an answer given inside
    // start() itself is kept too.
    template<typename Value, typename Sender, typename Signal, typename Start>
    static Value await(Sender *sender, Signal signal, Start &&start)
    {
        Value value {};
        bool done = false;
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, [&](const Value &v) {
            value = v;
            done = true;
            loop.quit();
        });
        start();
        if (!done)
            loop.exec();
        return value;
    }
};

} // namespace MailOps
