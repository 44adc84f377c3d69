#include "transport/commandjob.h"
#include "transport/localtransport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MailOps;
using namespace std::chrono_literals;

namespace {

Result<CommandOutput> runAndWait(
    Transport &transport, const QStringList &argv, const CommandOptions &options = {})
{
    QFuture<Result<CommandOutput>> future = transport.run(argv, options);
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!future.isFinished())
        return Result<CommandOutput>::failure(Error::Code::Other, QStringLiteral("test gave up waiting"));
    return future.result();
}

} // namespace

class LocalTransportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void output_data();
    void output();
    void stdinIsClosed();
    void stdinData();
    void missingProgram();
    void emptyArgv();
    void timeout();
    void outputCap();
    void streaming();
    void cancel();
    void jobDeletesItself();
    void deletingARunningJobKillsIt();
    void dyingCommand();
};

void LocalTransportTest::output_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("echo") << QStringList { QStringLiteral("echo"), QStringLiteral("hello") } << 0
                          << QByteArray("hello\n") << QByteArray();
    QTest::newRow("no shell: metacharacters stay literal")
        << QStringList { QStringLiteral("printf"), QStringLiteral("%s|"), QStringLiteral("$(id)"),
               QStringLiteral("; rm -rf /"), QStringLiteral("`x`") }
        << 0 << QByteArray("$(id)|; rm -rf /|`x`|") << QByteArray();
    QTest::newRow("non-zero exit is a result, not an error")
        << QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3") }
        << 3 << QByteArray() << QByteArray("oops\n");
}

void LocalTransportTest::output()
{
    QFETCH(QStringList, argv);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    LocalTransport transport;
    const Result<CommandOutput> r = runAndWait(transport, argv);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->exitCode, exitCode);
    QCOMPARE(r->stdOut, out);
    QCOMPARE(r->stdErr, err);
    QCOMPARE(r->stdoutBytes, out.size());
}

void LocalTransportTest::stdinIsClosed()
{
    // cat would wait forever on a terminal or an open pipe.
    LocalTransport transport;
    CommandOptions options;
    options.timeout = 5s;
    const Result<CommandOutput> r = runAndWait(transport, { QStringLiteral("cat") }, options);
    QVERIFY(r.ok());
    QCOMPARE(r->exitCode, 0);
    QVERIFY(r->stdOut.isEmpty());
}

void LocalTransportTest::stdinData()
{
    LocalTransport transport;
    CommandOptions options;
    options.stdinData = QByteArrayLiteral("line one\nline two\n");
    const Result<CommandOutput> r
        = runAndWait(transport, { QStringLiteral("wc"), QStringLiteral("-l") }, options);
    QVERIFY(r.ok());
    QCOMPARE(r->stdOut.trimmed(), QByteArray("2"));
}

void LocalTransportTest::missingProgram()
{
    LocalTransport transport;
    const Result<CommandOutput> r = runAndWait(transport, { QStringLiteral("mailops-no-such-program") });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY(r.error().message.contains(QLatin1String("mailops-no-such-program")));
}

void LocalTransportTest::emptyArgv()
{
    LocalTransport transport;
    const Result<CommandOutput> r = runAndWait(transport, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
}

void LocalTransportTest::timeout()
{
    LocalTransport transport;
    CommandOptions options;
    options.timeout = 300ms;
    QElapsedTimer t;
    t.start();
    const Result<CommandOutput> r
        = runAndWait(transport, { QStringLiteral("sleep"), QStringLiteral("30") }, options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Timeout);
    QVERIFY(t.elapsed() < 5000);
}

void LocalTransportTest::outputCap()
{
    LocalTransport transport;
    CommandOptions options;
    options.maxStdoutBytes = 1024 * 1024;
    const Result<CommandOutput> r = runAndWait(transport,
        { QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("50000000"),
            QStringLiteral("/dev/zero") },
        options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
}

void LocalTransportTest::streaming()
{
    // 30 MB through the streaming path, far above the keep cap: it must arrive
    // in pieces, in order, without being held whole.
    LocalTransport transport;
    CommandOptions options;
    options.streamStdout = true;
    options.maxStdoutBytes = 1024;
    CommandJob *job
        = transport.start({ QStringLiteral("seq"), QStringLiteral("1"), QStringLiteral("3500000") }, options);
    qint64 total = 0;
    int chunks = 0;
    qint64 biggest = 0;
    QByteArray tail;
    qint64 lines = 0;
    connect(job, &CommandJob::stdoutChunk, this, [&](const QByteArray &chunk) {
        total += chunk.size();
        ++chunks;
        biggest = qMax<qint64>(biggest, chunk.size());
        lines += chunk.count('\n');
        tail = QByteArray(tail + chunk).right(16);
    });
    QSignalSpy finished(job, &CommandJob::finished);
    QVERIFY(finished.wait(30000));
    const auto r = finished.at(0).at(0).value<Result<CommandOutput>>();
    QVERIFY(r.ok());
    QCOMPARE(r->exitCode, 0);
    QVERIFY(r->stdOut.isEmpty());
    QCOMPARE(lines, 3500000);
    QCOMPARE(r->stdoutBytes, total);
    QVERIFY(tail.endsWith("3499999\n3500000\n"));
    QVERIFY(chunks > 10);
    QVERIFY2(biggest < 8 * 1024 * 1024, qPrintable(QString::number(biggest)));
}

void LocalTransportTest::cancel()
{
    LocalTransport transport;
    CommandJob *job = transport.start({ QStringLiteral("sleep"), QStringLiteral("30") });
    QSignalSpy finished(job, &CommandJob::finished);
    QTimer::singleShot(100, job, &CommandJob::cancel);
    QVERIFY(finished.wait(5000));
    const auto r = finished.at(0).at(0).value<Result<CommandOutput>>();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
}

void LocalTransportTest::jobDeletesItself()
{
    LocalTransport transport;
    QPointer<CommandJob> job = transport.start({ QStringLiteral("true") });
    QSignalSpy finished(job.data(), &CommandJob::finished);
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(job.isNull());
}

void LocalTransportTest::deletingARunningJobKillsIt()
{
    // A session that ends deletes its jobs on the GUI thread: the process is
    // killed at once and reaped later by the event loop, not waited for.
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    LocalTransport transport;
    CommandJob *job = transport.start({ QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo $$ > \"$1\"; exec sleep 30"), QStringLiteral("sh"), pidFile });
    QTRY_VERIFY(QFileInfo(pidFile).size() > 0);
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(f.readAll().trimmed());
    QVERIFY(QFileInfo::exists(proc));
    delete job;
    // Gone, zombie included: the event loop reaped it.
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(proc), 5000);
}

void LocalTransportTest::dyingCommand()
{
    // A command killed mid-run (a transport that dies) is an error, not a result.
    LocalTransport transport;
    const Result<CommandOutput> r = runAndWait(transport,
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo partial; kill -9 $$") });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ProcessFailed);
}

QTEST_GUILESS_MAIN(LocalTransportTest)
#include "localtransport_test.moc"
