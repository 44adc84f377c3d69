#include "fakesessionfactory.h"
#include "localpostfixconfig.h"
#include "policy/policyconfirmdialog.h"
#include "policy/policyhistory.h"
#include "policy/policyhistorypanel.h"
#include "policyrollbackroute.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// A rollback asked for from a chart's jump reaches Policy history's own
// confirmation: on a Postfix configuration in a temporary directory read
// through the local transport, with a baseline and a drift after it.
class PolicyRollbackRouteTest : public QObject
{
    Q_OBJECT

    LocalPostfixConfig m_config;
    FakeSessionFactory m_factory;
    RecordingJournalSink m_journal;

    GatewayProfile profile() const { return m_config.profile(QStringLiteral("route-test")); }

    static PolicyConfirmDialog *openDialog(QWidget *panel)
    {
        const QList<PolicyConfirmDialog *> dialogs = panel->findChildren<PolicyConfirmDialog *>();
        for (PolicyConfirmDialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.create("myhostname = mx1.mailops.test\n",
            "smtp      inet  n       -       n       -       -       smtpd\n"));
    }

    void reachesTheConfirmationOnceListedAndLoaded()
    {
        GatewaySession session(profile(), &m_factory, &m_journal);
        PolicyHistory *history = session.policyHistory();
        PolicyHistoryPanel panel;
        panel.resize(1000, 700);
        panel.setSession(&session);
        panel.show(); // starts the history
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > 0 && !history->isBusy(), 15000);
        const qint64 baseline = history->liveNumber();

        QVERIFY(m_config.write(
            QStringLiteral("main.cf"), "myhostname = mx1.mailops.test\nsmtpd_helo_required = yes\n"));
        history->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > baseline && !history->isBusy(), 15000);
        const qint64 drift = history->liveNumber();

        // The live version is no rollback.
        PolicyRollbackRoute *live = PolicyRollbackRoute::ask(&panel, history, drift);
        QSignalSpy liveFailed(live, &PolicyRollbackRoute::failed);
        QVERIFY(liveFailed.wait(5000));
        QVERIFY(liveFailed.constFirst().constFirst().toString().contains(QStringLiteral("live already")));
        QVERIFY(!openDialog(&panel));

        // Neither version's content is loaded until asked: the route waits for it.
        PolicyRollbackRoute *route = PolicyRollbackRoute::ask(&panel, history, baseline);
        QSignalSpy asked(route, &PolicyRollbackRoute::asked);
        QVERIFY(asked.wait(15000));
        QCOMPARE(panel.selectedVersion(), baseline);
        PolicyConfirmDialog *dialog = openDialog(&panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptButton()->text(), QStringLiteral("Roll back to v%1").arg(baseline));
        dialog->reject();
        QCOMPARE(history->liveNumber(), drift);
    }
};

QTEST_MAIN(PolicyRollbackRouteTest)
#include "policyrollbackroute_test.moc"
