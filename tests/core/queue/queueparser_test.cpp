#include "queue/mailqparser.h"
#include "queue/qshapemodel.h"
#include "queue/queueparser.h"
#include "queue/queuesummary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QtTest>

using namespace MailOps;

namespace {

const char kGoodLine[]
    = R"({"queue_name": "deferred", "queue_id": "3F2A81C0B1", "arrival_time": 1795424400, "message_size": 1234, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "bob@example.net", "delay_reason": "connect to 127.0.0.1[127.0.0.1]:2: Connection refused"}]})";

QList<QueueEntry> parseAll(const QByteArray &input, int chunk, QueueParser *parser)
{
    QList<QueueEntry> entries;
    parser->setEntryHandler([&](const QueueEntry &e) { entries.append(e); });
    for (qsizetype i = 0; i < input.size(); i += chunk)
        parser->feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(chunk, input.size() - i)));
    parser->finish();
    return entries;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/") + name;
}

QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The summary as text, for golden files.
QByteArray describe(const QueueSummary &s)
{
    QByteArray out;
    out += "messages " + QByteArray::number(s.messages()) + " recipients "
        + QByteArray::number(s.recipients()) + " bytes " + QByteArray::number(s.bytes()) + '\n';
    for (int q = 0; q < QueueSummary::QueueCount; ++q)
        out += QueueEntry::nameOfQueue(QueueEntry::Queue(q)).toUtf8() + ' '
            + QByteArray::number(s.messages(QueueEntry::Queue(q))) + '\n';
    out += "age";
    for (qint64 n : s.ageHistogram())
        out += ' ' + QByteArray::number(n);
    out += '\n';
    for (const auto &row : s.domainTable()) {
        out += "domain " + row.domain.toUtf8() + ' ' + QByteArray::number(row.total);
        for (qint64 n : row.buckets)
            out += ' ' + QByteArray::number(n);
        out += '\n';
    }
    for (const auto &g : s.reasonGroups())
        out += "reason " + QByteArray::number(g.recipients) + ' ' + g.pattern.toUtf8() + '\n';
    return out;
}

void compareGolden(const QByteArray &actual, const QString &goldenName)
{
    const QString path = dataPath(goldenName);
    if (qEnvironmentVariableIsSet("MAILOPS_REGENERATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual);
        return;
    }
    const QByteArray expected = readData(goldenName);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file ") + path));
    QCOMPARE(actual, expected);
}

} // namespace

class QueueParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("why");

        QTest::newRow("valid") << QByteArray(kGoodLine) << true << QString();
        QTest::newRow("no forced_expire (Postfix < 3.5)") << QByteArray(
            R"({"queue_name":"active","queue_id":"A1","arrival_time":1,"message_size":2,"sender":"","recipients":[{"address":"x@y"}]})")
                                                          << true << QString();
        QTest::newRow("truncated") << QByteArray(kGoodLine).left(60) << false
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage{") << false
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("array not object")
            << QByteArray("[1,2]") << false << QStringLiteral("not a JSON object");
        QTest::newRow("missing queue_id") << QByteArray(
            R"({"queue_name":"active","arrival_time":1,"message_size":2,"sender":"","recipients":[]})")
                                          << false << QStringLiteral("\"queue_id\" is missing");
        QTest::newRow("size is a string") << QByteArray(
            R"({"queue_name":"active","queue_id":"A1","arrival_time":1,"message_size":"2","sender":"","recipients":[]})")
                                          << false
                                          << QStringLiteral("\"message_size\" is not a non-negative number");
        QTest::newRow("negative arrival") << QByteArray(
            R"({"queue_name":"active","queue_id":"A1","arrival_time":-5,"message_size":2,"sender":"","recipients":[]})")
                                          << false << QStringLiteral("\"arrival_time\"");
        QTest::newRow("recipient without address") << QByteArray(
            R"({"queue_name":"active","queue_id":"A1","arrival_time":1,"message_size":2,"sender":"","recipients":[{"delay_reason":"x"}]})")
                                                   << false << QStringLiteral("recipient");
        QTest::newRow("recipients missing") << QByteArray(
            R"({"queue_name":"active","queue_id":"A1","arrival_time":1,"message_size":2,"sender":""})")
                                            << false << QStringLiteral("\"recipients\" is missing");
    }

    void parseLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(QString, why);
        QueueEntry entry;
        QString reason;
        QCOMPARE(QueueParser::parseLine(line, &entry, &reason), ok);
        if (!ok)
            QVERIFY2(reason.contains(why), qPrintable(reason));
    }

    void fieldsOfGoodLine()
    {
        QueueEntry e;
        QString why;
        QVERIFY(QueueParser::parseLine(QByteArrayView(kGoodLine), &e, &why));
        QCOMPARE(e.queue, QueueEntry::Queue::Deferred);
        QCOMPARE(e.queueId, QStringLiteral("3F2A81C0B1"));
        QCOMPARE(e.arrivalTime, 1795424400);
        QCOMPARE(e.messageSize, 1234);
        QCOMPARE(e.sender, QStringLiteral("alice@example.com"));
        QCOMPARE(e.recipients.size(), 1);
        QCOMPARE(e.recipients[0].address, QStringLiteral("bob@example.net"));
    }

    void streamingAnyChunkSize_data()
    {
        QTest::addColumn<int>("chunk");
        for (int c : { 1, 2, 7, 64, 4096, 1 << 20 })
            QTest::addRow("chunk %d", c) << c;
    }

    void streamingAnyChunkSize()
    {
        QFETCH(int, chunk);
        const QByteArray input = readData(QStringLiteral("postqueue-j.jsonl"));
        QVERIFY(!input.isEmpty());
        QueueParser parser;
        const QList<QueueEntry> entries = parseAll(input, chunk, &parser);
        QCOMPARE(entries.size(), 12);
        QCOMPARE(parser.badLines(), 3);
        // Bad lines are reported with their numbers, and parsing went on after them.
        QCOMPARE(parser.issues().size(), 3);
        QCOMPARE(parser.issues()[0].line, 5);
        QCOMPARE(parser.issues()[1].line, 9);
        QCOMPARE(parser.issues()[2].line, 16);
    }

    void hugeLineIsSkippedAndCounted()
    {
        QByteArray input = QByteArray(kGoodLine) + '\n';
        input += "{\"queue_name\":\"" + QByteArray(3 << 20, 'x') + "\"}\n";
        input += QByteArray(kGoodLine) + '\n';
        QueueParser parser;
        // The bound, set low here; by default only a runaway stream reaches it.
        parser.setMaxLineLength(qsizetype(1) << 20);
        const QList<QueueEntry> entries = parseAll(input, 65536, &parser);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(parser.badLines(), 1);
        QCOMPARE(parser.issues().constFirst().line, 2);
        QVERIFY(parser.issues().constFirst().message.contains(QStringLiteral("longer than")));
    }

    void lastLineWithoutNewline()
    {
        QueueParser parser;
        const QList<QueueEntry> entries = parseAll(QByteArray(kGoodLine), 100, &parser);
        QCOMPARE(entries.size(), 1);
    }

    void normaliseReason_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("connect refused")
            << QStringLiteral("connect to 127.0.0.1[127.0.0.1]:2: Connection refused")
            << QStringLiteral("connect to IP[IP]:N: Connection refused");
        QTest::newRow("bracket only") << QStringLiteral("connect to [127.0.0.1]:2: Connection refused")
                                      << QStringLiteral("connect to [IP]:N: Connection refused");
        QTest::newRow("ipv6") << QStringLiteral(
            "connect to mx.example.net[2001:db8::25]:25: Connection timed out")
                              << QStringLiteral("connect to mx.example.net[IP]:N: Connection timed out");
        QTest::newRow("greylisted, codes kept")
            << QStringLiteral("host mx.example.net[192.0.2.7] said: 450 4.7.1 <bob@example.net>: Recipient "
                              "address rejected: Greylisted for 300 seconds (in reply to RCPT TO command)")
            << QStringLiteral("host mx.example.net[IP] said: 450 4.7.1 <ADDR>: Recipient address rejected: "
                              "Greylisted for N seconds (in reply to RCPT TO command)");
        QTest::newRow("queue id") << QStringLiteral("250 2.0.0 Ok: queued as 4XyZ1b2c3dz9abc")
                                  << QStringLiteral("250 2.0.0 Ok: queued as ID");
        // Two over-quota deferrals of different messages: one group.
        QTest::newRow("multi-line reply, first message")
            << QStringLiteral(
                   "host gmail-smtp-in.l.google.com[142.250.102.27] said: 452-4.2.2 The recipient's "
                   "inbox is out of storage space. Please direct 452-4.2.2 the recipient to 452-4.2.2  "
                   "https://support.google.com/mail/?p=OverQuotaTemp q24si6538316pgt.498 - gsmtp (in "
                   "reply to RCPT TO command)")
            << QStringLiteral(
                   "host gmail-smtp-in.l.google.com[IP] said: 452 4.2.2 The recipient's inbox is out of "
                   "storage space. Please direct the recipient to https://support.google.com/mail/?p="
                   "OverQuotaTemp ID - gsmtp (in reply to RCPT TO command)");
        QTest::newRow("multi-line reply, another message")
            << QStringLiteral(
                   "host gmail-smtp-in.l.google.com[142.251.9.26] said: 452-4.2.2 The recipient's "
                   "inbox is out of storage space. Please direct 452-4.2.2 the recipient to 452-4.2.2  "
                   "https://support.google.com/mail/?p=OverQuotaTemp a7si99123fjq.211 - gsmtp (in "
                   "reply to RCPT TO command)")
            << QStringLiteral(
                   "host gmail-smtp-in.l.google.com[IP] said: 452 4.2.2 The recipient's inbox is out of "
                   "storage space. Please direct the recipient to https://support.google.com/mail/?p="
                   "OverQuotaTemp ID - gsmtp (in reply to RCPT TO command)");
        QTest::newRow("busy, with the receiver's trace")
            << QStringLiteral(
                   "host mx.example.com[198.51.100.4] said: 451 4.7.500 Server busy. Please try again "
                   "later from [192.0.2.1]. (S77719) [BN8NAM12FT045.eop-nam12.prod.protection.outlook."
                   "com] (in reply to MAIL FROM command)")
            << QStringLiteral(
                   "host mx.example.com[IP] said: 451 4.7.500 Server busy. Please try again later from "
                   "[IP]. (SN) [ID] (in reply to MAIL FROM command)");
        QTest::newRow("dns") << QStringLiteral("Host or domain name not found. Name service error for "
                                               "name=example.invalid type=MX: Host not found, try again")
                             << QStringLiteral("Host or domain name not found. Name service error for "
                                               "name=example.invalid type=MX: Host not found, try again");
    }

    void normaliseReason()
    {
        QFETCH(QString, raw);
        QFETCH(QString, pattern);
        QCOMPARE(QueueSummary::normaliseReason(raw), pattern);
    }

    void bucketForAge_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("bucket");
        QTest::newRow("new") << qint64(0) << 0;
        QTest::newRow("4m59s") << qint64(299) << 0;
        QTest::newRow("5m") << qint64(300) << 1;
        QTest::newRow("15m") << qint64(900) << 2;
        QTest::newRow("1279m") << qint64(1279 * 60) << 8;
        QTest::newRow("1280m") << qint64(1280 * 60) << 9;
        QTest::newRow("clock skew (future)") << qint64(-60) << 0;
    }

    void bucketForAge()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, bucket);
        QCOMPARE(QueueSummary::bucketForAge(seconds), bucket);
    }

    void summaryGolden()
    {
        QueueSummary summary(1795428000);
        QueueParser parser([&](const QueueEntry &e) { summary.add(e); });
        parser.feed(readData(QStringLiteral("postqueue-j.jsonl")));
        parser.finish();
        QCOMPARE(summary.messages(), 12);
        QCOMPARE(summary.messages(QueueEntry::Queue::Deferred), 7);
        compareGolden(describe(summary), QStringLiteral("postqueue-j.summary.txt"));
    }

    void domainCapBoundsMemory()
    {
        QueueSummary summary(1000);
        summary.setMaxDomains(10);
        for (int i = 0; i < 1000; ++i) {
            QueueEntry e;
            e.queue = QueueEntry::Queue::Deferred;
            e.arrivalTime = 1000;
            e.recipients.append(
                { QStringLiteral("u@d%1.example").arg(i), QStringLiteral("reason %1").arg(i) });
            summary.add(e);
        }
        QCOMPARE(summary.domainTable().size(), 11);
        QCOMPARE(summary.domainTable().constFirst().domain, QueueSummary::otherDomainsLabel());
        QCOMPARE(summary.reasonGroups().size(), 1); // "reason N"
    }

    void mailq_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("bad");
        QTest::newRow("sendmail") << QStringLiteral("mailq-sendmail.txt") << 4 << 1;
        QTest::newRow("postfix -p") << QStringLiteral("mailq-postfix.txt") << 3 << 0;
    }

    void mailq()
    {
        QFETCH(QString, file);
        QFETCH(int, entries);
        QFETCH(int, bad);
        QList<QueueEntry> got;
        MailqParser parser([&](const QueueEntry &e) { got.append(e); });
        parser.setReferenceTime(QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toSecsSinceEpoch());
        const QByteArray input = readData(file);
        QVERIFY(!input.isEmpty());
        for (qsizetype i = 0; i < input.size(); i += 5)
            parser.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(5, input.size() - i)));
        parser.finish();
        QCOMPARE(got.size(), entries);
        QCOMPARE(parser.badLines(), bad);
        QueueSummary summary(QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toSecsSinceEpoch());
        for (const QueueEntry &e : got)
            summary.add(e);
        compareGolden(describe(summary), file + QStringLiteral(".summary.txt"));
    }

    void mailqFields()
    {
        QList<QueueEntry> got;
        MailqParser parser([&](const QueueEntry &e) { got.append(e); });
        parser.setReferenceTime(QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toSecsSinceEpoch());
        parser.feed(readData(QStringLiteral("mailq-sendmail.txt")));
        parser.finish();
        QVERIFY(got.size() >= 2);
        QCOMPARE(got[0].queueId, QStringLiteral("4ANBqD0P011234"));
        QCOMPARE(got[0].queue, QueueEntry::Queue::Active);
        QCOMPARE(got[0].sender, QStringLiteral("alice@example.com"));
        QCOMPARE(got[0].messageSize, 1234);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(got[0].arrivalTime).time(), QTime(11, 52));
        QCOMPARE(got[1].sender, QString()); // MAILER-DAEMON
        QCOMPARE(got[1].recipients.constFirst().delayReason,
            QStringLiteral("Deferred: Connection refused by mx.example.net."));
    }

    void qshapeModel()
    {
        QueueSummary summary(1795428000);
        QueueParser parser([&](const QueueEntry &e) { summary.add(e); });
        parser.feed(readData(QStringLiteral("postqueue-j.jsonl")));
        parser.finish();
        QShapeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummary(summary);
        QCOMPARE(model.columnCount(), 2 + QueueSummary::BucketCount);
        QCOMPARE(model.rowCount(), 1 + int(summary.domainTable().size()));
        QCOMPARE(model.index(0, QShapeModel::DomainColumn).data().toString(), QStringLiteral("TOTAL"));
        QCOMPARE(model.index(0, QShapeModel::TotalColumn).data().toLongLong(), summary.recipients());
        QCOMPARE(
            model.headerData(QShapeModel::FirstBucketColumn, Qt::Horizontal).toString(), QStringLiteral("5"));
        QCOMPARE(model.headerData(QShapeModel::ColumnCount - 1, Qt::Horizontal).toString(),
            QStringLiteral("1280+"));
        model.setSummary(QueueSummary(1));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(QueueParserTest)
#include "queueparser_test.moc"
