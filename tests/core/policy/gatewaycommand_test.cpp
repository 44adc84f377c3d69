#include "policy/gatewaycommand.h"

#include <QtTest>

using namespace MailOps;

// The shared reporting of gateway commands: the line an admin reads when one
// fails, and which tables postmap must rebuild.
class GatewayCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineIsTrimmed()
    {
        QCOMPARE(firstLine("\n  postmap: fatal: open /etc/postfix/access: No such file\nmore\n"),
            QStringLiteral("postmap: fatal: open /etc/postfix/access: No such file"));
        QCOMPARE(firstLine({}), QString());
    }

    void indexedTables_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("indexed");
        QTest::newRow("hash") << QStringLiteral("hash") << true;
        QTest::newRow("lmdb") << QStringLiteral("lmdb") << true;
        QTest::newRow("cdb") << QStringLiteral("cdb") << true;
        QTest::newRow("cidr") << QStringLiteral("cidr") << false;
        QTest::newRow("pcre") << QStringLiteral("pcre") << false;
        QTest::newRow("texthash") << QStringLiteral("texthash") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void indexedTables()
    {
        QFETCH(QString, type);
        QFETCH(bool, indexed);
        QCOMPARE(isIndexedTable(type), indexed);
    }

    void successPassesThrough()
    {
        CommandOutput out;
        out.exitCode = 0;
        out.stdOut = "ok\n";
        const Result<CommandOutput> r = requireSuccess(out, { QStringLiteral("true") });
        QVERIFY(r.ok());
        QCOMPARE(r->stdOut, QByteArray("ok\n"));
    }

    void failureNamesCommandAndReason()
    {
        CommandOutput out;
        out.exitCode = 5;
        out.stdErr = "Failed to stop x.timer: Unit x.timer not loaded.\n";
        const Result<CommandOutput> r = requireSuccess(
            out, { QStringLiteral("systemctl"), QStringLiteral("stop"), QStringLiteral("x.timer") });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ProcessFailed);
        QCOMPARE(r.error().message,
            QStringLiteral(
                "systemctl stop x.timer failed (exit 5): Failed to stop x.timer: Unit x.timer not loaded."));
        out.stdErr.clear();
        QCOMPARE(requireSuccess(out, { QStringLiteral("false") }).error().message,
            QStringLiteral("false failed (exit 5)"));
    }

    void transportErrorStays()
    {
        const Result<CommandOutput> lost = Error { Error::Code::Timeout, QStringLiteral("ssh timed out") };
        const Result<CommandOutput> r = requireSuccess(lost, { QStringLiteral("cat") });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Timeout);
    }
};

QTEST_GUILESS_MAIN(GatewayCommandTest)
#include "gatewaycommand_test.moc"
