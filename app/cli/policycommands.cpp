#include "policycommands.h"

#include "journal/journalsink.h"
#include "policy/policyapplier.h"
#include "policy/policychangesummary.h"
#include "policy/policydiff.h"
#include "policy/policydnsblaudit.h"
#include "policy/policygateway.h"
#include "policy/policyimpactpreview.h"
#include "policy/policylint.h"
#include "policy/policyrevertguard.h"
#include "policy/policystore.h"
#include "policy/policyversionmodel.h"
#include "policy/postfixserviceoverrides.h"
#include "settings/gatewayprofile.h"
#include "transport/transport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MailOps {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("MailOps::Cli", text);
}

// Exit codes of every policy subcommand.
enum Exit
{
    Done = 0,
    NotApplied = 1, // refused, invalid, reverted: the gateway is as it was
    Usage = 2,
    Unreachable = 3, // the gateway, the store or a file could not be read
    ReviewRequired = 4 // the profile wants a second look: propose instead
};

QJsonObject versionJson(const PolicyVersion &v)
{
    QJsonObject o { { QStringLiteral("version"), v.number },
        { QStringLiteral("time"), v.time.toString(Qt::ISODate) }, { QStringLiteral("author"), v.author },
        { QStringLiteral("comment"), v.comment }, { QStringLiteral("parent"), v.parent },
        { QStringLiteral("origin"), PolicyVersion::originKey(v.origin) },
        { QStringLiteral("state"), PolicyVersion::stateKey(v.state) },
        { QStringLiteral("digest"), QString::fromLatin1(v.digest) } };
    if (v.rollbackOf > 0)
        o.insert(QStringLiteral("rollbackOf"), v.rollbackOf);
    QJsonArray history;
    for (const PolicyVersion::StateChange &c : v.history)
        history.append(QJsonObject { { QStringLiteral("state"), PolicyVersion::stateKey(c.state) },
            { QStringLiteral("time"), c.time.toString(Qt::ISODate) }, { QStringLiteral("note"), c.note } });
    o.insert(QStringLiteral("history"), history);
    return o;
}

// Everything a policy subcommand works with, opened in order; each failure is
// said once on stderr.
struct Context
{
    GatewayProfile profile;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<PolicyGateway> gateway;
    std::unique_ptr<PolicyStore> store;
    std::unique_ptr<PolicyRevertGuard> guard;
    std::unique_ptr<PolicyApplier> applier;
};

