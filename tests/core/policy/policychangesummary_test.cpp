#include "policy/policychangesummary.h"

#include <QtTest>

using namespace MailOps;

// Two policy versions, and what a reviewer reads about their difference.
class PolicyChangeSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("mainBefore");
        QTest::addColumn<QByteArray>("mainAfter");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("parameters");

        const QByteArray base("myhostname = mx1.example.com\n"
                              "mynetworks = 127.0.0.0/8, 10.0.0.0/8\n"
                              "smtpd_client_restrictions = permit_mynetworks, reject_rbl_client zen.example\n"
                              "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination,\n"
                              "    reject_rbl_client dead.example, permit\n"
                              "unknown_client_reject_code = 550\n");
        QTest::newRow("code changed")
            << base << QByteArray(base).replace("reject_code = 550", "reject_code = 450")
            << QStringList { QStringLiteral("unknown_client_reject_code: 550 → 450") }
            << QStringList { QStringLiteral("unknown_client_reject_code") };
        QTest::newRow("restriction added before")
            << base
            << QByteArray(base).replace("restrictions = permit_mynetworks, reject_rbl_client zen",
                   "restrictions = reject_unknown_client_hostname, permit_mynetworks, reject_rbl_client zen")
            << QStringList { QStringLiteral("smtpd_client_restrictions: added reject_unknown_client_hostname "
                                            "before permit_mynetworks") }
            << QStringList { QStringLiteral("smtpd_client_restrictions") };
        QTest::newRow("restriction removed")
            << base
            << QByteArray(base).replace("    reject_rbl_client dead.example, permit\n", "    permit\n")
            << QStringList { QStringLiteral(
                   "smtpd_recipient_restrictions: removed reject_rbl_client dead.example") }
            << QStringList { QStringLiteral("smtpd_recipient_restrictions") };
        QTest::newRow("restriction moved")
            << base
            << QByteArray(base).replace("permit_mynetworks, reject_rbl_client zen.example",
                   "reject_rbl_client zen.example, permit_mynetworks")
            << QStringList { QStringLiteral("smtpd_client_restrictions: moved reject_rbl_client zen.example "
                                            "before permit_mynetworks") }
            << QStringList { QStringLiteral("smtpd_client_restrictions") };
        QTest::newRow("parameter set")
            << base << base + "smtpd_helo_required = yes\n"
            << QStringList { QStringLiteral("smtpd_helo_required: set to yes (was not set)") }
            << QStringList { QStringLiteral("smtpd_helo_required") };
        QTest::newRow("parameter removed")
            << base + "soft_bounce = yes\n"
            << base << QStringList { QStringLiteral("soft_bounce: removed (was yes)") }
            << QStringList { QStringLiteral("soft_bounce") };
        QTest::newRow("network removed") << base << QByteArray(base).replace(", 10.0.0.0/8", "")
                                         << QStringList { QStringLiteral("mynetworks: removed 10.0.0.0/8") }
                                         << QStringList { QStringLiteral("mynetworks") };
        QTest::newRow("comments only")
            << base << QByteArray("# reviewed\n") + QByteArray(base).replace(", 10.0", ",   10.0")
            << QStringList { QStringLiteral("main.cf: comments only") } << QStringList { QString() };
        QTest::newRow("identical") << base << base << QStringList {} << QStringList {};
    }

    void lines()
    {
        QFETCH(QByteArray, mainBefore);
        QFETCH(QByteArray, mainAfter);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, parameters);
        PolicySnapshot a;
        a.setFile(PolicySnapshot::MainCf, mainBefore);
        PolicySnapshot b;
        b.setFile(PolicySnapshot::MainCf, mainAfter);
        const auto lines = PolicyChangeSummary::between(a, b);
        QCOMPARE(PolicyChangeSummary::texts(lines), expected);
        QStringList got;
        for (const auto &l : lines)
            got << l.parameter;
        QCOMPARE(got, parameters);
    }

    void masterAndMaps()
    {
        PolicySnapshot a;
        a.setFile(PolicySnapshot::MasterCf,
            "smtp inet n - y - - smtpd\n  -o smtpd_client_restrictions=permit_mynetworks,reject\n"
            "old unix - - n - - pipe\n");
        a.setFile(QStringLiteral("client_access.cidr"), "10.0.0.0/8 OK\n192.0.2.0/24 REJECT\n");
        a.setFile(QStringLiteral("gone.pcre"), "/x/ REJECT\n");
        PolicySnapshot b;
        b.setFile(PolicySnapshot::MasterCf,
            "smtp inet n - y - - smtpd\n  -o smtpd_client_restrictions=permit_mynetworks,permit\n"
            "  -o smtpd_helo_required=yes\n");
        b.setFile(QStringLiteral("client_access.cidr"),
            "10.0.0.0/8 OK\n198.51.100.0/24 REJECT\n203.0.113.0/24 REJECT\n");
        b.setFile(QStringLiteral("header_checks"), "/^Subject: x/ REJECT\n");
        const QStringList got = PolicyChangeSummary::texts(PolicyChangeSummary::between(a, b));
        QCOMPARE(got,
            (QStringList {
                QStringLiteral(
                    "master.cf: smtp/inet -o smtpd_client_restrictions=permit_mynetworks,permit changed "
                    "(was permit_mynetworks,reject)"),
                QStringLiteral("master.cf: smtp/inet -o smtpd_helo_required=yes added"),
                QStringLiteral("master.cf: removed service old/unix"),
                QStringLiteral("client_access.cidr: 2 lines added, 1 removed"),
                QStringLiteral("header_checks: new file, 1 line"),
                QStringLiteral("gone.pcre: removed"),
            }));
    }

    void masterCommentsOnly()
    {
        PolicySnapshot a;
        a.setFile(PolicySnapshot::MasterCf, "smtp inet n - y - - smtpd\n");
        PolicySnapshot b;
        b.setFile(PolicySnapshot::MasterCf, "# why\nsmtp      inet n - y - - smtpd\n");
        QCOMPARE(PolicyChangeSummary::texts(PolicyChangeSummary::between(a, b)),
            QStringList { QStringLiteral("master.cf: comments only") });
    }
};

QTEST_GUILESS_MAIN(PolicyChangeSummaryTest)
#include "policychangesummary_test.moc"
