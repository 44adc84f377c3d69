#include "queuecommands.h"

#include "cli/checkcommands.h"
#include "journal/journalsink.h"
#include "message/queuescanner.h"
#include "message/queuescanreport.h"
#include "queue/messageexporter.h"
#include "queue/postfixcommands.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "transport/transport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace MailOps {

int QueueCommands::scanQueue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Fetch each queued message and check it against RFC 5322 and MIME. Exit 0 none malformed, 1 "
        "malformed "
        "messages found, 3 could not scan."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("MailOps::Cli", "Scan at most this many messages (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000") });
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
    const auto result
        = await<Result<QueueScanResult>>(&scanner, &QueueScanner::finished, [&] { scanner.scan(); });
    if (!result) {
        complain(result.error().message);
        return 3;
    }
    const QueueScanReport report(result.value());
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << safe(report.toText());
    out().flush();
    return report.exitCode();
}

int QueueCommands::exportMessage(const QCommandLineParser &p, const GatewayProfile &profile)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("output"))) {
        complain(QCoreApplication::translate(
            "MailOps::Cli", "usage: mailops queue export ID --output FILE.eml [--overwrite]"));
        return 3;
    }
    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return 3;
    MessageExporter exporter(transport.get(), PostfixCommands(profile));
    const auto result = await<Result<ExportedMessage>>(&exporter, &MessageExporter::finished, [&] {
        exporter.start(pos.at(1), p.value(QStringLiteral("output")), p.isSet(QStringLiteral("overwrite")));
    });
    if (!result) {
        complain(result.error().message);
        return 2;
    }
    out() << QCoreApplication::translate("MailOps::Cli", "Saved %1 to %2 (%3 bytes)")
                 .arg(result->queueId, result->filePath)
                 .arg(result->bytes)
          << Qt::endl;
    return 0;
}

