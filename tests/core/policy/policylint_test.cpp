#include "policy/policylint.h"

#include <QtTest>

using namespace MailOps;

// Each lint rule on the smallest policy that shows it, and a sound policy
// that yields nothing at all.
class PolicyLintTest : public QObject
{
    Q_OBJECT

    static QByteArray cleanMainCf()
    {
        return QByteArray("compatibility_level = 3.6\n"
                          "myhostname = mx1.example.com\n"
                          "mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8\n"
                          "smtpd_helo_required = yes\n"
                          "unknown_client_reject_code = 550\n"
                          "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n"
                          "smtpd_client_restrictions = permit_mynetworks,\n"
                          "    check_client_access cidr:/etc/postfix/client_access.cidr,\n"
                          "    reject_unknown_client_hostname\n"
                          "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination,\n"
                          "    reject_rbl_client zen.example\n"
                          "header_checks = regexp:/etc/postfix/header_checks\n");
    }

    static PolicySnapshot cleanSnapshot()
    {
        PolicySnapshot s;
        s.setConfigDir(QStringLiteral("/etc/postfix"));
        s.setFile(PolicySnapshot::MainCf, cleanMainCf());
        s.setFile(PolicySnapshot::MasterCf, "smtp inet n - y - - smtpd\n");
        s.setFile(
            QStringLiteral("client_access.cidr"), "# own\n10.0.0.0/8 OK\n192.0.2.0/24 REJECT go away\n");
        s.setFile(
            QStringLiteral("header_checks"), "/^Subject: .*viagra/ REJECT\n/^X-Mailer: spamtool/ DISCARD\n");
        return s;
    }

