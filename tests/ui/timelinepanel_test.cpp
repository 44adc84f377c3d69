#include "fakesessionfactory.h"
#include "journal/journalmodel.h"
#include "journal/journalstore.h"
#include "journaltestevent.h"
#include "mainwindow.h"
#include "session/appcontext.h"
#include "settings/profilestore.h"
#include "timeline/timelinepanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace MailOps;

// The Timeline as an admin uses it: pick what to see from the combo boxes,
// type to find, select an event, follow its link, export it.
class TimelinePanelTest : public QObject
{
    Q_OBJECT

    static JournalEvent ev(const QString &kind, const QString &summary,
        JournalEvent::Severity severity = JournalEvent::Severity::Info, const QString &subject = {},
        const QString &profile = QStringLiteral("lab"))
    {
        return journalTestEvent(kind, summary, profile, severity, subject);
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static QStringList summaries(QTreeView *view)
    {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, JournalModel::Summary).data().toString();
        return out;
    }

    // Picks an entry of a combo box by keyboard, as a person would.
    static void choose(QComboBox *combo, const QString &text)
    {
        QVERIFY(combo);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setFocus();
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }

    static void selectRow(QTreeView *view, int row)
    {
        const QRect r = view->visualRect(view->model()->index(row, JournalModel::Summary));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    }

