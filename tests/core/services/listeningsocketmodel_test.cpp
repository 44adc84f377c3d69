#include "services/listeningsocketmodel.h"
#include "services/ssoutputparser.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace MailOps;

class ListeningSocketModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conflictsComeFirstAndMissingPortsGetARow()
    {
        // Real `ss -Hltunp` lines: Postfix on 25, a stray daemon on POP3.
        const QByteArray ss = "tcp   LISTEN 0      100          0.0.0.0:25        0.0.0.0:*    "
                              "users:((\"master\",pid=812,fd=13))\n"
                              "tcp   LISTEN 0      64           0.0.0.0:110       0.0.0.0:*    "
                              "users:((\"inetd\",pid=400,fd=5))\n"
                              "tcp   LISTEN 0      128          127.0.0.1:22      0.0.0.0:*    "
                              "users:((\"sshd\",pid=300,fd=3))\n";
        const auto sockets = SsOutputParser::parse(ss);
        QVERIFY2(sockets.ok(), qPrintable(sockets.ok() ? QString() : sockets.error().message));
        QList<PortExpectation> expected;
        expected << PortExpectation { QStringLiteral("dovecot"), QStringLiteral("tcp"), 110,
            QStringLiteral("*"), { QStringLiteral("dovecot") } };
        expected << PortExpectation { QStringLiteral("postfix"), QStringLiteral("tcp"), 587,
            QStringLiteral("*"), { QStringLiteral("master") } };
        const auto conflicts = PortConflictDetector::detect(expected, sockets.value());
        QCOMPARE(conflicts.size(), 2);

        ListeningSocketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSockets(sockets.value(), conflicts);
        QCOMPARE(model.conflictCount(), 2);
        QCOMPARE(model.rowCount(), 4);
        // The two problems on top, then the healthy sockets by port.
        QVERIFY(model.index(0, 0).data(ListeningSocketModel::ConflictRole).toBool());
        QVERIFY(model.index(1, 0).data(ListeningSocketModel::ConflictRole).toBool());
        QCOMPARE(model.index(0, ListeningSocketModel::Process).data().toString(), QStringLiteral("inetd"));
        QVERIFY(!model.index(0, ListeningSocketModel::Problem).data().toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(ListeningSocketModel::PortRole).toInt(), 587);
        QCOMPARE(
            model.index(1, ListeningSocketModel::Process).data().toString(), QStringLiteral("(nothing)"));
        QCOMPARE(model.index(2, 0).data(ListeningSocketModel::PortRole).toInt(), 22);
        QCOMPARE(model.index(3, ListeningSocketModel::Pid).data().toString(), QStringLiteral("812"));
        QVERIFY(!model.index(3, 0).data(ListeningSocketModel::ConflictRole).toBool());

        model.setSockets({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ListeningSocketModelTest)
#include "listeningsocketmodel_test.moc"
