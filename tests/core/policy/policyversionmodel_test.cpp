#include "policy/policyversionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;
using Model = PolicyVersionModel;
using Origin = PolicyVersion::Origin;
using State = PolicyVersion::State;

namespace {

PolicyVersion version(qint64 number, Origin origin, State state, qint64 rollbackOf = 0)
{
    PolicyVersion v;
    v.number = number;
    v.profile = QStringLiteral("mx1");
    v.time = QDateTime(QDate(2024, 5, int(number)), QTime(9, 30), Qt::UTC);
    v.author = QStringLiteral("alice");
    v.comment = QStringLiteral("change %1").arg(number);
    v.origin = origin;
    v.state = state;
    v.rollbackOf = rollbackOf;
    v.history = { { State::Proposed, v.time, {} }, { state, v.time.addSecs(60), QStringLiteral("by hand") } };
    return v;
}

// Newest first, as the store lists them; v4 is live.
QList<PolicyVersion> versions()
{
    return { version(5, Origin::Applied, State::Failed), version(4, Origin::Rollback, State::Confirmed, 3),
        version(3, Origin::Drift, State::Recorded), version(2, Origin::Applied, State::Reverted),
        version(1, Origin::Baseline, State::Recorded) };
}

} // namespace

// PolicyVersionModel under QAbstractItemModelTester: the table's shape, the
// "(live)" mark and LiveRole on the version the gateway has, the words for
// states and origins ("rollback to v3"), and rowOf().
class PolicyVersionModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setVersions(versions(), 4);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.live(), 4);
        // A table: nothing below a row.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QVERIFY(!model.data(model.index(7, 0)).isValid());

        const QStringList headers { QStringLiteral("Version"), QStringLiteral("When"), QStringLiteral("Who"),
            QStringLiteral("State"), QStringLiteral("How"), QStringLiteral("Comment") };
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());

        model.setVersions({}, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        QTest::newRow("live version") << 1 << int(Model::Version) << QStringLiteral("v4 (live)");
        QTest::newRow("other version") << 0 << int(Model::Version) << QStringLiteral("v5");
        QTest::newRow("rollback origin") << 1 << int(Model::Origin) << QStringLiteral("rollback to v3");
        QTest::newRow("drift origin") << 2 << int(Model::Origin) << QStringLiteral("DRIFT: edited outside");
        QTest::newRow("baseline origin") << 4 << int(Model::Origin) << QStringLiteral("first seen");
        QTest::newRow("state") << 3 << int(Model::State) << PolicyVersion::stateName(State::Reverted);
        QTest::newRow("author") << 0 << int(Model::Author) << QStringLiteral("alice");
        QTest::newRow("comment") << 2 << int(Model::Comment) << QStringLiteral("change 3");
        QTest::newRow("time, local") << 4 << int(Model::Time)
                                     << QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC)
                                            .toLocalTime()
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);

        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(versions(), 4);
        QCOMPARE(model.data(model.index(row, column)).toString(), text);
    }

    void roles()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(versions(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            // Every column carries the row's roles.
            const QModelIndex i = model.index(row, int(Model::Comment));
            QCOMPARE(i.data(Model::NumberRole).toLongLong(), versions().at(row).number);
            QCOMPARE(i.data(Model::LiveRole).toBool(), row == 1);
            QCOMPARE(i.data(Model::StateRole).toInt(), int(versions().at(row).state));
            QCOMPARE(i.data(Model::OriginRole).toInt(), int(versions().at(row).origin));
        }
        const QString tip = model.index(3, 0).data(Qt::ToolTipRole).toString();
        // The comment, then one line per state the version went through.
        QCOMPARE(tip.count(QLatin1Char('\n')), versions().at(3).comment.isEmpty() ? 1 : 2);
        QVERIFY2(tip.contains(PolicyVersion::stateName(State::Reverted) + QStringLiteral(": by hand")),
            qPrintable(tip));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());

        // A rollback without a target says only how it came to be.
        PolicyVersion odd = version(6, Origin::Rollback, State::Applied);
        model.setVersions({ odd }, 0);
        QCOMPARE(model.index(0, int(Model::Origin)).data().toString(), QStringLiteral("rollback"));
        QCOMPARE(model.index(0, int(Model::Version)).data().toString(), QStringLiteral("v6"));
        QVERIFY(!model.index(0, 0).data(Model::LiveRole).toBool());
    }

    void rowOf()
    {
        Model model;
        model.setVersions(versions(), 4);
        QCOMPARE(model.rowOf(5), 0);
        QCOMPARE(model.rowOf(4), 1);
        QCOMPARE(model.rowOf(1), 4);
        QCOMPARE(model.rowOf(9), -1);
        QCOMPARE(model.rowOf(0), -1);
        QCOMPARE(model.version(2).number, 3);
        QCOMPARE(model.version(99).number, 0);
    }
};

QTEST_GUILESS_MAIN(PolicyVersionModelTest)
#include "policyversionmodel_test.moc"
