#include "labenvironment.h"
#include "policy/policyconfirmdialog.h"
#include "policy/policyhealthcheck.h"
#include "policy/policyhistory.h"
#include "policy/policyhistorypanel.h"
#include "policy/policyversionmodel.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/gatewayprofile.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace MailOps;

// The Policy history panel as an admin uses it on the lab: write the second
// story's rule in the editor, see the lint finding, apply it through the
// confirmation, see the lab tempfail a client without reverse DNS, then undo
// it with one click on Rollback and one on the confirmation.
class LabPolicyPanelTest : public QObject
{
    Q_OBJECT

    QByteArray m_original;

    static QString mainCf() { return LabEnvironment::postfixConfigDirectory() + QStringLiteral("/main.cf"); }
    static QByteArray live()
    {
        QFile f(mainCf());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int rcptAs(const QString &who)
    {
        PolicyHealthCheck::Options o
            = PolicyHealthCheck::forGateway(QStringLiteral("127.0.0.1"), 2525, QString());
        PolicyHealthCheck::Probe p
            = *PolicyHealthCheck::clientFromText(who, QStringLiteral("postmaster@mailops.test"));
        p.mustAccept = false;
        o.probes = { p };
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(o);
        return r.probes.isEmpty() ? -1 : r.probes.constFirst().rcptCode;
    }

    // The confirmation dialog the last click opened, accepted with a click.
    static bool acceptDialog(QWidget *panel)
    {
        PolicyConfirmDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = panel->findChild<PolicyConfirmDialog *>();
                return dialog && dialog->isVisible();
            }))
            return false;
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { m_original = live(); }

    void cleanupTestCase()
    {
        if (!m_original.isEmpty() && live() != m_original) {
            QFile f(mainCf());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(m_original);
            f.close();
            LabEnvironment::run(QStringLiteral("postfix"),
                { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("reload") });
        }
    }

    void applyThenRollBackWithOneClick()
    {
        SessionFactory factory;
        RecordingJournalSink journal;
        const auto session = factory.create(GatewayProfile::lab(), &journal);
        PolicyHistoryPanel panel;
        panel.setSession(session.get());
        panel.resize(1100, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        PolicyHistory *history = session->policyHistory();
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > 0, 30000);
        const qint64 before = history->liveNumber();

        auto *editor = panel.findChild<QPlainTextEdit *>(QStringLiteral("policyEditor"));
        QTRY_VERIFY(!editor->toPlainText().isEmpty());
        QCOMPARE(editor->toPlainText().toUtf8(), live());
        panel.findChild<QTabWidget *>(QStringLiteral("policyTabs"))->setCurrentIndex(2);
        editor->moveCursor(QTextCursor::End);
        for (const QString &line :
            { QStringLiteral("smtpd_client_restrictions = reject_unknown_client_hostname"),
                QStringLiteral("unknown_client_reject_code = 450") }) {
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, line);
        }
        QTest::keyClick(editor, Qt::Key_Return);
        // The second story's lesson is on screen before anything is applied.
        auto *lint = panel.findChild<QListWidget *>(QStringLiteral("policyLint"));
        QTRY_VERIFY(!lint->findItems(QStringLiteral("450"), Qt::MatchContains).isEmpty());
        if (const QByteArray dir = qgetenv("MAILOPS_SCREENSHOT_DIR"); !dir.isEmpty())
            panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/policy-edit.png"));
        panel.findChild<QSpinBox *>(QStringLiteral("policyConfirmWithin"))->setValue(0);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("policyApply")), Qt::LeftButton);
        // The confirmation says what the rule would have done to the day's mail.
        PolicyConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = panel.findChild<PolicyConfirmDialog *>()) && confirm->isVisible());
        auto *impact = confirm->findChild<QLabel *>(QStringLiteral("policyConfirmImpact"));
        QVERIFY(impact);
        QTRY_VERIFY_WITH_TIMEOUT(
            impact->text().contains(QStringLiteral("connections that were accepted")), 60000);
        QVERIFY2(
            impact->text().startsWith(QStringLiteral("Impact preview, the last 24 hours of the mail log: "
                                                     "would reject ")),
            qPrintable(impact->text()));
        QVERIFY(acceptDialog(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > before && !history->isBusy(), 30000);
        QVERIFY2(panel.statusText().contains(QStringLiteral("is live")), qPrintable(panel.statusText()));
        QCOMPARE(rcptAs(QStringLiteral("-/127.0.0.9")), 450);
        QCOMPARE(rcptAs(QStringLiteral("partner.mailops.test/127.0.0.20")), 250);
        const qint64 applied = history->liveNumber();

        // One click on the version to go back to, one on Rollback, one on the confirmation.
        auto *table = panel.findChild<QTableView *>(QStringLiteral("policyVersions"));
        const int row = static_cast<PolicyVersionModel *>(table->model())->rowOf(before);
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(panel.selectedVersion(), before);
        auto *rollback = panel.findChild<QPushButton *>(QStringLiteral("policyRollback"));
        QTRY_VERIFY(rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QVERIFY(acceptDialog(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > applied && !history->isBusy(), 30000);
        QCOMPARE(rcptAs(QStringLiteral("-/127.0.0.9")), 250);
        const PolicyVersion now = history->versions().constFirst();
        QCOMPARE(now.origin, PolicyVersion::Origin::Rollback);
        QCOMPARE(now.rollbackOf, before);

        // A version on probation: the bar counts down, and "Roll back now"
        // brings back the version it replaced with one click.
        const qint64 beforeProbation = history->liveNumber();
        editor = panel.findChild<QPlainTextEdit *>(QStringLiteral("policyEditor"));
        QTRY_VERIFY(editor->toPlainText().toUtf8() == live());
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("smtpd_helo_required = yes"));
        QTest::keyClick(editor, Qt::Key_Return);
        panel.findChild<QSpinBox *>(QStringLiteral("policyConfirmWithin"))->setValue(10);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("policyApply")), Qt::LeftButton);
        QVERIFY(acceptDialog(&panel));
        auto *bar = panel.findChild<QWidget *>(QStringLiteral("policyConfirmBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
        QVERIFY(live().contains("smtpd_helo_required = yes"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("policyRevertNow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!live().contains("smtpd_helo_required = yes") && !history->isBusy(), 30000);
        QCOMPARE(history->versions().constFirst().rollbackOf, beforeProbation);
        QTRY_VERIFY(!bar->isVisible());

        QCOMPARE(journal.ofKind(QStringLiteral("policy.apply")).size(), 2);
        QCOMPARE(journal.ofKind(QStringLiteral("policy.rollback")).size(), 2);
        QCOMPARE(journal.ofKind(QStringLiteral("policy.rollback")).constFirst().subject,
            QStringLiteral("version:%1").arg(now.number));
    }
};

QTEST_MAIN(LabPolicyPanelTest)
#include "lab_policypanel_test.moc"