    static PolicyLint::LintContext context()
    {
        PolicyLint::LintContext c;
        c.internalNetworks = QStringList { QStringLiteral("10.0.0.0/8") };
        c.gatewayHostname = QStringLiteral("mx1.example.com");
        return c;
    }

private Q_SLOTS:
    void cleanPolicyHasNoFindings()
    {
        const auto findings = PolicyLint::check(cleanSnapshot(), context());
        QStringList texts;
        for (const auto &f : findings)
            texts << f.rule + QStringLiteral(": ") + f.message;
        QVERIFY2(findings.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("mainCf"); // appended to the clean one (the last value wins)
        QTest::addColumn<QString>("file"); // a file to set; empty: none
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("findingFile");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");

        const int next = cleanMainCf().count('\n') + 1;
        QTest::newRow("tempfail code set")
            << QByteArray("unknown_client_reject_code = 450\n") << QString() << QByteArray()
            << QStringLiteral("tempfail-for-permanent") << QStringLiteral("main.cf") << next
            << QStringLiteral("unknown_client_reject_code = 450 makes senders without reverse DNS retry");
        QTest::newRow("tempfail by default")
            << QByteArray("smtpd_helo_restrictions = reject_unknown_helo_hostname\n") << QString()
            << QByteArray() << QStringLiteral("tempfail-for-permanent") << QStringLiteral("main.cf") << next
            << QStringLiteral("default unknown_hostname_reject_code = 450");
        QTest::newRow("rbl code 4xx")
            << QByteArray("maps_rbl_reject_code = 450\n") << QString() << QByteArray()
            << QStringLiteral("tempfail-for-permanent") << QStringLiteral("main.cf") << next
            << QStringLiteral("clients on a block list");
        QTest::newRow("soft bounce") << QByteArray("soft_bounce = yes\n") << QString() << QByteArray()
                                     << QStringLiteral("soft-bounce") << QStringLiteral("main.cf") << next
                                     << QStringLiteral("soft_bounce = yes");
        QTest::newRow("dead dnsbl") << QByteArray(
            "smtpd_sender_restrictions = reject_rbl_client Dead.Example.\n")
                                    << QString() << QByteArray() << QStringLiteral("dnsbl-dead")
                                    << QStringLiteral("main.cf") << next << QStringLiteral("Dead.Example.");
        QTest::newRow("dnsbl lists everything")
            << QByteArray() << QString() << QByteArray() << QStringLiteral("dnsbl-lists-everything")
            << QStringLiteral("main.cf") << 10 << QStringLiteral("zen.example");
        QTest::newRow("mynetworks too broad")
            << QByteArray("mynetworks = 127.0.0.0/8, 0.0.0.0/0\n") << QString() << QByteArray()
            << QStringLiteral("mynetworks-too-broad") << QStringLiteral("main.cf") << next
            << QStringLiteral("0.0.0.0/0");
        QTest::newRow("mynetworks /4") << QByteArray("mynetworks = 64.0.0.0/4\n") << QString() << QByteArray()
                                       << QStringLiteral("mynetworks-too-broad") << QStringLiteral("main.cf")
                                       << next << QStringLiteral("64.0.0.0/4");
        QTest::newRow("mynetworks ::/0") << QByteArray("mynetworks = [::]/0\n") << QString() << QByteArray()
                                         << QStringLiteral("mynetworks-too-broad")
                                         << QStringLiteral("main.cf") << next << QStringLiteral("::/0");
        QTest::newRow("permit before reject_unauth_destination")
            << QByteArray(
                   "smtpd_relay_restrictions =\n"
                   "smtpd_recipient_restrictions = permit_mynetworks, permit, reject_unauth_destination\n")
            << QString() << QByteArray() << QStringLiteral("open-relay") << QStringLiteral("main.cf")
            << next + 1 << QStringLiteral("smtpd_recipient_restrictions reaches “permit”");
        QTest::newRow("relay stage permits first, recipient has no check")
            << QByteArray("smtpd_relay_restrictions = permit_mynetworks, permit, defer_unauth_destination\n"
                          "smtpd_recipient_restrictions = permit_mynetworks\n")
            << QString() << QByteArray() << QStringLiteral("open-relay") << QStringLiteral("main.cf") << next
            << QStringLiteral("smtpd_relay_restrictions");
        QTest::newRow("no relay check anywhere")
            << QByteArray("smtpd_relay_restrictions = permit_mynetworks\n"
                          "smtpd_recipient_restrictions = permit_mynetworks\n")
            << QString() << QByteArray() << QStringLiteral("no-relay-protection") << QStringLiteral("main.cf")
            << next + 1 << QStringLiteral("configuration error");
        QTest::newRow("sasl without auth")
            << QByteArray("smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                          "reject_unauth_destination\n")
            << QString() << QByteArray() << QStringLiteral("sasl-not-enabled") << QStringLiteral("main.cf")
            << next << QStringLiteral("smtpd_sasl_auth_enable is not yes");
        QTest::newRow("login mismatch before mynetworks")
            << QByteArray("smtpd_sender_restrictions = reject_sender_login_mismatch, permit_mynetworks\n")
            << QString() << QByteArray() << QStringLiteral("auth-before-mynetworks")
            << QStringLiteral("main.cf") << next
            << QStringLiteral("reject_sender_login_mismatch before permit_mynetworks");
        QTest::newRow("AUTH demanded before mynetworks")
            << QByteArray("smtpd_sasl_auth_enable = yes\n"
                          "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination, "
                          "permit_mynetworks\n")
            << QString() << QByteArray() << QStringLiteral("auth-before-mynetworks")
            << QStringLiteral("main.cf") << next + 1 << QStringLiteral("must log in");
        QTest::newRow("unknown client before mynetworks")
            << QByteArray("smtpd_client_restrictions = reject_unknown_client_hostname, permit_mynetworks\n")
            << QString() << QByteArray() << QStringLiteral("unknown-client-before-mynetworks")
            << QStringLiteral("main.cf") << next << QStringLiteral("without reverse DNS");
        QTest::newRow("header check hits internal unknown")
            << QByteArray() << QStringLiteral("header_checks")
            << QByteArray("# spam\n/^Received: from unknown \\(unknown \\[/ PREPEND X-Spam: yes\n")
            << QStringLiteral("header-check-hits-internal") << QStringLiteral("header_checks") << 2
            << QStringLiteral("Received: from unknown (unknown [10.0.0.1])");
        QTest::newRow("header check inside if")
            << QByteArray() << QStringLiteral("header_checks")
            << QByteArray("if /^Received:/\n/unknown/ REJECT\nendif\n/^Subject: x/ REJECT\n")
            << QStringLiteral("header-check-hits-internal") << QStringLiteral("header_checks") << 2
            << QStringLiteral("REJECT");
        QTest::newRow("header check case-insensitive")
            << QByteArray() << QStringLiteral("header_checks") << QByteArray("/^received: from app1/ HOLD\n")
            << QStringLiteral("header-check-hits-internal") << QStringLiteral("header_checks") << 1
            << QStringLiteral("HOLD");
        QTest::newRow("regexp does not compile")
            << QByteArray() << QStringLiteral("header_checks") << QByteArray("/^Subject: (unclosed/ REJECT\n")
            << QStringLiteral("regexp-syntax") << QStringLiteral("header_checks") << 1
            << QStringLiteral("does not compile");
        QTest::newRow("regexp line without delimiters")
            << QByteArray() << QStringLiteral("header_checks") << QByteArray("\n\nSubject REJECT\n")
            << QStringLiteral("regexp-syntax") << QStringLiteral("header_checks") << 3
            << QStringLiteral("/pattern/ action");
        QTest::newRow("cidr host bits")
            << QByteArray() << QStringLiteral("client_access.cidr")
            << QByteArray("10.0.0.0/8 OK\n192.168.1.1/24 REJECT\n") << QStringLiteral("cidr-syntax")
            << QStringLiteral("client_access.cidr") << 2 << QStringLiteral("192.168.1.0/24");
        QTest::newRow("cidr garbage")
            << QByteArray() << QStringLiteral("client_access.cidr")
            << QByteArray("10.0.0.0/8 OK\r\nhello REJECT\r\n") << QStringLiteral("cidr-syntax")
            << QStringLiteral("client_access.cidr") << 2 << QStringLiteral("hello");
        QTest::newRow("cidr without action")
            << QByteArray() << QStringLiteral("client_access.cidr") << QByteArray("10.0.0.0/8\n")
            << QStringLiteral("cidr-syntax") << QStringLiteral("client_access.cidr") << 1
            << QStringLiteral("no action");
        QTest::newRow("map missing") << QByteArray(
            "smtpd_sender_restrictions = check_sender_access hash:$config_directory/sender_access\n")
                                     << QString() << QByteArray() << QStringLiteral("map-missing")
                                     << QStringLiteral("main.cf") << next
                                     << QStringLiteral("hash:/etc/postfix/sender_access");
        QTest::newRow("main.cf syntax") << QByteArray("this is not a setting\n") << QString() << QByteArray()
                                        << QStringLiteral("main-cf-syntax") << QStringLiteral("main.cf")
                                        << next << QStringLiteral("this is not a setting");
        QTest::newRow("duplicate") << QByteArray("myhostname = mx2.example.com\n") << QString()
                                   << QByteArray() << QStringLiteral("duplicate-parameter")
                                   << QStringLiteral("main.cf") << next << QStringLiteral("line 2");
    }

    void rules()
    {
        QFETCH(QByteArray, mainCf);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, rule);
        QFETCH(QString, findingFile);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        PolicySnapshot s = cleanSnapshot();
        s.setFile(PolicySnapshot::MainCf, cleanMainCf() + mainCf);
        if (!file.isEmpty())
            s.setFile(file, content);
        PolicyLint::LintContext c = context();
        c.deadDnsbls.insert(QStringLiteral("dead.example"));
        if (QByteArray(QTest::currentDataTag()) == "dnsbl lists everything")
            c.listsEverything.insert(QStringLiteral("ZEN.example."));
        // Rows override the clean policy by defining a parameter again; that
        // duplicate is a finding of its own, not the one under test.
        QList<PolicyLint::Finding> findings;
        for (const auto &f : PolicyLint::check(s, c)) {
            if (f.rule != QLatin1String("duplicate-parameter") || rule == f.rule)
                findings << f;
        }
        QStringList all;
        for (const auto &f : findings)
            all << QStringLiteral("%1 %2:%3 %4").arg(f.rule, f.file).arg(f.line).arg(f.message);
        QVERIFY2(findings.size() == 1, qPrintable(all.join(QLatin1Char('\n'))));
        const auto &f = findings.first();
        QVERIFY2(f.rule == rule, qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(f.file, findingFile);
        QCOMPARE(f.line, line);
        QVERIFY2(f.message.contains(fragment), qPrintable(f.message));
        QVERIFY(!f.message.contains(QLatin1Char('\n')));
    }

    void postfixCheckShownVerbatim()
    {
        PolicyLint::LintContext c = context();
        c.postfixCheckOutput
            = "postfix/postfix-script: warning: group or other writable: /etc/postfix/./main.cf\n";
        c.postconfWarnings = "postconf: warning: /etc/postfix/main.cf: unused parameter: foo=bar\n\n"
                             "postconf: fatal: bad thing\n";
        const auto findings = PolicyLint::check(cleanSnapshot(), c);
        QCOMPARE(findings.size(), 3);
        for (const auto &f : findings)
            QCOMPARE(f.rule, QStringLiteral("postfix-check"));
        QCOMPARE(findings.at(1).message,
            QStringLiteral("postconf: warning: /etc/postfix/main.cf: unused parameter: foo=bar"));
        QCOMPARE(findings.at(2).severity, PolicyLint::Severity::Error);
    }

    void saslEnabledInMasterCf()
    {
        PolicySnapshot s = cleanSnapshot();
        s.setFile(PolicySnapshot::MainCf,
            cleanMainCf()
                + "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                  "reject_unauth_destination\n");
        s.setFile(PolicySnapshot::MasterCf,
            "smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n");
        const auto findings = PolicyLint::check(s, context());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, QStringLiteral("duplicate-parameter"));
    }

    void serviceOverrideMakesAnOpenRelay()
    {
        PolicySnapshot s = cleanSnapshot();
        s.setFile(PolicySnapshot::MasterCf,
            "smtp inet n - y - - smtpd\n"
            "submission inet n - y - - smtpd\n"
            "  -o smtpd_sasl_auth_enable=yes\n"
            "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n"
            "2526 inet n - y - - smtpd\n"
            "  -o { smtpd_relay_restrictions = permit, reject_unauth_destination }\n"
            "  -o smtpd_recipient_restrictions=permit\n");
        const auto findings = PolicyLint::check(s, context());
        QCOMPARE(findings.size(), 1);
        const PolicyLint::Finding &f = findings.first();
        QCOMPARE(f.rule, QStringLiteral("service-open-relay"));
        QCOMPARE(f.file, PolicySnapshot::MasterCf);
        QCOMPARE(f.line, 5);
        QVERIFY2(f.message.contains(QStringLiteral("2526/inet")), qPrintable(f.message));

        // main.cf's own open relay is reported once, for main.cf.
        s.setFile(PolicySnapshot::MainCf,
            cleanMainCf()
                + "smtpd_relay_restrictions = permit, reject_unauth_destination\n"
                  "smtpd_recipient_restrictions = permit, reject_unauth_destination\n");
        QStringList rules;
        for (const PolicyLint::Finding &x : PolicyLint::check(s, context()))
            rules << x.rule;
        QVERIFY2(!rules.contains(QStringLiteral("service-open-relay")), qPrintable(rules.join(u',')));
        QVERIFY2(rules.contains(QStringLiteral("open-relay")), qPrintable(rules.join(u',')));
    }

    void internalHeaders()
    {
        PolicyLint::LintContext c;
        c.internalNetworks = QStringList { QStringLiteral("192.168.10.0/24"), QStringLiteral("2001:db8::/32"),
            QStringLiteral("garbage") };
        const QStringList h = PolicyLint::internalReceivedHeaders(c, QStringLiteral("gw.example"));
        QCOMPARE(h.size(), 6);
        QVERIFY(h.first().startsWith(
            QLatin1String("Received: from unknown (unknown [192.168.10.1]) by gw.example")));
        QVERIFY(h.at(3).contains(QLatin1String("[2001:db8::1]")));
    }

    void tablePatterns_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("negated");
        QTest::addColumn<QString>("action");

        QTest::newRow("plain") << QStringLiteral("/^Subject: x/ REJECT no") << true
                               << QStringLiteral("^Subject: x") << false << false
                               << QStringLiteral("REJECT no");
        QTest::newRow("i toggles") << QStringLiteral("/a\\/b/i OK") << true << QStringLiteral("a\\/b") << true
                                   << false << QStringLiteral("OK");
        QTest::newRow("negated other delimiter")
            << QStringLiteral("!#x# DUNNO") << true << QStringLiteral("x") << false << true
            << QStringLiteral("DUNNO");
        QTest::newRow("unterminated")
            << QStringLiteral("/abc REJECT") << false << QString() << false << false << QString();
    }

    void tablePatterns()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        PolicyLint::TablePattern p;
        QCOMPARE(PolicyLint::parseTablePattern(line, false, &p), ok);
        if (!ok)
            return;
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, negated);
        QFETCH(QString, action);
        QCOMPARE(p.pattern, pattern);
        QCOMPARE(p.caseSensitive, caseSensitive);
        QCOMPARE(p.negated, negated);
        QCOMPARE(p.action, action);
    }
};

QTEST_GUILESS_MAIN(PolicyLintTest)
#include "policylint_test.moc"
