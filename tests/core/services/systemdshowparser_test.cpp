#include "services/crashloopdetector.h"
#include "services/systemdshowparser.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace MailOps;
using State = ServiceStatus::State;

class SystemdShowParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthy();
    void states_data();
    void states();
    void notFound();
    void timestamps_data();
    void timestamps();
    void badInput_data();
    void badInput();
    void nRestartsRisingIntoAnAlert();
};

void SystemdShowParserTest::healthy()
{
    const QByteArray data = servicesTestData(QStringLiteral("systemctl-show-healthy.txt"));
    QVERIFY(!data.isEmpty());
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 2, 11), Qt::UTC);
    const Result<ServiceStatusList> r = SystemdShowParser::parse(data, now);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 3);
    const ServiceStatus &postfix = r->at(0);
    QCOMPARE(postfix.name, QStringLiteral("postfix@-.service"));
    QCOMPARE(postfix.state, State::Running);
    QCOMPARE(postfix.rawState, QStringLiteral("active/running"));
    QCOMPARE(postfix.pid, 1187);
    QCOMPARE(postfix.restartCount, 0);
    QCOMPARE(postfix.since, QDateTime(QDate(2026, 11, 23), QTime(8, 2, 11), Qt::UTC));
    QCOMPARE(postfix.uptimeSeconds(), 3600);
    QCOMPARE(r->at(2).name, QStringLiteral("amavis.service"));
    QCOMPARE(r->at(2).restartCount, 1);
    QVERIFY(r->at(2).message.isEmpty());
}

void SystemdShowParserTest::states_data()
{
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("sub");
    QTest::addColumn<QString>("result");
    QTest::addColumn<State>("state");
    QTest::newRow("running") << "active"
                             << "running"
                             << "success" << State::Running;
    QTest::newRow("oneshot that stays active") << "active"
                                               << "exited"
                                               << "success" << State::Running;
    QTest::newRow("reloading") << "reloading"
                               << "reload"
                               << "success" << State::Running;
    QTest::newRow("starting") << "activating"
                              << "start-pre"
                              << "success" << State::Starting;
    QTest::newRow("waiting to restart after a crash") << "activating"
                                                      << "auto-restart"
                                                      << "exit-code" << State::Backoff;
    QTest::newRow("stopping") << "deactivating"
                              << "stop-sigterm"
                              << "success" << State::Stopping;
    QTest::newRow("stopped") << "inactive"
                             << "dead"
                             << "success" << State::Stopped;
    QTest::newRow("failed") << "failed"
                            << "failed"
                            << "exit-code" << State::Failed;
    QTest::newRow("gave up: start limit") << "failed"
                                          << "failed"
                                          << "start-limit-hit" << State::Fatal;
    QTest::newRow("unknown word") << "maintenance"
                                  << "cleaning"
                                  << "success" << State::Unknown;
}

void SystemdShowParserTest::states()
{
    QFETCH(QString, active);
    QFETCH(QString, sub);
    QFETCH(QString, result);
    QFETCH(State, state);
    QCOMPARE(SystemdShowParser::mapState(active, sub, result), state);
}

void SystemdShowParserTest::notFound()
{
    const Result<ServiceStatusList> r = SystemdShowParser::parse(
        servicesTestData(QStringLiteral("systemctl-show-notfound.txt")), QDateTime::currentDateTimeUtc());
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).state, State::Unknown);
    QVERIFY(r->at(0).message.contains(QLatin1String("no such unit")));
    QVERIFY(!r->at(0).since.isValid());
}