QString severityKey(PolicyLint::Severity s)
{
    switch (s) {
    case PolicyLint::Severity::Error:
        return QStringLiteral("error");
    case PolicyLint::Severity::Warning:
        return QStringLiteral("warning");
    case PolicyLint::Severity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

QJsonObject exampleJson(const PolicyImpactPreview::Example &e)
{
    return QJsonObject { { QStringLiteral("time"), e.timeText() }, { QStringLiteral("client"), e.client },
        { QStringLiteral("helo"), e.helo }, { QStringLiteral("sender"), e.sender },
        { QStringLiteral("recipient"), e.recipient }, { QStringLiteral("code"), e.code } };
}

QString exampleText(const PolicyImpactPreview::Example &e)
{
    return QStringLiteral("      %1  %2  helo=%3  from=<%4>  to=<%5>")
        .arg(e.timeText(), CliSupport::safe(e.client),
            e.helo.isEmpty() ? QStringLiteral("?") : CliSupport::safe(e.helo), CliSupport::safe(e.sender),
            CliSupport::safe(e.recipient));
}

int preview(const PolicySnapshot &current, const PolicySnapshot &proposed, const QCommandLineParser &p,
    PolicyGateway *gateway, const GatewayProfile &profile, bool json)
{
    PolicyImpactPreview::Options options;
    if (p.isSet(QStringLiteral("hours"))) {
        bool ok = false;
        options.hours = p.value(QStringLiteral("hours")).toInt(&ok);
        if (!ok || options.hours < 0 || options.hours > 24 * 400) {
            CliSupport::complain(t("--hours wants a number of hours, 0 for the whole log"));
            return Usage;
        }
    }
    QFile file;
    QBuffer buffer;
    QIODevice *log = nullptr;
    QString source;
    if (p.isSet(QStringLiteral("log"))) {
        source = p.value(QStringLiteral("log"));
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly)) {
            CliSupport::complain(t("cannot read %1: %2").arg(source, file.errorString()));
            return Unreachable;
        }
        log = &file;
    } else {
        source = profile.mailLogPath;
        if (source.isEmpty()) {
            CliSupport::complain(t("the profile %1 names no mail log; pass --log FILE").arg(profile.name));
            return Unreachable;
        }
        const Result<QByteArray> text = PolicyImpactPreview::fetchLog(gateway, source);
        if (!text) {
            CliSupport::complain(text.error().message);
            return Unreachable;
        }
        buffer.setData(*text);
        buffer.open(QIODevice::ReadOnly);
        log = &buffer;
    }
    const Result<PolicyImpactPreview::Report> run = PolicyImpactPreview::run(log, current, proposed, options);
    if (!run) {
        CliSupport::complain(run.error().message);
        return Unreachable;
    }
    const PolicyImpactPreview::Report &r = *run;
    const auto when = [](qint64 time) {
        return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (json) {
        QJsonArray rules;
        for (const PolicyImpactPreview::RuleImpact &i : r.rules) {
            QJsonArray examples, admitted;
            for (const PolicyImpactPreview::Example &e : i.examples)
                examples.append(exampleJson(e));
            for (const PolicyImpactPreview::Example &e : i.admitExamples)
                admitted.append(exampleJson(e));
            rules.append(QJsonObject { { QStringLiteral("rule"), i.rule },
                { QStringLiteral("stage"), i.stage }, { QStringLiteral("code"), i.code },
                { QStringLiteral("rejects"), i.rejects }, { QStringLiteral("tempfails"), i.tempfails },
                { QStringLiteral("admits"), i.admits }, { QStringLiteral("examples"), examples },
                { QStringLiteral("admitExamples"), admitted } });
        }
        QJsonArray unknown;
        for (const PolicyImpactPreview::NotEvaluated &n : r.notEvaluated)
            unknown.append(QJsonObject {
                { QStringLiteral("what"), n.what }, { QStringLiteral("connections"), n.connections } });
        CliSupport::out() << QJsonDocument(
            QJsonObject { { QStringLiteral("profile"), profile.name }, { QStringLiteral("log"), source },
                { QStringLiteral("hours"), r.hours }, { QStringLiteral("from"), when(r.windowStart) },
                { QStringLiteral("to"), when(r.windowEnd) }, { QStringLiteral("lines"), r.lines },
                { QStringLiteral("connections"), r.connections }, { QStringLiteral("accepted"), r.accepted },
                { QStringLiteral("wouldReject"), r.wouldReject },
                { QStringLiteral("wouldTempfail"), r.wouldTempfail },
                { QStringLiteral("undecided"), r.undecided }, { QStringLiteral("refused"), r.refused },
                { QStringLiteral("newlyAccepted"), r.newlyAccepted },
                { QStringLiteral("notReproduced"), r.notReproduced },
                { QStringLiteral("currentDisagrees"), r.currentDisagrees },
                { QStringLiteral("summary"), r.summary() }, { QStringLiteral("rules"), rules },
                { QStringLiteral("notEvaluated"),
                    unknown } }).toJson();
        return r.harmsMail() ? NotApplied : Done;
    }
    CliSupport::out() << t("%1 to %2 of %3: the proposal %4.")
                             .arg(when(r.windowStart), when(r.windowEnd), source, r.summary())
                      << Qt::endl;
    bool header = false;
    for (const PolicyImpactPreview::RuleImpact &i : r.rules) {
        if (i.rejects + i.tempfails == 0)
            continue;
        if (!header)
            CliSupport::out() << QStringLiteral("  %1 %2 %3 %4")
                                     .arg(t("reject").rightJustified(7), t("tempfail").rightJustified(8),
                                         t("code").rightJustified(4), t("rule (stage)"))
                              << Qt::endl;
        header = true;
        CliSupport::out() << QStringLiteral("  %1 %2 %3 %4 (%5)")
                                 .arg(i.rejects, 7)
                                 .arg(i.tempfails, 8)
                                 .arg(i.code, 4)
                                 .arg(i.rule, i.stage)
                          << Qt::endl;
        for (const PolicyImpactPreview::Example &e : i.examples)
            CliSupport::out() << exampleText(e) << Qt::endl;
    }
    if (r.newlyAccepted > 0) {
        CliSupport::out()
            << t("It would accept %1 of the %2 connections refused now:").arg(r.newlyAccepted).arg(r.refused)
            << Qt::endl;
        for (const PolicyImpactPreview::RuleImpact &i : r.rules) {
            if (i.admits == 0)
                continue;
            CliSupport::out() << QStringLiteral("  %1  %2 (%3)").arg(i.admits, 7).arg(i.rule, i.stage)
                              << Qt::endl;
            for (const PolicyImpactPreview::Example &e : i.admitExamples)
                CliSupport::out() << exampleText(e) << Qt::endl;
        }
    }
    if (!r.notEvaluated.isEmpty()) {
        CliSupport::out() << t("Undecided: %1 accepted connections, because of what could not be evaluated:")
                                 .arg(r.undecided)
                          << Qt::endl;
        for (const PolicyImpactPreview::NotEvaluated &n : r.notEvaluated)
            CliSupport::out() << QStringLiteral("  %1 (%2)")
                                     .arg(n.what)
                                     .arg(QCoreApplication::translate(
                                         "MailOps::Cli", "%n connection(s)", nullptr, int(n.connections)))
                              << Qt::endl;
    }
    return r.harmsMail() ? NotApplied : Done;
}

} // namespace