// Acts on queued messages chosen by id, by filter over a fresh listing, or both.
int QueueCommands::queue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Act on queued messages: hold, release, requeue, retry (deliver now), delete (silently), bounce "
        "(return to "
        "the sender now), or export one message as an .eml file.\n"
        "Messages are chosen by queue id ('-' reads ids from stdin), by filter, or both (then the listed ids "
        "that "
        "match). delete and bounce need --yes.\n"
        "Exit codes: 0 done, 1 nothing done (--yes missing) or ids refused, 2 the gateway reported an error, "
        "3 could not run."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"),
        QStringLiteral("hold | release | requeue | retry | delete | bounce | export"));
    p.addPositionalArgument(QStringLiteral("ids"), QCoreApplication::translate("MailOps::Cli", "Queue ids."),
        QStringLiteral("[ids...]"));
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli", "Gateway profile (default: the current one)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("domain"),
        QCoreApplication::translate("MailOps::Cli",
            "Recipient domain; .example.com for its subdomains; comma-separated alternatives."),
        QStringLiteral("domain") });
    p.addOption({ QStringLiteral("sender"),
        QCoreApplication::translate("MailOps::Cli", "Sender address, @domain, or <> for the null sender."),
        QStringLiteral("address") });
    p.addOption({ QStringLiteral("reason"),
        QCoreApplication::translate(
            "MailOps::Cli", "Text in the delay reason, or its pattern as the monitor groups it."),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("queue"),
        QCoreApplication::translate("MailOps::Cli", "Queue: deferred, hold, active, incoming, maildrop."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("older-than"),
        QCoreApplication::translate("MailOps::Cli", "Minimum age in minutes (or with s, m, h, d)."),
        QStringLiteral("min") });
    p.addOption({ QStringLiteral("dry-run"),
        QCoreApplication::translate("MailOps::Cli", "Print the selected ids and do nothing.") });
    p.addOption(
        { QStringLiteral("yes"), QCoreApplication::translate("MailOps::Cli", "Really delete or bounce.") });
    p.addOption({ QStringLiteral("output"),
        QCoreApplication::translate("MailOps::Cli", "export: the .eml file to write."),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("overwrite"),
        QCoreApplication::translate("MailOps::Cli", "export: replace an existing file.") });
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
        return exportMessage(p, profile);
    const std::optional<QueueAction::Kind> kind = QueueAction::kindFromName(pos.constFirst());
    if (!kind) {
        complain(
            QCoreApplication::translate("MailOps::Cli", "unknown queue action \"%1\"").arg(pos.constFirst()));
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
        complain(QCoreApplication::translate("MailOps::Cli", "not queue ids, ignored: %1")
                     .arg(refused.mid(0, 10).join(QStringLiteral(", "))));
    if (idsGiven && ids.isEmpty()) {
        complain(QCoreApplication::translate("MailOps::Cli", "no valid queue id given; nothing done"));
        return 1;
    }
    QMap<QString, QString> criteria;
    for (const QString &name : QueueFilter::optionNames()) {
        if (p.isSet(name))
            criteria.insert(name, p.value(name));
    }
    const Result<QueueFilter> filter = QueueFilter::parse(criteria);
    if (!filter) {
        complain(filter.error().message);
        return 3;
    }
    if (ids.isEmpty() && filter->isEmpty()) {
        complain(QCoreApplication::translate("MailOps::Cli",
            "name queue ids or a filter (--domain, --sender, --reason, --queue, --older-than); nothing is "
            "chosen by default"));
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
        const Result<QueueSummary> q = CheckCommands::readQueue(profile, [&](const QueueEntry &e) {
            if ((!wanted.isEmpty() && !wanted.contains(e.queueId)) || !filter->matches(e, now))
                return;
            selected << e.queueId;
            if (shown.size() < kShown)
                shown << QStringLiteral("%1  %2  %3 -> %4")
                             .arg(e.queueId, e.queueName,
                                 e.sender.isEmpty() ? QStringLiteral("<>") : e.sender,
                                 e.recipients.isEmpty() ? QString() : e.recipients.constFirst().address);
        });
        if (!q) {
            complain(q.error().message);
            return 3;
        }
    }
    if (selected.isEmpty()) {
        out() << QCoreApplication::translate("MailOps::Cli", "No queued message matches (%1).")
                     .arg(filter->describe())
              << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        for (const QString &id : std::as_const(selected))
            out() << safe(id) << Qt::endl;
        err() << QCoreApplication::translate("MailOps::Cli", "%1 messages selected; nothing done (--dry-run)")
                     .arg(selected.size())
              << Qt::endl;
        return refused.isEmpty() ? 0 : 1;
    }
    if (QueueAction::isDestructive(*kind) && !p.isSet(QStringLiteral("yes"))) {
        out() << QueueAction::confirmationText(*kind, selected.size(), *filter) << Qt::endl;
        for (const QString &line : std::as_const(shown))
            out() << "  " << safe(line) << Qt::endl;
        if (selected.size() > shown.size())
            out() << "  "
                  << QCoreApplication::translate("MailOps::Cli", "... and %1 more")
                         .arg(selected.size() - shown.size())
                  << Qt::endl;
        complain(QCoreApplication::translate("MailOps::Cli", "nothing done; run again with --yes to %1 them")
                     .arg(pos.constFirst()));
        return 1;
    }

    const std::unique_ptr<Transport> transport = transportFor(profile);
    if (!transport)
        return 3;
    QueueAction action(transport.get(), PostfixCommands(profile));
    const auto outcome = await<QueueAction::Outcome>(
        &action, &QueueAction::finished, [&] { action.start(*kind, selected); });
    // The console's Timeline shows what was done from here too.
    journal()->record(QueueAction::journalEvent(profile.name, selected, outcome));
    out() << safe(QueueAction::describeOutcome(outcome)) << Qt::endl;
    return !outcome.errors.isEmpty() ? 2 : (outcome.invalidCount > 0 || !refused.isEmpty()) ? 1 : 0;
}

} // namespace MailOps
