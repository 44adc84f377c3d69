#include "fakepolicyfiles.h"
#include "faketransport.h"
#include "policy/policygateway.h"

#include <QtTest>

using namespace MailOps;

namespace {

const QString Dir = QStringLiteral("/etc/postfix");

QByteArray mainCf(const QByteArray &restrictions)
{
    return "myhostname = mx1.mailops.test\nsmtpd_client_restrictions = " + restrictions + '\n';
}

const QByteArray MasterCf = "smtp      inet  n       -       y       -       -       smtpd\n";

// The snapshot a read of `files` gives: main.cf, master.cf and the two maps.
PolicySnapshot liveSnapshot()
{
    PolicySnapshot s;
    s.setConfigDir(Dir);
    s.setFile(PolicySnapshot::MainCf,
        mainCf("check_client_access cidr:/etc/postfix/client.cidr, check_sender_access "
               "hash:/etc/postfix/sender_access"));
    s.setFile(PolicySnapshot::MasterCf, MasterCf);
    s.setFile(QStringLiteral("client.cidr"), "192.0.2.0/24 REJECT\n");
    s.setFile(QStringLiteral("sender_access"), "spam.example REJECT\n");
    return s;
}

void load(FakePolicyFiles *fs, const PolicySnapshot &s)
{
    for (const PolicySnapshot::File &f : s.files())
        fs->setFile(s.absolutePath(f.path), f.content);
}

bool hasCommand(const FakeTransport &t, const QStringList &argv)
{
    return t.commands.contains(argv);
}

// Commands that would create, replace or remove something at `prefix`.
QStringList writesUnder(const FakeTransport &t, const QString &prefix)
{
    QStringList out;
    for (const QStringList &argv : t.commands) {
        const QString program = argv.value(0);
        bool writes = false;
        if (program == u"dd")
            writes = argv.value(1).startsWith(QStringLiteral("of=") + prefix);
        else if (program == u"mv" || program == u"cp" || program == u"touch" || program == u"mkdir")
            writes = argv.last().startsWith(prefix);
        else if (program == u"rm")
            writes = argv.last().startsWith(prefix);
        if (writes)
            out << argv.join(QLatin1Char(' '));
    }
    return out;
}

int indexOfProgram(const FakeTransport &t, const QString &program, int from = 0)
{
    for (int i = from; i < t.commands.size(); ++i) {
        if (t.commands.at(i).value(0) == program)
            return i;
    }
    return -1;
}

} // namespace

