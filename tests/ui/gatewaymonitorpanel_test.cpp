#include "fakesessionfactory.h"
#include "gatewaymonitorpanel.h"
#include "message/scannedmessagemodel.h"
#include "messageinspector.h"
#include "monitor/activealerts.h"
#include "monitor/gatewaymonitor.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "theme.h"
#include "zoomablechartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace MailOps;

// The Gateway monitor panel as an admin sees it, on a gateway that is not
// there: the session factory hands out a fake service backend and a fake
// transport, so neither root nor the lab is needed.
class GatewayMonitorPanelTest : public QObject
{
    Q_OBJECT

    static constexpr auto Suspect = "66F5C10C04C";

    static GatewayProfile profile(const QString &name)
    {
        GatewayProfile p;
        p.name = name;
        p.mailLogPath = QStringLiteral("/nonexistent/mail.log");
        return p;
    }

    // A message the linter calls malformed: a header line with no colon.
    static QByteArray malformedMessage()
    {
        return QByteArrayLiteral("*** MESSAGE CONTENTS deferred/66F5C10C04C ***\nFrom: a@example.test\nthis "
                                 "is no header\n\nbody\n");
    }

    // Six messages the next hop refuses, as postqueue -j lists them.
    static QByteArray stalledQueue()
    {
        QByteArray out;
        for (int i = 0; i < 6; ++i) {
            out += "{\"queue_name\": \"deferred\", \"queue_id\": \"A0000000" + QByteArray::number(i)
                + "\", \"arrival_time\": " + QByteArray::number(QDateTime::currentSecsSinceEpoch() - 600)
                + ", \"message_size\": 400, \"forced_expire\": false, \"sender\": \"a@example.test\", "
                  "\"recipients\": [{\"address\": \"b@example.test\", \"delay_reason\": \"connect to "
                  "127.0.0.1[127.0.0.1]:2: Connection refused\"}]}\n";
        }
        return out;
    }

