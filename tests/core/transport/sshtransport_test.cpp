#include "transport/commandjob.h"
#include "transport/sshtransport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace MailOps;
using namespace std::chrono_literals;

namespace {

// Stands in for OpenSSH: records its argv (NUL-separated) and then behaves
// like the far end, handing the last argument to a POSIX shell exactly as
// sshd hands the joined command line to the user's login shell. With
// FAKE_SSH_STDERR/FAKE_SSH_EXIT set it fails the way ssh does instead.
const char *const FakeSsh = R"(#!/bin/sh
for a in "$@"; do printf '%s\0' "$a"; done > "$FAKE_SSH_ARGV"
if [ -n "$FAKE_SSH_STDERR" ]; then printf '%b' "$FAKE_SSH_STDERR" >&2; exit "${FAKE_SSH_EXIT:-255}"; fi
for last in "$@"; do :; done
exec ${FAKE_SSH_SHELL:-/bin/sh} -c "$last"
)";

const char *const ChangedKey
    = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\\n"
      "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\\n"
      "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\\n"
      "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\\n"
      "Someone could be eavesdropping on you right now (man-in-the-middle attack)!\\n"
      "Host key for mx1.example.net has changed and you have requested strict checking.\\n"
      "Host key verification failed.\\n";

} // namespace

class SshTransportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quoting_data();
    void quoting();
    void remoteArgvSurvives_data();
    void remoteArgvSurvives();
    void arguments();
    void controlPathInRuntimeDir();
    void badTargets_data();
    void badTargets();
    void targetFromString_data();
    void targetFromString();
    void errorMapping_data();
    void errorMapping();
    void missingSshProgram();
    void realSshConnectionRefused();

private:
    Result<CommandOutput> runFake(const QStringList &remoteArgv,
        const SshTransport::Target &target = { QString(), QStringLiteral("mx1.example.net"), 0 });
    QStringList recordedArgv() const;

    QTemporaryDir m_dir;
    QString m_fakeSsh;
};

void SshTransportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fakeSsh = m_dir.filePath(QStringLiteral("ssh"));
    QFile f(m_fakeSsh);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(FakeSsh);
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("FAKE_SSH_ARGV", m_dir.filePath(QStringLiteral("argv")).toUtf8());
}

Result<CommandOutput> SshTransportTest::runFake(
    const QStringList &remoteArgv, const SshTransport::Target &target)
{
    SshTransport::Settings settings;
    settings.sshProgram = m_fakeSsh;
    settings.controlDirectory = m_dir.path();
    SshTransport transport(target, settings);
    CommandOptions options;
    options.timeout = 10s;
    QFuture<Result<CommandOutput>> future = transport.run(remoteArgv, options);
    QElapsedTimer t;
    t.start();
    while (!future.isFinished() && t.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!future.isFinished())
        return Result<CommandOutput>::failure(Error::Code::Other, QStringLiteral("test gave up waiting"));
    return future.result();
}

QStringList SshTransportTest::recordedArgv() const
{
    QFile f(m_dir.filePath(QStringLiteral("argv")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList args;
    for (const QByteArray &a : f.readAll().split('\0'))
        args << QString::fromUtf8(a);
    args.removeLast(); // after the final NUL
    return args;
}

void SshTransportTest::quoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("postqueue") << QStringLiteral("'postqueue'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("only quotes") << QStringLiteral("''") << QStringLiteral("''\\'''\\'''");
    QTest::newRow("command substitution") << QStringLiteral("$(reboot)") << QStringLiteral("'$(reboot)'");
}

void SshTransportTest::quoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(SshTransport::quoteForRemoteShell(argument), quoted);
}

void SshTransportTest::remoteArgvSurvives_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("argv");
    const QStringList hostile {
        QStringLiteral("'"),
        QStringLiteral("it's a 'test'"),
        QStringLiteral("\"double\" quotes"),
        QStringLiteral("$(touch pwned)"),
        QStringLiteral("`touch pwned`"),
        QStringLiteral("; touch pwned;"),
        QStringLiteral("a && touch pwned || b"),
        QStringLiteral("line one\nline two"),
        QStringLiteral("-rf"),
        QStringLiteral("--help"),
        QStringLiteral("*"),
        QStringLiteral("~root"),
        QStringLiteral("$HOME ${PATH} $1 $@"),
        QStringLiteral("back\\slash\\"),
        QStringLiteral("tab\tand  spaces "),
        QStringLiteral("#not a comment"),
        QStringLiteral("!event"),
        QStringLiteral("> /tmp/redirect"),
        QStringLiteral("| cat"),
        QStringLiteral("\u00e9t\u00e9 \u65e5\u672c"),
        QString(),
        QStringLiteral("'\\''"),
    };
    QStringList shells { QStringLiteral("/bin/sh") };
    for (const char *extra : { "/bin/bash", "/bin/dash", "/usr/bin/zsh", "/bin/ksh" }) {
        if (QFile::exists(QString::fromLatin1(extra)))
            shells << QString::fromLatin1(extra);
    }
    for (const QString &shell : shells) {
        QTest::addRow("each hostile argument alone, %s", qPrintable(shell)) << shell << QStringList {};
        QTest::addRow("all hostile arguments at once, %s", qPrintable(shell))
            << shell << (QStringList { QStringLiteral("printf"), QStringLiteral("%s\\0") } + hostile);
    }
}

