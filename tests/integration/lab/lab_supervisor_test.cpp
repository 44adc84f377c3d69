// supervisord's XML-RPC API on 127.0.0.1:9011, as the console's service
// monitor reads it: every lab program RUNNING with a live pid.

#include "supervisorrpc.h"

#include <QDir>
#include <QtTest>

using namespace MailOps;

class LabSupervisorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiesItself()
    {
        SupervisorRpc rpc(QUrl(QStringLiteral("http://127.0.0.1:9011/RPC2")));
        const auto id = rpc.call(QStringLiteral("supervisor.getIdentification"));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(id->toString(), QStringLiteral("mailops-lab"));
    }

    void programsRunning_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("postfix") << QStringLiteral("postfix");
        QTest::newRow("nsd") << QStringLiteral("nsd");
        QTest::newRow("filterhub") << QStringLiteral("filterhub");
    }

    void programsRunning()
    {
        QFETCH(QString, program);
        SupervisorRpc rpc(QUrl(QStringLiteral("http://127.0.0.1:9011/RPC2")));
        const auto processes = rpc.allProcessInfo();
        QVERIFY2(processes, processes ? "" : qPrintable(processes.error().message));
        const auto it = std::find_if(processes->cbegin(), processes->cend(),
            [&](const SupervisorProcessInfo &p) { return p.name == program; });
        QVERIFY2(
            it != processes->cend(), qPrintable(program + QStringLiteral(" is not a supervisord program")));
        QCOMPARE(it->stateName, QStringLiteral("RUNNING"));
        QVERIFY(it->pid > 0);
        QVERIFY(it->start > 0);
        QVERIFY(QDir(QStringLiteral("/proc/%1").arg(it->pid)).exists());
    }

    void faultIsAnError()
    {
        SupervisorRpc rpc(QUrl(QStringLiteral("http://127.0.0.1:9011/RPC2")));
        const auto answer
            = rpc.call(QStringLiteral("supervisor.getProcessInfo"), { QStringLiteral("no-such-program") });
        QVERIFY(!answer);
        QVERIFY2(
            answer.error().message.contains(QStringLiteral("BAD_NAME")), qPrintable(answer.error().message));
    }
};

QTEST_GUILESS_MAIN(LabSupervisorTest)
#include "lab_supervisor_test.moc"
