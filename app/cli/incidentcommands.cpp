#include "incidentcommands.h"

#include "common/osuser.h"
#include "incident/audiencecheck.h"
#include "incident/broadcastsettingsstore.h"
#include "incident/incidentstore.h"
#include "incident/incidenttimeline.h"
#include "incident/mailboxlist.h"
#include "incident/noticedraft.h"
#include "incident/noticereview.h"
#include "incident/noticesender.h"
#include "incident/postmortemreport.h"
#include "journal/journalsink.h"
#include "journal/journalstore.h"
#include "monitor/gatewaymonitor.h"
#include "policy/policychangesummary.h"
#include "policy/policystore.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/secretstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace MailOps {

namespace {

enum Exit
{
    Done = 0,
    Problems = 1,
    Usage = 2,
    Unreadable = 3
};

QString t(const char *text)
{
    return QCoreApplication::translate("MailOps::Cli", text);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject incidentJson(const Incident &i)
{
    QJsonObject o { { QStringLiteral("id"), i.id }, { QStringLiteral("profile"), i.profile },
        { QStringLiteral("title"), i.title },
        { QStringLiteral("severity"), Incident::severityKey(i.severity) },
        { QStringLiteral("status"), Incident::statusKey(i.status) },
        { QStringLiteral("start"), when(i.start) }, { QStringLiteral("end"), when(i.end) },
        { QStringLiteral("affectedServices"), QJsonArray::fromStringList(i.affectedServices) },
        { QStringLiteral("impact"), i.impact }, { QStringLiteral("owner"), i.owner },
        { QStringLiteral("nextUpdateDue"), when(i.nextUpdateDue) } };
    QJsonArray notes;
    for (const Incident::Note &n : i.notes)
        notes << QJsonObject { { QStringLiteral("time"), when(n.time) },
            { QStringLiteral("author"), n.author }, { QStringLiteral("text"), n.text } };
    QJsonArray notices;
    for (const Incident::Notice &n : i.notices)
        notices << QJsonObject { { QStringLiteral("time"), when(n.time) },
            { QStringLiteral("audience"), NoticeKind::audienceKey(n.kind.audience) },
            { QStringLiteral("phase"), NoticeKind::phaseKey(n.kind.phase) },
            { QStringLiteral("path"), n.path },
            { QStringLiteral("recipients"), QJsonArray::fromStringList(n.recipients) },
            { QStringLiteral("subject"), n.subject } };
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("notices"), notices);
    return o;
}

QString incidentLine(const Incident &i)
{
    return QStringLiteral("#%1  %2  %3  %4  %5  %6")
        .arg(i.id)
        .arg(Incident::statusKey(i.status).leftJustified(13),
            Incident::severityKey(i.severity).leftJustified(8),
            i.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), i.profile, i.title);
}

