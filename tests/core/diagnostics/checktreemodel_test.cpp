#include "diagnostics/checktreemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace MailOps;
using V = CheckItem::Verdict;

class CheckTreeModelTest : public QObject
{
    Q_OBJECT

    static CheckItem item(const QString &id, const QString &parent, V v)
    {
        CheckItem i;
        i.id = id;
        i.parentId = parent;
        i.title = id;
        i.verdict = v;
        return i;
    }

private Q_SLOTS:
    void buildsTreeLive()
    {
        CheckTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(item(QStringLiteral("mx"), {}, V::Running));
        model.upsert(item(QStringLiteral("mx/mx1"), QStringLiteral("mx"), V::Running));
        model.upsert(item(QStringLiteral("mx/mx2"), QStringLiteral("mx"), V::Pass));
        model.upsert(item(QStringLiteral("mx/mx1/port25"), QStringLiteral("mx/mx1"), V::Fail));
        model.upsert(item(QStringLiteral("spf"), {}, V::Pass));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex mx = model.indexOf(QStringLiteral("mx"));
        QCOMPARE(model.rowCount(mx), 2);
        QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("mx/mx1"))), 1);
        QCOMPARE(model.parent(model.indexOf(QStringLiteral("mx/mx1/port25"))),
            model.indexOf(QStringLiteral("mx/mx1")));
        QCOMPARE(model.overall(), V::Fail);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CheckItem done = item(QStringLiteral("mx"), {}, V::Warning);
        done.summary = QStringLiteral("one MX of two answers");
        done.elapsedMs = 12;
        model.upsert(done);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CheckTreeModel::Summary).data().toString(),
            QStringLiteral("one MX of two answers"));
        QCOMPARE(model.index(0, CheckTreeModel::Verdict).data(CheckTreeModel::VerdictRole).toInt(),
            int(V::Warning));

        const QList<CheckItem> ordered = model.items();
        QCOMPARE(ordered.size(), 5);
        QCOMPARE(ordered.at(0).id, QStringLiteral("mx"));
        QCOMPARE(ordered.at(2).id, QStringLiteral("mx/mx1/port25"));
        QCOMPARE(ordered.at(4).id, QStringLiteral("spf"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.item(QStringLiteral("mx")));
    }

    void orphanGoesToTop()
    {
        CheckTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(item(QStringLiteral("x"), QStringLiteral("nope"), V::Info));
        QCOMPARE(model.rowCount(), 1);
    }

    void runningAndSkippedDoNotCount()
    {
        CheckTreeModel model;
        model.upsert(item(QStringLiteral("a"), {}, V::Pass));
        model.upsert(item(QStringLiteral("b"), {}, V::Skipped));
        model.upsert(item(QStringLiteral("c"), {}, V::Running));
        QCOMPARE(model.overall(), V::Pass);
    }
};

QTEST_GUILESS_MAIN(CheckTreeModelTest)
#include "checktreemodel_test.moc"
