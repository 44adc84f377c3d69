#include "clisupport.h"

#include "common/printable.h"
#include "dns/dnsserver.h"
#include "journal/journalsink.h"
#include "journal/journalstore.h"
#include "settings/profilestore.h"
#include "transport/transport.h"

namespace MailOps {

QTextStream &CliSupport::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CliSupport::err()
{
    static QTextStream s(stderr);
    return s;
}

void CliSupport::complain(const QString &message)
{
    err() << "mailops: " << safe(message) << Qt::endl;
}

QString CliSupport::safe(const QString &text)
{
    return Printable::text(text, Printable::Newlines::Keep);
}

int CliSupport::print(const PluginOutput &output)
{
    out() << safe(output.text) << Qt::endl;
    return int(output.exitCode);
}

bool CliSupport::pickProfile(const QString &name, GatewayProfile *profile)
{
    ProfileStore store;
    store.load();
    for (const QString &w : store.loadWarnings())
        complain(w);
    if (name.isEmpty()) {
        *profile = store.current();
        return true;
    }
    const int index = store.indexOf(name);
    if (index < 0) {
        complain(tr("no gateway profile named \"%1\"").arg(name));
        return false;
    }
    *profile = store.at(index);
    return true;
}

std::unique_ptr<Transport> CliSupport::transportFor(const GatewayProfile &profile)
{
    Result<std::unique_ptr<Transport>> transport = Transport::forProfile(profile);
    if (!transport) {
        complain(transport.error().message);
        return nullptr;
    }
    return std::move(transport).value();
}

bool CliSupport::parseServer(const QString &text, QString *address, quint16 *port)
{
    const Result<DnsServer> server = DnsServer::parse(text);
    if (!server) {
        complain(server.error().message);
        return false;
    }
    *address = server->address.toString();
    *port = server->port;
    return true;
}

namespace {

// Opened on first use and closed by closeJournal() while the application
// still exists (its connections and timer need it).
std::unique_ptr<JournalStore> g_journal;
bool g_journalTried = false;

} // namespace

JournalSink *CliSupport::journal()
{
    static NullJournalSink none;
    if (!g_journalTried) {
        g_journalTried = true;
        g_journal = std::make_unique<JournalStore>();
        if (const Status opened = g_journal->open(); !opened)
            complain(opened.error().message);
        if (!g_journal->isOpen())
            g_journal.reset();
    }
    return g_journal ? static_cast<JournalSink *>(g_journal.get()) : &none;
}

JournalStore *CliSupport::journalStore()
{
    journal();
    return g_journal.get();
}

void CliSupport::closeJournal()
{
    g_journal.reset();
    g_journalTried = false;
}

} // namespace MailOps
