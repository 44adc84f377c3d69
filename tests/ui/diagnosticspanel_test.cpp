#include "diagnostics/checktreemodel.h"
#include "diagnosticspanel.h"
#include "fakequerier.h"
#include "fakesessionfactory.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        return p;
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
        m_factory.querier = m_dns;
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
};

QTEST_MAIN(DiagnosticsPanelTest)
#include "diagnosticspanel_test.moc"
