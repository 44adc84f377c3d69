#include "timelinecommands.h"

#include "journal/journalreport.h"
#include "journal/journalstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace MailOps {

namespace {

// "90m", "2h", "3d", "45s" or an ISO 8601 time; invalid for anything else.
QDateTime sinceFrom(const QString &text)
{
    static const QRegularExpression ago(QStringLiteral("^(\\d{1,6})([smhd])$"));
    const QRegularExpressionMatch m = ago.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    return QDateTime::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

int TimelineCommands::timeline(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli",
        "Print the journal: everything the console and these commands saw or did (restarts, crash loops, "
        "queue "
        "alerts, held messages, queue actions, diagnoses), oldest first.\n"
        "Exit codes: 0 printed, 3 the journal could not be read."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("kind"),
        QCoreApplication::translate(
            "MailOps::Cli", "Only this kind (queue.action), or a module ending in a dot (monitor.)."),
        QStringLiteral("kind") });
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli", "Only events of this gateway profile."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("since"),
        QCoreApplication::translate(
            "MailOps::Cli", "Only events since then: 90m, 6h, 2d or an ISO 8601 time."),
        QStringLiteral("when") });
    p.addOption({ QStringLiteral("severity"),
        QCoreApplication::translate(
            "MailOps::Cli", "Only events at least this bad: notice, warning or critical."),
        QStringLiteral("level") });
    p.addOption({ QStringLiteral("find"),
        QCoreApplication::translate(
            "MailOps::Cli", "Only events whose summary, kind or subject holds this text."),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("MailOps::Cli", "At most the newest N events (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000") });
    p.addOption({ QStringLiteral("format"),
        QCoreApplication::translate("MailOps::Cli", "text, markdown or json (default text)."),
        QStringLiteral("format"), QStringLiteral("text") });
    p.addOption({ QStringLiteral("title"),
        QCoreApplication::translate("MailOps::Cli", "A heading for the report."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("journal"),
        QCoreApplication::translate("MailOps::Cli", "Read this journal file (default: the console's)."),
        QStringLiteral("file") });
    p.process(args);

    JournalReport::Format format = JournalReport::Format::Text;
    if (!JournalReport::formatFromName(p.value(QStringLiteral("format")), &format)) {
        complain(QCoreApplication::translate("MailOps::Cli", "--format wants text, markdown or json"));
        return 3;
    }
    JournalFilter filter;
    filter.kind = p.value(QStringLiteral("kind"));
    filter.profile = p.value(QStringLiteral("profile"));
    filter.text = p.value(QStringLiteral("find"));
    bool ok = false;
    filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > 1000000) {
        complain(QCoreApplication::translate("MailOps::Cli", "--limit wants 1 to 1000000"));
        return 3;
    }
    if (p.isSet(QStringLiteral("since"))) {
        filter.from = sinceFrom(p.value(QStringLiteral("since")));
        if (!filter.from.isValid()) {
            complain(
                QCoreApplication::translate("MailOps::Cli", "--since wants 90m, 6h, 2d or an ISO 8601 time"));
            return 3;
        }
    }
    if (p.isSet(QStringLiteral("severity"))) {
        const QString level = p.value(QStringLiteral("severity")).toLower();
        if (level != u"info" && level != u"notice" && level != u"warning" && level != u"critical") {
            complain(QCoreApplication::translate(
                "MailOps::Cli", "--severity wants info, notice, warning or critical"));
            return 3;
        }
        filter.minSeverity = JournalEvent::severityFromName(level);
    }

    const QString path = p.isSet(QStringLiteral("journal")) ? p.value(QStringLiteral("journal"))
                                                            : JournalStore::defaultPath();
    JournalReport report;
    report.title = p.value(QStringLiteral("title"));
    // Reading never makes a journal where there was none: no file of the
    // console's own is an empty timeline, a named file that is not there
    // an error.
    if (!QFileInfo::exists(path)) {
        if (p.isSet(QStringLiteral("journal"))) {
            complain(QCoreApplication::translate("MailOps::Cli", "no journal at %1").arg(path));
            return 3;
        }
        out() << report.render(format);
        out().flush();
        return 0;
    }
    JournalStore store(path);
    if (const Status opened = store.open(); !opened) {
        complain(opened.error().message);
        if (!store.isOpen())
            return 3;
    }
    const Result<JournalEventList> events = store.events(filter);
    if (!events) {
        complain(events.error().message);
        return 3;
    }
    report.events = events.value();
    out() << (format == JournalReport::Format::Json ? report.render(format) : safe(report.render(format)));
    out().flush();
    return 0;
}

} // namespace MailOps
