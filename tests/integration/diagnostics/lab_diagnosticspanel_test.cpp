#include "diagnostics/checktreemodel.h"
#include "diagnosticspanel.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/gatewayprofile.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace MailOps;

// The Diagnostics panel used as an admin uses it, on the lab gateway.
class LabDiagnosticsPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidedRunThroughTheWidgets()
    {
        SessionFactory factory;
        RecordingJournalSink journal;
        const auto session = factory.create(GatewayProfile::lab(), &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        auto *domain = panel.findChild<QLineEdit *>(QStringLiteral("domainEdit"));
        domain->clear();
        QTest::keyClicks(domain, QStringLiteral("mailops.test"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        // The GUI stays responsive while it runs: the cancel button is live.
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);

        // The dead list is named, with what the lab's Postfix policy makes
        // of it (read through the session's transport): it queries no list.
        const QString verdict = panel.verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("dead.mailops.test")), qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("this gateway's policy does not query it")));
        QVERIFY(verdict.contains(QStringLiteral("WARNING")));
        QVERIFY(!verdict.contains(QStringLiteral("FAIL")));
        QVERIFY2(verdict.contains(GatewayProfile::lab().name + QStringLiteral(" — ")), qPrintable(verdict));
        QVERIFY(panel.model()->rowCount() >= 4);

        // The worst finding's evidence is already in front of the admin.
        auto *evidence = panel.findChild<QPlainTextEdit *>(QStringLiteral("evidenceViewer"));
        QVERIFY(!evidence->toPlainText().isEmpty());

        // Clicking another check shows its raw evidence.
        auto *tree = panel.findChild<QTreeView *>(QStringLiteral("checkTree"));
        const QModelIndex mx = tree->model()->index(0, 0);
        // The worst finding was scrolled into view; the MX check is at the top.
        tree->scrollTo(mx);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(mx).center());
        QTRY_VERIFY(evidence->toPlainText().contains(QStringLiteral("IN MX 10 mx1.mailops.test")));

        panel.copyReport(QStringLiteral("markdown"));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Evidence report")));
        panel.copyReport(QStringLiteral("json"));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"overall\": \"warning\"")));

        // The run is in the journal, for the Timeline.
        const JournalEventList runs = journal.ofKind(QStringLiteral("diagnostics.run"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().profile, GatewayProfile::lab().name);
        QCOMPARE(runs.constFirst().severity, JournalEvent::Severity::Warning);
        QCOMPARE(runs.constFirst().payload.value(QStringLiteral("domain")).toString(),
            QStringLiteral("mailops.test"));
        QVERIFY(runs.constFirst().summary.startsWith(QStringLiteral("Diagnosis of mailops.test: ")));
        QVERIFY(runs.constFirst().subject.startsWith(QStringLiteral("run:")));
    }

    void cancelFromTheKeyboard()
    {
        GatewayProfile slow = GatewayProfile::lab();
        slow.dnsPort = 5399; // nothing answers: every lookup waits for its timeout
        SessionFactory factory;
        NullJournalSink journal;
        const auto session = factory.create(slow, &journal);
        DiagnosticsPanel panel;
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDomain(QStringLiteral("mailops.test"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QTest::keyClick(&panel, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 1000);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
    }
};

QTEST_MAIN(LabDiagnosticsPanelTest)
#include "lab_diagnosticspanel_test.moc"
