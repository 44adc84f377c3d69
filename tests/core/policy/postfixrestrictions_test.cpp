#include "policy/postfixrestrictions.h"

#include <QtTest>

using namespace MailOps;

// The restriction stages, reply codes and settings a main.cf decides.
class PostfixRestrictionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QStringList>("expected"); // text() [via]

        QTest::newRow("arguments attached")
            << QByteArray(
                   "smtpd_client_restrictions = permit_mynetworks,\n"
                   "  check_client_access cidr:/etc/postfix/client.cidr,\n"
                   "  reject_rbl_client zen.example=127.0.0.2, check_policy_service { inet:127.0.0.1:1, "
                   "timeout=10s }, permit\n")
            << QStringLiteral("smtpd_client_restrictions")
            << QStringList { QStringLiteral("permit_mynetworks"),
                   QStringLiteral("check_client_access cidr:/etc/postfix/client.cidr"),
                   QStringLiteral("reject_rbl_client zen.example=127.0.0.2"),
                   QStringLiteral("check_policy_service { inet:127.0.0.1:1, timeout=10s }"),
                   QStringLiteral("permit") };
        QTest::newRow("warn_if_reject joins the next")
            << QByteArray("smtpd_helo_restrictions = warn_if_reject reject_unknown_helo_hostname, "
                          "reject_invalid_helo_hostname\n")
            << QStringLiteral("smtpd_helo_restrictions")
            << QStringList { QStringLiteral("warn_if_reject reject_unknown_helo_hostname"),
                   QStringLiteral("reject_invalid_helo_hostname") };
        QTest::newRow("restriction class spliced")
            << QByteArray(
                   "smtpd_restriction_classes = strict\n"
                   "strict = reject_unknown_client_hostname, reject_rbl_client bl.example\n"
                   "smtpd_recipient_restrictions = permit_mynetworks, strict, reject_unauth_destination\n")
            << QStringLiteral("smtpd_recipient_restrictions")
            << QStringList { QStringLiteral("permit_mynetworks"),
                   QStringLiteral("reject_unknown_client_hostname [strict]"),
                   QStringLiteral("reject_rbl_client bl.example [strict]"),
                   QStringLiteral("reject_unauth_destination") };
        QTest::newRow("self-referencing class stops")
            << QByteArray("smtpd_restriction_classes = loop\nloop = loop, permit\n"
                          "smtpd_client_restrictions = loop\n")
            << QStringLiteral("smtpd_client_restrictions")
            << QStringList { QStringLiteral("loop [loop]"), QStringLiteral("permit [loop]") };
        QTest::newRow("$reference expanded")
            << QByteArray(
                   "my_checks = reject_non_fqdn_sender\nsmtpd_sender_restrictions = $my_checks, permit\n")
            << QStringLiteral("smtpd_sender_restrictions")
            << QStringList { QStringLiteral("reject_non_fqdn_sender"), QStringLiteral("permit") };
        QTest::newRow("relay default when absent")
            << QByteArray("myhostname = x\n") << QStringLiteral("smtpd_relay_restrictions")
            << QStringList { QStringLiteral("permit_mynetworks"), QStringLiteral("permit_sasl_authenticated"),
                   QStringLiteral("defer_unauth_destination") };
        QTest::newRow("relay set empty") << QByteArray("smtpd_relay_restrictions =\n")
                                         << QStringLiteral("smtpd_relay_restrictions") << QStringList {};
        QTest::newRow("upper case names lowered")
            << QByteArray("smtpd_data_restrictions = Reject_Unauth_Pipelining\n")
            << QStringLiteral("smtpd_data_restrictions")
            << QStringList { QStringLiteral("reject_unauth_pipelining") };
    }

    void stages()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, stage);
        QFETCH(QStringList, expected);
        const PostfixRestrictions r = PostfixRestrictions::fromMainCf(PostfixMainCf::parse(text));
        QStringList got;
        for (const auto &x : r.stage(stage))
            got << (x.via.isEmpty() ? x.text() : x.text() + QStringLiteral(" [") + x.via + QLatin1Char(']'));
        QCOMPARE(got, expected);
    }

    void codes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<int>("code");

        const QByteArray none("myhostname = x\n");
        QTest::newRow("unknown_client default")
            << none << QStringLiteral("unknown_client_reject_code") << 450;
        QTest::newRow("unknown_hostname default")
            << none << QStringLiteral("unknown_hostname_reject_code") << 450;
        QTest::newRow("unknown_address default")
            << none << QStringLiteral("unknown_address_reject_code") << 450;
        QTest::newRow("maps_rbl default") << none << QStringLiteral("maps_rbl_reject_code") << 554;
        QTest::newRow("reject_code default") << none << QStringLiteral("reject_code") << 554;
        QTest::newRow("relay_domains default") << none << QStringLiteral("relay_domains_reject_code") << 554;
        QTest::newRow("local recipient default")
            << none << QStringLiteral("unknown_local_recipient_reject_code") << 550;
        QTest::newRow("relay recipient default")
            << none << QStringLiteral("unknown_relay_recipient_reject_code") << 550;
        QTest::newRow("unverified sender default")
            << none << QStringLiteral("unverified_sender_reject_code") << 450;
        QTest::newRow("set") << QByteArray("unknown_client_reject_code = 550\n")
                             << QStringLiteral("unknown_client_reject_code") << 550;
        QTest::newRow("set through $ref")
            << QByteArray("mine = 421\nreject_code = $mine\n") << QStringLiteral("reject_code") << 421;
        QTest::newRow("garbage falls back")
            << QByteArray("reject_code = five\n") << QStringLiteral("reject_code") << 554;
        QTest::newRow("unknown name") << none << QStringLiteral("no_such_code") << 0;
    }

    void codes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, parameter);
        QFETCH(int, code);
        QCOMPARE(PostfixRestrictions::fromMainCf(PostfixMainCf::parse(text)).code(parameter), code);
    }

    // The table is postconf -d of the installed Postfix, when there is one.
    void defaultsMatchPostconf()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/postconf")))
            QSKIP("postconf is not installed");
        QProcess p;
        p.start(QStringLiteral("/usr/sbin/postconf"),
            QStringList { QStringLiteral("-d"), QStringLiteral("-h") }
                + PostfixRestrictions::defaultCodes().keys());
        QVERIFY(p.waitForFinished(10000));
        const QStringList values = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        const QStringList keys = PostfixRestrictions::defaultCodes().keys();
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(QString::number(PostfixRestrictions::defaultCode(keys.at(i))), values.value(i));
    }

    void settings()
    {
        const PostfixRestrictions r = PostfixRestrictions::fromMainCf(
            PostfixMainCf::parse("mynetworks = 127.0.0.0/8 [::1]/128, 10.0.0.0/8\n"
                                 "smtpd_sasl_auth_enable = YES\n"
                                 "header_checks = regexp:$config_directory/header_checks\n"
                                 "postscreen_dnsbl_sites = zen.example*2 bl.example\n"
                                 "smtpd_tls_security_level = may\n"),
            { { QStringLiteral("config_directory"), QStringLiteral("/etc/pf") } });
        QCOMPARE(r.mynetworks(),
            (QStringList {
                QStringLiteral("127.0.0.0/8"), QStringLiteral("[::1]/128"), QStringLiteral("10.0.0.0/8") }));
        QVERIFY(r.saslAuthEnabled());
        QCOMPARE(r.headerChecks(), QStringList { QStringLiteral("regexp:/etc/pf/header_checks") });
        QCOMPARE(r.postscreenDnsblSites().size(), 2);
        QCOMPARE(r.tlsSecurityLevel(), QStringLiteral("may"));
        QVERIFY(r.relayDomains().isEmpty());
        QVERIFY(r.authorizedXclientHosts().isEmpty());
        QCOMPARE(
            PostfixRestrictions::codeParameterOf(QStringLiteral("reject_unknown_reverse_client_hostname")),
            QStringLiteral("unknown_client_reject_code"));
    }
};

QTEST_GUILESS_MAIN(PostfixRestrictionsTest)
#include "postfixrestrictions_test.moc"
