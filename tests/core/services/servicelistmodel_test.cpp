#include "services/servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace MailOps;

namespace {

ServiceStatus service(const QString &name, ServiceStatus::State state, qint64 pid, int restarts)
{
    ServiceStatus s;
    s.name = name;
    s.state = state;
    s.pid = pid;
    s.restartCount = restarts;
    s.observedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    s.since = s.observedAt.addSecs(-(90061));
    return s;
}

} // namespace

class ServiceListModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void updatesKeepRows();
    void display();
    void uptimeFormat_data();
    void uptimeFormat();
};

void ServiceListModelTest::updatesKeepRows()
{
    ServiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices({ service(QStringLiteral("postfix"), ServiceStatus::State::Running, 10, 0),
        service(QStringLiteral("filterhub"), ServiceStatus::State::Running, 11, 0) });
    QCOMPARE(model.rowCount(), 2);
    const QPersistentModelIndex hub = model.index(1, ServiceListModel::Name);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setServices({ service(QStringLiteral("postfix"), ServiceStatus::State::Running, 10, 0),
        service(QStringLiteral("filterhub"), ServiceStatus::State::Backoff, 0, 4),
        service(QStringLiteral("nsd"), ServiceStatus::State::Running, 12, 0) });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(hub.isValid());
    QCOMPARE(hub.row(), 1);
    QCOMPARE(model.index(1, ServiceListModel::State).data().toString(), QStringLiteral("backing off"));
    model.setServices({ service(QStringLiteral("filterhub"), ServiceStatus::State::Running, 13, 4) });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(hub.row(), 0);
    model.setCrashLoop(QStringLiteral("filterhub"), true);
    QCOMPARE(model.index(0, ServiceListModel::CrashLoop).data().toString(), QStringLiteral("crash loop"));
    QCOMPARE(model.index(0, ServiceListModel::CrashLoop).data(ServiceListModel::RawValueRole).toBool(), true);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ServiceListModelTest::display()
{
    ServiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceStatus s = service(QStringLiteral("postfix"), ServiceStatus::State::Running, 1187, 2);
    s.lastExitStatus = 70;
    s.message = QStringLiteral("pid 1187, uptime 1 day, 1:01:01");
    model.setServices({ s });
    auto text = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(ServiceListModel::Name), QStringLiteral("postfix"));
    QCOMPARE(text(ServiceListModel::State), QStringLiteral("running"));
    QCOMPARE(text(ServiceListModel::Pid), QStringLiteral("1187"));
    QCOMPARE(text(ServiceListModel::Uptime), QStringLiteral("1d 01:01:01"));
    QCOMPARE(text(ServiceListModel::Restarts), QStringLiteral("2"));
    QCOMPARE(text(ServiceListModel::LastExit), QStringLiteral("70"));
    QCOMPARE(text(ServiceListModel::CrashLoop), QString());
    QCOMPARE(
        model.index(0, ServiceListModel::Uptime).data(ServiceListModel::RawValueRole).toLongLong(), 90061);
    QCOMPARE(model.index(0, ServiceListModel::State).data(ServiceListModel::RawValueRole).toInt(),
        int(ServiceStatus::State::Running));
    QCOMPARE(
        model.headerData(ServiceListModel::Restarts, Qt::Horizontal).toString(), QStringLiteral("Restarts"));
}

void ServiceListModelTest::uptimeFormat_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00:00");
    QTest::newRow("ninety seconds") << qint64(90) << QStringLiteral("0:01:30");
    QTest::newRow("days") << qint64(3 * 86400 + 14 * 3600 + 5) << QStringLiteral("3d 14:00:05");
}

void ServiceListModelTest::uptimeFormat()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ServiceListModel::formatUptime(seconds), text);
}

QTEST_GUILESS_MAIN(ServiceListModelTest)
#include "servicelistmodel_test.moc"
