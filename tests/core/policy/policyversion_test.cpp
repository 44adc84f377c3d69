#include "policy/policyversion.h"

#include <QtTest>

using namespace MailOps;

// The words of origins and states go into JSON, the command line and the
// store: they must read back as what was written, in any case.
class PolicyVersionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label()
    {
        PolicyVersion v;
        v.number = 42;
        QCOMPARE(v.label(), QStringLiteral("v42"));
        QCOMPARE(PolicyVersion::label(1), QStringLiteral("v1"));
    }

    void defaults()
    {
        const PolicyVersion v;
        QCOMPARE(v.number, 0);
        QCOMPARE(v.parent, 0);
        QCOMPARE(v.rollbackOf, 0);
        QCOMPARE(v.state, PolicyVersion::State::Proposed);
        QVERIFY(v.history.isEmpty());
        QVERIFY(v.snapshot.isEmpty());
    }

    void originKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("origin");
        QTest::newRow("baseline") << QStringLiteral("baseline") << int(PolicyVersion::Origin::Baseline);
        QTest::newRow("applied") << QStringLiteral("applied") << int(PolicyVersion::Origin::Applied);
        QTest::newRow("rollback") << QStringLiteral("rollback") << int(PolicyVersion::Origin::Rollback);
        QTest::newRow("drift") << QStringLiteral("drift") << int(PolicyVersion::Origin::Drift);
        QTest::newRow("imported") << QStringLiteral("imported") << int(PolicyVersion::Origin::Imported);
    }

    void originKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, origin);
        const auto o = PolicyVersion::Origin(origin);
        QCOMPARE(PolicyVersion::originKey(o), key);
        QCOMPARE(PolicyVersion::originFromKey(key), std::optional(o));
        QCOMPARE(PolicyVersion::originFromKey(QLatin1Char(' ') + key.toUpper()), std::optional(o));
        QVERIFY(!PolicyVersion::originName(o).isEmpty());
    }

    void stateKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("state");
        QTest::newRow("proposed") << QStringLiteral("proposed") << int(PolicyVersion::State::Proposed);
        QTest::newRow("applying") << QStringLiteral("applying") << int(PolicyVersion::State::Applying);
        QTest::newRow("applied") << QStringLiteral("applied") << int(PolicyVersion::State::Applied);
        QTest::newRow("confirmed") << QStringLiteral("confirmed") << int(PolicyVersion::State::Confirmed);
        QTest::newRow("reverted") << QStringLiteral("reverted") << int(PolicyVersion::State::Reverted);
        QTest::newRow("failed") << QStringLiteral("failed") << int(PolicyVersion::State::Failed);
        QTest::newRow("recorded") << QStringLiteral("recorded") << int(PolicyVersion::State::Recorded);
    }

    void stateKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, state);
        const auto s = PolicyVersion::State(state);
        QCOMPARE(PolicyVersion::stateKey(s), key);
        QCOMPARE(PolicyVersion::stateFromKey(key), std::optional(s));
        QCOMPARE(PolicyVersion::stateFromKey(key.toUpper()), std::optional(s));
        QVERIFY(!PolicyVersion::stateName(s).isEmpty());
    }

    void everyValueHasItsOwnKey()
    {
        QSet<QString> origins;
        for (const auto o : PolicyVersion::allOrigins())
            origins.insert(PolicyVersion::originKey(o));
        QCOMPARE(origins.size(), 6);
        QSet<QString> states;
        for (const auto s : PolicyVersion::allStates())
            states.insert(PolicyVersion::stateKey(s));
        QCOMPARE(states.size(), 7);
    }

    void unknownKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("misspelt") << QStringLiteral("rolback");
        QTest::newRow("translated name") << QStringLiteral("Changed outside the console");
    }

    void unknownKeys()
    {
        QFETCH(QString, key);
        QVERIFY(!PolicyVersion::originFromKey(key));
        QVERIFY(!PolicyVersion::stateFromKey(key));
    }
};

QTEST_GUILESS_MAIN(PolicyVersionTest)
#include "policyversion_test.moc"
