#include "monitor/activealerts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;

// What is wrong now, worst first: whatever is raised or cleared in between,
// the worst alert still active is the one every reader sees.
class ActiveAlertsTest : public QObject
{
    Q_OBJECT

    static ActiveAlerts::Alert alert(
        const QString &name, ActiveAlerts::Severity severity, const QDateTime &since = {})
    {
        ActiveAlerts::Alert a;
        a.name = name;
        a.source = name.section(QLatin1Char(':'), 0, 0);
        a.severity = severity;
        a.since = since;
        a.title = name;
        a.text = QStringLiteral("text of ") + name;
        return a;
    }

    // "a,b,c" as a list; an empty item stays one.
    static QStringList L(const char *items) { return QString::fromLatin1(items).split(QLatin1Char(',')); }

private Q_SLOTS:
    void worstThroughRaiseAndClear_data()
    {
        // Steps: "+name:severity" raises, "-name" clears; then the worst
        // expected ("" for none).
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("worst");
        QTest::newRow("a lesser alert after a worse one")
            << L("+crashloop:hub:c,+queue:deferred:w") << L("crashloop:hub,crashloop:hub");
        QTest::newRow("the worse one clears") << L("+crashloop:hub:c,+queue:deferred:w,-crashloop:hub")
                                              << L("crashloop:hub,crashloop:hub,queue:deferred");
        QTest::newRow("the lesser one clears") << L("+crashloop:hub:c,+queue:deferred:w,-queue:deferred")
                                               << L("crashloop:hub,crashloop:hub,crashloop:hub");
        QTest::newRow("escalation moves it up") << L("+queue:active:w,+queue:deferred:w,+queue:deferred:c")
                                                << L("queue:active,queue:active,queue:deferred");
        QTest::newRow("de-escalation moves it down")
            << L("+queue:deferred:c,+crashloop:hub:c,+queue:deferred:w")
            << L("queue:deferred,queue:deferred,crashloop:hub");
        QTest::newRow("everything clears")
            << L("+queue:deferred:c,-queue:deferred,-queue:deferred") << L("queue:deferred,,");
    }

    void worstThroughRaiseAndClear()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, worst);
        ActiveAlerts alerts;
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        for (int i = 0; i < steps.size(); ++i) {
            const QString step = steps.at(i);
            if (step.startsWith(QLatin1Char('+'))) {
                const QString name = step.mid(1).section(QLatin1Char(':'), 0, 1);
                const bool critical = step.endsWith(QLatin1String(":c"));
                alerts.raise(
                    alert(name, critical ? ActiveAlerts::Severity::Critical : ActiveAlerts::Severity::Warning,
                        t0.addSecs(i)));
            } else {
                alerts.clear(step.mid(1));
            }
            const auto top = alerts.worst();
            QCOMPARE(top ? top->name : QString(), worst.at(i));
            QCOMPARE(alerts.rowCount(), int(alerts.alerts().size()));
        }
    }

    void escalationKeepsSince()
    {
        ActiveAlerts alerts;
        const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-600);
        alerts.raise(alert(QStringLiteral("queue:deferred"), ActiveAlerts::Severity::Warning, first));
        alerts.raise(alert(QStringLiteral("queue:deferred"), ActiveAlerts::Severity::Critical));
        QCOMPARE(alerts.alerts().size(), 1);
        QCOMPARE(alerts.find(QStringLiteral("queue:deferred"))->since, first);
        QCOMPARE(alerts.worstSeverity(), ActiveAlerts::Severity::Critical);
    }

    void worstOfASource()
    {
        ActiveAlerts alerts;
        alerts.raise(alert(QStringLiteral("crashloop:hub"), ActiveAlerts::Severity::Critical));
        alerts.raise(alert(QStringLiteral("queue:deferred"), ActiveAlerts::Severity::Warning));
        QCOMPARE(alerts.worst(QStringLiteral("queue"))->name, QStringLiteral("queue:deferred"));
        alerts.clearSource(QStringLiteral("crashloop"));
        QVERIFY(!alerts.worst(QStringLiteral("crashloop")));
        QCOMPARE(alerts.worstSeverity(), ActiveAlerts::Severity::Warning);
    }

    void clearingWhatIsNotThereSaysSo()
    {
        ActiveAlerts alerts;
        QSignalSpy changed(&alerts, &ActiveAlerts::changed);
        QVERIFY(!alerts.clear(QStringLiteral("queue:deferred")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(alerts.worstSeverity(), ActiveAlerts::Severity::Info);
        alerts.raise(alert(QStringLiteral("queue:deferred"), ActiveAlerts::Severity::Warning));
        alerts.clearAll();
        QVERIFY(alerts.isEmpty());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(ActiveAlertsTest)
#include "activealerts_test.moc"
