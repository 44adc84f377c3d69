#include "policy/postfixmaincf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// main.cf as Postfix reads it: the values, lines and problems it reports,
// expansion as postconf -x does it (checked against the real postconf when
// installed), byte-exact edits and the tables a policy references.
class PostfixMainCfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("lastLine");

        QTest::newRow("plain") << QByteArray("myhostname = mx1.example.com\n") << QStringLiteral("myhostname")
                               << QStringLiteral("mx1.example.com") << 1 << 1;
        QTest::newRow("no spaces around =")
            << QByteArray("a=b=c\n") << QStringLiteral("a") << QStringLiteral("b=c") << 1 << 1;
        QTest::newRow("trailing whitespace trimmed")
            << QByteArray("a =  x y \t \n") << QStringLiteral("a") << QStringLiteral("x y") << 1 << 1;
        QTest::newRow("hash inside a value is text")
            << QByteArray("a = v # not a comment\n") << QStringLiteral("a")
            << QStringLiteral("v # not a comment") << 1 << 1;
        QTest::newRow("comments and blank lines") << QByteArray("# head\n\n   # indented comment\nb = 1\n")
                                                  << QStringLiteral("b") << QStringLiteral("1") << 4 << 4;
        QTest::newRow("continuation joins with one space")
            << QByteArray("a = x   \n   y\n\tz\nb = 2\n") << QStringLiteral("a") << QStringLiteral("x y z")
            << 1 << 3;
        QTest::newRow("comment inside a continuation")
            << QByteArray("a = x\n# c\n\n  y\n") << QStringLiteral("a") << QStringLiteral("x y") << 1 << 4;
        QTest::newRow("CRLF") << QByteArray("a = 1\r\nb = 2\r\n") << QStringLiteral("b")
                              << QStringLiteral("2") << 2 << 2;
        QTest::newRow("lone CR") << QByteArray("a = 1\rb = 2\r  3\r") << QStringLiteral("b")
                                 << QStringLiteral("2 3") << 2 << 3;
        QTest::newRow("no final newline")
            << QByteArray("a = 1") << QStringLiteral("a") << QStringLiteral("1") << 1 << 1;
        QTest::newRow("empty value") << QByteArray("a =\n") << QStringLiteral("a") << QString() << 1 << 1;
        QTest::newRow("unknown parameter kept")
            << QByteArray("my_own_thing = 42\n") << QStringLiteral("my_own_thing") << QStringLiteral("42")
            << 1 << 1;
        QTest::newRow("last definition wins")
            << QByteArray("a = 1\nb = x\na = 2\n") << QStringLiteral("a") << QStringLiteral("2") << 3 << 3;
        QTest::newRow("utf-8") << QByteArray("smtpd_banner = h\xc3\xa9llo\n")
                               << QStringLiteral("smtpd_banner") << QStringLiteral("héllo") << 1 << 1;
    }

    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, line);
        QFETCH(int, lastLine);
        const PostfixMainCf cf = PostfixMainCf::parse(text);
        QVERIFY(cf.has(name));
        QCOMPARE(cf.value(name), value);
        QCOMPARE(cf.lineOf(name), line);
        const auto &entries = cf.entries();
        const auto it = std::find_if(entries.crbegin(), entries.crend(),
            [&name](const PostfixMainCf::Entry &e) { return e.name == name; });
        QVERIFY(it != entries.crend());
        QCOMPARE(it->lastLine, lastLine);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QStringList>("fragments");

        QTest::newRow("clean") << QByteArray("a = 1\n") << QList<int> {} << QStringList {};
        QTest::newRow("missing =") << QByteArray("a = 1\nweird value here\nb = 2\n") << QList<int> { 2 }
                                   << QStringList { QStringLiteral("weird value here") };
        QTest::newRow("no name") << QByteArray("= 3\n") << QList<int> { 1 }
                                 << QStringList { QStringLiteral("no parameter name") };
        QTest::newRow("space in name") << QByteArray("my name = 3\n") << QList<int> { 1 }
                                       << QStringList { QStringLiteral("my name = 3") };
        QTest::newRow("leading whitespace first") << QByteArray("  a = 1\nb = 2\n") << QList<int> { 1 }
                                                  << QStringList { QStringLiteral("whitespace") };
        QTest::newRow("duplicate names both lines")
            << QByteArray("a = 1\n\na = 2\n") << QList<int> { 3 }
            << QStringList { QStringLiteral("line 3"), QStringLiteral("line 1") };
    }

    void problems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, lines);
        QFETCH(QStringList, fragments);
        const PostfixMainCf cf = PostfixMainCf::parse(text);
        QList<int> got;
        QString all;
        for (const auto &p : cf.problems()) {
            got << p.line;
            all += p.message + QLatin1Char('\n');
        }
        QCOMPARE(got, lines);
        for (const QString &f : fragments)
            QVERIFY2(all.contains(f), qPrintable(all));
    }

    void duplicateLines()
    {
        const PostfixMainCf cf = PostfixMainCf::parse("a = 1\nb = 2\na = 3\na = 4\n");
        QCOMPARE(cf.definitionLines(QStringLiteral("a")), (QList<int> { 1, 3, 4 }));
        QCOMPARE(cf.names(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(cf.entries().size(), 4);
    }

    void expanded_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok");

        const QByteArray base("myhostname = mx1.example.com\nmydomain = example.com\nempty =\n"
                              "setempty = $empty\n");
        QTest::newRow("$name") << base + "x = $myhostname\n"
                               << QStringLiteral("x") << QStringLiteral("mx1.example.com") << true;
        QTest::newRow("${name} and $(name)")
            << base + "x = ${mydomain}/$(mydomain)\n"
            << QStringLiteral("x") << QStringLiteral("example.com/example.com") << true;
        QTest::newRow("name ends at a dot")
            << base + "x = $myhostname.x-$mydomain\n"
            << QStringLiteral("x") << QStringLiteral("mx1.example.com.x-example.com") << true;
        QTest::newRow("$$ is a dollar") << base + "x = a$$b\n"
                                        << QStringLiteral("x") << QStringLiteral("a$b") << true;
        QTest::newRow("recursive") << base + "x = $y\ny = <$myhostname>\n"
                                   << QStringLiteral("x") << QStringLiteral("<mx1.example.com>") << true;
        QTest::newRow("forward reference")
            << QByteArray("x = $y\ny = later\n") << QStringLiteral("x") << QStringLiteral("later") << true;
        QTest::newRow("${x?y} set") << base + "x = [${mydomain?yes}]\n"
                                    << QStringLiteral("x") << QStringLiteral("[yes]") << true;
        QTest::newRow("${x?y} empty") << base + "x = [${empty?yes}]\n"
                                      << QStringLiteral("x") << QStringLiteral("[]") << true;
        QTest::newRow("${x:y} empty") << base + "x = [${empty:dflt}]\n"
                                      << QStringLiteral("x") << QStringLiteral("[dflt]") << true;
        QTest::newRow("${x:y} undefined") << base + "x = [${nothere:dflt}]\n"
                                          << QStringLiteral("x") << QStringLiteral("[dflt]") << true;
        QTest::newRow("${x:y} set") << base + "x = [${mydomain:dflt}]\n"
                                    << QStringLiteral("x") << QStringLiteral("[]") << true;
        QTest::newRow("raw value tested, not its expansion")
            << base + "x = [${setempty?set}]\n"
            << QStringLiteral("x") << QStringLiteral("[set]") << true;
        QTest::newRow("${x?{y}} keeps inner spaces")
            << base + "x = [${mydomain?{ a b }}]\n"
            << QStringLiteral("x") << QStringLiteral("[ a b ]") << true;
        QTest::newRow("${x?{a}:{b}}") << base + "x = ${mydomain?{a}:{b}} ${nothere?{a} : {b}}\n"
                                      << QStringLiteral("x") << QStringLiteral("a b") << true;
        QTest::newRow("space before operator") << base + "x = ${mydomain ? {a}}\n"
                                               << QStringLiteral("x") << QStringLiteral("a") << true;
        QTest::newRow("value expanded in conditional")
            << base + "x = ${nothere:{$myhostname}}!\n"
            << QStringLiteral("x") << QStringLiteral("mx1.example.com!") << true;
        QTest::newRow("unknown is empty") << base + "x = a${nothere}b\n"
                                          << QStringLiteral("x") << QStringLiteral("ab") << true;
        QTest::newRow("loop stops") << QByteArray("a = $b\nb = $a\n") << QStringLiteral("a") << QString()
                                    << false;
        QTest::newRow("self loop stops")
            << QByteArray("a = x $a\n") << QStringLiteral("a") << QStringLiteral("x ") << false;
        QTest::newRow("truncated reference")
            << QByteArray("a = ${b\n") << QStringLiteral("a") << QStringLiteral("${b") << false;
        QTest::newRow("undefined name itself")
            << QByteArray("a = 1\n") << QStringLiteral("zzz") << QString() << true;
    }

    void expanded()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        bool gotOk = !ok;
        QCOMPARE(PostfixMainCf::parse(text).expanded(name, {}, &gotOk), expected);
        QCOMPARE(gotOk, ok);
    }

    void expandedDefaults()
    {
        const PostfixMainCf cf = PostfixMainCf::parse("access = hash:$config_directory/access\n");
        const QHash<QString, QString> defaults { { QStringLiteral("config_directory"),
            QStringLiteral("/etc/pf") } };
        QCOMPARE(cf.expanded(QStringLiteral("access"), defaults), QStringLiteral("hash:/etc/pf/access"));
        // A definition in the file wins over the caller's default.
        const PostfixMainCf own
            = PostfixMainCf::parse("config_directory = /srv/pf\naccess = hash:$config_directory/access\n");
        QCOMPARE(own.expanded(QStringLiteral("access"), defaults), QStringLiteral("hash:/srv/pf/access"));
    }

    void doublingStops()
    {
        // Each level doubles: 2^60 characters if nothing stopped it.
        QByteArray text("a0 = xxxxxxxxxxxxxxxx\n");
        for (int i = 1; i < 60; ++i)
            text += QByteArray("a") + QByteArray::number(i) + " = $a" + QByteArray::number(i - 1) + " $a"
                + QByteArray::number(i - 1) + "\n";
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        const QString out = PostfixMainCf::parse(text).expanded(QStringLiteral("a59"), {}, &ok);
        QVERIFY(!ok);
        QVERIFY(out.size() < 64 * 1024 * 1024);
        QVERIFY(timer.elapsed() < 5000);
    }

    void hugeLineIsLinear()
    {
        QByteArray text("smtpd_client_restrictions = ");
        text.reserve(11 * 1024 * 1024);
        while (text.size() < 10 * 1024 * 1024)
            text += "check_client_access cidr:/etc/postfix/c.cidr, ";
        text += "\n  permit\r\n";
        QElapsedTimer timer;
        timer.start();
        const PostfixMainCf cf = PostfixMainCf::parse(text);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(cf.value(QStringLiteral("smtpd_client_restrictions")).endsWith(QLatin1String(", permit")));
        // Expansion and table listing are one pass each too; a looser bound
        // keeps the test meaningful under the sanitizer presets.
        timer.restart();
        QVERIFY(!cf.expanded(QStringLiteral("smtpd_client_restrictions")).isEmpty());
        QCOMPARE(cf.mapReferences().size(), 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // A single line without any line ending at all.
        const QByteArray bare(10 * 1024 * 1024, 'x');
        timer.restart();
        const PostfixMainCf garbage = PostfixMainCf::parse(bare);
        QCOMPARE(garbage.problems().size(), 1);
        QVERIFY(garbage.problems().first().message.size() < 200);
        QVERIFY(timer.elapsed() < 1000);
    }

    void withValue_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("replace keeps the rest")
            << QByteArray("# head\r\na = 1  \r\nunknown_client_reject_code = 450\r\n\r\n# tail\r\n")
            << QStringLiteral("unknown_client_reject_code") << QStringLiteral("550")
            << QByteArray("# head\r\na = 1  \r\nunknown_client_reject_code = 550\r\n\r\n# tail\r\n");
        QTest::newRow("replace a continued line")
            << QByteArray("a = x,\n    y,\n    z\nb = 2\n") << QStringLiteral("a") << QStringLiteral("x, z")
            << QByteArray("a = x, z\nb = 2\n");
        QTest::newRow("replace the last definition") << QByteArray("a = 1\na = 2\n") << QStringLiteral("a")
                                                     << QStringLiteral("3") << QByteArray("a = 1\na = 3\n");
        QTest::newRow("append with the file's line ending")
            << QByteArray("a = 1\r\n") << QStringLiteral("b") << QStringLiteral("2")
            << QByteArray("a = 1\r\nb = 2\r\n");
        QTest::newRow("append after a missing final newline")
            << QByteArray("a = 1") << QStringLiteral("b") << QStringLiteral("2")
            << QByteArray("a = 1\nb = 2\n");
        QTest::newRow("append to empty")
            << QByteArray() << QStringLiteral("b") << QStringLiteral("2") << QByteArray("b = 2\n");
        QTest::newRow("newlines in a value flattened") << QByteArray("a = 1\n") << QStringLiteral("a")
                                                       << QStringLiteral("x\ny") << QByteArray("a = x y\n");
        QTest::newRow("binary bytes elsewhere kept")
            << QByteArray("# \xff\xfe\x01\nsoft_bounce = yes\n\xc3(\n", 25) << QStringLiteral("soft_bounce")
            << QStringLiteral("no") << QByteArray("# \xff\xfe\x01\nsoft_bounce = no\n\xc3(\n", 24);
    }

    void withValue()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const PostfixMainCf cf = PostfixMainCf::parse(text);
        const QByteArray out = cf.withValue(name, value);
        QCOMPARE(out, expected);
        QCOMPARE(PostfixMainCf::parse(out).value(name),
            QString(value).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }

    void withoutParameter_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("every definition")
            << QByteArray("a = 1\nb = 2\na = 3\n") << QStringLiteral("a") << QByteArray("b = 2\n");
        QTest::newRow("continuation and CRLF") << QByteArray("# c\r\na = 1,\r\n  2\r\nb = 2\r\n")
                                               << QStringLiteral("a") << QByteArray("# c\r\nb = 2\r\n");
        QTest::newRow("absent") << QByteArray("b = 2") << QStringLiteral("a") << QByteArray("b = 2");
        QTest::newRow("last line without newline")
            << QByteArray("b = 2\na = 1") << QStringLiteral("a") << QByteArray("b = 2\n");
    }

    void withoutParameter()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(PostfixMainCf::parse(text).withoutParameter(name), expected);
    }

    void splitList_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("items");

        QTest::newRow("commas and spaces")
            << QStringLiteral(" a, b  c,,d\te ")
            << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                   QStringLiteral("d"), QStringLiteral("e") };
        QTest::newRow("braces group")
            << QStringLiteral("check_policy_service { inet:127.0.0.1:10023, timeout=10s }, x")
            << QStringList { QStringLiteral("check_policy_service"),
                   QStringLiteral("{ inet:127.0.0.1:10023, timeout=10s }"), QStringLiteral("x") };
        QTest::newRow("inline table")
            << QStringLiteral("inline:{ a=b, c=d } hash:/x")
            << QStringList { QStringLiteral("inline:{ a=b, c=d }"), QStringLiteral("hash:/x") };
        QTest::newRow("unbalanced brace runs to the end")
            << QStringLiteral("a {b, c") << QStringList { QStringLiteral("a"), QStringLiteral("{b, c") };
        QTest::newRow("empty") << QString() << QStringList {};
    }

    void splitList()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, items);
        QCOMPARE(PostfixMainCf::splitList(value), items);
    }

    void mapReferences_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected"); // parameter|type|name|sourceFile

        QTest::newRow("access maps in restrictions")
            << QByteArray("smtpd_client_restrictions = permit_mynetworks,\n"
                          "  check_client_access cidr:$config_directory/client.cidr,\n"
                          "  check_policy_service unix:private/policy, reject_rbl_client zen.example\n")
            << QStringList { QStringLiteral(
                   "smtpd_client_restrictions|cidr|/etc/postfix/client.cidr|/etc/postfix/client.cidr") };
        QTest::newRow("indexed, proxy, regexp")
            << QByteArray("transport_maps = hash:/etc/postfix/transport\n"
                          "virtual_alias_maps = proxy:lmdb:/etc/postfix/virtual, "
                          "pcre:/etc/postfix/virtual.pcre\n"
                          "header_checks = regexp:/etc/postfix/header_checks\n")
            << QStringList { QStringLiteral(
                                 "transport_maps|hash|/etc/postfix/transport|/etc/postfix/transport"),
                   QStringLiteral("virtual_alias_maps|lmdb|/etc/postfix/virtual|/etc/postfix/virtual"),
                   QStringLiteral(
                       "virtual_alias_maps|pcre|/etc/postfix/virtual.pcre|/etc/postfix/virtual.pcre"),
                   QStringLiteral(
                       "header_checks|regexp|/etc/postfix/header_checks|/etc/postfix/header_checks") };
        QTest::newRow("not files") << QByteArray(
            "a_maps = inline:{ a=b, c=d }, static:OK, mysql:/etc/postfix/my.cf, "
            "tcp:127.0.0.1:2020 socketmap:inet:127.0.0.1:9:x ldap:/etc/postfix/ldap.cf\n"
            "smtpd_milters = inet:localhost:8891, unix:/run/milter\n"
            "relayhost = [smtp.example.com]:587\n")
                                   << QStringList { QStringLiteral("a_maps|inline|{ a=b, c=d }|"),
                                          QStringLiteral("a_maps|static|OK|"),
                                          QStringLiteral("a_maps|mysql|/etc/postfix/my.cf|"),
                                          QStringLiteral("a_maps|tcp|127.0.0.1:2020|"),
                                          QStringLiteral("a_maps|socketmap|inet:127.0.0.1:9:x|"),
                                          QStringLiteral("a_maps|ldap|/etc/postfix/ldap.cf|") };
        QTest::newRow("through a $reference and texthash")
            << QByteArray(
                   "mine = texthash:/etc/postfix/t\nsmtpd_sender_restrictions = check_sender_access $mine\n")
            << QStringList { QStringLiteral("mine|texthash|/etc/postfix/t|/etc/postfix/t"),
                   QStringLiteral("smtpd_sender_restrictions|texthash|/etc/postfix/t|/etc/postfix/t") };
    }

    void mapReferences()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const QHash<QString, QString> defaults { { QStringLiteral("config_directory"),
            QStringLiteral("/etc/postfix") } };
        QStringList got;
        for (const auto &r : PostfixMainCf::parse(text).mapReferences(defaults))
            got << QStringList { r.parameter, r.type, r.name, r.sourceFile }.join(QLatin1Char('|'));
        QCOMPARE(got, expected);
    }

    // The same text through the real postconf: raw (-h) and expanded (-h -x).
    void againstPostconf()
    {
        const QString postconf = QStringLiteral("/usr/sbin/postconf");
        if (!QFile::exists(postconf))
            QSKIP("postconf is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Only parameters postconf knows (or that a known one uses) are
        // printed; builtin defaults (mydomain...) are set here so both sides
        // see the same values.
        const QByteArray text(
            "# a tricky main.cf\r\n"
            "myhostname = mx1.example.com\r\n"
            "mydomain = example.com\n"
            "   # indented comment\n"
            "myorigin = $mydomain\n"
            "smtpd_banner = $myhostname ESMTP ${mail_owner?{ owned }} ${nosuch:none} $$5\n"
            "smtpd_client_restrictions = permit_mynetworks,   \n"
            "\n"
            "# inside\n"
            "\tcheck_client_access cidr:${config_directory}/client.cidr ,\n"
            "    reject_unknown_client_hostname\n"
            "mail_owner = postfix\n"
            "alias_maps = hash:$(config_directory)/aliases\n"
            "relay_domains = ${my_relay_domains}\n"
            "my_relay_domains = $mydomain, ${mydomain?{sub.$mydomain}:{none}} ${nosuch?{x}:{y}}\n"
            "unknown_client_reject_code = 450\n"
            "unknown_client_reject_code=550\n"
            "delay_warning_time = ${empty_thing:4h}\n"
            "empty_thing =\n"
            "notify_classes = resource,software,${empty_thing?policy}\n"
            "config_directory = /etc/postfix\n");
        QFile f(dir.filePath(QStringLiteral("main.cf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const PostfixMainCf cf = PostfixMainCf::parse(text);
        const QStringList names { QStringLiteral("myorigin"), QStringLiteral("smtpd_banner"),
            QStringLiteral("smtpd_client_restrictions"), QStringLiteral("alias_maps"),
            QStringLiteral("relay_domains"), QStringLiteral("unknown_client_reject_code"),
            QStringLiteral("delay_warning_time"), QStringLiteral("notify_classes"),
            QStringLiteral("myhostname") };
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(postconf, QStringList { QStringLiteral("-c"), dir.path() } + args);
            p.waitForFinished(10000);
            return QString::fromUtf8(p.readAllStandardOutput()).chopped(1);
        };
        for (const QString &name : names) {
            const QString raw = run({ QStringLiteral("-h"), name });
            if (raw.isEmpty() && !cf.value(name).isEmpty())
                QSKIP("postconf -c refuses this directory here");
            // postconf prints values folded, runs of whitespace as one space
            // (even "a     b" on one line), so only that much is compared.
            QCOMPARE(cf.value(name).simplified(), raw);
            bool ok = false;
            QCOMPARE(cf.expanded(name, {}, &ok).simplified(),
                run({ QStringLiteral("-h"), QStringLiteral("-x"), name }));
            QVERIFY(ok);
        }
    }
};

QTEST_GUILESS_MAIN(PostfixMainCfTest)
#include "postfixmaincf_test.moc"
