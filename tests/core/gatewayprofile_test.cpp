#include "settings/gatewayprofile.h"

#include <QtTest>

using namespace MailOps;

class GatewayProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labIsValidAndLoopback()
    {
        const GatewayProfile lab = GatewayProfile::lab();
        QVERIFY(lab.validate().isEmpty());
        QCOMPARE(lab.smtpHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(lab.dnsServer, QStringLiteral("127.0.0.1"));
        QVERIFY(lab.supervisorUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ssh user@host") << "sshHost"
                                       << "admin@gw.example.org" << true;
        QTest::newRow("ssh host:port") << "sshHost"
                                       << "gw.example.org:2222" << true;
        QTest::newRow("ssh option injection") << "sshHost"
                                              << "-oProxyCommand=sh" << false;
        QTest::newRow("ssh shell metachar") << "sshHost"
                                            << "gw;rm -rf /" << false;
        QTest::newRow("ssh empty") << "sshHost"
                                   << "" << false;
        QTest::newRow("dns ip") << "dnsServer"
                                << "::1" << true;
        QTest::newRow("dns name") << "dnsServer"
                                  << "resolver.example" << false;
        QTest::newRow("smtp host space") << "smtpHost"
                                         << "mx 1" << false;
        QTest::newRow("supervisor ftp") << "supervisorUrl"
                                        << "ftp://127.0.0.1/" << false;
        QTest::newRow("supervisor password in url") << "supervisorUrl"
                                                    << "http://u:secret@127.0.0.1:9001/RPC2" << false;
        QTest::newRow("relative log") << "mailLogPath"
                                      << "mail.log" << false;
        QTest::newRow("empty name") << "name"
                                    << "  " << false;
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        GatewayProfile p = GatewayProfile::lab();
        p.transport = GatewayProfile::Transport::Ssh;
        p.sshHost = QStringLiteral("gw.example.org");
        if (field == QLatin1String("sshHost"))
            p.sshHost = value;
        else if (field == QLatin1String("dnsServer"))
            p.dnsServer = value;
        else if (field == QLatin1String("smtpHost"))
            p.smtpHost = value;
        else if (field == QLatin1String("supervisorUrl"))
            p.supervisorUrl = value;
        else if (field == QLatin1String("mailLogPath"))
            p.mailLogPath = value;
        else if (field == QLatin1String("name"))
            p.name = value;
        QCOMPARE(p.validate().isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(GatewayProfileTest)
#include "gatewayprofile_test.moc"
