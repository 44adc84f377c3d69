#include "policy/postfixmastercf.h"

#include <QtTest>

using namespace MailOps;

// master.cf services and their -o overrides, as Postfix's master reads them.
class PostfixMasterCfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overrides_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected"); // service/type name=value @line

        QTest::newRow("debian smtp and submission")
            << QByteArray("# comment\n"
                          "smtp      inet  n       -       y       -       -       smtpd\n"
                          "submission inet n       -       y       -       -       smtpd\n"
                          "  -o syslog_name=postfix/submission\n"
                          "# commented override\n"
                          "#  -o smtpd_tls_security_level=encrypt\n"
                          "  -o smtpd_sasl_auth_enable=yes\n"
                          "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n"
                          "pickup    unix  n       -       y       60      1       pickup\n")
            << QStringList { QStringLiteral("submission/inet syslog_name=postfix/submission @3"),
                   QStringLiteral("submission/inet smtpd_sasl_auth_enable=yes @3"),
                   QStringLiteral(
                       "submission/inet smtpd_client_restrictions=permit_sasl_authenticated,reject @3") };
        QTest::newRow("braced override with spaces, CRLF")
            << QByteArray("127.0.0.1:10025 inet n - n - - smtpd\r\n"
                          "  -o { smtpd_recipient_restrictions = permit_mynetworks, reject }\r\n"
                          "  -o content_filter=\r\n")
            << QStringList {
                   QStringLiteral(
                       "127.0.0.1:10025/inet smtpd_recipient_restrictions=permit_mynetworks, reject @1"),
                   QStringLiteral("127.0.0.1:10025/inet content_filter= @1")
               };
        QTest::newRow("-oname=value glued")
            << QByteArray("smtp inet n - y - - smtpd -osmtpd_helo_required=yes\n")
            << QStringList { QStringLiteral("smtp/inet smtpd_helo_required=yes @1") };
        QTest::newRow("nothing") << QByteArray() << QStringList {};
    }

    void overrides()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const PostfixMasterCf cf = PostfixMasterCf::parse(text);
        QStringList got;
        for (const auto &o : cf.overrides())
            got << QStringLiteral("%1/%2 %3=%4 @%5").arg(o.service, o.type, o.name, o.value).arg(o.line);
        QCOMPARE(got, expected);
        QVERIFY(cf.problems().isEmpty());
    }

    void services()
    {
        const PostfixMasterCf cf
            = PostfixMasterCf::parse("smtp inet n - y - - smtpd\n"
                                     "dovecot unix - n n - - pipe\n"
                                     "  flags=DRhu user=vmail argv=/usr/lib/dovecot/deliver -f ${sender}\n");
        QCOMPARE(cf.services().size(), 2);
        const auto &d = cf.services().at(1);
        QCOMPARE(d.key(), QStringLiteral("dovecot/unix"));
        QCOMPARE(d.privateFlag, QStringLiteral("-"));
        QCOMPARE(d.unprivileged, QStringLiteral("n"));
        QCOMPARE(d.command, QStringLiteral("pipe"));
        QCOMPARE(d.arguments.first(), QStringLiteral("flags=DRhu"));
        QCOMPARE(d.arguments.last(), QStringLiteral("${sender}"));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.lastLine, 3);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");

        QTest::newRow("too few fields") << QByteArray("# x\nsmtp inet n -\n") << 2;
        QTest::newRow("indented first line") << QByteArray("  -o a=b\n") << 1;
        QTest::newRow("override without =") << QByteArray("smtp inet n - y - - smtpd -o what\n") << 1;
    }

    void problems()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const PostfixMasterCf cf = PostfixMasterCf::parse(text);
        QCOMPARE(cf.problems().size(), 1);
        QCOMPARE(cf.problems().first().line, line);
        QVERIFY(!cf.problems().first().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PostfixMasterCfTest)
#include "postfixmastercf_test.moc"
