#include "policy/postfixserviceoverrides.h"

#include <QtTest>

using namespace MailOps;
using Entry = PostfixServiceOverrides::Entry;

// Per-service acceptance overrides from master.cf and from `postconf -P`
// output as Postfix 3.7 prints it (sorted by name within each service, an
// empty value as "name =").
class PostfixServiceOverridesTest : public QObject
{
    Q_OBJECT

    static PolicySnapshot snapshot()
    {
        PolicySnapshot s;
        s.setConfigDir(QStringLiteral("/etc/postfix"));
        s.setFile(PolicySnapshot::MainCf,
            "myhostname = mx.test\n"
            "smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"
            "mynetworks = 127.0.0.0/8 10.0.0.0/8\n");
        s.setFile(PolicySnapshot::MasterCf,
            "smtp      inet  n       -       y       -       -       smtpd\n"
            "submission inet n       -       y       -       -       smtpd\n"
            "  -o syslog_name=postfix/submission\n"
            "  -o smtpd_tls_security_level=encrypt\n"
            "  -o smtpd_sasl_auth_enable=yes\n"
            "  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }\n"
            "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n"
            "127.0.0.1:10026 inet n  -       n       -       10      smtpd\n"
            "  -o content_filter=\n"
            "  -o smtpd_recipient_restrictions=permit_mynetworks,reject\n"
            "  -o mynetworks=127.0.0.0/8\n"
            "amavis    unix  -       -       n       -       2       smtp\n"
            "  -o smtp_data_done_timeout=1200\n"
            "  -o smtpd_client_restrictions=ignored_not_smtpd\n");
        return s;
    }

    // What `postconf -c DIR -P` prints for snapshot()'s master.cf.
    static QByteArray postconfP()
    {
        return "submission/inet/smtpd_client_restrictions = permit_sasl_authenticated, reject\n"
               "submission/inet/smtpd_relay_restrictions = permit_sasl_authenticated,reject\n"
               "submission/inet/smtpd_sasl_auth_enable = yes\n"
               "submission/inet/smtpd_tls_security_level = encrypt\n"
               "submission/inet/syslog_name = postfix/submission\n"
               "127.0.0.1:10026/inet/content_filter =\n"
               "127.0.0.1:10026/inet/mynetworks = 127.0.0.0/8\n"
               "127.0.0.1:10026/inet/smtpd_recipient_restrictions = permit_mynetworks,reject\n"
               "amavis/unix/smtp_data_done_timeout = 1200\n"
               "amavis/unix/smtpd_client_restrictions = ignored_not_smtpd\n";
    }

    static QStringList keys(const QList<Entry> &entries)
    {
        QStringList out;
        for (const Entry &e : entries)
            out << e.service + QLatin1Char(' ') + e.name;
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void parsesPostconfP()
    {
        const QList<PostfixMasterCf::Override> o = PostfixServiceOverrides::fromPostconfP(postconfP());
        QCOMPARE(o.size(), 10);
        QCOMPARE(o.at(0).service, QStringLiteral("submission"));
        QCOMPARE(o.at(0).type, QStringLiteral("inet"));
        QCOMPARE(o.at(0).name, QStringLiteral("smtpd_client_restrictions"));
        QCOMPARE(o.at(0).value, QStringLiteral("permit_sasl_authenticated, reject"));
        QCOMPARE(o.at(5).service, QStringLiteral("127.0.0.1:10026"));
        QCOMPARE(o.at(5).name, QStringLiteral("content_filter"));
        QCOMPARE(o.at(5).value, QString());
    }

    void foldedAndJunkLines()
    {
        // postconf -f folds long values onto indented lines; warnings are not overrides.
        const QList<PostfixMasterCf::Override> o = PostfixServiceOverrides::fromPostconfP(
            "postconf: warning: /etc/postfix/master.cf: unused parameter: smtpd_foo=bar\n"
            "[::1]:10025/inet/smtpd_client_restrictions = permit_mynetworks,\n"
            "    reject\n"
            "\n"
            "garbage without equals\n");
        QCOMPARE(o.size(), 1);
        QCOMPARE(o.first().service, QStringLiteral("[::1]:10025"));
        QCOMPARE(o.first().value, QStringLiteral("permit_mynetworks, reject"));
    }

    void acceptanceOverridesBesideMainCf()
    {
        const QList<Entry> entries = PostfixServiceOverrides::of(snapshot());
        QCOMPARE(keys(entries),
            (QStringList { QStringLiteral("127.0.0.1:10026/inet content_filter"),
                QStringLiteral("127.0.0.1:10026/inet mynetworks"),
                QStringLiteral("127.0.0.1:10026/inet smtpd_recipient_restrictions"),
                QStringLiteral("submission/inet smtpd_client_restrictions"),
                QStringLiteral("submission/inet smtpd_relay_restrictions"),
                QStringLiteral("submission/inet smtpd_sasl_auth_enable"),
                QStringLiteral("submission/inet smtpd_tls_security_level") }));
        const Entry &client = entries.at(2);
        QCOMPARE(client.name, QStringLiteral("smtpd_client_restrictions"));
        QCOMPARE(PostfixServiceOverrides::text(client),
            QStringLiteral("submission/inet: smtpd_client_restrictions = permit_sasl_authenticated, reject "
                           "(main.cf: permit_mynetworks, reject_unknown_client_hostname)"));
        QCOMPARE(PostfixServiceOverrides::text(entries.at(0)),
            QStringLiteral("submission/inet: smtpd_tls_security_level = encrypt (main.cf: the default)"));
    }

    void postconfPAndMasterCfAgree()
    {
        const PolicySnapshot s = snapshot();
        const QList<Entry> fromText = PostfixServiceOverrides::of(s);
        const QList<Entry> fromPostconf
            = PostfixServiceOverrides::of(s, PostfixServiceOverrides::fromPostconfP(postconfP()));
        QCOMPARE(keys(fromPostconf), keys(fromText));
        // Without master.cf's text, the inet services are taken as smtpd.
        PolicySnapshot mainOnly;
        mainOnly.setFile(PolicySnapshot::MainCf, s.content(PolicySnapshot::MainCf));
        QCOMPARE(
            keys(PostfixServiceOverrides::of(mainOnly, PostfixServiceOverrides::fromPostconfP(postconfP()))),
            keys(fromText));
    }

    void laterOverrideWins()
    {
        PolicySnapshot s = snapshot();
        s.setFile(PolicySnapshot::MasterCf,
            "smtp inet n - y - - smtpd\n  -o smtpd_helo_required=no\n  -o smtpd_helo_required=yes\n");
        const QList<Entry> entries = PostfixServiceOverrides::of(s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value, QStringLiteral("yes"));
        QVERIFY(!entries.first().mainSet);
    }
};

QTEST_MAIN(PostfixServiceOverridesTest)
#include "postfixserviceoverrides_test.moc"
