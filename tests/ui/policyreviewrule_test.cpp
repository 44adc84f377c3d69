#include "fakesessionfactory.h"
#include "localpostfixconfig.h"
#include "policy/policyhistory.h"
#include "policy/policyhistorypanel.h"
#include "policy/policyversion.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// A profile that wants a second look on policy changes: the panel's "How:"
// offers only a proposal, and a proposal can still be applied by whoever
// reviews it. On a Postfix configuration in a temporary directory.
class PolicyReviewRuleTest : public QObject
{
    Q_OBJECT

    LocalPostfixConfig m_config;
    FakeSessionFactory m_factory;
    RecordingJournalSink m_journal;

    GatewayProfile profile(bool review) const
    {
        GatewayProfile p = m_config.profile(QStringLiteral("review-test"));
        p.policyReviewRequired = review;
        return p;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static bool enabled(QComboBox *combo, int row)
    {
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        return items && items->item(row)->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.create("myhostname = mx1.mailops.test\n",
            "smtp      inet  n       -       n       -       -       smtpd\n"
            "submission inet n       -       n       -       -       smtpd\n"
            "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n"));
    }

    void withoutTheRuleEveryWayIsOffered()
    {
        GatewaySession session(profile(false), &m_factory, &m_journal);
        PolicyHistoryPanel panel;
        panel.setSession(&session);
        auto *how = child<QComboBox>(&panel, "policyApplyMode");
        QCOMPARE(how->count(), 3);
        QVERIFY(enabled(how, 0));
        QVERIFY(enabled(how, 1));
        QVERIFY(enabled(how, 2));
        QCOMPARE(how->currentIndex(), 0);
        QVERIFY(how->toolTip().isEmpty());
    }

    void onlyProposeWhenTheProfileWantsReview()
    {
        GatewaySession session(profile(true), &m_factory, &m_journal);
        PolicyHistory *history = session.policyHistory();
        PolicyHistoryPanel panel;
        panel.resize(1000, 700);
        panel.setSession(&session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(history->liveNumber() > 0 && !history->isBusy(), 15000);
        const qint64 live = history->liveNumber();

        auto *how = child<QComboBox>(&panel, "policyApplyMode");
        QCOMPARE(how->currentIndex(), 2);
        QVERIFY(!enabled(how, 0));
        QVERIFY(!enabled(how, 1));
        QVERIFY(enabled(how, 2));
        QVERIFY(how->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("second look")));
        QVERIFY(how->toolTip().contains(QStringLiteral("second look")));
        // The keyboard cannot reach the greyed ways either.
        how->setFocus();
        QTest::keyClick(how, Qt::Key_Up);
        QTest::keyClick(how, Qt::Key_Home);
        QCOMPARE(how->currentIndex(), 2);

        // A new version becomes a proposal, with no confirmation to answer.
        auto *tabs = child<QTabWidget>(&panel, "policyTabs");
        tabs->setCurrentIndex(tabs->count() - 1);
        auto *editor = child<QPlainTextEdit>(&panel, "policyEditor");
        QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("myhostname")));
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("smtpd_helo_required = yes"));
        QTest::keyClick(editor, Qt::Key_Return);
        auto *apply = child<QPushButton>(&panel, "policyApply");
        QCOMPARE(apply->text(), QStringLiteral("Propose…"));
        const qsizetype before = history->versions().size();
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(history->versions().size() == before + 1 && !history->isBusy(), 15000);
        PolicyVersion proposal;
        for (const PolicyVersion &v : history->versions()) {
            if (v.number > proposal.number)
                proposal = v;
        }
        QCOMPARE(proposal.state, PolicyVersion::State::Proposed);
        QCOMPARE(history->liveNumber(), live);

        // Whoever reviews it can still apply it from the list.
        panel.selectVersion(proposal.number);
        auto *rollback = child<QPushButton>(&panel, "policyRollback");
        QTRY_COMPARE(rollback->text(), QStringLiteral("Apply this proposal…"));
        QVERIFY(rollback->isEnabled());

        // The structured view names what each service accepts differently.
        QTRY_VERIFY(child<QLabel>(&panel, "policySummary")
                        ->text()
                        .contains(QStringLiteral("submission/inet: smtpd_client_restrictions = "
                                                 "permit_sasl_authenticated,reject (main.cf: the default)")));
    }
};

QTEST_MAIN(PolicyReviewRuleTest)
#include "policyreviewrule_test.moc"