int PolicyCommands::policy(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        t("Keep the gateway's Postfix policy as versions, and change it safely.\n"
          "  log                    every version, newest first (records drift first)\n"
          "  show V [--file F]      the files of version V (\"live\": the gateway now)\n"
          "  diff A [B]             what changed from A to B (default: the gateway now)\n"
          "  lint [V|FILE]          findings on a version or on a main.cf file\n"
          "  preview FILE...        what the files would have refused of the last hours' mail\n"
          "                         (--hours N, default 24; --log FILE: a log on this machine)\n"
          "  apply FILE...          apply files (NAME=PATH, or PATH named like main.cf)\n"
          "  confirm                keep the version applied with --confirm-within\n"
          "  rollback V             apply version V again, through the same checks\n"
          "  shadow                 what the live shadow (apply --shadow) would have refused\n"
          "  enforce                apply the proposal the live shadow tries out\n"
          "  drop                   end the live shadow: back to the version before it\n"
          "  propose FILE...        keep files as a proposed version, for a second look\n"
          "  approve V              apply proposed version V, through the same checks\n"
          "Exit codes: 0 done, 1 not applied (the gateway is as it was) or, for preview, mail accepted now "
          "would be refused, 2 usage, "
          "3 the gateway, the store or a file could not be read, "
          "4 the profile wants a second look on policy changes: propose, then approve."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"),
        t("log, show, diff, lint, audit, preview, apply, confirm, rollback, shadow, enforce, drop, propose "
          "or "
          "approve"));
    p.addOption({ QStringLiteral("profile"), t("The gateway profile (default: the current one)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("json"), t("Print JSON.") });
    p.addOption(
        { QStringLiteral("file"), t("show: only this file of the version."), QStringLiteral("name") });
    p.addOption(
        { QStringLiteral("comment"), t("apply: why (kept with the version)."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("confirm-within"),
        t("apply, rollback: restore the previous version unless `policy confirm` comes within MIN minutes."),
        QStringLiteral("min") });
    p.addOption({ QStringLiteral("shadow"),
        t("apply: only log what the new restrictions would refuse (warn_if_reject) for MIN minutes, then "
          "`policy enforce` or `policy drop`."),
        QStringLiteral("min") });
    p.addOption({ QStringLiteral("check-client"),
        t("apply, rollback: after the reload, also check as this client through XCLIENT, NAME/ADDR "
          "(\"-/192.0.2.7\": without reverse DNS); repeatable."),
        QStringLiteral("name/addr") });
    p.addOption({ QStringLiteral("hours"),
        t("preview: the hours of mail log to replay, back from its newest line (default 24; 0: all)."),
        QStringLiteral("n") });
    p.addOption({ QStringLiteral("log"),
        t("preview: read this mail log on this machine instead of the gateway's."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("no-dns"), t("lint: do not test the blocklists the policy uses.") });
    p.addOption({ QStringLiteral("store"), t("The version store file (default: the console's)."),
        QStringLiteral("file") });
    p.process(args);

    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        complain(t("policy needs an action: log, show, diff, lint, audit, preview, apply, confirm, rollback, "
                   "shadow, enforce, drop, propose or approve"));
        return Usage;
    }
    const QString action = pos.constFirst();
    static const QStringList actions { QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("diff"),
        QStringLiteral("lint"), QStringLiteral("audit"), QStringLiteral("preview"), QStringLiteral("apply"),
        QStringLiteral("confirm"), QStringLiteral("rollback"), QStringLiteral("shadow"),
        QStringLiteral("enforce"), QStringLiteral("drop"), QStringLiteral("propose"),
        QStringLiteral("approve") };
    if (!actions.contains(action)) {
        complain(t("unknown policy action \"%1\"").arg(action));
        return Usage;
    }
    const bool json = p.isSet(QStringLiteral("json"));

    Context c;
    if (!pickProfile(p.value(QStringLiteral("profile")), &c.profile))
        return Unreachable;
    // Under the profile's review rule one admin alone may not change
    // acceptance: apply (and its shadow) is refused before the gateway is
    // touched. approve is the second look; rollback stays allowed, being the
    // way back in an emergency, and it only brings back a version once live.
    if (action == u"apply" && c.profile.policyReviewRequired) {
        complain(t("the profile %1 says policy changes need a second look: nothing was applied. "
                   "Use `mailops policy propose FILE...`; someone else then runs `mailops policy approve V`.")
                     .arg(c.profile.name));
        return ReviewRequired;
    }
    c.transport = transportFor(c.profile);
    if (!c.transport)
        return Unreachable;
    c.gateway = std::make_unique<PolicyGateway>(
        c.transport.get(), c.profile.postfixConfigDir, c.profile.mailLogPath);
    c.store = std::make_unique<PolicyStore>(
        p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : PolicyStore::defaultPath());
    if (const Status opened = c.store->open(); !opened) {
        complain(opened.error().message);
        if (!c.store->isOpen())
            return Unreachable;
    }
    c.applier = std::make_unique<PolicyApplier>(c.gateway.get(), c.store.get(), c.profile.name);
    // This process ends long before a confirm window does: the gateway's own
    // timer is what restores the previous version, where there is systemd.
    c.guard = std::make_unique<PolicyRevertGuard>(c.transport.get());
    c.applier->setGuard(c.guard.get());
    JournalSink *sink = CliSupport::journal();

    // Whatever a cut-off apply or a passed confirm window left is finished
    // first, so every command sees the gateway on a version the store holds.
    if (const Result<QString> recovered = c.applier->recover(); !recovered) {
        complain(recovered.error().message);
    } else if (!recovered->isEmpty()) {
        err() << *recovered << Qt::endl;
        sink->record(PolicyApplier::event(
            c.profile.name, JournalEvent::Severity::Warning, QStringLiteral("policy.revert"), *recovered, 0));
    }
    bool drifted = false;
    const Result<PolicyVersion> live = c.applier->sync(&drifted);
    if (!live) {
        complain(live.error().message);
        return Unreachable;
    }
    if (drifted && live->origin == PolicyVersion::Origin::Drift)
        sink->record(PolicyApplier::driftEvent(c.profile.name, *live));

    const auto versionArg = [&](const QString &text, PolicyVersion *out) -> bool {
        if (text == u"live") {
            *out = *live;
            return true;
        }
        QString digits = text;
        if (digits.startsWith(QLatin1Char('v')))
            digits.remove(0, 1);
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        const Result<PolicyVersion> v = ok ? c.store->version(c.profile.name, n)
                                           : Result<PolicyVersion>(Error { Error::Code::InvalidInput, {} });
        if (!v) {
            complain(t("there is no version \"%1\" of %2").arg(text, c.profile.name));
            return false;
        }
        *out = *v;
        return true;
    };

    if (action == u"log") {
        const Result<QList<PolicyVersion>> all = c.store->versions(c.profile.name);
        if (!all) {
            complain(all.error().message);
            return Unreachable;
        }
        if (json) {
            QJsonArray a;
            for (const PolicyVersion &v : *all)
                a.append(versionJson(v));
            out() << QJsonDocument(
                QJsonObject { { QStringLiteral("profile"), c.profile.name },
                    { QStringLiteral("live"), live->number }, { QStringLiteral("versions"), a } })
                         .toJson();
            return Done;
        }
        for (const PolicyVersion &v : *all) {
            out() << QStringLiteral("%1%2  %3  %4  %5  %6  %7")
                         .arg(v.number == live->number ? QStringLiteral("* ") : QStringLiteral("  "),
                             v.label().leftJustified(5),
                             v.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             v.author.leftJustified(8), PolicyVersion::stateName(v.state).leftJustified(10),
                             PolicyVersionModel::originText(v).leftJustified(15), safe(v.comment))
                  << Qt::endl;
        }
        return Done;
    }

    if (action == u"show") {
        PolicyVersion v;
        if (pos.size() < 2 || !versionArg(pos.at(1), &v))
            return pos.size() < 2 ? Usage : Unreachable;
        const QString only = p.value(QStringLiteral("file"));
        const QList<PostfixServiceOverrides::Entry> overrides = PostfixServiceOverrides::of(v.snapshot);
        if (json) {
            QJsonObject o = versionJson(v);
            QJsonObject files;
            for (const PolicySnapshot::File &f : v.snapshot.files())
                files.insert(f.path, QString::fromUtf8(f.content));
            o.insert(QStringLiteral("files"), files);
            QJsonArray services;
            for (const PostfixServiceOverrides::Entry &e : overrides) {
                QJsonObject s { { QStringLiteral("service"), e.service }, { QStringLiteral("name"), e.name },
                    { QStringLiteral("value"), e.value } };
                s.insert(QStringLiteral("mainCf"), e.mainSet ? QJsonValue(e.mainValue) : QJsonValue());
                services.append(s);
            }
            o.insert(QStringLiteral("serviceOverrides"), services);
            out() << QJsonDocument(o).toJson();
            return Done;
        }
        if (!only.isEmpty()) {
            if (!v.snapshot.contains(only)) {
                complain(t("%1 has no file %2").arg(v.label(), only));
                return Unreachable;
            }
            out() << QString::fromUtf8(v.snapshot.content(only));
            return Done;
        }
        // What each smtpd service accepts differently from main.cf, first:
        // it is what a reader of main.cf alone misses.
        if (!overrides.isEmpty()) {
            out() << t("==> services that override main.cf <==") << '\n';
            for (const PostfixServiceOverrides::Entry &e : overrides)
                out() << PostfixServiceOverrides::text(e) << '\n';
            out() << '\n';
        }
        for (const PolicySnapshot::File &f : v.snapshot.files())
            out() << QStringLiteral("==> %1 <==\n").arg(v.snapshot.absolutePath(f.path))
                  << QString::fromUtf8(f.content) << '\n';
        return Done;
    }

    if (action == u"diff") {
        PolicyVersion a;
        PolicyVersion b = *live;
        if (pos.size() < 2 || !versionArg(pos.at(1), &a) || (pos.size() > 2 && !versionArg(pos.at(2), &b)))
            return pos.size() < 2 ? Usage : Unreachable;
        const QStringList summary
            = PolicyChangeSummary::texts(PolicyChangeSummary::between(a.snapshot, b.snapshot));
        const QString diff = PolicyDiff::unified(a.snapshot, b.snapshot, 3, a.label(), b.label());
        if (json) {
            out() << QJsonDocument(
                QJsonObject { { QStringLiteral("from"), a.number }, { QStringLiteral("to"), b.number },
                    { QStringLiteral("summary"), QJsonArray::fromStringList(summary) },
                    { QStringLiteral("diff"), diff } })
                         .toJson();
            return Done;
        }
        for (const QString &line : summary)
            out() << "# " << line << Qt::endl;
        out() << diff;
        return Done;
    }

    const auto audit
        = [&](const PolicySnapshot &snapshot) { return PolicyDnsblAudit::check(snapshot, c.profile); };

    if (action == u"audit") {
        PolicyVersion v = *live;
        if (pos.size() > 1 && !versionArg(pos.at(1), &v))
            return Unreachable;
        const QList<PolicyDnsblAudit::List> lists = audit(v.snapshot);
        bool harmful = false;
        QJsonArray a;
        for (const PolicyDnsblAudit::List &l : lists) {
            harmful = harmful || l.harmful();
            a.append(QJsonObject { { QStringLiteral("zone"), l.zone },
                { QStringLiteral("health"), DnsblListResult::healthName(l.health) },
                { QStringLiteral("rejects"), l.rejects }, { QStringLiteral("harmful"), l.harmful() },
                { QStringLiteral("parameters"), QJsonArray::fromStringList(l.parameters) } });
            if (!json)
                out() << (l.harmful() ? "BAD " : "ok  ") << l.describe() << Qt::endl;
        }
        if (json)
            out() << QJsonDocument(
                QJsonObject { { QStringLiteral("version"), v.number }, { QStringLiteral("lists"), a } })
                         .toJson();
        else if (lists.isEmpty())
            out() << t("%1 uses no blocklist").arg(v.label()) << Qt::endl;
        return harmful ? NotApplied : Done;
    }

    if (action == u"lint") {
        PolicySnapshot target = live->snapshot;
        QString what = live->label();
        if (pos.size() > 1) {
            PolicyVersion v;
            QFile file(pos.at(1));
            if (file.exists()) {
                if (!file.open(QIODevice::ReadOnly)) {
                    complain(t("cannot read %1: %2").arg(pos.at(1), file.errorString()));
                    return Unreachable;
                }
                target.setFile(PolicySnapshot::MainCf, file.readAll());
                what = pos.at(1);
            } else if (versionArg(pos.at(1), &v)) {
                target = v.snapshot;
                what = v.label();
            } else {
                return Unreachable;
            }
        }
        const PolicyLint::LintContext context = p.isSet(QStringLiteral("no-dns"))
            ? PolicyLint::LintContext {}
            : PolicyDnsblAudit::context(audit(target));
        const QList<PolicyLint::Finding> findings = PolicyLint::check(target, context);
        if (json) {
            QJsonArray a;
            for (const PolicyLint::Finding &f : findings)
                a.append(QJsonObject { { QStringLiteral("severity"), severityKey(f.severity) },
                    { QStringLiteral("file"), f.file }, { QStringLiteral("line"), f.line },
                    { QStringLiteral("parameter"), f.parameter }, { QStringLiteral("rule"), f.rule },
                    { QStringLiteral("message"), f.message } });
            out() << QJsonDocument(
                QJsonObject { { QStringLiteral("target"), what }, { QStringLiteral("findings"), a } })
                         .toJson();
        } else {
            for (const PolicyLint::Finding &f : findings)
                out() << QStringLiteral("%1: %2: %3 [%4]")
                             .arg(f.file, severityKey(f.severity), f.message, f.rule)
                      << Qt::endl;
            if (findings.isEmpty())
                out() << t("%1: no findings").arg(what) << Qt::endl;
        }
        const bool errors = std::any_of(findings.cbegin(), findings.cend(),
            [](const PolicyLint::Finding &f) { return f.severity == PolicyLint::Severity::Error; });
        return errors ? NotApplied : Done;
    }

    if (action == u"confirm") {
        const Status confirmed = c.applier->confirm();
        if (!confirmed) {
            complain(confirmed.error().message);
            return NotApplied;
        }
        out() << t("Confirmed: the applied version stays.") << Qt::endl;
        sink->record(PolicyApplier::confirmEvent(c.profile.name, 0));
        return Done;
    }

    // The live policy with the files named on the command line in place of
    // its own (NAME=PATH, or PATH named like the file it replaces); an exit
    // code when they cannot be read.
    const auto proposedFiles = [&](PolicySnapshot *proposed) -> std::optional<int> {
        *proposed = live->snapshot;
        if (pos.size() < 2) {
            complain(t("policy %1 needs at least one file").arg(action));
            return Usage;
        }
        for (const QString &arg : pos.mid(1)) {
            const bool named = arg.contains(QLatin1Char('='));
            const QString path = named ? arg.section(QLatin1Char('='), 1) : arg;
            const QString name = named ? arg.section(QLatin1Char('='), 0, 0) : QFileInfo(path).fileName();
            if (!proposed->contains(name)) {
                complain(t("%1 is not a file of the policy (%2); name it as NAME=PATH")
                             .arg(name, live->snapshot.paths().join(QStringLiteral(", "))));
                return Usage;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                complain(t("cannot read %1: %2").arg(path, file.errorString()));
                return Unreachable;
            }
            proposed->setFile(name, file.readAll());
        }
        return std::nullopt;
    };

    if (action == u"preview") {
        PolicySnapshot proposed;
        if (const std::optional<int> failed = proposedFiles(&proposed))
            return *failed;
        return preview(live->snapshot, proposed, p, c.gateway.get(), c.profile, json);
    }

    std::optional<PolicyApplier::ShadowReport> shadow;
    if (action == u"shadow" || action == u"enforce" || action == u"drop") {
        const Result<std::optional<PolicyApplier::ShadowReport>> r = c.applier->shadowReport();
        if (!r) {
            complain(r.error().message);
            return Unreachable;
        }
        if (!r->has_value()) {
            complain(t("the live version (%1) is not a shadow: nothing to %2").arg(live->label(), action));
            return NotApplied;
        }
        shadow = r->value();
    }
    if (action == u"shadow") {
        if (json) {
            QJsonArray rules;
            for (const PolicyShadowCount::Rule &r : shadow->rules)
                rules.append(QJsonObject { { QStringLiteral("restriction"), r.restriction },
                    { QStringLiteral("tempfails"), r.tempfails }, { QStringLiteral("rejects"), r.rejects },
                    { QStringLiteral("clients"), qint64(r.clients.size()) } });
            out() << QJsonDocument(QJsonObject { { QStringLiteral("shadow"), versionJson(shadow->shadow) },
                                       { QStringLiteral("proposal"), shadow->proposal },
                                       { QStringLiteral("until"), shadow->until.toString(Qt::ISODate) },
                                       { QStringLiteral("rules"), rules } })
                         .toJson();
        } else {
            out() << t("%1 tries out %2 until %3:")
                         .arg(shadow->shadow.label(), PolicyVersion::label(shadow->proposal),
                             shadow->until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  << Qt::endl;
            for (const QString &s : shadow->sentences)
                out() << QStringLiteral("  ") << s << Qt::endl;
        }
        return Done;
    }

    // apply, rollback, enforce, drop, approve: one safe path.
    PolicyApplier::Request request;
    request.proposed = live->snapshot;
    if (action == u"apply" || action == u"propose") {
        if (const std::optional<int> failed = proposedFiles(&request.proposed))
            return *failed;
        request.comment = p.value(QStringLiteral("comment"));
        if (action == u"propose") {
            const Result<PolicyVersion> proposed = c.applier->propose(request.proposed, request.comment);
            if (!proposed) {
                complain(proposed.error().message);
                return NotApplied;
            }
            sink->record(PolicyApplier::event(c.profile.name, JournalEvent::Severity::Info,
                QStringLiteral("policy.propose"), t("%1 proposed for review").arg(proposed->label()),
                proposed->number));
            if (json)
                out() << QJsonDocument(versionJson(*proposed)).toJson();
            else
                out() << t("%1 is proposed; `mailops policy approve %2` applies it.")
                             .arg(proposed->label(), QString::number(proposed->number))
                      << Qt::endl;
            return Done;
        }
    } else if (action == u"enforce") {
        request.existing = shadow->proposal;
        request.comment = p.value(QStringLiteral("comment"));
    } else if (action == u"approve") {
        PolicyVersion v;
        if (pos.size() < 2 || !versionArg(pos.at(1), &v))
            return pos.size() < 2 ? Usage : Unreachable;
        request.existing = v.number;
        request.proposed = v.snapshot;
    } else {
        // rollback V; drop is a rollback to what came before the shadow.
        PolicyVersion v;
        const bool drop = action == u"drop";
        if (!drop && pos.size() < 2)
            return Usage;
        if (!versionArg(drop ? QString::number(shadow->shadow.parent) : pos.at(1), &v))
            return Unreachable;
        request.proposed = v.snapshot;
        request.origin = PolicyVersion::Origin::Rollback;
        request.rollbackOf = v.number;
        request.comment = p.isSet(QStringLiteral("comment"))
            ? p.value(QStringLiteral("comment"))
            : (drop ? t("drop shadow %1: back to %2").arg(shadow->shadow.label(), v.label())
                    : t("rollback to %1").arg(v.label()));
    }
    if (p.isSet(QStringLiteral("shadow"))) {
        bool ok = false;
        const double minutes = p.value(QStringLiteral("shadow")).toDouble(&ok);
        if (action != u"apply" || !ok || minutes <= 0 || minutes > 7 * 24 * 60) {
            complain(t("--shadow goes with apply and wants minutes, more than 0 and at most a week"));
            return Usage;
        }
        request.shadowSeconds = qMax(1, int(minutes * 60));
    }
    if (p.isSet(QStringLiteral("confirm-within"))) {
        bool ok = false;
        const double minutes = p.value(QStringLiteral("confirm-within")).toDouble(&ok);
        if (!ok || minutes <= 0 || minutes > 24 * 60) {
            complain(t("--confirm-within wants minutes, more than 0 and at most a day"));
            return Usage;
        }
        request.confirmWithinSeconds = qMax(1, int(minutes * 60));
    }
    QList<PolicyHealthCheck::Probe> clients;
    for (const QString &text : p.values(QStringLiteral("check-client"))) {
        const std::optional<PolicyHealthCheck::Probe> probe = PolicyHealthCheck::clientFromText(text, {});
        if (!probe) {
            complain(t("--check-client wants NAME/ADDR, e.g. partner.example/192.0.2.7 or -/192.0.2.7"));
            return Usage;
        }
        clients << *probe;
    }
    request.health = PolicyHealthCheck::forProfile(c.profile, request.proposed, clients);

    const PolicyApplier::Report report = c.applier->apply(request);
    if (json) {
        QJsonArray steps;
        for (const PolicyApplier::Step &s : report.steps)
            steps.append(QJsonObject { { QStringLiteral("step"), s.name }, { QStringLiteral("ms"), s.ms } });
        QJsonObject o { { QStringLiteral("outcome"), PolicyApplier::outcomeName(report.outcome) },
            { QStringLiteral("message"), report.sentence }, { QStringLiteral("steps"), steps } };
        if (report.version)
            o.insert(QStringLiteral("version"), versionJson(*report.version));
        if (report.previous)
            o.insert(QStringLiteral("previous"), report.previous->number);
        if (report.confirmBy.isValid()) {
            o.insert(QStringLiteral("confirmBy"), report.confirmBy.toString(Qt::ISODate));
            o.insert(QStringLiteral("guard"), report.guard);
        }
        if (report.shadowOf > 0) {
            o.insert(QStringLiteral("shadowOf"), report.shadowOf);
            o.insert(QStringLiteral("shadowed"), QJsonArray::fromStringList(report.shadowed));
        }
        if (!report.validation.checkOutput.isEmpty())
            o.insert(QStringLiteral("checkOutput"), QString::fromUtf8(report.validation.checkOutput));
        out() << QJsonDocument(o).toJson();
    } else {
        out() << report.sentence << Qt::endl;
        const QString said
            = QString::fromUtf8(report.validation.checkOutput + report.validation.postconfWarnings).trimmed();
        if (!said.isEmpty() && report.outcome == PolicyApplier::Outcome::Invalid)
            err() << safe(said) << Qt::endl;
    }
    if (const std::optional<JournalEvent> e
        = PolicyApplier::applyEvent(c.profile.name, report, action == u"rollback" || action == u"drop"))
        sink->record(*e);
    switch (report.outcome) {
    case PolicyApplier::Outcome::Applied:
    case PolicyApplier::Outcome::Unchanged:
        return Done;
    case PolicyApplier::Outcome::Invalid:
    case PolicyApplier::Outcome::Reverted:
        return NotApplied;
    case PolicyApplier::Outcome::Failed:
        break;
    }
    return Unreachable;
}

} // namespace MailOps
