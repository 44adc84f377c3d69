#include "message/queuescanner.h"
#include "transport/localtransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The scan against stand-ins for postqueue and postcat: shell scripts in a
// directory put first on PATH, so the scanner runs the same argv over the
// same LocalTransport as on a gateway, and each script plays one situation
// (a clean message, a broken one, one that left the queue, a huge one, a
// postcat that hangs).
class QueueScannerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_bin;
    QByteArray m_path;

    void script(const QString &name, const QByteArray &body)
    {
        QFile f(m_bin.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    static QByteArray entry(const char *id, const char *sender)
    {
        return QByteArray("{\"queue_name\": \"deferred\", \"queue_id\": \"") + id
            + "\", \"arrival_time\": 1700000000, \"message_size\": 900, \"forced_expire\": false, "
              "\"sender\": \""
            + sender
            + "\", \"recipients\": [{\"address\": \"u@example.com\", \"delay_reason\": \"connect "
              "refused\"}]}\n";
    }

    Result<QueueScanResult> runScan(QueueScanner &scanner, int timeoutMs = 20000)
    {
        QSignalSpy spy(&scanner, &QueueScanner::finished);
        scanner.scan();
        if (!spy.wait(timeoutMs) && spy.isEmpty())
            return Error { Error::Code::Timeout, QStringLiteral("no result") };
        return spy.at(0).at(0).value<Result<QueueScanResult>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        m_path = qgetenv("PATH");
        qputenv("PATH", m_bin.path().toLocal8Bit() + ':' + m_path);
        // postcat -h -b -q ID: the id is the last argument.
        script(QStringLiteral("postcat"),
            "for a; do id=$a; done\n"
            "case $id in\n"
            "  AAAAAA1) printf 'From: a@example.com\\nDate: Mon, 23 Nov 2026 10:00:00 +0000\\nSubject: "
            "fine\\n\\nhello\\n' ;;\n"
            "  BBBBBB2) printf 'From: b@example.com\\nSubject: no date\\n\\nhello\\n' ;;\n"
            "  CCCCCC3) echo \"postcat: fatal: open queue file $id: No such file or directory\" >&2; exit 1 "
            ";;\n"
            "  DDDDDD4) printf 'From: d@example.com\\nDate: Mon, 23 Nov 2026 10:00:00 +0000\\nX-Long: '; "
            "head -c 20000000 /dev/zero | tr '\\000' a; printf '\\n\\nbody\\n' ;;\n"
            "  EEEEEE5) sleep 30 ;;\n"
            "esac\n");
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void flagsExactlyTheBrokenOnes()
    {
        script(QStringLiteral("postqueue"),
            "cat <<'EOF'\n" + entry("AAAAAA1", "a@example.com") + entry("BBBBBB2", "b@example.com")
                + entry("CCCCCC3", "c@example.com") + entry("DDDDDD4", "d@example.com") + "EOF\n");
        LocalTransport transport;
        GatewayProfile profile;
        QueueScanner scanner(&transport, PostfixCommands(profile));
        scanner.setSuspects({ { QStringLiteral("AAAAAA1"), QStringLiteral("named by filterhub") } });
        QSignalSpy progress(&scanner, &QueueScanner::progress);
        const auto r = runScan(scanner, 60000);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->listed, 4);
        QCOMPARE(r->scanned, 3);
        QCOMPARE(r->vanished, 1);
        QCOMPARE(progress.size(), 4);
        // The clean suspect is kept (it is a suspect), the message without a
        // Date and the one with a 20 MB header line are findings, the one that
        // left the queue is not.
        QStringList ids;
        for (const ScannedMessage &m : r->findings)
            ids << m.entry.queueId;
        ids.sort();
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("AAAAAA1"), QStringLiteral("BBBBBB2"), QStringLiteral("DDDDDD4") }));
        for (const ScannedMessage &m : r->findings) {
            QVERIFY(m.fetched);
            if (m.entry.queueId == QLatin1String("AAAAAA1")) {
                QVERIFY(m.suspect);
                QVERIFY(m.report.isClean());
            } else if (m.entry.queueId == QLatin1String("BBBBBB2")) {
                QVERIFY(m.report.has(MessageDefect::Code::MissingDate));
                QVERIFY(!m.suspect);
            } else {
                QVERIFY(m.report.has(MessageDefect::Code::LineTooLong));
                QVERIFY(m.report.bytes > 20000000);
            }
        }
    }

    // After an action the panel looks again at just the listed messages:
    // one listing, and only those still queued are fetched.
    void rescanOfSomeIds()
    {
        script(QStringLiteral("postqueue"),
            "cat <<'EOF'\n" + entry("AAAAAA1", "a@example.com") + entry("BBBBBB2", "b@example.com")
                + entry("DDDDDD4", "d@example.com") + "EOF\n");
        LocalTransport transport;
        QueueScanner scanner(&transport, PostfixCommands(GatewayProfile()));
        QSignalSpy spy(&scanner, &QueueScanner::finished);
        scanner.scan({ QStringLiteral("BBBBBB2"), QStringLiteral("EEEEEE5") }); // EEEEEE5 is gone
        QVERIFY(spy.wait(10000));
        const auto r = spy.at(0).at(0).value<Result<QueueScanResult>>();
        QVERIFY(r.ok());
        QCOMPARE(r->listed, 1);
        QCOMPARE(r->findings.size(), 1);
        QCOMPARE(r->findings.constFirst().entry.queueId, QStringLiteral("BBBBBB2"));
        QCOMPARE(r->findings.constFirst().entry.sender, QStringLiteral("b@example.com"));
    }

    void hangingFetchTimesOutAndGarbageIdsAreRefused()
    {
        script(QStringLiteral("postqueue"),
            "cat <<'EOF'\n" + entry("EEEEEE5", "e@example.com") + entry("-rf", "x@example.com") + "EOF\n");
        LocalTransport transport;
        QueueScanner scanner(&transport, PostfixCommands(GatewayProfile()));
        scanner.setFetchTimeout(300);
        const auto r = runScan(scanner);
        QVERIFY(r.ok());
        QCOMPARE(r->findings.size(), 2);
        for (const ScannedMessage &m : r->findings) {
            QVERIFY(!m.fetched);
            QVERIFY2(!m.fetchError.isEmpty(), qPrintable(m.entry.queueId));
        }
    }

    void listingFailureIsAnError()
    {
        script(QStringLiteral("postqueue"),
            "echo 'postqueue: fatal: Queue report unavailable - mail system is down' >&2; exit 69\n");
        LocalTransport transport;
        QueueScanner scanner(&transport, PostfixCommands(GatewayProfile()));
        const auto r = runScan(scanner);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("mail system is down")));
    }

    void scanIdsAndFetchRaw()
    {
        LocalTransport transport;
        QueueScanner scanner(&transport, PostfixCommands(GatewayProfile()));
        QSignalSpy spy(&scanner, &QueueScanner::finished);
        scanner.scanIds({ QStringLiteral("BBBBBB2") });
        QVERIFY(spy.wait(10000));
        const auto r = spy.at(0).at(0).value<Result<QueueScanResult>>();
        QVERIFY(r.ok());
        QCOMPARE(r->findings.size(), 1);

        auto raw = QueueScanner::fetchRaw(
            &transport, PostfixCommands(GatewayProfile()), QStringLiteral("DDDDDD4"), 4096);
        QTRY_VERIFY_WITH_TIMEOUT(raw.isFinished(), 30000);
        QVERIFY(raw.result().ok());
        QCOMPARE(raw.result().value().size(), 4096); // the head of a 20 MB message
        auto gone = QueueScanner::fetchRaw(
            &transport, PostfixCommands(GatewayProfile()), QStringLiteral("CCCCCC3"));
        QTRY_VERIFY_WITH_TIMEOUT(gone.isFinished(), 10000);
        QVERIFY(!gone.result().ok());
        QCOMPARE(gone.result().error().code, Error::Code::NotFound);
        auto bad
            = QueueScanner::fetchRaw(&transport, PostfixCommands(GatewayProfile()), QStringLiteral("--help"));
        QVERIFY(bad.isFinished());
        QCOMPARE(bad.result().error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(QueueScannerTest)
#include "queuescanner_test.moc"
