#include "queue/queuereader.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

class QueueReaderTest : public QObject
{
    Q_OBJECT

    // JSON written with single quotes, for legibility.
    static QByteArray q(const char *json) { return QByteArray(json).replace('\'', '"'); }

private Q_SLOTS:
    void summarisesProgramOutput_data()
    {
        QTest::addColumn<QueueReader::Format>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<qint64>("bad");
        QTest::newRow("postqueue -j") << QueueReader::Format::PostqueueJson
                                      << QStringLiteral("postqueue-j-clean.jsonl") << qint64(12) << qint64(0);
        QTest::newRow("mailq") << QueueReader::Format::Mailq << QStringLiteral("mailq-postfix.txt")
                               << qint64(3) << qint64(0);
    }

    void summarisesProgramOutput()
    {
        QFETCH(QueueReader::Format, format);
        QFETCH(QString, file);
        QFETCH(qint64, messages);
        QFETCH(qint64, bad);
        QueueReader reader;
        reader.setFormat(format);
        int seen = 0;
        reader.setEntryHandler([&](const QueueEntry &) { ++seen; });
        QSignalSpy spy(&reader, &QueueReader::finished);
        // `cat` stands in for postqueue: same bytes on a pipe.
        reader.start(QStandardPaths::findExecutable(QStringLiteral("cat")),
            { QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/") + file });
        QVERIFY(reader.isRunning());
        QTRY_COMPARE(spy.size(), 1);
        const auto result = spy.at(0).at(0).value<Result<QueueSummary>>();
        QVERIFY(result.ok());
        QCOMPARE(result->messages(), messages);
        QCOMPARE(seen, int(messages));
        QCOMPARE(reader.badLines(), bad);
        QVERIFY(!reader.isRunning());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("missing program")
            << QStringLiteral("/nonexistent/postqueue") << QStringList() << 5000 << Error::Code::NotFound;
        QTest::newRow("non-zero exit")
            << QStringLiteral("cat") << QStringList { QStringLiteral("/nonexistent/file") } << 5000
            << Error::Code::ProcessFailed;
        // postqueue killed halfway through a line: an error, not half a summary.
        QTest::newRow("dies mid-listing")
            << QStringLiteral("sh")
            << QStringList { QStringLiteral("-c"),
                   QStringLiteral("printf '{\"queue_name\": \"deferred\", \"queue_id\": \"AB'; kill -9 $$") }
            << 5000 << Error::Code::ProcessFailed;
        QTest::newRow("hangs") << QStringLiteral("sleep") << QStringList { QStringLiteral("30") } << 200
                               << Error::Code::Timeout;
        // What is not a listing is never a count of the queue: each of these
        // used to come out as "0 messages".
        const QString one = QString::fromLatin1(q(
            "{'queue_name': 'deferred', 'queue_id': '4BC1F2A3', 'arrival_time': 1700000000, 'message_size': "
            "1, 'sender': 'a@example.test', 'recipients': [{'address': 'b@example.test'}]}"));
        const auto prints = [](const QString &text) {
            return QStringList { QStringLiteral("-c"), QStringLiteral("printf '%s' \"$1\""),
                QStringLiteral("sh"), text };
        };
        QTest::newRow("denied, on stdout, exit 0")
            << QStringLiteral("sh")
            << prints(QStringLiteral(
                   "postqueue: fatal: User nobody(65534) is not allowed to view the mail queue\n"))
            << 5000 << Error::Code::InvalidInput;
        QTest::newRow("a JSON array")
            << QStringLiteral("sh") << prints(QLatin1Char('[') + one + QStringLiteral("]\n")) << 5000
            << Error::Code::InvalidInput;
        QTest::newRow("last line cut")
            << QStringLiteral("sh") << prints(one + QLatin1Char('\n') + one.left(40)) << 5000
            << Error::Code::InvalidInput;
        QTest::newRow("the old listing with its bad lines")
            << QStringLiteral("cat")
            << QStringList { QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/postqueue-j.jsonl") } << 5000
            << Error::Code::InvalidInput;
    }

    void failures()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(int, timeoutMs);
        QFETCH(Error::Code, code);
        QueueReader reader;
        reader.setTimeout(timeoutMs);
        QSignalSpy spy(&reader, &QueueReader::finished);
        const QString path = program.startsWith(u'/') ? program : QStandardPaths::findExecutable(program);
        reader.start(path, args);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        const auto result = spy.at(0).at(0).value<Result<QueueSummary>>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        if (code == Error::Code::InvalidInput)
            QVERIFY2(result.error().message.contains(QStringLiteral("the first, line ")),
                qPrintable(result.error().message));
        QVERIFY(!reader.isRunning());
    }

    void aMailingListFanOutIsOneLongLine()
    {
        // 40,000 recipients: a line of about 1.4 MiB, over the old bound.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("fanout.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray line = q("{'queue_name': 'active', 'queue_id': '5DA0B1C2D3', 'arrival_time': 1700000000, "
                            "'message_size': 1, 'sender': '', "
                            "'message_size': 4096, 'sender': 'list@example.test', 'recipients': [");
        for (int i = 0; i < 40000; ++i)
            line += (i ? "," : "") + QByteArray(q("{'address': 'member")) + QByteArray::number(i)
                + q("@example.org'}");
        line += "]}\n";
        QVERIFY(line.size() > (1 << 20));
        f.write(line);
        f.write(q("{'queue_name': 'deferred', 'queue_id': '6EB1C2D3E4', 'arrival_time': 1700000000, "
                  "'message_size': 1, 'sender': '', "
                  "'message_size': 10, 'sender': '', 'recipients': [{'address': 'x@example.org', "
                  "'delay_reason': 'connect timed out'}]}\n"));
        f.close();
        QueueReader reader;
        QSignalSpy spy(&reader, &QueueReader::finished);
        reader.start(QStandardPaths::findExecutable(QStringLiteral("cat")), { f.fileName() });
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        const auto result = spy.at(0).at(0).value<Result<QueueSummary>>();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->messages(), 2);
        QCOMPARE(result->recipients(), 40001);
    }

    void earlyPostfix35SpellsForceExpired()
    {
        QueueEntry e;
        QString why;
        QVERIFY2(QueueParser::parseLine(q("{'queue_name': 'deferred', 'queue_id': '7FC2D3E4F5', "
                                          "'arrival_time': 1700000000, 'message_size': 1, 'sender': '', "
                                          "'force_expired': true, 'recipients': []}"),
                     &e, &why),
            qPrintable(why));
        QVERIFY(e.forcedExpire);
        QVERIFY(QueueParser::parseLine(q("{'queue_name': 'deferred', 'queue_id': '7FC2D3E4F5', "
                                         "'arrival_time': 1700000000, 'message_size': 1, 'sender': '', "
                                         "'forced_expire': true, 'recipients': []}"),
            &e, &why));
        QVERIFY(e.forcedExpire);
    }
};

QTEST_GUILESS_MAIN(QueueReaderTest)
#include "queuereader_test.moc"
