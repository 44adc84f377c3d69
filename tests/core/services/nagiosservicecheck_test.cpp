#include "services/nagiosservicecheck.h"

#include <QTest>

using namespace MailOps;
using State = ServiceStatus::State;

namespace {

ServiceStatus service(const QString &name, State state, int restarts = 0)
{
    ServiceStatus s;
    s.name = name;
    s.state = state;
    s.pid = state == State::Running ? 100 : 0;
    s.restartCount = restarts;
    s.observedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    if (state == State::Running)
        s.since = s.observedAt.addSecs(-3600);
    return s;
}

} // namespace

class NagiosServiceCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void outputShape();
    void crashLoopAlertIsCritical();
    void errorIsUnknown();
    void labels_data();
    void labels();
};

void NagiosServiceCheckTest::exitCodes_data()
{
    QTest::addColumn<ServiceStatusList>("services");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("statusStart");
    const QString p = QStringLiteral("postfix"), h = QStringLiteral("filterhub");
    QTest::newRow("all running") << ServiceStatusList { service(p, State::Running),
        service(h, State::Running) }
                                 << QStringList {} << 0 << "SERVICES OK - 2 of 2 services running";
    QTest::newRow("restarts at warning")
        << ServiceStatusList { service(p, State::Running), service(h, State::Running, 1) } << QStringList {}
        << 1 << "SERVICES WARNING - filterhub 1 restarts";
    QTest::newRow("restarts at critical")
        << ServiceStatusList { service(h, State::Running, 3) } << QStringList {} << 2
        << "SERVICES CRITICAL - filterhub 3 restarts";
    QTest::newRow("backoff") << ServiceStatusList { service(h, State::Backoff, 0) } << QStringList {} << 2
                             << "SERVICES CRITICAL - filterhub backoff";
    QTest::newRow("starting") << ServiceStatusList { service(h, State::Starting) } << QStringList {} << 1
                              << "SERVICES WARNING - filterhub starting";
    QTest::newRow("stopped beats unknown")
        << ServiceStatusList { service(h, State::Unknown), service(p, State::Stopped) } << QStringList {} << 2
        << "SERVICES CRITICAL - filterhub unknown; postfix stopped";
    QTest::newRow("unknown state") << ServiceStatusList { service(h, State::Unknown) } << QStringList {} << 3
                                   << "SERVICES UNKNOWN - filterhub unknown";
    QTest::newRow("required service missing")
        << ServiceStatusList { service(p, State::Running) } << QStringList { h } << 2
        << "SERVICES CRITICAL - filterhub missing";
    QTest::newRow("nothing reported")
        << ServiceStatusList {} << QStringList {} << 3 << "SERVICES UNKNOWN - no services reported";
}

void NagiosServiceCheckTest::exitCodes()
{
    QFETCH(ServiceStatusList, services);
    QFETCH(QStringList, required);
    QFETCH(int, exitCode);
    QFETCH(QString, statusStart);
    NagiosServiceCheck::Thresholds t;
    t.warningRestarts = 1;
    t.criticalRestarts = 3;
    t.required = required;
    const NagiosServiceCheck::Output out = NagiosServiceCheck::render(services, t);
    QCOMPARE(int(out.exitCode), exitCode);
    QVERIFY2(out.text.startsWith(statusStart), qPrintable(out.text));
}

void NagiosServiceCheckTest::outputShape()
{
    NagiosServiceCheck::Thresholds t;
    t.warningRestarts = 2;
    t.criticalRestarts = 5;
    const NagiosServiceCheck::Output out
        = NagiosServiceCheck::render({ service(QStringLiteral("postfix"), State::Running),
                                         service(QStringLiteral("filter hub"), State::Running, 1) },
            t);
    const QStringList lines = out.text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
        QStringLiteral(
            "SERVICES OK - 2 of 2 services running | running=2;;;0;2 postfix_restarts=0;2;5;0; "
            "postfix_uptime=3600s;;;0; 'filter hub_restarts'=1;2;5;0; 'filter hub_uptime'=3600s;;;0;"));
    QCOMPARE(lines.at(1), QStringLiteral("postfix: running, pid 100, 0 restarts"));
}

void NagiosServiceCheckTest::crashLoopAlertIsCritical()
{
    CrashLoopAlert alert;
    alert.service = QStringLiteral("filterhub");
    alert.restarts = 15;
    NagiosServiceCheck::Thresholds t;
    t.warningRestarts = 20;
    t.criticalRestarts = 30;
    const NagiosServiceCheck::Output out = NagiosServiceCheck::render(
        { service(QStringLiteral("filterhub"), State::Running, 0) }, t, { alert });
    QCOMPARE(out.exitCode, NagiosServiceCheck::Critical);
    QVERIFY2(
        out.text.startsWith(QLatin1String("SERVICES CRITICAL - filterhub crash loop")), qPrintable(out.text));
    QVERIFY(out.text.contains(QLatin1String("filterhub_restarts=15;20;30;0;")));
}

void NagiosServiceCheckTest::errorIsUnknown()
{
    const NagiosServiceCheck::Output out = NagiosServiceCheck::renderError(
        { Error::Code::ConnectionRefused, QStringLiteral("supervisord refused | the\nconnection") });
    QCOMPARE(out.exitCode, NagiosServiceCheck::Unknown);
    QCOMPARE(out.text, QStringLiteral("SERVICES UNKNOWN - supervisord refused / the connection"));
}

void NagiosServiceCheckTest::labels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("rendered");
    QTest::newRow("plain") << "postfix_restarts"
                           << "postfix_restarts";
    QTest::newRow("space") << "filter hub"
                           << "'filter hub'";
    QTest::newRow("equals and quote") << "a=b'c"
                                      << "a_b_c";
    QTest::newRow("systemd template unit") << "postfix@-.service"
                                           << "postfix@-.service";
}

void NagiosServiceCheckTest::labels()
{
    QFETCH(QString, label);
    QFETCH(QString, rendered);
    QCOMPARE(PluginOutput::perfLabel(label), rendered);
}

QTEST_GUILESS_MAIN(NagiosServiceCheckTest)
#include "nagiosservicecheck_test.moc"
