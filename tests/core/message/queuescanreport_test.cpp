#include "golden.h"
#include "message/messagelinter.h"
#include "message/queuescanreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace MailOps;

class QueueScanReportTest : public QObject
{
    Q_OBJECT

    static ScannedMessage scanned(const QString &id, const QString &file, const QString &sender)
    {
        ScannedMessage s;
        s.entry.queueId = id;
        s.entry.queueName = QStringLiteral("deferred");
        s.entry.sender = sender;
        QFile f(QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/messages/") + file);
        if (f.open(QIODevice::ReadOnly)) {
            s.report = MessageLinter::lint(f.readAll());
            s.fetched = true;
        }
        return s;
    }

    static QueueScanResult result()
    {
        QueueScanResult r;
        r.listed = 4;
        r.scanned = 3;
        r.vanished = 1;
        r.findings << scanned(
            QStringLiteral("66F5C10C04C"), QStringLiteral("poison.eml"), QStringLiteral("a@example.test"))
                   << scanned(QStringLiteral("4D2A31B0E7"), QStringLiteral("nesting-bomb.eml"), QString());
        ScannedMessage gone;
        gone.entry.queueId = QStringLiteral("7B1C2D3E4F");
        gone.entry.queueName = QStringLiteral("active");
        gone.entry.sender = QStringLiteral("b@example.test");
        gone.fetchError = QStringLiteral("the message left the queue");
        r.findings << gone;
        return r;
    }

private Q_SLOTS:
    void counts()
    {
        const QueueScanReport report(result());
        QVERIFY(report.malformed() >= 1);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(QueueScanReport(QueueScanResult {}).exitCode(), 0);
    }

    void text() { MAILOPS_COMPARE_GOLDEN("queuescanreport.txt", QueueScanReport(result()).toText()); }

    void hostileSenderCannotReachTheTerminal()
    {
        QueueScanResult r;
        ScannedMessage s;
        s.entry.queueId = QStringLiteral("8AD3E4F5A6");
        s.entry.queueName = QStringLiteral("deferred");
        s.entry.sender = QStringLiteral("\x1b]0;owned\x07\x1b[2Jx@example.test");
        s.fetchError = QStringLiteral("gone\rall fine");
        r.findings << s;
        const QString text = QueueScanReport(r).toText();
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QLatin1Char('\r')));
        QVERIFY2(
            text.contains(QStringLiteral("from \\x1b]0;owned\\x07\\x1b[2Jx@example.test")), qPrintable(text));
    }

    void json()
    {
        const QJsonObject o = QueueScanReport(result()).toJson();
        QCOMPARE(o.value(QStringLiteral("listed")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("vanished")).toInt(), 1);
        const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(2).toObject().value(QStringLiteral("error")).toString(),
            QStringLiteral("the message left the queue"));
        MAILOPS_COMPARE_GOLDEN(
            "queuescanreport.json", QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
};

QTEST_GUILESS_MAIN(QueueScanReportTest)
#include "queuescanreport_test.moc"