// Reads a whole file the admin named, or says why not.
bool readFile(const QString &path, QString *text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CliSupport::complain(t("cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    // A draft is text for people; 16 MB is far beyond any notice.
    if (f.size() > 16 * 1024 * 1024) {
        CliSupport::complain(t("%1 is over 16 MB: not a notice").arg(path));
        return false;
    }
    *text = QString::fromUtf8(f.readAll());
    return true;
}

bool writeFile(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        CliSupport::complain(t("cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

// What the gateway says now, for a notice's facts: one look at the services
// and the queue (at most `seconds`), and the journal since the incident began.
// A gateway that does not answer leaves those facts empty; the notice is
// still drafted, because that is when it is needed most.
NoticeFacts::Inputs liveInputs(const GatewayProfile &profile, const Incident &incident, bool offline)
{
    NoticeFacts::Inputs in;
    in.incident = incident;
    if (JournalStore *journal = CliSupport::journalStore()) {
        const Result<JournalEventList> events = journal->events(IncidentTimeline::journalFilter(incident));
        if (events)
            in.events = *events;
        else
            CliSupport::complain(events.error().message);
    }
    if (offline)
        return in;
    GatewayProfile quiet = profile;
    quiet.mailLogPath.clear();
    SessionFactory factory;
    NullJournalSink none; // this look records nothing: the console's monitor does
    const std::unique_ptr<GatewaySession> session = factory.create(quiet, &none);
    GatewayMonitor &monitor = *session->monitor();
    monitor.setServiceInterval(1000);
    monitor.setQueueInterval(1000);
    monitor.setSocketInterval(0);
    bool services = false;
    bool queue = false;
    bool queueOk = false;
    QEventLoop loop;
    const auto maybeDone = [&] {
        if (services && queue)
            loop.quit();
    };
    QObject::connect(&monitor, &GatewayMonitor::servicesUpdated, &loop, [&] {
        services = true;
        maybeDone();
    });
    QObject::connect(&monitor, &GatewayMonitor::servicesFailed, &loop, [&](const Error &e) {
        CliSupport::complain(e.message);
        services = true;
        maybeDone();
    });
    QObject::connect(&monitor, &GatewayMonitor::queueSampled, &loop, [&] {
        queue = queueOk = true;
        maybeDone();
    });
    QObject::connect(&monitor, &GatewayMonitor::queueFailed, &loop, [&](const Error &e) {
        CliSupport::complain(e.message);
        queue = true;
        maybeDone();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();
    in.services = monitor.services();
    if (queueOk)
        in.queue = monitor.lastQueue();
    return in;
}

struct Common
{
    GatewayProfile profile;
    std::unique_ptr<IncidentStore> store;
};

bool open(const QCommandLineParser &p, Common *c)
{
    if (!CliSupport::pickProfile(p.value(QStringLiteral("profile")), &c->profile))
        return false;
    c->store = std::make_unique<IncidentStore>(
        p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : IncidentStore::defaultPath());
    if (const Status opened = c->store->open(); !opened) {
        CliSupport::complain(opened.error().message);
        if (!c->store->isOpen())
            return false;
    }
    return true;
}

// "12" or "#12": an incident of the store, or a message and false.
bool incidentArg(IncidentStore &store, const QString &text, Incident *out)
{
    QString digits = text;
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    const Result<Incident> found
        = ok ? store.incident(id) : Result<Incident>(Error { Error::Code::NotFound, QString() });
    if (!found) {
        CliSupport::complain(found.error().code == Error::Code::NotFound
                ? t("there is no incident \"%1\" (see 'mailops incident list')").arg(text)
                : found.error().message);
        return false;
    }
    *out = *found;
    return true;
}

// The store and the incident the command names, or a message and false.
bool openIncident(const QCommandLineParser &p, const QString &id, Common *c, Incident *i)
{
    return open(p, c) && incidentArg(*c->store, id, i);
}

void addCommonOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addOption({ QStringLiteral("profile"), t("The gateway profile (default: the current one)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("json"), t("Print JSON.") });
    p.addOption({ QStringLiteral("store"), t("The incident store file (default: the console's)."),
        QStringLiteral("file") });
}

// The policy versions an incident's timeline names, with what each changed
// against the one it was made from, for the postmortem.
QList<PostmortemReport::Version> versionsOf(const QString &profile, const QList<qint64> &numbers)
{
    QList<PostmortemReport::Version> out;
    if (numbers.isEmpty() || !QFileInfo::exists(PolicyStore::defaultPath()))
        return out;
    PolicyStore store;
    if (const Status opened = store.open(); !opened) {
        CliSupport::complain(opened.error().message);
        if (!store.isOpen())
            return out;
    }
    for (const qint64 n : numbers) {
        const Result<PolicyVersion> v = store.version(profile, n);
        if (!v)
            continue;
        PostmortemReport::Version row { n, v->label(), {} };
        if (v->parent > 0) {
            if (const Result<PolicyVersion> parent = store.version(profile, v->parent))
                row.changes
                    = PolicyChangeSummary::texts(PolicyChangeSummary::between(parent->snapshot, v->snapshot));
        }
        if (!v->comment.isEmpty())
            row.label += QStringLiteral(": ") + v->comment;
        out << row;
    }
    return out;
}

bool kindArgs(const QCommandLineParser &p, NoticeKind *kind)
{
    const std::optional<NoticeKind::Audience> audience
        = NoticeKind::audienceFromKey(p.value(QStringLiteral("audience")));
    const std::optional<NoticeKind::Phase> phase = NoticeKind::phaseFromKey(p.value(QStringLiteral("phase")));
    if (!audience) {
        CliSupport::complain(t("--audience wants management, partners or endusers"));
        return false;
    }
    if (!phase) {
        CliSupport::complain(t("--phase wants first, update or resolved"));
        return false;
    }
    *kind = { *audience, *phase };
    return true;
}

// The first line of stdin, without its line end: a secret never on the
// command line, where `ps` and the shell's history would show it.
bool readSecretLine(QString *secret)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        CliSupport::complain(t("cannot read stdin"));
        return false;
    }
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        CliSupport::complain(t("stdin has no password on its first line"));
        return false;
    }
    *secret = QString::fromUtf8(line);
    return true;
}

int storePassword(const QCommandLineParser &p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        CliSupport::complain(t("password wants a relay: mailops notice password RELAY < file"));
        return Usage;
    }
    GatewayProfile profile;
    if (!CliSupport::pickProfile(p.value(QStringLiteral("profile")), &profile))
        return Unreadable;
    BroadcastSettingsStore settingsStore;
    if (const Status loaded = settingsStore.load(); !loaded)
        CliSupport::complain(loaded.error().message);
    const BroadcastSettings settings = settingsStore.settings(profile.name);
    const QString relay = pos.at(1);
    if (!settings.relay(relay)) {
        CliSupport::complain(t("the broadcast settings of %1 have no relay \"%2\"").arg(profile.name, relay));
        return Usage;
    }
    QString secret;
    if (!readSecretLine(&secret))
        return Usage;
    const SecretStore secrets;
    if (const Status stored = secrets.write(SecretStore::smtpKey(profile.name, relay), secret); !stored) {
        CliSupport::complain(stored.error().message);
        return Unreadable;
    }
    CliSupport::err() << t("The password of relay %1 is in the system keychain.").arg(relay) << Qt::endl;
    return Done;
}

int allUsers(const QCommandLineParser &p, Common &c, const Incident &i, const NoticeDraft &draft,
    const BroadcastSettings &settings)
{
    bool rateOk = false;
    const int rate = p.value(QStringLiteral("rate")).toInt(&rateOk);
    if (!rateOk || rate < 0) {
        CliSupport::complain(t("--rate wants messages a minute, 0 or more"));
        return Usage;
    }
    const Result<MailboxList> list = MailboxList::read(p.value(QStringLiteral("mailboxes")));
    if (!list) {
        CliSupport::complain(list.error().message);
        return Unreadable;
    }
    CliSupport::err() << CliSupport::safe(list->summary()) << Qt::endl;
    if (list->addresses.isEmpty()) {
        CliSupport::complain(t("no mailbox to send to"));
        return Unreadable;
    }
    if (const Status reviewed = NoticeReview::gate(c.store.get(), i, draft, c.profile.noticeReviewRequired);
        !reviewed) {
        CliSupport::complain(reviewed.error().message);
        return Problems;
    }
    if (settings.relays.isEmpty()) {
        CliSupport::complain(
            t("the broadcast settings of %1 have no relay to send through").arg(c.profile.name));
        return Unreadable;
    }
    const QString relay = p.isSet(QStringLiteral("relay")) ? p.value(QStringLiteral("relay"))
                                                           : settings.relays.constFirst().name;
    const SecretStore secrets;
    const NoticeSender sender(settings, &secrets, c.profile.smtpHost);
    QHash<QString, QString> passwords;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QString secret;
        if (!readSecretLine(&secret))
            return Usage;
        passwords.insert(relay, secret);
    }
    Result<std::unique_ptr<BulkNotice>> bulk = sender.bulk(relay, passwords);
    if (!bulk) {
        CliSupport::complain(
            bulk.error().code == Error::Code::PermissionDenied ? t(
                "relay %1 wants a password the keychain does not have: pass it with --password-stdin (%2)")
                                                                     .arg(relay, bulk.error().message)
                                                               : bulk.error().message);
        return Unreadable;
    }
    BulkNotice &run = *bulk.value();
    run.setRate(rate);
    const int total = int(list->addresses.size());
    QElapsedTimer since;
    since.start();
    qint64 lastShown = -1000;
    run.setProgressCallback([&](const BulkNotice::Progress &progress) {
        // A line a second at most: a terminal is not a log.
        if (since.elapsed() - lastShown < 1000 && progress.remaining > 0)
            return;
        lastShown = since.elapsed();
        CliSupport::err() << t("sent %1 of %2, %3 failed").arg(progress.sent).arg(total).arg(progress.failed)
                          << Qt::endl;
    });
    const BulkNotice::Report report = run.run(list->addresses, sender.composer(draft));
    if (const Status recorded
        = NoticeSender::recordBulk(c.store.get(), CliSupport::journal(), i, draft, relay, total, report);
        !recorded)
        CliSupport::complain(recorded.error().message);
    const double seconds = qMax<qint64>(1, report.elapsedMs) / 1000.0;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray failed;
        for (const BulkNotice::FailedMailbox &f : report.failed)
            failed << QJsonObject { { QStringLiteral("address"), f.address },
                { QStringLiteral("error"), f.error } };
        CliSupport::out() << QJsonDocument(
            QJsonObject { { QStringLiteral("mailboxes"), total }, { QStringLiteral("sent"), report.sent },
                { QStringLiteral("failed"), failed }, { QStringLiteral("notAttempted"), report.notAttempted },
                { QStringLiteral("stoppedBy"), report.stoppedBy },
                { QStringLiteral("elapsedMs"), report.elapsedMs },
                { QStringLiteral("relay"),
                    relay } }).toJson();
    } else {
        CliSupport::out() << t("Sent to %1 of %2 mailboxes through %3 in %4 s (%5 a second).")
                                 .arg(report.sent)
                                 .arg(total)
                                 .arg(relay)
                                 .arg(seconds, 0, 'f', 1)
                                 .arg(report.sent / seconds, 0, 'f', 0)
                          << Qt::endl;
        for (const BulkNotice::FailedMailbox &f : report.failed.mid(0, 20))
            CliSupport::out() << CliSupport::safe(t("  not sent to %1: %2").arg(f.address, f.error))
                              << Qt::endl;
        if (report.failed.size() > 20)
            CliSupport::out() << t("  … and %1 more not sent").arg(report.failed.size() - 20) << Qt::endl;
        if (!report.stoppedBy.isEmpty())
            CliSupport::out() << CliSupport::safe(
                t("Stopped: %1; %2 mailboxes not tried.").arg(report.stoppedBy).arg(report.notAttempted))
                              << Qt::endl;
    }
    return report.sent == total ? Done : Problems;
}

int reviewOrSend(const QCommandLineParser &p, const QString &action)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        CliSupport::complain(t("%1 wants an incident: mailops notice %1 ID").arg(action));
        return Usage;
    }
    NoticeKind kind;
    if (!kindArgs(p, &kind))
        return Usage;
    if (action == u"all-users") {
        kind.audience = NoticeKind::Audience::EndUsers;
        if (!p.isSet(QStringLiteral("phase")))
            kind.phase = NoticeKind::Phase::Resolved;
        if (!p.isSet(QStringLiteral("mailboxes"))) {
            CliSupport::complain(t("all-users wants the mailboxes: --mailboxes FILE, one address per line"));
            return Usage;
        }
    }
    Common c;
    Incident i;
    if (!openIncident(p, pos.at(1), &c, &i))
        return Unreadable;
    // The incident's own gateway decides how its notices go and whether they
    // want a second look, whichever profile is current.
    if (i.profile != c.profile.name && !CliSupport::pickProfile(i.profile, &c.profile)) {
        CliSupport::complain(
            t("incident %1 is on the profile \"%2\", which is gone").arg(i.id).arg(i.profile));
        return Unreadable;
    }
    // Only what the admin has seen goes out: the kept draft, never a
    // template filled behind their back.
    const Result<std::optional<IncidentStore::Draft>> kept = c.store->draft(i.id, kind);
    if (!kept) {
        CliSupport::complain(kept.error().message);
        return Unreadable;
    }
    if (!*kept) {
        CliSupport::complain(
            t("incident %1 has no %2 draft: write it with `mailops notice draft %1 --audience %3 "
              "--phase %4` first")
                .arg(i.id)
                .arg(kind.key(), NoticeKind::audienceKey(kind.audience), NoticeKind::phaseKey(kind.phase)));
        return Unreadable;
    }
    const NoticeDraft draft = NoticeDraft::fromText(kind, (*kept)->text);
    const bool json = p.isSet(QStringLiteral("json"));

    if (action == u"review") {
        const QString by = p.isSet(QStringLiteral("by")) ? p.value(QStringLiteral("by")) : osUserName();
        if (const Status marked = NoticeReview::mark(c.store.get(), CliSupport::journal(), i, draft, by);
            !marked) {
            CliSupport::complain(marked.error().message);
            return marked.error().code == Error::Code::InvalidInput ? Usage : Unreadable;
        }
        if (json)
            CliSupport::out() << QJsonDocument(
                QJsonObject { { QStringLiteral("incident"), i.id }, { QStringLiteral("notice"), kind.key() },
                    { QStringLiteral("reviewer"), by.simplified() },
                    { QStringLiteral("sha256"), QString::fromLatin1(NoticeReview::hash(draft)) } })
                                     .toJson();
        else
            CliSupport::out() << t("Reviewed by %1: the %2 notice of incident %3 may go as it stands.")
                                     .arg(by.simplified(), kind.key())
                                     .arg(i.id)
                              << Qt::endl;
        return Done;
    }

    BroadcastSettingsStore settingsStore;
    if (const Status loaded = settingsStore.load(); !loaded)
        CliSupport::complain(loaded.error().message);
    const BroadcastSettings settings = settingsStore.settings(c.profile.name);
    if (action == u"all-users")
        return allUsers(p, c, i, draft, settings);
    QStringList to;
    if (p.isSet(QStringLiteral("to"))) {
        for (const QString &a : p.value(QStringLiteral("to")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!a.trimmed().isEmpty())
                to << a.trimmed();
    } else {
        to = settings.recipients.value(kind.audience);
    }
    const SecretStore secrets;
    const NoticeSender sender(settings, &secrets, c.profile.smtpHost);
    NoticeSender::Request request;
    request.incident = i;
    request.draft = draft;
    request.recipients = to;
    request.reviewRequired = c.profile.noticeReviewRequired;
    request.emlFile = p.isSet(QStringLiteral("eml"))
        ? p.value(QStringLiteral("eml"))
        : NoticeSender::defaultEmlFile(c.store->path(), i.id, kind);
    const QStringList missing = sender.relaysWithoutPassword(kind.audience, {});
    if (!missing.isEmpty()) {
        if (!p.isSet(QStringLiteral("password-stdin"))) {
            CliSupport::complain(t("relay %1 wants a password the keychain does not have: pass it with "
                                   "--password-stdin, or store it with `mailops notice password %2`")
                                     .arg(missing.join(QStringLiteral(", ")), missing.constFirst()));
            return Unreadable;
        }
        QString secret;
        if (!readSecretLine(&secret))
            return Usage;
        for (const QString &relay : missing)
            request.passwords.insert(relay, secret);
    }
    // The check is advice, not a gate: at 3 a.m. a notice with a flagged
    // word beats none.
    QStringList warnings;
    if (const Result<JargonList> jargon
        = JargonList::load(NoticeDraft::defaultLanguage(), JargonList::defaultUserDir(), &warnings)) {
        const AudienceCheck::Report report
            = AudienceCheck(*jargon, NoticeDraft::defaultLanguage()).check(draft.body, kind);
        for (const QString &line : report.problems())
            CliSupport::complain(t("audience check: %1").arg(line));
    }

    const NoticeDelivery::Report report = sender.send(c.store.get(), CliSupport::journal(), request);
    if (json) {
        QJsonArray attempts;
        for (const NoticeDelivery::Attempt &a : report.attempts)
            attempts << QJsonObject { { QStringLiteral("path"), a.path },
                { QStringLiteral("outcome"), NoticeDelivery::outcomeKey(a.outcome) },
                { QStringLiteral("sentence"), a.sentence }, { QStringLiteral("ms"), a.elapsedMs } };
        CliSupport::out() << QJsonDocument(
            QJsonObject { { QStringLiteral("sent"), report.sent() },
                { QStringLiteral("reachedBy"), report.reachedBy },
                { QStringLiteral("offered"), report.offered }, { QStringLiteral("warning"), report.warning },
                { QStringLiteral("recipients"), QJsonArray::fromStringList(to) },
                { QStringLiteral("attempts"), attempts },
                { QStringLiteral("problems"), QJsonArray::fromStringList(report.problems) } })
                                 .toJson();
    } else {
        if (!report.warning.isEmpty())
            CliSupport::err() << CliSupport::safe(report.warning) << Qt::endl;
        for (const QString &line : report.lines() + report.problems)
            CliSupport::out() << CliSupport::safe(line) << Qt::endl;
        CliSupport::out() << CliSupport::safe(report.summary()) << Qt::endl;
    }
    return report.sent() ? Done : Problems;
}
} // namespace

int IncidentCommands::incident(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        t("Run an incident: what broke, where it stands, the notes along the way, the postmortem draft.\n"
          "  open --title T         open one (--severity, --services, --impact, --owner)\n"
          "  list                   newest first (--open: only those not resolved)\n"
          "  show ID                one, with its notes and the notices sent\n"
          "  note ID TEXT...        write a note into its timeline\n"
          "  status ID STATUS       investigating, identified, monitoring or resolved (--severity too)\n"
          "  export ID              the postmortem draft: timeline, notices, policy versions touched\n"
          "                         (--format markdown|html, --output FILE)\n"
          "Exit codes: 0 done, 2 usage, 3 the store could not be read or has no such incident."));
    p.addPositionalArgument(QStringLiteral("action"), t("open, list, show, note, status or export"));
    addCommonOptions(p);
    p.addOption(
        { QStringLiteral("title"), t("open: what is wrong, in a few words."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("severity"), t("open, status: minor, major or critical (default major)."),
        QStringLiteral("level") });
    p.addOption({ QStringLiteral("services"), t("open: the affected services, comma-separated."),
        QStringLiteral("list") });
    p.addOption({ QStringLiteral("impact"), t("open: who notices what."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("owner"), t("open: who runs it (default: you)."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("open"), t("list: only incidents not resolved.") });
    p.addOption({ QStringLiteral("format"), t("export: markdown or html (default markdown)."),
        QStringLiteral("format"), QStringLiteral("markdown") });
    p.addOption({ QStringLiteral("output"), t("export: write to this file."), QStringLiteral("file") });
    p.process(args);

    const QStringList pos = p.positionalArguments();
    static const QStringList actions { QStringLiteral("open"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("note"), QStringLiteral("status"), QStringLiteral("export") };
    if (pos.isEmpty() || !actions.contains(pos.constFirst())) {
        complain(pos.isEmpty() ? t("incident needs an action: open, list, show, note, status or export")
                               : t("unknown incident action \"%1\"").arg(pos.constFirst()));
        return Usage;
    }
    const QString action = pos.constFirst();
    const bool json = p.isSet(QStringLiteral("json"));
    std::optional<Incident::Severity> severity;
    if (p.isSet(QStringLiteral("severity"))) {
        severity = Incident::severityFromKey(p.value(QStringLiteral("severity")));
        if (!severity) {
            complain(t("--severity wants minor, major or critical"));
            return Usage;
        }
    }
    if ((action == u"show" || action == u"export") && pos.size() != 2) {
        complain(t("%1 wants an incident: mailops incident %1 ID").arg(action));
        return Usage;
    }
    if ((action == u"note" && pos.size() < 3) || (action == u"status" && pos.size() != 3)) {
        complain(action == u"note" ? t("note wants an incident and the text: mailops incident note ID TEXT")
                                   : t("status wants an incident and a status: mailops incident status ID "
                                       "resolved"));
        return Usage;
    }
    if (action == u"open" && p.value(QStringLiteral("title")).trimmed().isEmpty()) {
        complain(t("open wants --title: what is wrong, in a few words"));
        return Usage;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (action == u"export" && format != u"markdown" && format != u"md" && format != u"html") {
        complain(t("--format wants markdown or html"));
        return Usage;
    }

    Common c;
    if (!open(p, &c))
        return Unreadable;
    JournalSink *journal = CliSupport::journal();

    if (action == u"open") {
        Incident i;
        i.profile = c.profile.name;
        i.title = p.value(QStringLiteral("title")).simplified();
        i.severity = severity.value_or(Incident::Severity::Major);
        i.affectedServices = p.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &s : i.affectedServices)
            s = s.trimmed();
        i.impact = p.value(QStringLiteral("impact")).simplified();
        i.owner = p.value(QStringLiteral("owner")).simplified();
        const Result<Incident> made = c.store->create(i);
        if (!made) {
            complain(made.error().message);
            return Unreadable;
        }
        journal->record(IncidentTimeline::openedEvent(*made, made->start));
        if (json)
            out() << QJsonDocument(incidentJson(*made)).toJson();
        else
            out() << t("Opened incident #%1 on %2; next update due %3 UTC.")
                         .arg(made->id)
                         .arg(made->profile, made->nextUpdateDue.toUTC().toString(QStringLiteral("HH:mm")))
                  << Qt::endl;
        return Done;
    }

    if (action == u"list") {
        const Result<QList<Incident>> all = c.store->incidents(
            p.isSet(QStringLiteral("profile")) ? c.profile.name : QString(), p.isSet(QStringLiteral("open")));
        if (!all) {
            complain(all.error().message);
            return Unreadable;
        }
        if (json) {
            QJsonArray a;
            for (const Incident &i : *all)
                a << incidentJson(i);
            out() << QJsonDocument(a).toJson();
            return Done;
        }
        if (all->isEmpty())
            out() << t("No incidents.") << Qt::endl;
        for (const Incident &i : *all)
            out() << safe(incidentLine(i)) << Qt::endl;
        return Done;
    }

    Incident i;
    if (!incidentArg(*c.store, pos.at(1), &i))
        return Unreadable;

    if (action == u"show") {
        if (json) {
            out() << QJsonDocument(incidentJson(i)).toJson();
            return Done;
        }
        out() << safe(incidentLine(i)) << Qt::endl;
        if (!i.affectedServices.isEmpty())
            out() << t("Affected: %1").arg(safe(i.affectedServices.join(QStringLiteral(", ")))) << Qt::endl;
        if (!i.impact.isEmpty())
            out() << t("Impact: %1").arg(safe(i.impact)) << Qt::endl;
        if (i.isOpen() && i.nextUpdateDue.isValid())
            out()
                << t("Next update due: %1 UTC").arg(i.nextUpdateDue.toUTC().toString(QStringLiteral("HH:mm")))
                << Qt::endl;
        for (const Incident::Note &n : i.notes)
            out() << QStringLiteral("  %1 note %2: %3")
                         .arg(n.time.toUTC().toString(QStringLiteral("HH:mm")), safe(n.author), safe(n.text))
                  << Qt::endl;
        for (const Incident::Notice &n : i.notices)
            out() << QStringLiteral("  %1 notice to %2 by %3: %4")
                         .arg(n.time.toUTC().toString(QStringLiteral("HH:mm")),
                             NoticeKind::audienceKey(n.kind.audience), safe(n.path), safe(n.subject))
                  << Qt::endl;
        return Done;
    }

    if (action == u"note") {
        const QString text = pos.mid(2).join(QLatin1Char(' ')).trimmed();
        const Result<Incident::Note> note = c.store->addNote(i.id, text);
        if (!note) {
            complain(note.error().message);
            return Unreadable;
        }
        journal->record(IncidentTimeline::noteEvent(i, *note));
        out() << t("Noted on #%1 at %2 UTC.")
                     .arg(i.id)
                     .arg(note->time.toUTC().toString(QStringLiteral("HH:mm")))
              << Qt::endl;
        return Done;
    }

    if (action == u"status") {
        const std::optional<Incident::Status> status = Incident::statusFromKey(pos.at(2));
        if (!status) {
            complain(t("a status is investigating, identified, monitoring or resolved"));
            return Usage;
        }
        i.status = *status;
        if (severity)
            i.severity = *severity;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!i.isOpen() && !i.end.isValid())
            i.end = now;
        if (i.isOpen())
            i.end = QDateTime();
        if (const Status saved = c.store->update(i); !saved) {
            complain(saved.error().message);
            return Unreadable;
        }
        journal->record(IncidentTimeline::statusEvent(i, now));
        out() << t("Incident #%1 is now %2.").arg(i.id).arg(Incident::statusText(i.status)) << Qt::endl;
        return Done;
    }

    // export
    PostmortemReport report;
    report.incident = i;
    if (JournalStore *store = journalStore()) {
        const Result<JournalEventList> events = store->events(IncidentTimeline::journalFilter(i));
        if (events)
            report.timeline = IncidentTimeline::build(i, *events);
        else
            complain(events.error().message);
    } else {
        report.timeline = IncidentTimeline::build(i, {});
    }
    report.versions = versionsOf(i.profile, PostmortemReport::versionIds(report.timeline));
    const QString text = format == u"html" ? report.toHtml() : report.toMarkdown();
    if (p.isSet(QStringLiteral("output"))) {
        if (!writeFile(p.value(QStringLiteral("output")), text))
            return Unreadable;
        err() << t("Wrote %1.").arg(p.value(QStringLiteral("output"))) << Qt::endl;
        return Done;
    }
    out() << text;
    return Done;
}

int IncidentCommands::notice(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        t("Write an incident's notices, pitched to each audience.\n"
          "  draft ID               the draft of one notice: the one being written, else its template\n"
          "                         filled from the gateway now (--fresh: the template again, not kept;\n"
          "                         --set FILE: keep FILE as the draft)\n"
          "  check ID | --file F    the audience check: jargon with plainer words, readability,\n"
          "                         missing parts, the next update's time\n"
          "  review ID              record your second look at the kept draft as it stands (--by NAME);\n"
          "                         a profile that wants review sends only a reviewed text\n"
          "  send ID                send the kept draft down the audience's chain from the broadcast\n"
          "                         settings (relays, webhooks, then an .eml file): --to A,B instead of\n"
          "                         the audience's group; a relay password not in the keychain is read\n"
          "                         from --password-stdin\n"
          "  all-users ID --mailboxes FILE\n"
          "                         once mail flows again: the kept end-user draft (--phase, default\n"
          "                         resolved) to every mailbox of FILE (one address per line), one message\n"
          "                         each, through --relay (default: the first) at --rate a minute\n"
          "  password RELAY         store a relay's password (read from stdin) in the system keychain\n"
          "All but password take --audience management|partners|endusers and --phase first|update|resolved.\n"
          "Exit codes: 0 done (check: it passes; send: it got out), 1 the template or the draft has "
          "problems, or nothing got the notice out, 2 usage, 3 the store could not be read, has no such "
          "incident or draft, or a secret is missing."));
    p.addPositionalArgument(QStringLiteral("action"), t("draft, check, review, send or password"));
    addCommonOptions(p);
    p.addOption({ QStringLiteral("audience"), t("management, partners or endusers (default management)."),
        QStringLiteral("who"), QStringLiteral("management") });
    p.addOption({ QStringLiteral("phase"), t("first, update or resolved (default update)."),
        QStringLiteral("phase"), QStringLiteral("update") });
    p.addOption(
        { QStringLiteral("language"), t("en or de (default: yours, else en)."), QStringLiteral("code") });
    p.addOption({ QStringLiteral("fresh"), t("draft: fill the template again; the kept draft stays.") });
    p.addOption({ QStringLiteral("set"), t("draft: keep this file as the draft."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("file"), t("check: a draft in a file instead of an incident's."),
        QStringLiteral("file") });
    p.addOption(
        { QStringLiteral("offline"), t("draft: do not ask the gateway; facts from the journal only.") });
    p.addOption({ QStringLiteral("by"), t("review: who took the second look (default: you)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("to"), t("send: these recipients, comma-separated, instead of the group."),
        QStringLiteral("addresses") });
    p.addOption({ QStringLiteral("password-stdin"),
        t("send: the password of a relay the keychain has none for, on the first line of stdin.") });
    p.addOption({ QStringLiteral("mailboxes"), t("all-users: the file of mailboxes, one per line."),
        QStringLiteral("file") });
    p.addOption(
        { QStringLiteral("rate"), t("all-users: messages a minute (default 600; 0: as fast as taken)."),
            QStringLiteral("n"), QStringLiteral("600") });
    p.addOption({ QStringLiteral("relay"), t("all-users: the relay to send through (default: the first)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("eml"),
        t("send: where the .eml fallback writes (default: beside the store)."), QStringLiteral("file") });
    p.process(args);

    const QStringList pos = p.positionalArguments();
    static const QStringList actions { QStringLiteral("draft"), QStringLiteral("check"),
        QStringLiteral("review"), QStringLiteral("send"), QStringLiteral("all-users"),
        QStringLiteral("password") };
    if (pos.isEmpty() || !actions.contains(pos.constFirst())) {
        complain(pos.isEmpty()
                ? t("notice needs an action: draft, check, review, send, all-users or password")
                : t("unknown notice action \"%1\"").arg(pos.constFirst()));
        return Usage;
    }
    const QString action = pos.constFirst();
    if (action == u"password")
        return storePassword(p);
    if (action == u"review" || action == u"send" || action == u"all-users")
        return reviewOrSend(p, action);
    const bool json = p.isSet(QStringLiteral("json"));
    NoticeKind kind;
    if (!kindArgs(p, &kind))
        return Usage;
    const QString language = p.isSet(QStringLiteral("language")) ? p.value(QStringLiteral("language"))
                                                                 : NoticeDraft::defaultLanguage();
    if (!NoticeTemplate::shippedLanguages().contains(language)) {
        complain(t("--language wants one of: %1")
                     .arg(NoticeTemplate::shippedLanguages().join(QStringLiteral(", "))));
        return Usage;
    }
    const bool fromFile = action == u"check" && p.isSet(QStringLiteral("file"));
    if (!fromFile && pos.size() != 2) {
        complain(t("%1 wants an incident: mailops notice %1 ID").arg(action));
        return Usage;
    }

    NoticeDraft draft;
    draft.kind = kind;
    if (fromFile) {
        QString text;
        if (!readFile(p.value(QStringLiteral("file")), &text))
            return Unreadable;
        draft = NoticeDraft::fromText(kind, text);
    } else {
        Common c;
        Incident i;
        if (!openIncident(p, pos.at(1), &c, &i))
            return Unreadable;
        if (p.isSet(QStringLiteral("set"))) {
            QString text;
            if (!readFile(p.value(QStringLiteral("set")), &text))
                return Unreadable;
            draft = NoticeDraft::fromText(kind, text);
            if (const Status saved = c.store->saveDraft(i.id, kind, draft.text()); !saved) {
                complain(saved.error().message);
                return Unreadable;
            }
        } else {
            const Result<std::optional<IncidentStore::Draft>> kept = c.store->draft(i.id, kind);
            if (!kept) {
                complain(kept.error().message);
                return Unreadable;
            }
            if (*kept && !p.isSet(QStringLiteral("fresh"))) {
                draft = NoticeDraft::fromText(kind, (*kept)->text);
                if (action == u"draft")
                    err() << t("The draft as last saved at %1 UTC (--fresh fills the template again).")
                                 .arg((*kept)->saved.toUTC().toString(QStringLiteral("HH:mm")))
                          << Qt::endl;
            } else {
                const Result<NoticeDraft> made = NoticeDraft::fromTemplate(
                    kind, liveInputs(c.profile, i, p.isSet(QStringLiteral("offline"))), language);
                if (!made) {
                    complain(made.error().message);
                    return Problems;
                }
                draft = *made;
                // The admin's own words are never replaced by a template.
                if (!*kept) {
                    if (const Status saved = c.store->saveDraft(i.id, kind, draft.text()); !saved)
                        complain(saved.error().message);
                }
            }
        }
    }

    if (action == u"draft") {
        if (json)
            out() << QJsonDocument(
                QJsonObject { { QStringLiteral("audience"), NoticeKind::audienceKey(kind.audience) },
                    { QStringLiteral("phase"), NoticeKind::phaseKey(kind.phase) },
                    { QStringLiteral("subject"), draft.subject }, { QStringLiteral("body"), draft.body } })
                         .toJson();
        else
            out() << draft.text();
        return Done;
    }

    QStringList warnings;
    const Result<JargonList> jargon = JargonList::load(language, JargonList::defaultUserDir(), &warnings);
    for (const QString &w : warnings)
        complain(w);
    if (!jargon) {
        complain(jargon.error().message);
        return Unreadable;
    }
    const AudienceCheck check(*jargon, language);
    const AudienceCheck::Report report = check.check(draft.body, kind);
    if (json) {
        QJsonArray findings;
        for (const AudienceCheck::Finding &f : report.findings)
            findings << QJsonObject { { QStringLiteral("kind"), AudienceCheck::kindText(f.kind) },
                { QStringLiteral("line"), f.line }, { QStringLiteral("column"), f.column },
                { QStringLiteral("text"), f.text }, { QStringLiteral("suggestion"), f.suggestion } };
        QJsonArray missing;
        for (const AudienceCheck::Part part : report.missing)
            missing << AudienceCheck::partText(part);
        out() << QJsonDocument(
            QJsonObject { { QStringLiteral("passes"), report.passes() },
                { QStringLiteral("findings"), findings }, { QStringLiteral("missing"), missing },
                { QStringLiteral("readability"),
                    QJsonObject { { QStringLiteral("formula"), report.readability.formula },
                        { QStringLiteral("score"), report.readability.score },
                        { QStringLiteral("target"), report.readability.target } } },
                { QStringLiteral("nextUpdateTimeMissing"), report.nextUpdateTimeMissing },
                { QStringLiteral("problems"), QJsonArray::fromStringList(report.problems()) } })
                     .toJson();
        return report.passes() ? Done : Problems;
    }
    if (report.passes()) {
        out() << t("The draft suits its audience (%1 %2, target %3).")
                     .arg(report.readability.formula)
                     .arg(report.readability.score, 0, 'f', 0)
                     .arg(report.readability.target, 0, 'f', 0)
              << Qt::endl;
        return Done;
    }
    for (const QString &line : report.problems())
        out() << safe(line) << Qt::endl;
    return Problems;
}

} // namespace MailOps