void SshTransportTest::remoteArgvSurvives()
{
    // The argv that arrives on the far side must be the one we sent, element
    // for element, whatever the remote shell would otherwise interpret.
    QFETCH(QString, shell);
    QFETCH(QStringList, argv);
    qputenv("FAKE_SSH_SHELL", shell.toUtf8());
    qunsetenv("FAKE_SSH_STDERR");
    const QString marker = m_dir.filePath(QStringLiteral("pwned"));
    QDir::setCurrent(m_dir.path());
    QList<QStringList> cases;
    if (argv.isEmpty()) {
        for (const QString &a :
            { QStringLiteral("'"), QStringLiteral("$(touch pwned)"), QStringLiteral("line\nbreak"),
                QStringLiteral("-n"), QStringLiteral("`touch pwned`;touch pwned") })
            cases << QStringList { QStringLiteral("printf"), QStringLiteral("%s\\0"), a };
    } else {
        cases << argv;
    }
    for (const QStringList &c : cases) {
        const Result<CommandOutput> r = runFake(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->exitCode, 0);
        QStringList received;
        for (const QByteArray &a : r->stdOut.split('\0'))
            received << QString::fromUtf8(a);
        received.removeLast();
        QCOMPARE(received, c.mid(2));
        QVERIFY2(!QFile::exists(marker), "the remote shell ran an injected command");
    }
    qunsetenv("FAKE_SSH_SHELL");
}

