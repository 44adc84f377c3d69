#include "queue/queuealertpolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;
using Rule = QueueAlertPolicy::Rule;
using Settings = QueueAlertPolicy::Settings;

Q_DECLARE_METATYPE(MailOps::QueueAlertPolicy::Rule)

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Only the rule under test has limits: 1000 warning, 5000 critical.
Settings only(Rule rule)
{
    Settings s;
    s.totalWarning = s.totalCritical = 0;
    s.deferredWarning = s.deferredCritical = 0;
    s.holdWarning = s.holdCritical = 0;
    s.growthWarning = s.growthCritical = 0;
    s.clearRatio = 0.8;
    s.clearAfterSamples = 3;
    switch (rule) {
    case Rule::Total:
        s.totalWarning = 1000, s.totalCritical = 5000;
        break;
    case Rule::Deferred:
        s.deferredWarning = 1000, s.deferredCritical = 5000;
        break;
    case Rule::Hold:
        s.holdWarning = 1000, s.holdCritical = 5000;
        break;
    case Rule::DeferredGrowth:
        s.growthWarning = 100, s.growthCritical = 500;
        break;
    }
    return s;
}

QueueDepthSample at(qint64 secs, qint64 deferred, qint64 hold = 0, qint64 active = 0)
{
    QueueDepthSample s;
    s.at = kStart.addSecs(secs);
    s.messages[size_t(QueueEntry::Queue::Deferred)] = deferred;
    s.messages[size_t(QueueEntry::Queue::Hold)] = hold;
    s.messages[size_t(QueueEntry::Queue::Active)] = active;
    s.total = deferred + hold + active;
    return s;
}

QString kindName(QueueAlertPolicy::Transition::Kind kind)
{
    using K = QueueAlertPolicy::Transition::Kind;
    switch (kind) {
    case K::Raised:
        return QStringLiteral("raised");
    case K::Escalated:
        return QStringLiteral("escalated");
    case K::Deescalated:
        return QStringLiteral("deescalated");
    case K::Cleared:
        return QStringLiteral("cleared");
    }
    return QString();
}