// PolicyGateway against a fake gateway file system: what it reads, what it
// refuses to believe, that validate() stays in its staging directory and
// cleans up, and that write() stages every file before the first rename.
class PolicyGatewayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readFollowsMapReferences_data()
    {
        QTest::addColumn<QByteArray>("main");
        QTest::addColumn<QByteArray>("master");
        QTest::addColumn<QString>("mapPath");
        QTest::addColumn<QString>("snapshotName");

        QTest::newRow("cidr") << mainCf("check_client_access cidr:/etc/postfix/client.cidr") << MasterCf
                              << QStringLiteral("/etc/postfix/client.cidr") << QStringLiteral("client.cidr");
        QTest::newRow("hash reads the source, not the .db")
            << mainCf("check_sender_access hash:/etc/postfix/sender_access") << MasterCf
            << QStringLiteral("/etc/postfix/sender_access") << QStringLiteral("sender_access");
        QTest::newRow("pcre") << QByteArray("header_checks = pcre:/etc/postfix/header_checks.pcre\n")
                              << MasterCf << QStringLiteral("/etc/postfix/header_checks.pcre")
                              << QStringLiteral("header_checks.pcre");
        QTest::newRow("$config_directory expanded")
            << mainCf("check_client_access cidr:$config_directory/access.cidr") << MasterCf
            << QStringLiteral("/etc/postfix/access.cidr") << QStringLiteral("access.cidr");
        QTest::newRow("master.cf -o override")
            << QByteArray("myhostname = mx1.mailops.test\n")
            << QByteArray(MasterCf
                   + "submission inet n - y - - smtpd\n"
                     "  -o smtpd_client_restrictions=cidr:/etc/postfix/submission.cidr\n")
            << QStringLiteral("/etc/postfix/submission.cidr") << QStringLiteral("submission.cidr");
        QTest::newRow("outside the config dir stays absolute")
            << mainCf("check_client_access cidr:/srv/maps/client.cidr") << MasterCf
            << QStringLiteral("/srv/maps/client.cidr") << QStringLiteral("/srv/maps/client.cidr");
        QTest::newRow("shell characters are one argument")
            << mainCf("check_client_access cidr:/etc/postfix/a;touch_`id`|x.cidr") << MasterCf
            << QStringLiteral("/etc/postfix/a;touch_`id`|x.cidr") << QStringLiteral("a;touch_`id`|x.cidr");
    }

    void readFollowsMapReferences()
    {
        QFETCH(QByteArray, main);
        QFETCH(QByteArray, master);
        QFETCH(QString, mapPath);
        QFETCH(QString, snapshotName);

        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        fs.setFile(PolicySnapshot::MainCf, main);
        fs.setFile(PolicySnapshot::MasterCf, master);
        fs.setFile(mapPath, "192.0.2.7 OK\n");

        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Reading> r = gw.read();
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QVERIFY(hasCommand(
            t, { QStringLiteral("cat"), QStringLiteral("--"), QStringLiteral("/etc/postfix/main.cf") }));
        QVERIFY(hasCommand(
            t, { QStringLiteral("cat"), QStringLiteral("--"), QStringLiteral("/etc/postfix/master.cf") }));
        QVERIFY(hasCommand(t, { QStringLiteral("cat"), QStringLiteral("--"), mapPath }));
        QVERIFY(r->missingFiles.isEmpty());
        QCOMPARE(r->snapshot.configDir(), Dir);
        QCOMPARE(r->snapshot.content(PolicySnapshot::MainCf), main);
        QCOMPARE(r->snapshot.content(PolicySnapshot::MasterCf), master);
        QCOMPARE(r->snapshot.content(snapshotName), QByteArray("192.0.2.7 OK\n"));
        QCOMPARE(r->snapshot.files().size(), 3);
        for (const QStringList &argv : std::as_const(t.commands))
            QVERIFY2(argv.value(0) != u"sh" && argv.value(0) != u"bash", qPrintable(argv.join(u' ')));
        QVERIFY(fs.unknown.isEmpty());
    }

    void readListsMissingMaps()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        fs.setFile(PolicySnapshot::MainCf,
            mainCf("check_client_access cidr:/etc/postfix/client.cidr, check_client_access "
                   "cidr:/etc/postfix/gone.cidr"));
        fs.setFile(PolicySnapshot::MasterCf, MasterCf);
        fs.setFile(QStringLiteral("client.cidr"), "192.0.2.0/24 REJECT\n");

        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Reading> r = gw.read();
        QVERIFY(r.ok());
        QCOMPARE(r->missingFiles, QStringList { QStringLiteral("/etc/postfix/gone.cidr") });
        QVERIFY(!r->snapshot.contains(QStringLiteral("gone.cidr")));
        QVERIFY(r->snapshot.contains(QStringLiteral("client.cidr")));
    }

    void readErrors_data()
    {
        QTest::addColumn<QString>("absent");
        QTest::addColumn<QByteArray>("catError");
        QTest::addColumn<int>("code");

        QTest::newRow("main.cf missing")
            << QStringLiteral("/etc/postfix/main.cf") << QByteArray() << int(Error::Code::NotFound);
        QTest::newRow("master.cf missing")
            << QStringLiteral("/etc/postfix/master.cf") << QByteArray() << int(Error::Code::NotFound);
        QTest::newRow("main.cf unreadable")
            << QString() << QByteArray("cat: /etc/postfix/main.cf: Permission denied\n")
            << int(Error::Code::IoError);
    }

    void readErrors()
    {
        QFETCH(QString, absent);
        QFETCH(QByteArray, catError);
        QFETCH(int, code);

        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        if (!absent.isEmpty())
            fs.files.erase(absent);
        if (!catError.isEmpty()) {
            fs.fault = [catError](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
                if (argv.value(0) == u"cat")
                    return FakePolicyFiles::failed(catError);
                return std::nullopt;
            };
        }
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Reading> r = gw.read();
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(QStringLiteral("/etc/postfix/main")) || !absent.isEmpty(),
            qPrintable(r.error().message));
        if (!absent.isEmpty())
            QVERIFY2(r.error().message.contains(absent), qPrintable(r.error().message));
    }

    void configDirectoryFromPostconf_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected"); // empty: refused

        QTest::newRow("plain") << QByteArray("/etc/postfix\n") << QStringLiteral("/etc/postfix");
        QTest::newRow("other instance")
            << QByteArray("/etc/postfix-out\n") << QStringLiteral("/etc/postfix-out");
        QTest::newRow("empty") << QByteArray("\n") << QString();
        QTest::newRow("option injection") << QByteArray("-rf /\n") << QString();
        QTest::newRow("relative") << QByteArray("../x\n") << QString();
        QTest::newRow("parent inside") << QByteArray("/etc/../root\n") << QString();
        QTest::newRow("ends in ..") << QByteArray("/etc/postfix/..\n") << QString();
        QTest::newRow("two lines") << QByteArray("/etc/postfix\nrm -rf /\n") << QString();
        QTest::newRow("control character") << QByteArray("/etc/post\x1b[2Jfix\n") << QString();
        QTest::newRow("words") << QByteArray("postconf: warning: unknown parameter\n") << QString();
    }

    void configDirectoryFromPostconf()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);

        FakeTransport t;
        t.answers << FakeTransport::Answer { answer, {}, 0, {}, {} };
        PolicyGateway gw(&t, QString());
        const Result<QString> dir = gw.configDirectory();
        QCOMPARE(t.commands.size(), 1);
        QCOMPARE(t.commands.first(),
            (QStringList {
                QStringLiteral("postconf"), QStringLiteral("-h"), QStringLiteral("config_directory") }));
        if (expected.isEmpty()) {
            QVERIFY(!dir.ok());
            QCOMPARE(dir.error().code, Error::Code::MalformedAnswer);
            // Nothing else is attempted with a directory that was refused.
            QVERIFY(!gw.read().ok());
            QCOMPARE(indexOfProgram(t, QStringLiteral("cat")), -1);
            return;
        }
        QVERIFY(dir.ok());
        QCOMPARE(*dir, expected);
        // Asked once, then remembered.
        QCOMPARE(*gw.configDirectory(), expected);
        QCOMPARE(t.commands.size(), 1);
    }

    void configDirectoryErrors()
    {
        FakeTransport t;
        PolicyGateway relative(&t, QStringLiteral("etc/postfix"));
        QCOMPARE(relative.configDirectory().error().code, Error::Code::InvalidInput);
        PolicyGateway control(&t, QStringLiteral("/etc/post\nfix"));
        QCOMPARE(control.configDirectory().error().code, Error::Code::InvalidInput);
        QVERIFY(t.commands.isEmpty());

        t.answers << FakeTransport::Answer { {},
            "postconf: fatal: open /etc/postfix/main.cf: Permission denied\n", 1, {}, {} };
        PolicyGateway asked(&t, QString());
        const Result<QString> dir = asked.configDirectory();
        QCOMPARE(dir.error().code, Error::Code::ProcessFailed);
        QVERIFY2(dir.error().message.contains(QStringLiteral("Permission denied")),
            qPrintable(dir.error().message));
    }

    void readRefusesControlCharactersInMapNames()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        fs.setFile(PolicySnapshot::MainCf,
            mainCf("check_client_access cidr:/etc/postfix/a\x01"
                   "b.cidr"));
        fs.setFile(PolicySnapshot::MasterCf, MasterCf);
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Reading> r = gw.read();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        for (const QStringList &argv : std::as_const(t.commands))
            QVERIFY(!argv.join(u' ').contains(QChar(1)));
    }

    void validateRefusesGarbageFromMktemp_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("relative") << QByteArray("mailops-policy.Ab12Cd34\n");
        QTest::newRow("not ours") << QByteArray("/tmp/tmp.Ab12Cd34\n");
        QTest::newRow("the config dir") << QByteArray("/etc/postfix\n");
        QTest::newRow("root") << QByteArray("/\n");
        QTest::newRow("two lines") << QByteArray("/tmp/mailops-policy.A\n/etc/postfix\n");
        QTest::newRow("dot dot") << QByteArray("/tmp/mailops-policy.A/../../etc/postfix\n");
        QTest::newRow("message") << QByteArray("mktemp: failed to create directory via template\n");
    }

    void validateRefusesGarbageFromMktemp()
    {
        QFETCH(QByteArray, answer);
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        fs.fault = [answer](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
            if (argv.value(0) == u"mktemp")
                return FakePolicyFiles::ok(answer);
            return std::nullopt;
        };
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Validation> v = gw.validate(liveSnapshot());
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, Error::Code::MalformedAnswer);
        // mktemp was the last thing run: nothing written, nothing removed.
        QCOMPARE(t.commands.last().value(0), QStringLiteral("mktemp"));
        QCOMPARE(indexOfProgram(t, QStringLiteral("dd")), -1);
        QCOMPARE(indexOfProgram(t, QStringLiteral("rm")), -1);
    }

    void validatePasses()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        const auto before = fs.files;
        QStringList steps;
        PolicyGateway gw(&t, Dir);
        gw.setStepHook([&steps](const QString &s) { steps << s; });

        PolicySnapshot proposed = liveSnapshot();
        proposed.setFile(QStringLiteral("client.cidr"), "192.0.2.0/24 REJECT\n198.51.100.0/24 REJECT\n");
        const Result<PolicyGateway::Validation> v = gw.validate(proposed);
        QVERIFY2(v.ok(), qPrintable(v ? QString() : v.error().message));
        QVERIFY2(v->passed, qPrintable(v->failure));
        QVERIFY(v->failure.isEmpty());
        QCOMPARE(steps,
            (QStringList { QStringLiteral("staging"), QStringLiteral("postconf"), QStringLiteral("postmap"),
                QStringLiteral("postfix check") }));

        // Every proposed file went to the stage, and Postfix was asked there.
        const QString stage = fs.stage;
        for (const PolicySnapshot::File &f : proposed.files()) {
            const QString target = stage + QLatin1Char('/') + f.path;
            const int at = t.commands.indexOf({ QStringLiteral("dd"),
                QStringLiteral("of=") + target + QLatin1String(PolicyGateway::NewSuffix),
                QStringLiteral("status=none"), QStringLiteral("bs=65536") });
            QVERIFY2(at >= 0, qPrintable(target));
            QCOMPARE(t.inputs.at(at), f.content);
        }
        QVERIFY(
            hasCommand(t, { QStringLiteral("postconf"), QStringLiteral("-c"), stage, QStringLiteral("-n") }));
        QVERIFY(hasCommand(
            t, { QStringLiteral("postfix"), QStringLiteral("-c"), stage, QStringLiteral("check") }));
        QVERIFY(hasCommand(t,
            { QStringLiteral("postmap"), QStringLiteral("-c"), stage,
                QStringLiteral("hash:") + stage + QStringLiteral("/sender_access") }));
        QVERIFY(hasCommand(t,
            { QStringLiteral("postmap"), QStringLiteral("-c"), stage, QStringLiteral("-q"),
                QStringLiteral("mailops.invalid"),
                QStringLiteral("cidr:") + stage + QStringLiteral("/client.cidr") }));

        QCOMPARE(t.commands.last(),
            (QStringList { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), stage }));
        QCOMPARE(writesUnder(t, Dir), QStringList());
        QVERIFY(fs.files == before);
        QVERIFY(fs.unknown.isEmpty());
    }

    void validateFailures_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("argument"); // the faulted command also has this
        QTest::addColumn<QByteArray>("stdErr");
        QTest::addColumn<bool>("drop"); // the connection fails instead
        QTest::addColumn<QString>("expected");

        QTest::newRow("postconf") << QStringLiteral("postconf") << QStringLiteral("-n")
                                  << QByteArray(
                                         "postconf: fatal: /tmp/mailops-policy.Ab12Cd34/main.cf, line 2: "
                                         "missing '=' after attribute name: \"oops\"\n")
                                  << false
                                  << QStringLiteral("postconf refused the new main.cf: postconf: fatal:");
        QTest::newRow("postfix check")
            << QStringLiteral("postfix") << QStringLiteral("check")
            << QByteArray(
                   "postfix/postfix-script: fatal: /tmp/mailops-policy.Ab12Cd34/master.cf: bad field\n")
            << false
            << QStringLiteral(
                   "postfix check failed: postfix/postfix-script: fatal: /etc/postfix/master.cf: bad field");
        QTest::newRow("postmap warning")
            << QStringLiteral("postmap") << QStringLiteral("-q")
            << QByteArray(
                   "postmap: warning: cidr:/tmp/mailops-policy.Ab12Cd34/client.cidr: line 1: bad net/mask "
                   "pattern: \"192.0.2.0/33\"\n")
            << false
            << QStringLiteral("client.cidr does not parse: postmap: warning: cidr:client.cidr: line 1: bad");
        QTest::newRow("postmap hash")
            << QStringLiteral("postmap") << QStringLiteral("hash:")
            << QByteArray("postmap: fatal: open database: Permission denied\n") << false
            << QStringLiteral("sender_access does not parse: postmap: fatal: open database");
        QTest::newRow("dd fails") << QStringLiteral("dd") << QStringLiteral("main.cf")
                                  << QByteArray("dd: failed to open: No space left on device\n") << false
                                  << QStringLiteral("No space left on device");
        QTest::newRow("connection drops at staging")
            << QStringLiteral("dd") << QStringLiteral("master.cf") << QByteArray() << true
            << QStringLiteral("ssh: connection closed");
        QTest::newRow("connection drops at postfix check")
            << QStringLiteral("postfix") << QStringLiteral("check") << QByteArray() << true
            << QStringLiteral("ssh: connection closed");
    }

    void validateFailures()
    {
        QFETCH(QString, program);
        QFETCH(QString, argument);
        QFETCH(QByteArray, stdErr);
        QFETCH(bool, drop);
        QFETCH(QString, expected);

        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        const auto before = fs.files;
        fs.fault = [=](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
            if (argv.value(0) != program || std::none_of(argv.cbegin(), argv.cend(), [&](const QString &a) {
                    return a.contains(argument);
                }))
                return std::nullopt;
            return drop ? FakePolicyFiles::dropped() : FakePolicyFiles::failed(stdErr);
        };
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Validation> v = gw.validate(liveSnapshot());
        QVERIFY2(v.ok(), qPrintable(v ? QString() : v.error().message));
        QVERIFY(!v->passed);
        QVERIFY2(v->failure.contains(expected), qPrintable(v->failure));
        // The staging directory goes on every path, and the live one is never written.
        QCOMPARE(t.commands.last(),
            (QStringList { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), fs.stage }));
        QCOMPARE(writesUnder(t, Dir), QStringList());
        QVERIFY(fs.files == before);
    }

    void validateCheckTimeout()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        fs.fault = [](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
            if (argv.value(0) == u"postfix" && argv.last() == u"check")
                return FakePolicyFiles::Answer { {}, {}, 0, QStringLiteral("exec sleep 10"), {} };
            return std::nullopt;
        };
        PolicyGateway gw(&t, Dir);
        gw.setCheckTimeout(std::chrono::milliseconds(1000));
        QElapsedTimer clock;
        clock.start();
        const Result<PolicyGateway::Validation> v = gw.validate(liveSnapshot());
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY(v.ok());
        QVERIFY(!v->passed);
        QCOMPARE(v->failure, QStringLiteral("postfix check did not finish within 1 s"));
        const int check = t.commands.indexOf(
            { QStringLiteral("postfix"), QStringLiteral("-c"), fs.stage, QStringLiteral("check") });
        QVERIFY(check >= 0);
        QCOMPARE(t.options.at(check).timeout, std::chrono::milliseconds(1000));
        QCOMPARE(t.commands.last(),
            (QStringList { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), fs.stage }));
    }

    void validateNeedsEveryReferencedMap()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        PolicySnapshot proposed = liveSnapshot();
        proposed.removeFile(QStringLiteral("client.cidr"));
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Validation> v = gw.validate(proposed);
        QVERIFY(v.ok());
        QVERIFY(!v->passed);
        QVERIFY2(v->failure.contains(QStringLiteral("/etc/postfix/client.cidr is referenced by the policy")),
            qPrintable(v->failure));
        QCOMPARE(t.commands.last().value(0), QStringLiteral("rm"));
    }

    // A relative name that climbs out of the staging directory must not
    // reach the live files through validate().
    void validateStaysInStage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("onto live main.cf") << QStringLiteral("../../etc/postfix/main.cf");
        QTest::newRow("beside the stage") << QStringLiteral("../elsewhere.cidr");
        QTest::newRow("deeper") << QStringLiteral("maps/../../../etc/postfix/client.cidr");
    }

    void validateStaysInStage()
    {
        QFETCH(QString, name);
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        const auto before = fs.files;
        PolicySnapshot proposed = liveSnapshot();
        proposed.setFile(name, "myhostname = owned.example\n");
        PolicyGateway gw(&t, Dir);
        const Result<PolicyGateway::Validation> v = gw.validate(proposed);
        QVERIFY(v.ok());
        QVERIFY(!v->passed);
        QCOMPARE(writesUnder(t, Dir), QStringList());
        for (const QStringList &argv : std::as_const(t.commands)) {
            if (argv.value(0) == u"dd" || argv.value(0) == u"mv")
                QVERIFY2(argv.join(u' ').contains(fs.stage + QLatin1Char('/')), qPrintable(argv.join(u' ')));
        }
        QVERIFY(fs.files == before);
        QCOMPARE(t.commands.last().value(0), QStringLiteral("rm"));
    }

    void writeStagesThenRenames()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        const PolicySnapshot from = liveSnapshot();
        load(&fs, from);
        PolicySnapshot to = from;
        to.setFile(
            PolicySnapshot::MainCf, from.content(PolicySnapshot::MainCf) + "smtpd_helo_required = yes\n");
        to.setFile(QStringLiteral("sender_access"), "spam.example REJECT\nham.example OK\n");
        to.setFile(QStringLiteral("new.cidr"), "203.0.113.0/24 REJECT\n");

        QStringList steps;
        PolicyGateway gw(&t, Dir);
        gw.setStepHook([&steps](const QString &s) { steps << s; });
        const Status written = gw.write(from, to);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(steps,
            (QStringList { QStringLiteral("write"), QStringLiteral("rename"), QStringLiteral("postmap") }));

        const QString prev = QLatin1String(PolicyGateway::PreviousSuffix);
        const QString fresh = QLatin1String(PolicyGateway::NewSuffix);
        int firstMv = indexOfProgram(t, QStringLiteral("mv"));
        QVERIFY(firstMv > 0);
        for (const QString &name :
            { QStringLiteral("main.cf"), QStringLiteral("sender_access"), QStringLiteral("new.cidr") }) {
            const QString path = Dir + QLatin1Char('/') + name;
            const int dd = t.commands.indexOf({ QStringLiteral("dd"), QStringLiteral("of=") + path + fresh,
                QStringLiteral("status=none"), QStringLiteral("bs=65536") });
            QVERIFY2(dd >= 0 && dd < firstMv, qPrintable(name));
            QCOMPARE(t.inputs.at(dd), to.content(name));
            const int mv = t.commands.indexOf(
                { QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), path + fresh, path });
            QVERIFY(mv > dd);
            QCOMPARE(fs.file(path), to.content(name));
            QVERIFY(!fs.exists(path + fresh));
            if (name == u"new.cidr") {
                // Nothing to keep or to copy the mode from.
                QVERIFY(!fs.exists(path + prev));
            } else {
                const int kept = t.commands.indexOf(
                    { QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), path, path + prev });
                QVERIFY(kept >= 0 && kept < mv);
                QCOMPARE(fs.file(path + prev), from.content(name));
            }
        }
        // Unchanged files are not touched at all.
        for (const QStringList &argv : std::as_const(t.commands)) {
            const QString line = argv.join(u' ');
            QVERIFY2(
                !line.contains(QStringLiteral("master.cf")) && !line.contains(QStringLiteral("client.cidr")),
                qPrintable(line));
            QVERIFY(argv.value(0) != u"sh" && argv.value(0) != u"bash");
        }
        // Only the changed indexed map is rebuilt, on the live path.
        QCOMPARE(t.commands.last(),
            (QStringList { QStringLiteral("postmap"), QStringLiteral("-c"), Dir,
                QStringLiteral("hash:/etc/postfix/sender_access") }));
        QCOMPARE(indexOfProgram(t, QStringLiteral("postmap")), int(t.commands.size() - 1));
    }

    void writeNothingWhenUnchanged()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        load(&fs, liveSnapshot());
        PolicyGateway gw(&t, Dir);
        QVERIFY(gw.write(liveSnapshot(), liveSnapshot()).ok());
        QVERIFY(t.commands.isEmpty());
    }

    void writeFailureRenamesNothing_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("drop");

        QTest::newRow("first copy") << QStringLiteral("cp") << QStringLiteral("main.cf.mailops-new") << false;
        QTest::newRow("dd of the second file")
            << QStringLiteral("dd") << QStringLiteral("sender_access") << false;
        QTest::newRow("touch") << QStringLiteral("touch") << QStringLiteral("sender_access") << false;
        QTest::newRow("connection drops at dd")
            << QStringLiteral("dd") << QStringLiteral("sender_access") << true;
    }

    void writeFailureRenamesNothing()
    {
        QFETCH(QString, program);
        QFETCH(QString, argument);
        QFETCH(bool, drop);

        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        const PolicySnapshot from = liveSnapshot();
        load(&fs, from);
        fs.fault = [=](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
            if (argv.value(0) != program || std::none_of(argv.cbegin(), argv.cend(), [&](const QString &a) {
                    return a.contains(argument);
                }))
                return std::nullopt;
            return drop ? FakePolicyFiles::dropped() : FakePolicyFiles::failed("No space left on device\n");
        };
        PolicySnapshot to = from;
        to.setFile(PolicySnapshot::MainCf, "myhostname = mx2.mailops.test\n");
        to.setFile(QStringLiteral("sender_access"), "other.example REJECT\n");
        PolicyGateway gw(&t, Dir);
        const Status written = gw.write(from, to);
        QVERIFY(!written.ok());
        QCOMPARE(indexOfProgram(t, QStringLiteral("mv")), -1);
        QCOMPARE(indexOfProgram(t, QStringLiteral("postmap")), -1);
        for (const PolicySnapshot::File &f : from.files())
            QCOMPARE(fs.file(f.path), f.content);
        QVERIFY(!fs.exists(Dir + QStringLiteral("/main.cf") + QLatin1String(PolicyGateway::PreviousSuffix)));
    }

    void writeRefusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newline") << QStringLiteral("client\n.cidr");
        QTest::newRow("carriage return") << QStringLiteral("client.cidr\r");
        QTest::newRow("tab") << QStringLiteral("client\t.cidr");
        QTest::newRow("escape") << QStringLiteral("client\x1b.cidr");
        QTest::newRow("delete") << QStringLiteral("client\x7f.cidr");
        QTest::newRow("absolute with newline") << QStringLiteral("/srv/maps/a\nb.cidr");
        QTest::newRow("absolute with ..") << QStringLiteral("/srv/maps/../../etc/shadow");
    }

    void writeRefusesUnsafeNames()
    {
        QFETCH(QString, name);
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        const PolicySnapshot from = liveSnapshot();
        load(&fs, from);
        PolicySnapshot to = from;
        to.setFile(name, "x\n");
        PolicyGateway gw(&t, Dir);
        const Status written = gw.write(from, to);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::InvalidInput);
        QVERIFY(t.commands.isEmpty());
    }

    void reloadConfirmedByLog()
    {
        FakeTransport t;
        FakePolicyFiles fs;
        fs.attach(&t);
        fs.files[fs.mailLog] = "Jan  1 00:00:00 mx1 postfix/master[1]: reload -- version 3.7.11\n";
        PolicyGateway gw(&t, Dir, fs.mailLog);
        QVERIFY(gw.reload().ok());
        QVERIFY(hasCommand(
            t, { QStringLiteral("postfix"), QStringLiteral("-c"), Dir, QStringLiteral("reload") }));
        // Read from after the old end of the log, so the old line does not count.
        const QString from = QStringLiteral("+") + QString::number(fs.files[fs.mailLog].size() / 2 + 1);
        QVERIFY(hasCommand(
            t, { QStringLiteral("tail"), QStringLiteral("-c"), from, QStringLiteral("--"), fs.mailLog }));
    }
};

QTEST_GUILESS_MAIN(PolicyGatewayTest)
#include "policygateway_test.moc"