    // Chooses the file in the next file dialog and accepts it, as Save does.
    static void answerNextFileDialog(const QString &path)
    {
        QTimer::singleShot(10, [path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerNextFileDialog(path);
                return;
            }
            // What a person types into the name field: the whole path.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournalStore> m_store;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<JournalStore>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        m_store->setPollInterval(20);
        QVERIFY(m_store->open());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void emptyJournalSaysWhatWillAppear()
    {
        TimelinePanel panel(m_store.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *empty = child<QLabel>(&panel, "timelineEmpty");
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Nothing recorded yet")));
        QVERIFY(!child<QTreeView>(&panel, "timelineView")->isVisible());
        QVERIFY(!child<QPushButton>(&panel, "timelineExport")->isEnabled());
    }

    void noJournalSaysWhy()
    {
        TimelinePanel panel(nullptr);
        panel.show();
        auto *why = child<QLabel>(&panel, "timelineUnavailable");
        QVERIFY(why && why->isVisible());
        QVERIFY(why->text().contains(QStringLiteral("could not be opened")));
    }

    void filtersFromTheWidgets()
    {
        QVERIFY(m_store->append(ev(QStringLiteral("monitor.restart"), QStringLiteral("postfix restarted"))));
        QVERIFY(m_store->append(ev(QStringLiteral("queue.alert"), QStringLiteral("deferred above 500"),
            JournalEvent::Severity::Warning, QStringLiteral("alert:queue:deferred"))));
        QVERIFY(
            m_store->append(ev(QStringLiteral("monitor.crashloop"), QStringLiteral("filterhub crash loop"),
                JournalEvent::Severity::Critical, QStringLiteral("alert:crashloop:filterhub"))));
        QVERIFY(m_store->append(ev(QStringLiteral("queue.action"), QStringLiteral("held 66F5C10C04C"),
            JournalEvent::Severity::Notice, QStringLiteral("queue:66F5C10C04C"), QStringLiteral("edge-2"))));
        TimelinePanel panel(m_store.get());
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = child<QTreeView>(&panel, "timelineView");
        QCOMPARE(summaries(view),
            (QStringList { QStringLiteral("held 66F5C10C04C"), QStringLiteral("filterhub crash loop"),
                QStringLiteral("deferred above 500"), QStringLiteral("postfix restarted") }));

        choose(child<QComboBox>(&panel, "timelineKind"), QStringLiteral("Queue"));
        QCOMPARE(summaries(view),
            (QStringList { QStringLiteral("held 66F5C10C04C"), QStringLiteral("deferred above 500") }));
        choose(child<QComboBox>(&panel, "timelineGateway"), QStringLiteral("edge-2"));
        QCOMPARE(summaries(view), QStringList { QStringLiteral("held 66F5C10C04C") });
        choose(child<QComboBox>(&panel, "timelineGateway"), QStringLiteral("All gateways"));
        choose(child<QComboBox>(&panel, "timelineKind"), QStringLiteral("Everything"));
        choose(child<QComboBox>(&panel, "timelineSeverity"), QStringLiteral("Warnings and worse"));
        QCOMPARE(summaries(view),
            (QStringList { QStringLiteral("filterhub crash loop"), QStringLiteral("deferred above 500") }));
        choose(child<QComboBox>(&panel, "timelineSeverity"), QStringLiteral("Any severity"));

        auto *search = child<QLineEdit>(&panel, "timelineSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("66f5"));
        QTRY_COMPARE(summaries(view), QStringList { QStringLiteral("held 66F5C10C04C") });
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 4);

        // A kind first recorded now becomes a choice of its own.
        QVERIFY(m_store->append(
            ev(QStringLiteral("diagnostics.run"), QStringLiteral("example.org: mail is refused"))));
        QTRY_VERIFY(
            child<QComboBox>(&panel, "timelineKind")->findText(QStringLiteral("diagnostics.run")) >= 0);
        QTRY_COMPARE(summaries(view).value(0), QStringLiteral("example.org: mail is refused"));
        QCOMPARE(child<QLabel>(&panel, "timelineCount")->text(), QStringLiteral("5 events."));
    }

    void anIncidentsWindowOnly()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        JournalEvent before = ev(QStringLiteral("monitor.restart"), QStringLiteral("before it"));
        before.time = start.addSecs(-60);
        JournalEvent during = ev(QStringLiteral("monitor.crashloop"), QStringLiteral("during it"));
        during.time = start.addSecs(60);
        JournalEvent elsewhere = during;
        elsewhere.profile = QStringLiteral("edge-2");
        elsewhere.summary = QStringLiteral("on another gateway");
        JournalEvent after = ev(QStringLiteral("queue.alert"), QStringLiteral("after it"));
        after.time = start.addSecs(1200);
        for (const JournalEvent &e : { before, during, elsewhere, after })
            QVERIFY(m_store->append(e));
        TimelinePanel panel(m_store.get());
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = child<QTreeView>(&panel, "timelineView");
        QTRY_COMPARE(view->model()->rowCount(), 4);
        Incident incident;
        incident.id = 3;
        incident.profile = QStringLiteral("lab");
        incident.title = QStringLiteral("Hub loop");
        incident.start = start;
        incident.end = start.addSecs(600);
        panel.showIncident(incident);
        QTRY_COMPARE(summaries(view), QStringList { QStringLiteral("during it") });
        QVERIFY(child<QLabel>(&panel, "timelineIncident")->text().startsWith(QStringLiteral("Incident #3")));
        QTest::mouseClick(child<QPushButton>(&panel, "timelineAllEvents"), Qt::LeftButton);
        QVERIFY(!child<QWidget>(&panel, "timelineIncidentBar")->isVisible());
        QTRY_COMPARE(view->model()->rowCount(), 3); // the gateway chosen stays
    }

    void detailsAndTheLinkOfTheSelectedEvent()
    {
        JournalEvent held = ev(QStringLiteral("monitor.suspect.held"), QStringLiteral("held 66F5C10C04C"),
            JournalEvent::Severity::Notice, QStringLiteral("queue:66F5C10C04C"));
        held.payload = QJsonObject { { QStringLiteral("service"), QStringLiteral("filterhub") } };
        QVERIFY(m_store->append(held));
        QVERIFY(m_store->append(ev(QStringLiteral("policy.note"), QStringLiteral("nothing to go to"))));
        TimelinePanel panel(m_store.get());
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = child<QTreeView>(&panel, "timelineView");
        auto *open = child<QPushButton>(&panel, "timelineOpen");
        auto *details = child<QPlainTextEdit>(&panel, "timelineDetails");

        selectRow(view, 0);
        QVERIFY(details->toPlainText().contains(QStringLiteral("nothing to go to")));
        QVERIFY(!open->isVisible());

        selectRow(view, 1);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Concerns: queue:66F5C10C04C")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("\"service\": \"filterhub\"")));
        QTRY_VERIFY(open->isVisible());
        QCOMPARE(open->text(), QStringLiteral("Show message 66F5C10C04C in the Gateway monitor"));
        QSignalSpy opened(&panel, &TimelinePanel::openRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).value<JournalEvent>().subject, QStringLiteral("queue:66F5C10C04C"));
        // Enter on a row follows its link too.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
    }

    void linkTexts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message") << "queue.action"
                                 << "queue:ABC123"
                                 << ""
                                 << "Show message ABC123 in the Gateway monitor";
        QTest::newRow("bulk") << "queue.action"
                              << "queue"
                              << ""
                              << "Show in the Gateway monitor";
        QTest::newRow("alert") << "queue.alert"
                               << "alert:queue:deferred"
                               << ""
                               << "Show in the Gateway monitor";
        QTest::newRow("restart") << "monitor.restart"
                                 << ""
                                 << ""
                                 << "Show in the Gateway monitor";
        QTest::newRow("diagnosis") << "diagnostics.run"
                                   << "run:1"
                                   << "example.org"
                                   << "Diagnose example.org again";
        QTest::newRow("policy") << "policy.apply"
                                << "version:4"
                                << ""
                                << "";
    }
    void linkTexts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(QString, domain);
        QFETCH(QString, expected);
        JournalEvent e = ev(kind, QStringLiteral("x"), JournalEvent::Severity::Info, subject);
        if (!domain.isEmpty())
            e.payload.insert(QStringLiteral("domain"), domain);
        QCOMPARE(TimelinePanel::linkText(e), expected);
    }

    void exportThroughTheDialog()
    {
        QVERIFY(m_store->append(ev(
            QStringLiteral("monitor.crashloop"), QStringLiteral("first"), JournalEvent::Severity::Critical)));
        QVERIFY(m_store->append(ev(QStringLiteral("queue.action"), QStringLiteral("second"))));
        TimelinePanel panel(m_store.get());
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString target = m_dir->filePath(QStringLiteral("outage.md"));
        answerNextFileDialog(target);
        QSignalSpy status(&panel, &TimelinePanel::statusMessage);
        QTest::mouseClick(child<QPushButton>(&panel, "timelineExport"), Qt::LeftButton);
        QTRY_COMPARE(status.size(), 1);
        QVERIFY2(status.at(0).at(0).toString().startsWith(QStringLiteral("Timeline written to")),
            qPrintable(status.at(0).at(0).toString()));
        QVERIFY2(status.at(0).at(0).toString().endsWith(target), qPrintable(status.at(0).at(0).toString()));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("## Timeline from ")));
        QVERIFY(md.indexOf(QStringLiteral("| first |")) < md.indexOf(QStringLiteral("| second |")));
    }

    void linkLeadsToTheMessageInTheMonitor()
    {
        ProfileStore profiles(m_dir->filePath(QStringLiteral("profiles.conf")));
        profiles.load();
        const QString gateway = profiles.current().name;
        QVERIFY(m_store->append(ev(QStringLiteral("monitor.suspect.held"), QStringLiteral("held 66F5C10C04C"),
            JournalEvent::Severity::Notice, QStringLiteral("queue:66F5C10C04C"), gateway)));
        FakeSessionFactory factory;
        AppContext context(&profiles, m_store.get(), &factory, m_store.get());
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPanel(MainWindow::Timeline);
        auto *view = child<QTreeView>(w.timeline(), "timelineView");
        QVERIFY(view);
        selectRow(view, 0);
        QTest::mouseClick(child<QPushButton>(w.timeline(), "timelineOpen"), Qt::LeftButton);
        QCOMPARE(w.currentPanel(), int(MainWindow::GatewayMonitor));
        auto *tabs = child<QTabWidget>(w.panel(MainWindow::GatewayMonitor), "monitorTabs");
        QCOMPARE(tabs->tabText(tabs->currentIndex()).left(9), QStringLiteral("Malformed"));
        auto *status = child<QLabel>(w.panel(MainWindow::GatewayMonitor), "scanStatus");
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("66F5C10C04C")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TimelinePanelTest)
#include "timelinepanel_test.moc"
