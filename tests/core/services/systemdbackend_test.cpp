#include "services/crashloopdetector.h"
#include "services/systemdbackend.h"
#include "transport/commandjob.h"
#include "transport/transport.h"

#include <QSignalSpy>
#include <QTest>

using namespace MailOps;

namespace {

// Answers every command with the next recorded file (through a real
// CommandJob running cat), or with a scripted stderr and exit code.
class RecordedTransport final : public Transport
{
public:
    struct Answer
    {
        QString file;
        QByteArray stdErr;
        int exitCode = 0;
    };
    QList<Answer> answers;
    QList<QStringList> commands;

    CommandJob *start(const QStringList &argv, const CommandOptions &options) override
    {
        commands << argv;
        const Answer a = answers.isEmpty() ? Answer { {}, "no more answers", 1 } : answers.takeFirst();
        QStringList args;
        if (a.file.isEmpty())
            args = { QStringLiteral("-c"), QStringLiteral("printf '%s' \"$0\" >&2; exit %1").arg(a.exitCode),
                QString::fromUtf8(a.stdErr) };
        else
            args = { QStringLiteral("-c"), QStringLiteral("cat \"$0\""),
                QStringLiteral(MAILOPS_TEST_DATA_DIR "/services/") + a.file };
        auto *job = new CommandJob(QStringLiteral("sh"), args, options, this);
        job->start();
        return job;
    }
    QString describe() const override { return QStringLiteral("recorded"); }
};

template<typename T> T waitFor(QFuture<T> future)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished() && future.resultCount() > 0 ? future.result() : T {};
}

} // namespace

class SystemdBackendTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void command();
    void pollsThroughTransport();
    void nRestartsThroughPolls();
    void failures_data();
    void failures();
    void journal();
};

void SystemdBackendTest::command()
{
    RecordedTransport transport;
    SystemdBackend backend(
        &transport, { QStringLiteral("postfix@-.service"), QStringLiteral("amavis.service") });
    QCOMPARE(backend.showCommand(),
        (QStringList { QStringLiteral("systemctl"), QStringLiteral("show"), QStringLiteral("--no-pager"),
            QStringLiteral("--property=Id,LoadState,ActiveState,SubState,MainPID,NRestarts,"
                           "ExecMainStartTimestamp,ExecMainStatus,Result"),
            QStringLiteral("--"), QStringLiteral("postfix@-.service"), QStringLiteral("amavis.service") }));
    backend.setUnixTimestamps(true);
    QVERIFY(backend.showCommand().contains(QStringLiteral("--timestamp=unix")));
}

void SystemdBackendTest::pollsThroughTransport()
{
    RecordedTransport transport;
    transport.answers << RecordedTransport::Answer { QStringLiteral("systemctl-show-healthy.txt"), {}, 0 };
    SystemdBackend backend(&transport, { QStringLiteral("postfix@-.service") });
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 3);
    QCOMPARE(transport.commands.at(0).first(), QStringLiteral("systemctl"));
}

void SystemdBackendTest::nRestartsThroughPolls()
{
    RecordedTransport transport;
    for (int i = 1; i <= 5; ++i)
        transport.answers << RecordedTransport::Answer {
            QStringLiteral("systemctl-show-crashloop-%1.txt").arg(i), {}, 0
        };
    SystemdBackend backend(
        &transport, { QStringLiteral("amavis.service"), QStringLiteral("postfix@-.service") });
    CrashLoopDetector detector;
    QSignalSpy raised(&detector, &CrashLoopDetector::alertRaised);
    for (int i = 1; i <= 5; ++i) {
        const Result<ServiceStatusList> r = waitFor(backend.poll());
        QVERIFY(r.ok());
        detector.addSamples(r.value());
    }
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).at(0).value<CrashLoopAlert>().service, QStringLiteral("amavis.service"));
}

void SystemdBackendTest::failures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("stdErr");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("no systemd on the gateway")
        << QString()
        << QByteArray("System has not been booted with systemd as init system (PID 1). Can't "
                      "operate.\nFailed to connect to bus: Host is down\n")
        << 1 << Error::Code::Unsupported;
    QTest::newRow("not allowed") << QString() << QByteArray("Failed to get properties: Access denied\n") << 1
                                 << Error::Code::PermissionDenied;
    QTest::newRow("other failure") << QString() << QByteArray("something odd\n") << 4
                                   << Error::Code::ProcessFailed;
    QTest::newRow("truncated output")
        << QStringLiteral("systemctl-show-truncated.txt") << QByteArray() << 0 << Error::Code::ParseError;
}

void SystemdBackendTest::failures()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, stdErr);
    QFETCH(int, exitCode);
    QFETCH(Error::Code, code);
    RecordedTransport transport;
    transport.answers << RecordedTransport::Answer { file, stdErr, exitCode };
    SystemdBackend backend(&transport, { QStringLiteral("postfix.service") });
    const Result<ServiceStatusList> r = waitFor(backend.poll());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
}

void SystemdBackendTest::journal()
{
    RecordedTransport transport;
    transport.answers << RecordedTransport::Answer { QStringLiteral("systemctl-show-notfound.txt"), {}, 0 };
    SystemdBackend backend(&transport, { QStringLiteral("amavis.service") });
    const Result<QStringList> r = waitFor(backend.tailLog(QStringLiteral("amavis.service"), 5));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 9);
    QCOMPARE(transport.commands.at(0),
        (QStringList { QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("--quiet"),
            QStringLiteral("-o"), QStringLiteral("short-iso"), QStringLiteral("-n"), QStringLiteral("5"),
            QStringLiteral("-u"), QStringLiteral("amavis.service") }));
}

QTEST_GUILESS_MAIN(SystemdBackendTest)
#include "systemdbackend_test.moc"