    FakeSessionFactory m_factory;
    RecordingJournalSink m_journal;
    bool m_slowPostcat = false;
    bool m_stalled = false;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_factory.prepareTransport = [this](const GatewayProfile &, FakeTransport *t) {
            t->responder = [this](const QStringList &argv, const QByteArray &) {
                FakeTransport::Answer a;
                if (argv.value(0) == QLatin1String("postcat") && m_slowPostcat) {
                    // A large message over a slow link: still loading when
                    // the admin switches gateway.
                    a.script = QStringLiteral("cat >/dev/null; sleep 3; printf '%s' \"$1\"");
                    a.stdOut = malformedMessage();
                } else if (argv.value(0) == QLatin1String("postcat"))
                    a.stdOut = malformedMessage();
                else if (argv.value(0) == QLatin1String("tail"))
                    // The filter hub's own log, on the gateway.
                    a.stdOut = QByteArrayLiteral(
                        "filterhub[41]: processing queue_id=66F5C10C04C\nfilterhub[41]: segfault\n");
                else if (argv.value(0) == QLatin1String("postsuper"))
                    a.stdErr = QByteArrayLiteral(
                        "postsuper: 66F5C10C04C: placed on hold\npostsuper: Placed on hold: 1 message\n");
                else if (argv.value(0) == QLatin1String("postqueue") && m_stalled)
                    a.stdOut = stalledQueue();
                else if (argv.value(0) == QLatin1String("postqueue"))
                    // The suspect waits in the queue, offered again and again.
                    a.stdOut = "{\"queue_name\": \"deferred\", \"queue_id\": \"" + QByteArray(Suspect)
                        + "\", \"arrival_time\": "
                        + QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60)
                        + ", \"message_size\": 400, \"forced_expire\": false, \"sender\": "
                          "\"a@example.test\", "
                          "\"recipients\": [{\"address\": \"b@example.test\", \"delay_reason\": \"lost "
                          "connection with 127.0.0.1[127.0.0.1] while sending end of data\"}]}\n";
                return a;
            };
        };
        m_factory.prepareBackend = [](const GatewayProfile &p, FakeServiceBackend *b) {
            if (p.name == QLatin1String("remote")) {
                // Nothing from the backend's own tail: the log is a file.
                b->polls = FakeServiceBackend::crashLoop(QStringLiteral("filterhub"), 4);
            } else if (p.name == QLatin1String("looping")) {
                b->polls = FakeServiceBackend::crashLoop(QStringLiteral("filterhub"), 4);
                b->logLines
                    = { QStringLiteral("filterhub[41]: processing queue_id=%1").arg(QLatin1String(Suspect)),
                          QStringLiteral("filterhub[41]: segfault") };
            } else {
                b->polls = { ServiceStatusList { FakeServiceBackend::running(
                    QStringLiteral("postfix"), 0, QDateTime::currentDateTimeUtc(), 0) } };
            }
        };
    }

    void crashLoopRaisesTheBannerAndHoldReachesTheGateway()
    {
        auto session = m_factory.create(profile(QStringLiteral("looping")), &m_journal);
        GatewayMonitorPanel panel;
        panel.resize(1000, 700);
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QTRY_VERIFY(panel.findChild<QWidget *>(QStringLiteral("serviceCard_filterhub")));
        auto *banner = panel.findChild<QWidget *>(QStringLiteral("crashLoopBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QTRY_VERIFY(panel.alertText().contains(QLatin1String("filterhub")));
        QTRY_VERIFY(panel.alertText().contains(QLatin1String(Suspect)));
        QCOMPARE(panel.activeAlerts()->worstSeverity(), ActiveAlerts::Severity::Critical);
        QTRY_VERIFY(!m_journal.ofKind(QStringLiteral("monitor.crashloop")).isEmpty());

        // "Open an incident…" offers the loop as an incident, filled in.
        QSignalSpy incident(&panel, &GatewayMonitorPanel::incidentRequested);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("openIncident")), Qt::LeftButton);
        QCOMPARE(incident.size(), 1);
        const Incident seed = incident.constFirst().constFirst().value<Incident>();
        QCOMPARE(seed.title, QStringLiteral("filterhub keeps crashing"));
        QCOMPARE(seed.severity, Incident::Severity::Critical);
        QCOMPARE(seed.affectedServices, QStringList { QStringLiteral("filterhub") });
        QVERIFY(seed.impact.contains(QStringLiteral("restarted")));

        // The suspect's row comes whole: queue, sender and age from the
        // listing, not "other", <> and nothing until a rescan.
        auto *table = panel.findChild<QTableView *>(QStringLiteral("scanTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(
            table->model()->index(0, ScannedMessageModel::QueueId).data().toString(), QLatin1String(Suspect));
        QCOMPARE(table->model()->index(0, ScannedMessageModel::Queue).data().toString(),
            QStringLiteral("deferred"));
        QCOMPARE(table->model()->index(0, ScannedMessageModel::Sender).data().toString(),
            QStringLiteral("a@example.test"));
        QVERIFY(!table->model()->index(0, ScannedMessageModel::Arrived).data().toString().isEmpty());

        auto *hold = panel.findChild<QPushButton *>(QStringLiteral("holdButton"));
        QVERIFY(hold);
        QTRY_VERIFY(hold->isVisible() && hold->isEnabled());
        QTest::mouseClick(hold, Qt::LeftButton);
        FakeTransport *gateway = m_factory.lastTransport;
        QVERIFY(gateway);
        QTRY_VERIFY(gateway->commands.contains(
            QStringList { QStringLiteral("postsuper"), QStringLiteral("-h"), QStringLiteral("-") }));
        const int at = gateway->commands.indexOf(
            QStringList { QStringLiteral("postsuper"), QStringLiteral("-h"), QStringLiteral("-") });
        QVERIFY(gateway->inputs.at(at).contains(Suspect));
        QTRY_VERIFY(!m_journal.ofKind(QStringLiteral("monitor.suspect.held")).isEmpty());
    }

    void nothingLeavingIsCalledStopped()
    {
        m_stalled = true;
        auto session = m_factory.create(profile(QStringLiteral("quiet")), &m_journal);
        session->monitor()->setQueueInterval(200);
        GatewayMonitorPanel panel;
        panel.resize(1024, 700);
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The services are all green; the verdict still says mail stopped,
        // with the real next hop, the gateway and the time.
        QTRY_VERIFY(panel.verdictText().startsWith(QLatin1String("Outbound delivery stopped: 6 of 6")));
        QVERIFY2(panel.verdictText().contains(QLatin1String("127.0.0.1:2 refuses connections")),
            qPrintable(panel.verdictText()));
        QVERIFY(panel.verdictText().contains(QLatin1String("quiet")));

        // Readable after every theme switch (WCAG AA for text).
        auto *verdict = panel.findChild<QLabel *>(QStringLiteral("monitorVerdict"));
        QVERIFY(verdict);
        for (const Theme::Mode mode :
            { Theme::Mode::Dark, Theme::Mode::Light, Theme::Mode::Dark, Theme::Mode::Light }) {
            Theme::apply(mode);
            QCoreApplication::processEvents();
            const QImage shot = verdict->grab().toImage();
            const double ratio = Theme::contrast(
                verdict->palette().color(QPalette::WindowText), verdict->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("contrast %1 after %2").arg(ratio).arg(Theme::name(mode))));
            // What is painted is what the palette says.
            QCOMPARE(shot.pixelColor(2, 2).rgb(), verdict->palette().color(QPalette::Window).rgb());
            // The charts too: their background and labels follow the theme.
            const QList<ZoomableChartView *> charts = panel.findChildren<ZoomableChartView *>();
            QVERIFY(!charts.isEmpty());
            for (ZoomableChartView *view : charts) {
                const QColor back = view->chart()->backgroundBrush().color();
                QCOMPARE(back.rgb(), view->palette().color(QPalette::Base).rgb());
                for (QAbstractAxis *axis : view->chart()->axes())
                    QVERIFY2(Theme::contrast(axis->labelsColor(), back) >= 4.5,
                        qPrintable(QStringLiteral("chart labels after %1").arg(Theme::name(mode))));
                QVERIFY(Theme::contrast(view->chart()->titleBrush().color(), back) >= 4.5);
            }
        }

        // The reason's buttons act on its messages without a context menu.
        auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("monitorTabs"));
        auto *reasons = panel.findChild<QTreeWidget *>(QStringLiteral("reasonTree"));
        QVERIFY(tabs && reasons);
        tabs->setCurrentIndex(3);
        QTRY_COMPARE(reasons->topLevelItemCount(), 1);
        QVERIFY(reasons->topLevelItem(0)->text(2).contains(QLatin1String("127.0.0.1[127.0.0.1]:2")));
        auto *hold = reasons->parentWidget()->findChild<QPushButton *>(QStringLiteral("bulk_hold"));
        QVERIFY(hold);
        reasons->setCurrentItem(reasons->topLevelItem(0));
        QVERIFY(hold->isEnabled());
        QTest::mouseClick(hold, Qt::LeftButton);
        QVERIFY2(panel.statusText().startsWith(QLatin1String("Selecting the messages")),
            qPrintable(panel.statusText()));
        m_stalled = false;
    }

    void profileSwitchClearsThePanel()
    {
        auto looping = m_factory.create(profile(QStringLiteral("looping")), &m_journal);
        GatewayMonitorPanel panel;
        panel.setSession(looping.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.findChild<QWidget *>(QStringLiteral("serviceCard_filterhub")));
        QTRY_VERIFY(!panel.alertText().isEmpty());

        panel.showLoading(QStringLiteral("quiet"));
        looping.reset(); // the old session goes while the panel shows "Loading"
        auto *loading = panel.findChild<QLabel *>(QStringLiteral("monitorLoading"));
        QVERIFY(loading && loading->isVisible());
        QVERIFY(loading->text().contains(QLatin1String("quiet")));
        QVERIFY(!panel.monitor());

        auto quiet = m_factory.create(profile(QStringLiteral("quiet")), &m_journal);
        panel.setSession(quiet.get());
        QTRY_VERIFY(panel.findChild<QWidget *>(QStringLiteral("serviceCard_postfix")));
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("serviceCard_filterhub")));
        QVERIFY(panel.alertText().isEmpty());
        QVERIFY(!loading->isVisible());
    }
    void profileSwitchWhileAMessageLoads()
    {
        auto looping = m_factory.create(profile(QStringLiteral("looping")), &m_journal);
        GatewayMonitorPanel panel;
        panel.resize(1000, 700);
        panel.setSession(looping.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The crash loop's suspect is checked and joins the malformed list.
        auto *table = panel.findChild<QTableView *>(QStringLiteral("scanTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);

        m_slowPostcat = true;
        FakeTransport *old = m_factory.lastTransport;
        const qsizetype before = old->commands.size();
        // Selecting the message (here through the Timeline's link) fetches its text.
        panel.showMessage(QLatin1String(Suspect));
        auto *inspector = panel.findChild<MessageInspector *>();
        QVERIFY(inspector);
        QCOMPARE(inspector->queueId(), QLatin1String(Suspect));
        QTRY_VERIFY(
            old->commands.size() > before && old->commands.constLast().value(0) == QLatin1String("postcat"));

        // The switch comes while postcat still runs.
        panel.showLoading(QStringLiteral("quiet"));
        looping.reset();
        auto quiet = m_factory.create(profile(QStringLiteral("quiet")), &m_journal);
        panel.setSession(quiet.get());
        m_slowPostcat = false;
        QTRY_VERIFY(panel.findChild<QWidget *>(QStringLiteral("serviceCard_postfix")));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(inspector->queueId().isEmpty());
    }
    void sshCrashLoopEvidenceComesFromTheGateway()
    {
        // A file of the same name on this machine names another message: it
        // must never be read for a gateway reached over ssh.
        QTemporaryDir dir;
        QFile local(dir.filePath(QStringLiteral("filterhub.log")));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write("filterhub[7]: processing queue_id=4BADC0FFEE1\nfilterhub[7]: segfault\n");
        local.close();
        GatewayProfile remote = profile(QStringLiteral("remote"));
        remote.transport = GatewayProfile::Transport::Ssh;
        remote.sshHost = QStringLiteral("admin@gw.example");
        remote.mailLogPath = dir.filePath(QStringLiteral("mail.log"));

        auto session = m_factory.create(remote, &m_journal);
        GatewayMonitorPanel panel;
        panel.setSession(session.get());
        panel.show();
        QTRY_VERIFY(panel.alertText().contains(QLatin1String(Suspect)));
        QVERIFY(!panel.alertText().contains(QLatin1String("4BADC0FFEE1")));
        FakeTransport *gateway = m_factory.lastTransport;
        QVERIFY(gateway);
        const QStringList tail { QStringLiteral("tail"), QStringLiteral("-n") };
        bool asked = false;
        for (const QStringList &argv : std::as_const(gateway->commands))
            asked |= argv.mid(0, 2) == tail && argv.constLast() == local.fileName();
        QVERIFY2(asked, "the service log is read through the gateway's transport");
    }
};

QTEST_MAIN(GatewayMonitorPanelTest)
#include "gatewaymonitorpanel_test.moc"
