#include "policy/postfixdnsblusage.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace MailOps;

// postconf -n output as gateways have it, and as nobody should: which lists
// the policy applies, through which parameter, and never a crash.
class PostfixDnsblUsageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zonesAndParameters_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("parameters");
        QTest::addColumn<bool>("rejects");

        const QString recipient = QStringLiteral("smtpd_recipient_restrictions");
        QTest::newRow("reject_rbl_client with commas")
            << QStringLiteral("compatibility_level = 3.6\n"
                              "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, "
                              "reject_rbl_client zen.spamhaus.org, permit\n")
            << QStringLiteral("zen.spamhaus.org") << QStringList { recipient } << true;
        QTest::newRow("whitespace only, upper case, trailing dot")
            << QStringLiteral(
                   "smtpd_client_restrictions = permit_mynetworks\treject_rbl_client   BL.Example.ORG.\n")
            << QStringLiteral("bl.example.org") << QStringList { QStringLiteral("smtpd_client_restrictions") }
            << true;
        QTest::newRow("rbl with a reply filter")
            << QStringLiteral(
                   "smtpd_recipient_restrictions = reject_rbl_client zen.spamhaus.org=127.0.0.[2..11]\n")
            << QStringLiteral("zen.spamhaus.org") << QStringList { recipient } << true;
        QTest::newRow("rhsbl sender, helo and reverse client")
            << QStringLiteral("smtpd_sender_restrictions = reject_rhsbl_sender dbl.example\n"
                              "smtpd_helo_restrictions = reject_rhsbl_helo dbl.example\n"
                              "smtpd_client_restrictions = reject_rhsbl_reverse_client dbl.example, "
                              "reject_rhsbl_client other.example\n")
            << QStringLiteral("dbl.example")
            << QStringList { QStringLiteral("smtpd_sender_restrictions"),
                   QStringLiteral("smtpd_helo_restrictions"), QStringLiteral("smtpd_client_restrictions") }
            << true;
        QTest::newRow("warn_if_reject only logs")
            << QStringLiteral(
                   "smtpd_recipient_restrictions = warn_if_reject reject_rbl_client dead.example, permit\n")
            << QStringLiteral("dead.example") << QStringList { recipient } << false;
        QTest::newRow("warn_if_reject applies to the next restriction only")
            << QStringLiteral("smtpd_recipient_restrictions = warn_if_reject reject_unknown_client_hostname, "
                              "reject_rbl_client bl.example\n")
            << QStringLiteral("bl.example") << QStringList { recipient } << true;
        QTest::newRow("dnswl allowlist")
            << QStringLiteral("smtpd_recipient_restrictions = permit_dnswl_client list.dnswl.org, reject\n")
            << QStringLiteral("list.dnswl.org") << QStringList { recipient } << false;
        QTest::newRow("postscreen weights and filters")
            << QStringLiteral("postscreen_dnsbl_threshold = 3\n"
                              "postscreen_dnsbl_sites = zen.spamhaus.org*2, bl.example=127.0.0.[2..11]*3 "
                              "list.dnswl.org=127.0.[0..255].[1..3]*-5\n")
            << QStringLiteral("bl.example") << QStringList { QStringLiteral("postscreen_dnsbl_sites") }
            << true;
        QTest::newRow("postscreen allowlist weight")
            << QStringLiteral("postscreen_dnsbl_sites = list.dnswl.org=127.0.[0..255].[1..3]*-5\n")
            << QStringLiteral("list.dnswl.org") << QStringList { QStringLiteral("postscreen_dnsbl_sites") }
            << false;
        QTest::newRow("restriction class")
            << QStringLiteral("rbl_checks = reject_rbl_client bl.example\n"
                              "smtpd_restriction_classes = rbl_checks\n"
                              "smtpd_recipient_restrictions = permit_mynetworks, rbl_checks\n")
            << QStringLiteral("bl.example") << QStringList { recipient } << true;
        QTest::newRow("dollar reference")
            << QStringLiteral("my_lists = reject_rbl_client bl.example\n"
                              "smtpd_recipient_restrictions = permit_mynetworks, ${my_lists}\n")
            << QStringLiteral("bl.example") << QStringList { recipient } << true;
        QTest::newRow("master.cf override from postconf -P")
            << QStringLiteral(
                   "127.0.0.1:2525/inet/smtpd_recipient_restrictions = reject_rbl_client bl.example\n")
            << QStringLiteral("bl.example")
            << QStringList { QStringLiteral("127.0.0.1:2525/inet/smtpd_recipient_restrictions") } << true;
        QTest::newRow("a parameter that is no policy does not count")
            << QStringLiteral("my_unused = reject_rbl_client bl.example\n"
                              "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n")
            << QStringLiteral("bl.example") << QStringList() << false;
        QTest::newRow("a list named in a comment does not count")
            << QStringLiteral("# smtpd_recipient_restrictions = reject_rbl_client bl.example\n"
                              "smtpd_recipient_restrictions = permit_mynetworks\n")
            << QStringLiteral("bl.example") << QStringList() << false;
        QTest::newRow("the lab as it is")
            << QStringLiteral("compatibility_level = 3.6\nmynetworks =\n"
                              "relay_domains = mailops.test, .mailops.test\n"
                              "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n")
            << QStringLiteral("dead.mailops.test") << QStringList() << false;
        QTest::newRow("continuation line")
            << QStringLiteral(
                   "smtpd_recipient_restrictions = permit_mynetworks,\n    reject_rbl_client bl.example\n")
            << QStringLiteral("bl.example") << QStringList { recipient } << true;
        QTest::newRow("grouped policy service arguments are skipped")
            << QStringLiteral("smtpd_recipient_restrictions = check_policy_service { inet:127.0.0.1:10023, "
                              "default_action=reject_rbl_client }, reject_rbl_client bl.example\n")
            << QStringLiteral("bl.example") << QStringList { recipient } << true;
    }

    void zonesAndParameters()
    {
        QFETCH(QString, output);
        QFETCH(QString, zone);
        QFETCH(QStringList, parameters);
        QFETCH(bool, rejects);
        const PostfixDnsblUsage u = PostfixDnsblUsage::parse(output);
        QCOMPARE(u.parameters(zone), parameters);
        QCOMPARE(u.isUsed(zone), !parameters.isEmpty());
        QCOMPARE(u.rejectsWith(zone), rejects);
        QVERIFY(u.settingsRead() > 0);
    }

    void useDetails()
    {
        const PostfixDnsblUsage u = PostfixDnsblUsage::parse(QStringLiteral(
            "postscreen_dnsbl_sites = zen.spamhaus.org*2, bl.example=127.0.0.[2..11]*3\n"
            "smtpd_recipient_restrictions = warn_if_reject reject_rbl_client zen.spamhaus.org\n"));
        QCOMPARE(
            u.zones(), (QStringList { QStringLiteral("bl.example"), QStringLiteral("zen.spamhaus.org") }));
        const QList<PostfixDnsblUsage::Use> zen = u.uses(QStringLiteral("zen.spamhaus.org"));
        QCOMPARE(zen.size(), 2);
        QCOMPARE(zen.at(0).weight, 2);
        QCOMPARE(zen.at(0).restriction, QStringLiteral("postscreen"));
        QVERIFY(zen.at(1).warnOnly);
        QCOMPARE(zen.at(1).describe(),
            QStringLiteral(
                "smtpd_recipient_restrictions: warn_if_reject reject_rbl_client zen.spamhaus.org"));
        const QList<PostfixDnsblUsage::Use> bl = u.uses(QStringLiteral("bl.example"));
        QCOMPARE(bl.size(), 1);
        QCOMPARE(bl.at(0).filter, QStringLiteral("127.0.0.[2..11]"));
        QCOMPARE(bl.at(0).weight, 3);
        QCOMPARE(bl.at(0).describe(), QStringLiteral("postscreen_dnsbl_sites: bl.example=127.0.0.[2..11]*3"));
    }

    void classesThatNameThemselvesEnd()
    {
        const PostfixDnsblUsage u = PostfixDnsblUsage::parse(
            QStringLiteral("smtpd_restriction_classes = a, b\na = b, reject_rbl_client bl.example\nb = a\n"
                           "smtpd_recipient_restrictions = a\n"));
        QVERIFY(u.isUsed(QStringLiteral("bl.example")));
        QVERIFY(u.uses(QStringLiteral("bl.example")).size() < 20);
    }

    void postconfCommandCarriesTheConfigDirectory()
    {
        QCOMPARE(PostfixDnsblUsage::postconfCommand(QStringLiteral("/etc/postfix-out")),
            (QStringList { QStringLiteral("postconf"), QStringLiteral("-c"),
                QStringLiteral("/etc/postfix-out"), QStringLiteral("-n") }));
        QCOMPARE(PostfixDnsblUsage::postconfCommand(QString()),
            (QStringList { QStringLiteral("postconf"), QStringLiteral("-n") }));
        // Nothing but an absolute directory ever reaches the argv.
        QVERIFY(PostfixDnsblUsage::postconfCommand(QStringLiteral("-e")).isEmpty());
        QVERIFY(PostfixDnsblUsage::postconfCommand(QStringLiteral("postfix")).isEmpty());
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("empty") << QString();
        QTest::newRow("only equals signs") << QStringLiteral("=\n==\n = = =\n");
        QTest::newRow("dangling restriction")
            << QStringLiteral("smtpd_recipient_restrictions = reject_rbl_client\n");
        QTest::newRow("dangling warn_if_reject")
            << QStringLiteral("smtpd_recipient_restrictions = warn_if_reject\n");
        QTest::newRow("unbalanced braces")
            << QStringLiteral("smtpd_recipient_restrictions = { { reject_rbl_client x\n");
        QTest::newRow("closing braces")
            << QStringLiteral("smtpd_recipient_restrictions = }}} reject_rbl_client }\n");
        QTest::newRow("bad postscreen weights")
            << QStringLiteral("postscreen_dnsbl_sites = *, =*, a*b, *99999999999999, zone=*\n");
        QTest::newRow("error messages")
            << QStringLiteral("postconf: fatal: open /nope/main.cf: No such file\n");
        static const char binary[] = "\x01\x02=\xff\xfe\n\x00\x00 = reject_rbl_client \x7f";
        QTest::newRow("binary") << QString::fromLatin1(binary, qsizetype(sizeof binary - 1));
        QTest::newRow("deep references") << QStringLiteral(
            "a = $b\nb = $c\nc = $d\nd = $e\ne = $f\nf = $g\ng = $h\nh = $i\ni = $j\nj = $a\n"
            "smtpd_recipient_restrictions = $a\n");
        QTest::newRow("bad zone names")
            << QStringLiteral("smtpd_recipient_restrictions = reject_rbl_client ..., reject_rbl_client a..b, "
                              "reject_rbl_client =127.0.0.2, reject_rbl_client $(\n");
    }

    void garbageNeverCrashes()
    {
        QFETCH(QString, output);
        const PostfixDnsblUsage u = PostfixDnsblUsage::parse(output);
        for (const QString &z : u.zones())
            QVERIFY2(!PostfixDnsblUsage::normalizedZone(z).isEmpty(), qPrintable(z));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(16);
        const QString alphabet = QStringLiteral("abz.=*,{} \t\n$()_-0129[]\r");
        for (int round = 0; round < 200; ++round) {
            QString s = QStringLiteral("smtpd_recipient_restrictions = ");
            const int n = int(rng.bounded(400));
            for (int i = 0; i < n; ++i)
                s += alphabet.at(int(rng.bounded(alphabet.size())));
            if (round % 3 == 0)
                s += QStringLiteral(" reject_rbl_client ");
            PostfixDnsblUsage::parse(s).zones();
        }
    }

    void hugeInputIsBounded()
    {
        QString big = QStringLiteral("smtpd_recipient_restrictions =");
        for (int i = 0; i < 100000; ++i)
            big += QStringLiteral(" reject_rbl_client z%1.example").arg(i);
        const PostfixDnsblUsage u = PostfixDnsblUsage::parse(big);
        QVERIFY(u.zones().size() <= 20000);
        QVERIFY(u.isUsed(QStringLiteral("z1.example")));
    }
};

QTEST_GUILESS_MAIN(PostfixDnsblUsageTest)
#include "postfixdnsblusage_test.moc"