void SshTransportTest::arguments()
{
    SshTransport::Settings settings;
    settings.controlDirectory = QStringLiteral("/run/user/1000");
    settings.connectTimeoutSeconds = 7;
    SshTransport transport({ QStringLiteral("admin"), QStringLiteral("mx1.example.net"), 2222 }, settings);
    const Result<QStringList> args
        = transport.sshArguments({ QStringLiteral("postqueue"), QStringLiteral("-j") });
    QVERIFY(args.ok());
    const QStringList a = args.value();
    auto hasOption = [&a](const QString &opt) {
        for (qsizetype i = 0; i + 1 < a.size(); ++i) {
            if (a.at(i) == QLatin1String("-o") && a.at(i + 1) == opt)
                return true;
        }
        return false;
    };
    QVERIFY(hasOption(QStringLiteral("BatchMode=yes")));
    QVERIFY(hasOption(QStringLiteral("StrictHostKeyChecking=yes")));
    QVERIFY(hasOption(QStringLiteral("ControlMaster=auto")));
    QVERIFY(hasOption(QStringLiteral("ControlPath=/run/user/1000/mailops-ssh-%C")));
    QVERIFY(hasOption(QStringLiteral("ControlPersist=60")));
    QVERIFY(hasOption(QStringLiteral("ConnectTimeout=7")));
    QVERIFY(a.contains(QStringLiteral("-T")));
    QCOMPARE(a.at(a.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2222"));
    QCOMPARE(a.at(a.indexOf(QStringLiteral("-l")) + 1), QStringLiteral("admin"));
    // "--", the host, then the whole remote command as one quoted string.
    QCOMPARE(a.mid(a.size() - 3),
        (QStringList {
            QStringLiteral("--"), QStringLiteral("mx1.example.net"), QStringLiteral("'postqueue' '-j'") }));
    // Nothing of the remote command may appear before "--".
    QVERIFY(a.indexOf(QStringLiteral("--")) == a.size() - 3);

    // The real run passes the same list to the program.
    const Result<CommandOutput> r = runFake(
        { QStringLiteral("true") }, { QStringLiteral("admin"), QStringLiteral("mx1.example.net"), 2222 });
    QVERIFY(r.ok());
    const QStringList recorded = recordedArgv();
    QCOMPARE(recorded.mid(recorded.size() - 3),
        (QStringList { QStringLiteral("--"), QStringLiteral("mx1.example.net"), QStringLiteral("'true'") }));
    QVERIFY(recorded.contains(QStringLiteral("BatchMode=yes")));
}

void SshTransportTest::controlPathInRuntimeDir()
{
    SshTransport transport({ QString(), QStringLiteral("mx1"), 0 });
    const Result<QStringList> args = transport.sshArguments({ QStringLiteral("true") });
    QVERIFY(args.ok());
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString expected = QStringLiteral("ControlPath=") + runtime + QStringLiteral("/mailops-ssh-%C");
    if (runtime.size() < 40)
        QVERIFY2(args->contains(expected), qPrintable(args->join(QLatin1Char(' '))));
    else
        QVERIFY(args->contains(QStringLiteral("ControlMaster=no")));

    SshTransport::Settings longDir;
    longDir.controlDirectory = QStringLiteral("/tmp/") + QString(80, QLatin1Char('d'));
    SshTransport tooLong({ QString(), QStringLiteral("mx1"), 0 }, longDir);
    QVERIFY(tooLong.sshArguments({ QStringLiteral("true") })->contains(QStringLiteral("ControlMaster=no")));
}

void SshTransportTest::badTargets_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("argv");
    const QStringList ok { QStringLiteral("true") };
    QTest::newRow("host read as an option")
        << QString() << QStringLiteral("-oProxyCommand=touch /tmp/x") << ok;
    QTest::newRow("empty host") << QString() << QString() << ok;
    QTest::newRow("host with newline") << QString() << QStringLiteral("mx1\nProxyCommand x") << ok;
    QTest::newRow("user read as an option")
        << QStringLiteral("-oProxyCommand=x") << QStringLiteral("mx1") << ok;
    QTest::newRow("empty command") << QString() << QStringLiteral("mx1") << QStringList {};
    QTest::newRow("NUL in an argument")
        << QString() << QStringLiteral("mx1")
        << QStringList { QStringLiteral("echo"), QStringLiteral("a") + QChar(0) + QStringLiteral("b") };
}

void SshTransportTest::badTargets()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QStringList, argv);
    QFile::remove(m_dir.filePath(QStringLiteral("argv")));
    const Result<CommandOutput> r = runFake(argv, { user, host, 0 });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("argv"))), "ssh was started anyway");
}

void SshTransportTest::targetFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << QStringLiteral("mx1.example.net") << QString()
                          << QStringLiteral("mx1.example.net") << 0;
    QTest::newRow("user and host") << QStringLiteral("admin@mx1") << QStringLiteral("admin")
                                   << QStringLiteral("mx1") << 0;
    QTest::newRow("user, host, port")
        << QStringLiteral("admin@mx1:2222") << QStringLiteral("admin") << QStringLiteral("mx1") << 2222;
    QTest::newRow("bracketed IPv6 with port")
        << QStringLiteral("[::1]:2222") << QString() << QStringLiteral("::1") << 2222;
    QTest::newRow("bare IPv6") << QStringLiteral("root@::1") << QStringLiteral("root")
                               << QStringLiteral("::1") << 0;
}

void SshTransportTest::targetFromString()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    const Result<SshTransport::Target> t = SshTransport::Target::fromString(text);
    QVERIFY(t.ok());
    QCOMPARE(t->user, user);
    QCOMPARE(t->host, host);
    QCOMPARE(t->port, port);
    QVERIFY(!SshTransport::Target::fromString(QStringLiteral("mx1:99999")).ok());
    QVERIFY(!SshTransport::Target::fromString(QStringLiteral("admin@")).ok());
    QVERIFY(!SshTransport::Target::fromString(QStringLiteral("[::1")).ok());
}

