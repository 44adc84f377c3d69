#include "cli/cli.h"
#include "common/logging.h"
#include "diagnosticspanel.h"
#include "journal/journalsink.h"
#include "journal/journalstore.h"
#include "mainwindow.h"
#include "session/appcontext.h"
#include "session/sessionfactory.h"
#include "settings/profilestore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <exception>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailOps"));
    QCoreApplication::setApplicationName(QStringLiteral("mailops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILOPS_VERSION));
}

// Our strings and Qt's own (dialog buttons), in the user's language when we
// have it; English otherwise.
void installTranslators(QCoreApplication *app)
{
    auto *ours = new QTranslator(app);
    // Else English, whose catalogue holds the plural forms only.
    if (ours->load(QLocale(), QStringLiteral("mailops"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/mailops_en.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailops.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.mailops.Console"));
    installTranslators(&app);
    // The platform appends the display name to every window title: it must
    // be in the admin's language, and no title repeats it.
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("MailOps::MainWindow", "MailOps Console"));

    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("profile"), QString(), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("panel"), QString(), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("theme"), QString(), QStringLiteral("mode") });
    parser.addOption({ QStringLiteral("screenshot"), QString(), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("screenshot-delay"), QString(), QStringLiteral("seconds") });
    parser.addOption({ QStringLiteral("diagnose"), QString(), QStringLiteral("domain") });
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(
            stderr, "mailops: %s\n\n%s", qPrintable(parser.errorText()), qPrintable(MailOps::Cli::usage()));
        return 2;
    }

    const QString theme = parser.isSet(QStringLiteral("theme"))
        ? parser.value(QStringLiteral("theme"))
        : QSettings().value(QStringLiteral("window/theme"), QStringLiteral("system")).toString();
    MailOps::Theme::apply(MailOps::Theme::fromName(theme));
    if (parser.isSet(QStringLiteral("theme")))
        QSettings().setValue(
            QStringLiteral("window/theme"), MailOps::Theme::name(MailOps::Theme::fromName(theme)));

    MailOps::ProfileStore profiles;
    profiles.load();
    if (parser.isSet(QStringLiteral("profile"))) {
        const int index = profiles.indexOf(parser.value(QStringLiteral("profile")));
        if (index < 0) {
            std::fprintf(stderr, "mailops: no gateway profile named \"%s\"\n",
                qPrintable(parser.value(QStringLiteral("profile"))));
            return 2;
        }
        profiles.setCurrentIndex(index);
    }

    // One journal for the window and the commands; when it cannot be kept
    // the console still runs, and says so.
    MailOps::JournalStore journalStore;
    const MailOps::Status journalOpened = journalStore.open();
    MailOps::NullJournalSink noJournal;
    const bool keepJournal = journalStore.isOpen();
    MailOps::JournalSink *journal
        = keepJournal ? static_cast<MailOps::JournalSink *>(&journalStore) : &noJournal;
    MailOps::SessionFactory factory;
    MailOps::AppContext context(&profiles, journal, &factory, keepJournal ? &journalStore : nullptr);
    MailOps::MainWindow window(&context);
    if (!journalOpened)
        window.showWarning(journalOpened.error().message);
    QObject::connect(&journalStore, &MailOps::JournalStore::writeFailed, &window,
        [&window](const MailOps::Error &error) { window.showWarning(error.message); });
    QObject::connect(&journalStore, &MailOps::JournalStore::damaged, &window,
        [&window](const MailOps::Error &error) { window.showWarning(error.message); });
    if (parser.isSet(QStringLiteral("panel")))
        window.showPanel(parser.value(QStringLiteral("panel")).toInt() - 1);
    window.show();
    if (parser.isSet(QStringLiteral("diagnose")))
        window.diagnose(parser.value(QStringLiteral("diagnose")));

    if (parser.isSet(QStringLiteral("screenshot"))) {
        window.setRemembersLayout(false);
        const QString file = parser.value(QStringLiteral("screenshot"));
        // By default long enough for the first health check to come back on
        // the lab; longer to show what a running monitor has seen.
        const double delay = parser.isSet(QStringLiteral("screenshot-delay"))
            ? qBound(0.0, parser.value(QStringLiteral("screenshot-delay")).toDouble(), 3600.0)
            : 2.5;
        QTimer::singleShot(int(delay * 1000), &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(
                saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    try {
        if (MailOps::Cli::wantsCli(argc, argv)) {
            QCoreApplication app(argc, argv);
            setIdentity();
            // A command's stderr is for what went wrong: scripts parse its
            // output. QT_LOGGING_RULES still turns more on.
            QLoggingCategory::setFilterRules(QStringLiteral("mailops.*.info=false"));
            installTranslators(&app);
            return MailOps::Cli::run(QCoreApplication::arguments());
        }
        return runGui(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "mailops: fatal: %s\n", e.what());
        return 70;
    }
}
