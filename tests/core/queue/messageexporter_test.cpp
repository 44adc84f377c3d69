#include "faketransport.h"
#include "queue/messageexporter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

const QString kConfig = QStringLiteral("/etc/postfix-gw");
const QString kId = QStringLiteral("4F1A2B3C4D");
const QByteArray kMessage = "Received: from a.test\nFrom: <alice@a.test>\nSubject: held\n\nHello.\n";

PostfixCommands commands()
{
    GatewayProfile p;
    p.postfixConfigDir = kConfig;
    return PostfixCommands(p);
}

Result<ExportedMessage> exportTo(
    MessageExporter &exporter, const QString &id, const QString &path, bool overwrite = false)
{
    QSignalSpy spy(&exporter, &MessageExporter::finished);
    if (!exporter.start(id, path, overwrite) || !spy.wait(15000))
        return Error { Error::Code::Other, QStringLiteral("no answer") };
    return spy.at(0).at(0).value<Result<ExportedMessage>>();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

} // namespace

class MessageExporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Result<ExportedMessage>>(); }
    void savesTheMessage();
    void neverOverwritesUnlessTold();
    void overwritesWhenTold();
    void failures_data();
    void failures();
    void badIdRunsNothing();
    void cancel();
};

void MessageExporterTest::savesTheMessage()
{
    QTemporaryDir dir;
    FakeTransport transport;
    transport.answers << FakeTransport::Answer { kMessage, {}, 0, {}, {} };
    MessageExporter exporter(&transport, commands());
    const QString path = dir.filePath(QStringLiteral("held.eml"));
    const Result<ExportedMessage> r = exportTo(exporter, kId, path);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->bytes, kMessage.size());
    QCOMPARE(r->filePath, path);
    QCOMPARE(contents(path), kMessage);
    // Only its owner may read it.
    const QFileDevice::Permissions ownerOnly
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFile::permissions(path) & ~ownerOnly, QFileDevice::Permissions());
    QCOMPARE(transport.commands,
        (QList<QStringList> { { QStringLiteral("postcat"), QStringLiteral("-c"), kConfig,
            QStringLiteral("-h"), QStringLiteral("-b"), QStringLiteral("-q"), kId } }));
    QVERIFY(transport.options.constFirst().streamStdout);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("held.eml") });
}

void MessageExporterTest::neverOverwritesUnlessTold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.eml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    FakeTransport transport;
    transport.answers << FakeTransport::Answer { kMessage, {}, 0, {}, {} };
    MessageExporter exporter(&transport, commands());
    const Result<ExportedMessage> r = exportTo(exporter, kId, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(r.error().message.contains(QStringLiteral("already exists")));
    QVERIFY(transport.commands.isEmpty());
    QCOMPARE(contents(path), QByteArray("precious"));
}

void MessageExporterTest::overwritesWhenTold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.eml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("an older copy");
    f.close();
    FakeTransport transport;
    transport.answers << FakeTransport::Answer { kMessage, {}, 0, {}, {} };
    MessageExporter exporter(&transport, commands());
    const Result<ExportedMessage> r = exportTo(exporter, kId, path, true);
    QVERIFY(r.ok());
    QCOMPARE(contents(path), kMessage);
}

void MessageExporterTest::failures_data()
{
    QTest::addColumn<QByteArray>("stdOut");
    QTest::addColumn<QByteArray>("stdErr");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("script");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("left the queue")
        << QByteArray()
        << QByteArray("postcat: fatal: open queue file 4F1A2B3C4D: No such file or directory\n") << 1
        << QString() << Error::Code::NotFound << QStringLiteral("no longer in the queue");
    QTest::newRow("half a message, then gone")
        << QByteArray("Subject: half\n")
        << QByteArray("postcat: fatal: error reading 4F1A2B3C4D: No such file or directory\n") << 1
        << QString() << Error::Code::NotFound << QStringLiteral("no longer in the queue");
    QTest::newRow("postcat fails otherwise")
        << QByteArray() << QByteArray("postcat: fatal: bad config\n") << 1 << QString()
        << Error::Code::ProcessFailed << QStringLiteral("bad config");
    QTest::newRow("nothing printed") << QByteArray() << QByteArray() << 0 << QString()
                                     << Error::Code::NotFound << QStringLiteral("printed nothing");
    QTest::newRow("too large") << QByteArray() << QByteArray() << 0
                               << QStringLiteral("head -c 300000 /dev/zero") << Error::Code::InvalidInput
                               << QStringLiteral("larger than");
    QTest::newRow("hangs") << QByteArray() << QByteArray() << 0
                           << QStringLiteral("printf 'Subject: x\\n'; sleep 20") << Error::Code::Timeout
                           << QStringLiteral("did not finish");
}

void MessageExporterTest::failures()
{
    QFETCH(QByteArray, stdOut);
    QFETCH(QByteArray, stdErr);
    QFETCH(int, exitCode);
    QFETCH(QString, script);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    FakeTransport transport;
    transport.answers << FakeTransport::Answer { stdOut, stdErr, exitCode, script, {} };
    MessageExporter exporter(&transport, commands());
    exporter.setMaxBytes(100000);
    exporter.setTimeout(std::chrono::milliseconds(500));
    const Result<ExportedMessage> r = exportTo(exporter, kId, dir.filePath(QStringLiteral("m.eml")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // Never a half file, nor a temporary one left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void MessageExporterTest::badIdRunsNothing()
{
    QTemporaryDir dir;
    FakeTransport transport;
    MessageExporter exporter(&transport, commands());
    for (const QString &id : { QStringLiteral("-q"), QStringLiteral("../../etc/shadow"), QString() }) {
        const Result<ExportedMessage> r = exportTo(exporter, id, dir.filePath(QStringLiteral("m.eml")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
    }
    const Result<ExportedMessage> r
        = exportTo(exporter, kId, dir.filePath(QStringLiteral("no/such/dir/m.eml")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::IoError);
    QVERIFY(transport.commands.isEmpty());
}

void MessageExporterTest::cancel()
{
    QTemporaryDir dir;
    FakeTransport transport;
    FakeTransport::Answer slow;
    slow.script = QStringLiteral("printf 'Subject: x\\n'; sleep 20");
    transport.answers << slow;
    MessageExporter exporter(&transport, commands());
    QSignalSpy spy(&exporter, &MessageExporter::finished);
    QVERIFY(exporter.start(kId, dir.filePath(QStringLiteral("m.eml"))));
    QVERIFY(!exporter.start(kId, dir.filePath(QStringLiteral("other.eml")))); // one at a time
    QTest::qWait(100);
    exporter.cancel();
    QVERIFY(spy.wait(5000));
    const auto r = spy.at(0).at(0).value<Result<ExportedMessage>>();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(!exporter.isRunning());
}

QTEST_GUILESS_MAIN(MessageExporterTest)
#include "messageexporter_test.moc"
