#include "diagnostics/checktreemodel.h"
#include "diagnosticspanel.h"
#include "fakequerier.h"
#include "fakesessionfactory.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace MailOps;

// The Diagnostics panel as an admin uses it, on a DNS that is a table: the
// session factory's guided run asks a FakeQuerier, so neither the lab nor
// the network is needed.
class DiagnosticsPanelTest : public QObject
{
    Q_OBJECT

    static GatewayProfile profile(const QString &name)
    {
        GatewayProfile p;
        p.name = name;
        p.dnsbls = { QStringLiteral("dead.test") };
        return p;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
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
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
    }

    static void showActive(QWidget *w)
    {
        w->resize(1000, 700);
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
    }

    static void runFor(DiagnosticsPanel *panel, const QString &domain)
    {
        auto *edit = panel->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, domain);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // The panel on the session, shown at a size an admin would use.
    static bool showOn(DiagnosticsPanel &panel, GatewaySession *session)
    {
        panel.setSession(session);
        panel.resize(1000, 700);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel);
    }

    FakeSessionFactory m_factory;
    std::shared_ptr<FakeQuerier> m_dns = std::make_shared<FakeQuerier>();

private Q_SLOTS:
    void initTestCase()
    {
        // shop.example has an MX whose host has no address: no mail server
        // can be reached, which the run must say in plain words.
        m_dns->mx(QStringLiteral("shop.example"), 10, QStringLiteral("mx.shop.example"));
        m_dns->txt(QStringLiteral("shop.example"), QStringLiteral("v=spf1 -all"));
        m_dns->txt(QStringLiteral("_dmarc.shop.example"), QStringLiteral("v=DMARC1; p=reject"));
        // listed.example's one MX has an address; the profile's only list,
        // dead.test, lists everything (RFC 5782 test point 127.0.0.1 too).
        m_dns->mx(QStringLiteral("listed.example"), 10, QStringLiteral("mx.listed.example"));
        m_dns->a(QStringLiteral("mx.listed.example"), QStringLiteral("127.0.0.5"));
        for (const char *name : { "1.0.0.127.dead.test", "2.0.0.127.dead.test", "5.0.0.127.dead.test" })
            m_dns->a(QString::fromLatin1(name), QStringLiteral("127.0.0.2"));
        m_factory.querier = m_dns;
        // The gateway's Postfix policy queries no list.
        m_factory.prepareTransport = [](const GatewayProfile &, FakeTransport *t) {
            t->responder = [](const QStringList &argv, const QByteArray &) {
                FakeTransport::Answer a;
                if (argv.value(0) == QLatin1String("postconf"))
                    a.stdOut = "compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, "
                               "reject_unauth_destination\n";
                return a;
            };
        };
        QStandardPaths::setTestModeEnabled(true);
    }

    void nonexistentDomainFailsInPlainWords()
    {
        RecordingJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        QVERIFY(showOn(panel, session.get()));

        runFor(&panel, QStringLiteral("nowhere.example"));
        QVERIFY(panel.isRunning());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        QVERIFY2(panel.verdictText().contains(QStringLiteral("does not exist in DNS")),
            qPrintable(panel.verdictText()));
        QVERIFY(panel.model()->indexOf(QStringLiteral("mx")).isValid());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());

        const JournalEventList runs = journal.ofKind(QStringLiteral("diagnostics.run"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().profile, QStringLiteral("edge"));
        QCOMPARE(runs.constFirst().severity, JournalEvent::Severity::Critical);
        QCOMPARE(runs.constFirst().payload.value(QStringLiteral("domain")).toString(),
            QStringLiteral("nowhere.example"));
    }

    void verdictReadsAfterEveryThemeSwitch()
    {
        RecordingJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        QVERIFY(showOn(panel, session.get()));
        runFor(&panel, QStringLiteral("nowhere.example"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        auto *verdict = panel.findChild<QLabel *>(QStringLiteral("verdictLabel"));
        QVERIFY(verdict);
        // The text against what it is painted on, WCAG AA (4.5:1), after
        // each toggle: once it was near-black on dark grey.
        for (const Theme::Mode mode :
            { Theme::Mode::Dark, Theme::Mode::Light, Theme::Mode::Dark, Theme::Mode::Light }) {
            Theme::apply(mode);
            QCoreApplication::processEvents();
            verdict->ensurePolished();
            const double ratio = Theme::contrast(verdict->palette().color(QPalette::WindowText),
                QApplication::palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("contrast %1 after %2").arg(ratio).arg(Theme::name(mode))));
        }
    }

    void everyCheckOfTheRunIsShown()
    {
        RecordingJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        panel.show();
        runFor(&panel, QStringLiteral("shop.example"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        // The checks that used to be reachable from tests only are part of the run.
        for (const char *id : { "mx", "spf", "dmarc", "dnssec", "dane", "propagation", "ports" })
            QVERIFY2(panel.model()->indexOf(QString::fromLatin1(id)).isValid(), id);
        QVERIFY2(panel.verdictText().contains(QStringLiteral("FAIL")), qPrintable(panel.verdictText()));
    }

    void profileSwitchStopsTheRunOfTheOldGateway()
    {
        auto slow = std::make_shared<FakeQuerier>();
        slow->mx(QStringLiteral("shop.example"), 10, QStringLiteral("mx.shop.example"));
        slow->setDelayMs(300);
        m_factory.querier = slow;
        RecordingJournalSink journal;
        auto first = m_factory.create(profile(QStringLiteral("first")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(first.get());
        panel.show();
        runFor(&panel, QStringLiteral("shop.example"));
        QVERIFY(panel.isRunning());

        m_factory.querier = m_dns;
        auto second = m_factory.create(profile(QStringLiteral("second")), &journal);
        panel.setSession(nullptr);
        first.reset();
        panel.setSession(second.get());
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY2(
            panel.verdictText().contains(QStringLiteral("profile changed")), qPrintable(panel.verdictText()));
        const int rows = panel.model()->rowCount();
        // Nothing of the old run arrives later.
        QTest::qWait(700);
        QCOMPARE(panel.model()->rowCount(), rows);
        QVERIFY(panel.verdictText().contains(QStringLiteral("profile changed")));
    }

    void severitiesAgreeInTheVerdictBoxAndTheTree()
    {
        NullJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        showActive(&panel);
        runFor(&panel, QStringLiteral("listed.example"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        const EvidenceReport report = panel.lastReport();
        QVERIFY(!report.conclusions.isEmpty());
        const QString verdict = panel.verdictText();
        for (const EvidenceReport::Conclusion &c : report.conclusions) {
            const QString label = CheckItem::verdictLabel(c.severity);
            // The verdict box shows the finding with its severity...
            QVERIFY2(verdict.contains(QStringLiteral("%1</b> %2").arg(label, c.headline.toHtmlEscaped())),
                qPrintable(c.headline));
            // ... and the tree row of its evidence the same, if it shows a problem.
            for (const QString &id : c.evidenceIds) {
                const QString shown = panel.model()->indexOf(id, CheckTreeModel::Verdict).data().toString();
                const CheckItem *item = panel.model()->item(id);
                QVERIFY2(item, qPrintable(id));
                if (item->verdict == CheckItem::Verdict::Warning || item->verdict == CheckItem::Verdict::Fail)
                    QVERIFY2(shown == label,
                        qPrintable(id + QStringLiteral(": ") + shown + QStringLiteral(" vs ") + label));
            }
        }
        // The dead list is one the gateway's policy does not query: a warning,
        // and said so, in the box and in the tree.
        QVERIFY2(
            verdict.contains(QStringLiteral("WARNING</b> The blocklist dead.test is dead; this gateway's "
                                            "policy does not query it")),
            qPrintable(verdict));
        QCOMPARE(panel.model()
                     ->indexOf(QStringLiteral("dnsbl/list/dead.test"), CheckTreeModel::Verdict)
                     .data()
                     .toString(),
            QStringLiteral("WARNING"));
        QVERIFY(panel.model()
                    ->indexOf(QStringLiteral("dnsbl/list/dead.test"), CheckTreeModel::Summary)
                    .data()
                    .toString()
                    .contains(QStringLiteral("this gateway's policy does not query it")));
    }

    void resultsNameTheGatewayAndTheTime()
    {
        NullJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        showActive(&panel);
        runFor(&panel, QStringLiteral("shop.example"));
        QVERIFY2(
            panel.stampText().startsWith(QStringLiteral("edge — started ")), qPrintable(panel.stampText()));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        const QString stamp = panel.lastReport().stamp();
        QVERIFY(QRegularExpression(QStringLiteral("^edge — \\d\\d:\\d\\d:\\d\\d$")).match(stamp).hasMatch());
        QVERIFY2(panel.verdictText().contains(stamp), qPrintable(panel.verdictText()));
        QVERIFY2(panel.stampText().startsWith(stamp), qPrintable(panel.stampText()));
        QVERIFY(panel.lastReport().toText().contains(QStringLiteral("Gateway:      edge\n")));
    }

    void profileSwitchClearsWhatTheOldGatewayShowed()
    {
        NullJournalSink journal;
        auto first = m_factory.create(profile(QStringLiteral("first")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(first.get());
        showActive(&panel);
        runFor(&panel, QStringLiteral("nowhere.example"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        QVERIFY(panel.verdictText().contains(QStringLiteral("does not exist in DNS")));
        QVERIFY(panel.model()->rowCount() > 0);

        // As the window switches: the old session goes, the panel shows loading.
        panel.showLoading(QStringLiteral("second"));
        first.reset();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY2(
            panel.verdictText().contains(QStringLiteral("Loading second…")), qPrintable(panel.verdictText()));
        QCOMPARE(panel.stampText(), QStringLiteral("Loading second…"));
        QVERIFY(!child<QToolButton>(&panel, "copyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "saveButton")->isEnabled());
        QVERIFY(panel.lastReport().items.isEmpty());

        auto second = m_factory.create(profile(QStringLiteral("second")), &journal);
        panel.setSession(second.get());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY2(panel.verdictText().contains(QStringLiteral("second")), qPrintable(panel.verdictText()));
        QVERIFY(!panel.verdictText().contains(QStringLiteral("nowhere.example")));
        QVERIFY(!panel.verdictText().contains(QStringLiteral("first")));
        QVERIFY(panel.stampText().startsWith(QStringLiteral("second")));

        // Back on the first profile: a new session, nothing of the old run.
        panel.setSession(nullptr);
        second.reset();
        auto again = m_factory.create(profile(QStringLiteral("first")), &journal);
        panel.setSession(again.get());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.verdictText().contains(QStringLiteral("does not exist")));
        QVERIFY(panel.lastReport().conclusions.isEmpty());
    }

    void shortcutsAreActionsForTheHelp()
    {
        DiagnosticsPanel panel;
        QHash<QString, QList<QKeySequence>> byName;
        for (QAction *a : panel.actions()) {
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            byName.insert(a->objectName(), a->shortcuts());
        }
        QVERIFY(byName.value(QStringLiteral("actionRunDiagnosis")).contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(
            byName.value(QStringLiteral("actionRunDiagnosis")).contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
        QVERIFY(
            byName.value(QStringLiteral("actionSaveReport")).contains(QKeySequence(Qt::CTRL | Qt::Key_S)));
        QVERIFY(byName.value(QStringLiteral("actionCancelDiagnosis")).contains(QKeySequence(Qt::Key_Escape)));
    }

    void runFromTheKeyboardAndSaveTheReport()
    {
        QTemporaryDir dir;
        NullJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        showActive(&panel);
        auto *edit = child<QLineEdit>(&panel, "domainEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("shop.example"));
        QTest::keyClick(edit, Qt::Key_F5);
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        QTest::keyClick(edit, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);

        // Ctrl+S: the file dialog, then the report in the format of the suffix.
        const QString json = dir.filePath(QStringLiteral("report.json"));
        answerNextFileDialog(json);
        QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(json));
        QVERIFY2(panel.noticeText().startsWith(QStringLiteral("Evidence report saved to")),
            qPrintable(panel.noticeText()));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject parsed = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(parsed.value(QStringLiteral("profile")).toString(), QStringLiteral("edge"));
        QCOMPARE(parsed.value(QStringLiteral("target")).toString(), QStringLiteral("shop.example"));

        // The button, and Markdown by the suffix.
        const QString md = dir.filePath(QStringLiteral("report.md"));
        answerNextFileDialog(md);
        QTest::mouseClick(child<QPushButton>(&panel, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(md));
        QFile m(md);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(m.readAll()).startsWith(QStringLiteral("## Evidence report: ")));

        // A copy to the clipboard is confirmed where it was asked for.
        QTest::mouseClick(child<QToolButton>(&panel, "copyButton"), Qt::LeftButton);
        QVERIFY2(panel.noticeText().startsWith(QStringLiteral("Evidence report copied to the clipboard")),
            qPrintable(panel.noticeText()));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Gateway:      edge")));
    }

    void f5InThePanelRunsTheDiagnosisNotTheWindowsAction()
    {
        // The window has F5 too ("check the gateway now"): inside the panel
        // the key is the panel's, and neither goes silent.
        NullJournalSink journal;
        const auto session = m_factory.create(profile(QStringLiteral("edge")), &journal);
        QMainWindow window;
        QAction *check
            = window.menuBar()->addMenu(QStringLiteral("File"))->addAction(QStringLiteral("Check"));
        check->setShortcut(QKeySequence(Qt::Key_F5));
        QSignalSpy checked(check, &QAction::triggered);
        auto *panel = new DiagnosticsPanel;
        window.setCentralWidget(panel);
        panel->setSession(session.get());
        showActive(&window);
        auto *edit = child<QLineEdit>(panel, "domainEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("shop.example"));
        QTest::keyClick(edit, Qt::Key_F5);
        QVERIFY(panel->isRunning());
        QCOMPARE(checked.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 20000);
        window.menuBar()->setFocus();
        QTest::keyClick(window.menuBar(), Qt::Key_F5);
        QCOMPARE(checked.count(), 1);
        QVERIFY(!panel->isRunning());
    }
};

QTEST_MAIN(DiagnosticsPanelTest)
#include "diagnosticspanel_test.moc"
