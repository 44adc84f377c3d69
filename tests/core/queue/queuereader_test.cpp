#include "queue/queuereader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace MailOps;

class QueueReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summarisesProgramOutput_data()
    {
        QTest::addColumn<QueueReader::Format>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<qint64>("bad");
        QTest::newRow("postqueue -j") << QueueReader::Format::PostqueueJson
                                      << QStringLiteral("postqueue-j.jsonl") << qint64(12) << qint64(3);
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
        QVERIFY(!reader.isRunning());
    }
};

QTEST_GUILESS_MAIN(QueueReaderTest)
#include "queuereader_test.moc"