void SystemdShowParserTest::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("UTC") << QByteArray("Mon 2026-11-23 09:12:03 UTC")
                         << QDateTime(QDate(2026, 11, 23), QTime(9, 12, 3), Qt::UTC);
    QTest::newRow("microseconds") << QByteArray("Mon 2026-11-23 09:12:03.250000 UTC")
                                  << QDateTime(QDate(2026, 11, 23), QTime(9, 12, 3, 250), Qt::UTC);
    QTest::newRow("unix") << QByteArray("@1795420931") << QDateTime::fromSecsSinceEpoch(1795420931, Qt::UTC);
    QTest::newRow("local zone") << QByteArray("Mon 2026-11-23 10:12:03 CET")
                                << QDateTime(QDate(2026, 11, 23), QTime(10, 12, 3), Qt::LocalTime);
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("n/a") << QByteArray("n/a") << QDateTime();
    QTest::newRow("garbage") << QByteArray("yesterday-ish") << QDateTime();
    QTest::newRow("absurd epoch") << QByteArray("@99999999999999999999") << QDateTime();
}

void SystemdShowParserTest::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(SystemdShowParser::parseTimestamp(text), expected);
}

void SystemdShowParserTest::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("cut inside a block") << servicesTestData(QStringLiteral("systemctl-show-truncated.txt"))
                                        << Error::Code::ParseError << QStringLiteral("ActiveState");
    QTest::newRow("block without Id")
        << servicesTestData(QStringLiteral("systemctl-show-truncated-block.txt")) << Error::Code::ParseError
        << QStringLiteral("no Id");
    QTest::newRow("systemctl's complaint instead of output")
        << servicesTestData(QStringLiteral("systemctl-show-garbage.txt")) << Error::Code::ParseError
        << QStringLiteral("line 1");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02=\xff\n", 5) << Error::Code::ParseError
                                 << QStringLiteral("line 1");
    QTest::newRow("two Ids in one block") << QByteArray("Id=a.service\nActiveState=active\nId=b.service\n")
                                          << Error::Code::ParseError << QStringLiteral("second Id");
    QTest::newRow("huge line") << (QByteArray("Id=") + QByteArray(100000, 'x')) << Error::Code::ParseError
                               << QStringLiteral("too long");
    QTest::newRow("huge input") << QByteArray(SystemdShowParser::MaxInputBytes + 1, '\n')
                                << Error::Code::InvalidInput << QStringLiteral("bytes");
}

void SystemdShowParserTest::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    QVERIFY(!data.isEmpty());
    const Result<ServiceStatusList> r = SystemdShowParser::parse(data, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void SystemdShowParserTest::nRestartsRisingIntoAnAlert()
{
    // Five polls of a unit that Restart=on-failure keeps restarting: NRestarts
    // goes 1, 2, 3, 5, then systemd gives up (start-limit-hit).
    CrashLoopDetector detector({ 3, std::chrono::seconds(300), std::chrono::seconds(300) });
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    QSignalSpy updated(&detector, &CrashLoopDetector::alertUpdated);
    const QDateTime t0(QDate(2026, 11, 23), QTime(9, 10, 0), Qt::UTC);
    QList<State> states;
    for (int i = 1; i <= 5; ++i) {
        const Result<ServiceStatusList> r = SystemdShowParser::parse(
            servicesTestData(QStringLiteral("systemctl-show-crashloop-%1.txt").arg(i)), t0.addSecs(i * 10));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        detector.addSamples(r.value());
        states << r->at(0).state;
        if (i < 4)
            QCOMPARE(raised.size(), 0);
    }
    QCOMPARE(states,
        (QList<State> { State::Running, State::Backoff, State::Running, State::Backoff, State::Fatal }));
    QCOMPARE(raised.size(), 1);
    const auto alert = raised.at(0).at(0).value<CrashLoopAlert>();
    QCOMPARE(alert.service, QStringLiteral("amavis.service"));
    QCOMPARE(alert.restarts, 4);
    QCOMPARE(alert.lastExitStatus, 70);
    QVERIFY2(alert.summary().contains(QLatin1String("amavis.service restarted 4 times")),
        qPrintable(alert.summary()));
    QVERIFY(!detector.isAlerting(QStringLiteral("postfix@-.service")));
}

QTEST_GUILESS_MAIN(SystemdShowParserTest)
#include "systemdshowparser_test.moc"