// "raised-warning@2 cleared-ok@7": what happened at which sample.
QString run(QueueAlertPolicy &policy, Rule rule, const QList<qint64> &values, int stepSecs,
    QList<QueueAlertPolicy::Transition> *all = nullptr)
{
    QStringList out;
    for (int i = 0; i < values.size(); ++i) {
        const qint64 v = values.at(i);
        QueueDepthSample s = rule == Rule::Hold ? at(qint64(i) * stepSecs, 0, v)
            : rule == Rule::Total               ? at(qint64(i) * stepSecs, 0, 0, v)
                                                : at(qint64(i) * stepSecs, v);
        for (const auto &t : policy.evaluate(s)) {
            out << QStringLiteral("%1-%2@%3")
                       .arg(kindName(t.kind), QueueAlertPolicy::levelName(t.level))
                       .arg(i);
            if (all)
                all->append(t);
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class QueueAlertPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thresholds_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QString>("expected");
        const Rule d = Rule::Deferred;
        QTest::newRow("quiet") << d << QList<qint64> { 10, 20, 500, 999 } << QString();
        QTest::newRow("raised at the threshold")
            << d << QList<qint64> { 999, 1000 } << QStringLiteral("raised-warning@1");
        QTest::newRow("bouncing around the threshold does not flap")
            << d << QList<qint64> { 990, 1010, 990, 1010, 990, 1010, 995, 1005, 999, 1001 }
            << QStringLiteral("raised-warning@1");
        QTest::newRow("clears at once below threshold x ratio")
            << d << QList<qint64> { 1200, 790 } << QStringLiteral("raised-warning@0 cleared-ok@1");
        QTest::newRow("exactly threshold x ratio is not clearly under")
            << d << QList<qint64> { 1200, 800 } << QStringLiteral("raised-warning@0");
        QTest::newRow("clears after M samples just under") << d << QList<qint64> { 1200, 900, 900, 900, 900 }
                                                           << QStringLiteral("raised-warning@0 cleared-ok@3");
        QTest::newRow("a sample over the threshold restarts the count")
            << d << QList<qint64> { 1200, 900, 900, 1100, 900, 900, 900 }
            << QStringLiteral("raised-warning@0 cleared-ok@6");
        QTest::newRow("escalates") << d << QList<qint64> { 1200, 3000, 5200 }
                                   << QStringLiteral("raised-warning@0 escalated-critical@2");
        QTest::newRow("straight to critical")
            << d << QList<qint64> { 0, 6000 } << QStringLiteral("raised-critical@1");
        QTest::newRow("bouncing around critical stays critical")
            << d << QList<qint64> { 5100, 4900, 5100, 4900, 5100 } << QStringLiteral("raised-critical@0");
        QTest::newRow("steps down to warning") << d << QList<qint64> { 6000, 3900, 3000 }
                                               << QStringLiteral("raised-critical@0 deescalated-warning@1");
        QTest::newRow("steps down after M samples under critical")
            << d << QList<qint64> { 6000, 4500, 4500, 4500 }
            << QStringLiteral("raised-critical@0 deescalated-warning@3");
        QTest::newRow("critical to clear in one step")
            << d << QList<qint64> { 6000, 0 } << QStringLiteral("raised-critical@0 cleared-ok@1");
        QTest::newRow("raise, clear, raise again")
            << d << QList<qint64> { 1500, 100, 1500 }
            << QStringLiteral("raised-warning@0 cleared-ok@1 raised-warning@2");
        QTest::newRow("hold queue") << Rule::Hold << QList<qint64> { 10, 1500, 10 }
                                    << QStringLiteral("raised-warning@1 cleared-ok@2");
        QTest::newRow("total") << Rule::Total << QList<qint64> { 12000, 3900 }
                               << QStringLiteral("raised-critical@0 deescalated-warning@1");
    }

    void thresholds()
    {
        QFETCH(Rule, rule);
        QFETCH(QList<qint64>, values);
        QFETCH(QString, expected);
        QueueAlertPolicy policy(only(rule));
        QCOMPARE(run(policy, rule, values, 10), expected);
    }

    void growth_data()
    {
        QTest::addColumn<QList<qint64>>("deferred"); // one sample a minute
        QTest::addColumn<QString>("expected");
        QTest::newRow("168/min for 5 min")
            << QList<qint64> { 0, 168, 336, 504, 672, 840 } << QStringLiteral("raised-warning@5");
        QTest::newRow("too little history yet") << QList<qint64> { 0, 2000, 4000, 6000 } << QString();
        QTest::newRow("slow growth") << QList<qint64> { 0, 50, 100, 150, 200, 250, 300, 350 } << QString();
        QTest::newRow("a big deferred queue that does not grow")
            << QList<qint64> { 90000, 90000, 90000, 90000, 90000, 90000, 90000 } << QString();
        QTest::newRow("shrinking") << QList<qint64> { 9000, 7000, 5000, 3000, 1000, 0, 0 } << QString();
        QTest::newRow("growth escalates") << QList<qint64> { 0, 168, 336, 504, 672, 840, 3840 }
                                          << QStringLiteral("raised-warning@5 escalated-critical@6");
        QTest::newRow("a burst that stops clears") << QList<qint64> { 0, 200, 400, 600, 800, 1000, 1000, 1000,
            1000, 1000, 1000 } << QStringLiteral("raised-warning@5 cleared-ok@9");
    }

    void growth()
    {
        QFETCH(QList<qint64>, deferred);
        QFETCH(QString, expected);
        QueueAlertPolicy policy(only(Rule::DeferredGrowth));
        QCOMPARE(run(policy, Rule::DeferredGrowth, deferred, 60), expected);
    }

    void growthWithFrequentSamples()
    {
        // Every 10 s, 28 more: 168/min; the window fills after about 5 min.
        QueueAlertPolicy policy(only(Rule::DeferredGrowth));
        QList<qint64> values;
        for (int i = 0; i <= 40; ++i)
            values << 28 * i;
        QList<QueueAlertPolicy::Transition> all;
        QCOMPARE(run(policy, Rule::DeferredGrowth, values, 10, &all), QStringLiteral("raised-warning@27"));
        QCOMPARE(all.first().value, qint64(168));
        QCOMPARE(policy.level(Rule::DeferredGrowth), QueueAlertPolicy::Level::Warning);
    }

    void textsSayWhatHappened()
    {
        QueueAlertPolicy policy(only(Rule::DeferredGrowth));
        QList<QueueAlertPolicy::Transition> all;
        run(policy, Rule::DeferredGrowth, { 0, 168, 336, 504, 672, 840 }, 60, &all);
        QCOMPARE(all.size(), 1);
        const auto &t = all.first();
        QCOMPARE(t.rule, Rule::DeferredGrowth);
        QCOMPARE(t.threshold, qint64(100));
        QCOMPARE(t.at, kStart.addSecs(300));
        QCOMPARE(t.text,
            QStringLiteral("Deferred queue grew by 840 messages in 5 min (168/min); warning at 100/min."));
        QCOMPARE(t.title, QStringLiteral("Deferred queue growth: warning"));

        QueueAlertPolicy counts(only(Rule::Deferred));
        all.clear();
        run(counts, Rule::Deferred, { 5300, 3000, 10 }, 10, &all);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).title, QStringLiteral("Deferred queue: critical"));
        QCOMPARE(all.at(0).text, QStringLiteral("The deferred queue holds 5300 messages; critical at 5000."));
        QCOMPARE(all.at(1).title, QStringLiteral("Deferred queue: down to warning"));
        QCOMPARE(all.at(2).title, QStringLiteral("Deferred queue: back to normal"));
        QCOMPARE(all.at(2).text, QStringLiteral("The deferred queue holds 10 messages; under 1000 again."));
    }

    void oldAndInvalidSamplesAreIgnored()
    {
        QueueAlertPolicy policy(only(Rule::Deferred));
        QCOMPARE(policy.evaluate(at(100, 2000)).size(), 1);
        QVERIFY(policy.evaluate(at(50, 0)).isEmpty()); // older: ignored, alert stays
        QVERIFY(policy.evaluate(at(100, 0)).isEmpty()); // same time
        QueueDepthSample invalid = at(200, 0);
        invalid.at = QDateTime();
        QVERIFY(policy.evaluate(invalid).isEmpty());
        QCOMPARE(policy.level(Rule::Deferred), QueueAlertPolicy::Level::Warning);
        QCOMPARE(policy.evaluate(at(200, 0)).size(), 1);
    }

    void activeAlertsMostSevereFirst()
    {
        Settings s = only(Rule::Deferred);
        s.holdWarning = 10;
        s.holdCritical = 20;
        QueueAlertPolicy policy(s);
        policy.evaluate(at(0, 1500, 50));
        const auto alerts = policy.activeAlerts();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).rule, Rule::Hold);
        QCOMPARE(alerts.at(0).level, QueueAlertPolicy::Level::Critical);
        QCOMPARE(alerts.at(1).rule, Rule::Deferred);
        QCOMPARE(alerts.at(1).value, qint64(1500));
        QCOMPARE(alerts.at(1).since, kStart);
        policy.reset();
        QVERIFY(policy.activeAlerts().isEmpty());
    }

    void absurdCountsDoNotBreakIt()
    {
        QueueAlertPolicy policy;
        QVERIFY(!policy.evaluate(at(0, std::numeric_limits<qint64>::max() / 2)).isEmpty());
        policy.evaluate(at(300, -std::numeric_limits<qint64>::max() / 2));
        for (int i = 0; i < 100000; ++i) // a very fast feed stays bounded
            policy.evaluate(at(400 + i, i));
        QVERIFY(policy.activeAlerts().size() >= 1);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings s;
        s.deferredWarning = 123;
        s.deferredCritical = 456;
        s.growthWindowMinutes = 10;
        s.clearRatio = 0.5;
        s.clearAfterSamples = 7;
        s.holdWarning = 0; // off
        QueueAlertPolicy::save(ini, QStringLiteral("QueueAlerts"), s);
        ini.sync();
        QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QStringList messages;
        QCOMPARE(QueueAlertPolicy::load(again, QStringLiteral("QueueAlerts"), &messages), s);
        QVERIFY(messages.isEmpty());
        QVERIFY(QueueAlertPolicy::validate(s).isEmpty());
        // Nothing stored: the defaults, silently.
        QCOMPARE(QueueAlertPolicy::load(again, QStringLiteral("Missing"), &messages), Settings {});
        QVERIFY(messages.isEmpty());
    }

    void badSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a number") << QStringLiteral("deferredWarning") << QStringLiteral("lots");
        QTest::newRow("negative") << QStringLiteral("totalCritical") << QStringLiteral("-5");
        QTest::newRow("huge") << QStringLiteral("holdWarning") << QStringLiteral("99999999999999999999");
        QTest::newRow("window zero") << QStringLiteral("growthWindowMinutes") << QStringLiteral("0");
        QTest::newRow("window a week") << QStringLiteral("growthWindowMinutes") << QStringLiteral("10080");
        QTest::newRow("ratio above 1") << QStringLiteral("clearRatio") << QStringLiteral("1.5");
        QTest::newRow("ratio zero") << QStringLiteral("clearRatio") << QStringLiteral("0");
        QTest::newRow("ratio junk") << QStringLiteral("clearRatio") << QStringLiteral("nan");
        QTest::newRow("samples zero") << QStringLiteral("clearAfterSamples") << QStringLiteral("0");
        QTest::newRow("critical under warning") << QStringLiteral("deferredCritical") << QStringLiteral("10");
    }

    void badSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("QueueAlerts/") + key, value);
        QStringList messages;
        const Settings loaded = QueueAlertPolicy::load(ini, QStringLiteral("QueueAlerts"), &messages);
        QCOMPARE(loaded, Settings {});
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(
                     key == QLatin1String("deferredCritical") ? QStringLiteral("deferred") : key),
            qPrintable(messages.first()));
    }

    void validateNamesProblems()
    {
        Settings s;
        s.growthCritical = 1;
        s.growthWarning = 10;
        s.clearRatio = 0;
        QCOMPARE(QueueAlertPolicy::validate(s).size(), 2);
        QVERIFY(QueueAlertPolicy::validate(Settings {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(QueueAlertPolicyTest)
#include "queuealertpolicy_test.moc"
