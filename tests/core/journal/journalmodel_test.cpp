#include "journal/journalmodel.h"
#include "journal/journalstore.h"
#include "journaltestevent.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

// Each concerns the message its summary names.
JournalEvent ev(const QString &kind, const QString &summary, const QString &profile = QStringLiteral("mx1"),
    JournalEvent::Severity severity = JournalEvent::Severity::Info)
{
    return journalTestEvent(kind, summary, profile, severity, QStringLiteral("queue:%1").arg(summary));
}

QStringList column(const JournalModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

} // namespace

class JournalModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<JournalStore>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        m_store->setPollInterval(20);
        QVERIFY(m_store->open());
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_store->append(ev(
                i % 2 ? QStringLiteral("queue.alert") : QStringLiteral("monitor.restart"), QString::number(i),
                i < 3 ? QStringLiteral("mx1") : QStringLiteral("mx2"), JournalEvent::Severity(i % 4))));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void columnsAndNewestFirst()
    {
        JournalModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(column(model, JournalModel::Summary),
            (QStringList { QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                QStringLiteral("1"), QStringLiteral("0") }));
        QCOMPARE(model.index(0, JournalModel::Kind).data().toString(), QStringLiteral("queue.alert"));
        QCOMPARE(model.index(0, JournalModel::Gateway).data().toString(), QStringLiteral("mx2"));
        QCOMPARE(model.index(0, JournalModel::Severity).data().toString(), QStringLiteral("notice"));
        QCOMPARE(model.index(0, JournalModel::Subject).data().toString(), QStringLiteral("queue:5"));
        QCOMPARE(model.index(0, 0).data(JournalModel::SeverityRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(JournalModel::SubjectRole).toString(), QStringLiteral("queue:5"));
        QCOMPARE(model.index(0, 0).data(JournalModel::ProfileRole).toString(), QStringLiteral("mx2"));
        QVERIFY(model.index(0, 0).data(JournalModel::IdRole).toLongLong() > 0);
        QVERIFY(!model.index(0, JournalModel::Time).data().toString().isEmpty());
        QCOMPARE(
            model.headerData(JournalModel::Summary, Qt::Horizontal).toString(), QStringLiteral("Summary"));
        QCOMPARE(model.event(1).summary, QStringLiteral("4"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minSeverity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QString() << QString() << QString() << 0
                              << QStringList { QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"),
                                     QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0") };
        QTest::newRow("module") << QStringLiteral("queue.") << QString() << QString() << 0
                                << QStringList { QStringLiteral("5"), QStringLiteral("3"),
                                       QStringLiteral("1") };
        QTest::newRow("kind and profile")
            << QStringLiteral("monitor.restart") << QStringLiteral("mx1") << QString() << 0
            << QStringList { QStringLiteral("2"), QStringLiteral("0") };
        QTest::newRow("text") << QString() << QString() << QStringLiteral("queue:4") << 0
                              << QStringList { QStringLiteral("4") };
        QTest::newRow("severity") << QString() << QString() << QString() << 2
                                  << QStringList { QStringLiteral("3"), QStringLiteral("2") };
    }

    void filters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, profile);
        QFETCH(QString, text);
        QFETCH(int, minSeverity);
        QFETCH(QStringList, expected);
        JournalModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKindFilter(kind);
        model.setProfileFilter(profile);
        model.setTextFilter(text);
        model.setMinSeverity(JournalEvent::Severity(minSeverity));
        QCOMPARE(column(model, JournalModel::Summary), expected);
    }

    void liveRowsArriveAtTheTop()
    {
        JournalModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKindFilter(QStringLiteral("queue."));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store->record(ev(QStringLiteral("queue.action"), QStringLiteral("new one")));
        m_store->record(ev(QStringLiteral("monitor.restart"), QStringLiteral("filtered out")));
        m_store->record(ev(QStringLiteral("queue.alert"), QStringLiteral("newest")));
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(column(model, JournalModel::Summary).mid(0, 3),
            (QStringList { QStringLiteral("newest"), QStringLiteral("new one"), QStringLiteral("5") }));
        for (const QList<QVariant> &args : std::as_const(inserted))
            QCOMPARE(args.at(1).toInt(), 0);
    }

    void pagingWithFetchMore()
    {
        for (int i = 0; i < 50; ++i)
            QVERIFY(m_store->append(ev(QStringLiteral("page.x"), QStringLiteral("p%1").arg(i))));
        JournalModel model(m_store.get());
        model.setPageSize(20);
        // The tester fetches all by itself: it watches only from the end.
        model.setKindFilter(QStringLiteral("page."));
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(49, JournalModel::Summary).data().toString(), QStringLiteral("p0"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKindFilter(QStringLiteral("page."));
        QTRY_COMPARE(model.rowCount(), 50);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournalStore> m_store;
};

QTEST_GUILESS_MAIN(JournalModelTest)
#include "journalmodel_test.moc"
