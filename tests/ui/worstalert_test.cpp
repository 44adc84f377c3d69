#include "fakesessionfactory.h"
#include "gatewaymonitorpanel.h"
#include "journal/journalsink.h"
#include "mainwindow.h"
#include "monitor/activealerts.h"
#include "monitor/queuealertbanner.h"
#include "session/appcontext.h"
#include "settings/profilestore.h"
#include "theme.h"

#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The sidebar's mark and the queue banner through a night of alerts: each
// shows the worst alert still active, whatever order they come and go in.
class WorstAlertTest : public QObject
{
    Q_OBJECT

    using Severity = ActiveAlerts::Severity;

    static ActiveAlerts::Alert alert(const QString &name, Severity severity, const QString &text)
    {
        ActiveAlerts::Alert a;
        a.name = name;
        a.source = name.section(QLatin1Char(':'), 0, 0);
        a.severity = severity;
        a.title = name;
        a.text = text;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markAndBannerFollowTheWorst()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.conf")));
        profiles.load();
        NullJournalSink journal;
        FakeSessionFactory factory;
        AppContext context(&profiles, &journal, &factory);
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ActiveAlerts *alerts = w.monitorPanel()->activeAlerts();
        QVERIFY(alerts);
        QListWidgetItem *mark
            = w.findChild<QListWidget *>(QStringLiteral("panelList"))->item(MainWindow::GatewayMonitor);
        auto *banner = w.findChild<QueueAlertBanner *>(QStringLiteral("queueAlertBanner"));
        QVERIFY(mark && banner);
        w.showPanel(MainWindow::GatewayMonitor);
        const QPalette palette = w.findChild<QListWidget *>(QStringLiteral("panelList"))->palette();
        const QColor critical = Theme::colour(Theme::Severity::Critical, palette);
        const QColor warning = Theme::colour(Theme::Severity::Warning, palette);
        const auto markColour = [mark] { return mark->data(Qt::ForegroundRole).value<QBrush>().color(); };
        const auto unmarked = [mark] { return !mark->data(Qt::ForegroundRole).isValid(); };

        QVERIFY(unmarked());
        alerts->raise(
            alert(QStringLiteral("queue:deferred"), Severity::Warning, QStringLiteral("612 deferred")));
        QCOMPARE(markColour(), warning);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->alertText(), QStringLiteral("queue:deferred: 612 deferred"));

        alerts->raise(
            alert(QStringLiteral("crashloop:filterhub"), Severity::Critical, QStringLiteral("4 restarts")));
        QCOMPARE(markColour(), critical);
        // The queue banner speaks of the queue only.
        QCOMPARE(banner->alertText(), QStringLiteral("queue:deferred: 612 deferred"));

        alerts->raise(
            alert(QStringLiteral("queue:deferred"), Severity::Critical, QStringLiteral("2400 deferred")));
        alerts->clear(QStringLiteral("crashloop:filterhub"));
        // The crash loop is over, the queue is still critical.
        QCOMPARE(markColour(), critical);
        QCOMPARE(banner->alertText(), QStringLiteral("queue:deferred: 2400 deferred"));

        alerts->raise(
            alert(QStringLiteral("queue:deferred"), Severity::Warning, QStringLiteral("700 deferred")));
        QCOMPARE(markColour(), warning);
        QCOMPARE(banner->alertText(), QStringLiteral("queue:deferred: 700 deferred"));

        // A lesser alert that stays and a worse one that ends: the banner
        // says what is still on, not what ended.
        alerts->raise(
            alert(QStringLiteral("queue:active"), Severity::Warning, QStringLiteral("active grows")));
        alerts->clear(QStringLiteral("queue:deferred"));
        QCOMPARE(banner->alertText(), QStringLiteral("queue:active: active grows"));
        QCOMPARE(markColour(), warning);

        alerts->clearAll();
        QVERIFY(unmarked());
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->alertText().isEmpty());
    }
};

QTEST_MAIN(WorstAlertTest)
#include "worstalert_test.moc"