void SshTransportTest::errorMapping_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("code"); // -1: no error, the command's own exit code
    QTest::addColumn<QString>("mentions");
    QTest::newRow("host key changed") << QString::fromLatin1(ChangedKey) << 255
                                      << int(Error::Code::HostKeyRejected) << QStringLiteral("has changed");
    QTest::newRow("host key unknown")
        << QStringLiteral(
               "No ED25519 host key is known for mx1.example.net and you have requested strict checking.\\n"
               "Host key verification failed.\\n")
        << 255 << int(Error::Code::HostKeyRejected) << QStringLiteral("known_hosts");
    QTest::newRow("login refused") << QStringLiteral(
        "admin@mx1.example.net: Permission denied (publickey,password).\\n")
                                   << 255 << int(Error::Code::PermissionDenied)
                                   << QStringLiteral("refused the login");
    QTest::newRow("unknown host") << QStringLiteral(
        "ssh: Could not resolve hostname mx1.example.net: Name or service not known\\n")
                                  << 255 << int(Error::Code::HostNotFound)
                                  << QStringLiteral("does not resolve");
    QTest::newRow("connection refused")
        << QStringLiteral("ssh: connect to host mx1.example.net port 22: Connection refused\\n") << 255
        << int(Error::Code::ConnectionRefused) << QStringLiteral("refused the connection");
    QTest::newRow("connect timeout") << QStringLiteral(
        "ssh: connect to host mx1.example.net port 22: Connection timed out\\n")
                                     << 255 << int(Error::Code::Timeout) << QStringLiteral("timed out");
    QTest::newRow("no route") << QStringLiteral(
        "ssh: connect to host mx1.example.net port 22: No route to host\\n")
                              << 255 << int(Error::Code::HostUnreachable) << QStringLiteral("unreachable");
    QTest::newRow("reset during key exchange")
        << QStringLiteral("kex_exchange_identification: read: Connection reset by peer\\n") << 255
        << int(Error::Code::ProtocolError) << QStringLiteral("closed");
    QTest::newRow("other ssh failure")
        << QStringLiteral("mux_client_request_session: read from master failed\\n") << 255
        << int(Error::Code::ProcessFailed) << QStringLiteral("read from master failed");
    QTest::newRow("remote command's own failure is not ssh's")
        << QStringLiteral("postqueue: fatal: open /etc/postfix/main.cf: Permission denied\\n") << 75 << -1
        << QString();
}

void SshTransportTest::errorMapping()
{
    QFETCH(QString, stderrText);
    QFETCH(int, exitCode);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    qputenv("FAKE_SSH_STDERR", stderrText.toUtf8());
    qputenv("FAKE_SSH_EXIT", QByteArray::number(exitCode));
    const Result<CommandOutput> r = runFake({ QStringLiteral("postqueue"), QStringLiteral("-j") });
    qunsetenv("FAKE_SSH_STDERR");
    qunsetenv("FAKE_SSH_EXIT");
    if (code < 0) {
        QVERIFY(r.ok());
        QCOMPARE(r->exitCode, exitCode);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("mx1.example.net"))
        || code == int(Error::Code::ProcessFailed));
}

void SshTransportTest::missingSshProgram()
{
    SshTransport::Settings settings;
    settings.sshProgram = m_dir.filePath(QStringLiteral("no-ssh-here"));
    SshTransport transport({ QString(), QStringLiteral("mx1"), 0 }, settings);
    QFuture<Result<CommandOutput>> f = transport.run({ QStringLiteral("true") });
    QTRY_VERIFY(f.isFinished());
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().code, Error::Code::NotFound);
}

void SshTransportTest::realSshConnectionRefused()
{
    // The real OpenSSH client against a loopback port where nothing listens:
    // no prompt, a quick, clear error.
    if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        QSKIP("no ssh client installed");
    SshTransport::Settings settings;
    settings.controlDirectory = m_dir.path();
    settings.connectTimeoutSeconds = 3;
    SshTransport transport({ QString(), QStringLiteral("127.0.0.1"), 1 }, settings);
    CommandOptions options;
    options.timeout = 15s;
    QFuture<Result<CommandOutput>> f = transport.run({ QStringLiteral("true") }, options);
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 15000);
    QVERIFY(!f.result().ok());
    QCOMPARE(f.result().error().code, Error::Code::ConnectionRefused);
}

QTEST_GUILESS_MAIN(SshTransportTest)
#include "sshtransport_test.moc"
