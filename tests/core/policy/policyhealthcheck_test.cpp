#include "fakesmtpserver.h"
#include "policy/policyhealthcheck.h"
#include "policy/policysnapshot.h"
#include "settings/gatewayprofile.h"

#include <QtTest>

using namespace MailOps;
using Probe = PolicyHealthCheck::Probe;
using XClient = QList<std::pair<QString, QString>>;

namespace {

PolicyHealthCheck::Options options(const FakeSmtpServer &server, const QList<Probe> &probes = {})
{
    PolicyHealthCheck::Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.serverPort();
    o.probes = probes;
    o.timeoutMs = 3000;
    return o;
}

Probe probe(const QString &to, bool mustAccept = true)
{
    return Probe { QStringLiteral("this console"), {}, {}, to, mustAccept };
}

// Offers XCLIENT in EHLO and takes it; `asClient` is set once it was given.
void offerXclient(FakeSmtpServer *server, bool *asClient, const QByteArray &refuseRcptAsClient = {})
{
    server->script = [server, asClient, refuseRcptAsClient](
                         const QByteArray &c, bool encrypted) -> FakeSmtpServer::Reply {
        if (c.startsWith("EHLO")) {
            FakeSmtpServer::Reply r = server->standard(c, encrypted);
            r.bytes.replace("250 SMTPUTF8", "250-SMTPUTF8\r\n250 XCLIENT NAME ADDR HELO REVERSE_NAME");
            return r;
        }
        if (c.startsWith("XCLIENT")) {
            *asClient = true;
            return { "220 fake.mailops.test ESMTP\r\n" };
        }
        if (c.startsWith("RCPT") && *asClient && !refuseRcptAsClient.isEmpty())
            return { refuseRcptAsClient };
        return {};
    };
}

} // namespace

// PolicyHealthCheck against a loopback SMTP server: a bad or missing greeting,
// a refused RCPT when it must be accepted, probes spoken through XCLIENT, the
// "NAME/ADDR" parser, and which domain forProfile() writes to.
class PolicyHealthCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetingOnly()
    {
        FakeSmtpServer server;
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(options(server));
        QVERIFY2(r.healthy, qPrintable(r.failure));
        QVERIFY(r.failure.isEmpty());
        QVERIFY2(r.greeting.contains(QStringLiteral("220")), qPrintable(r.greeting));
        QCOMPARE(r.probes.size(), 1);
        QVERIFY(r.probes.first().passed);
        QVERIFY(server.received("EHLO"));
        QVERIFY(!server.received("MAIL"));
        QVERIFY(!server.received("DATA"));
    }

    void greetingFailures_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<bool>("close");
        QTest::addColumn<QString>("expected");

        QTest::newRow("554") << QByteArray("554 5.3.2 mx1 Service currently unavailable\r\n") << false
                             << QStringLiteral("the gateway greets with \"554");
        QTest::newRow("421 and hang up") << QByteArray("421 4.3.2 mx1 Service shutting down\r\n") << true
                                         << QStringLiteral("the gateway greets with \"421");
        QTest::newRow("hangs up silently")
            << QByteArray() << true << QStringLiteral("the gateway does not greet");
    }

    void greetingFailures()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(bool, close);
        QFETCH(QString, expected);

        FakeSmtpServer server;
        server.greeting = { greeting, 0, close };
        const PolicyHealthCheck::Report r
            = PolicyHealthCheck::run(options(server, { probe(QStringLiteral("postmaster@mailops.test")) }));
        QVERIFY(!r.healthy);
        QVERIFY2(r.failure.startsWith(expected), qPrintable(r.failure));
        QVERIFY(!server.received("MAIL"));
        QCOMPARE(r.probes.size(), 1);
        QVERIFY(!r.probes.first().passed);
    }

    void nobodyListening()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        PolicyHealthCheck::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.timeoutMs = 3000;
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(o);
        QVERIFY(!r.healthy);
        QVERIFY2(r.failure.startsWith(QStringLiteral("the gateway does not greet: ")), qPrintable(r.failure));
    }

    void recipient_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("mustAccept");
        QTest::addColumn<bool>("healthy");
        QTest::addColumn<int>("code");

        QTest::newRow("accepted") << QStringLiteral("postmaster@mailops.test") << true << true << 250;
        QTest::newRow("relay denied, must accept")
            << QStringLiteral("someone@elsewhere.example") << true << false << 554;
        QTest::newRow("relay denied, any answer will do")
            << QStringLiteral("someone@elsewhere.example") << false << true << 554;
        QTest::newRow("unknown user, must accept")
            << QStringLiteral("nobody@unknown.mailops.test") << true << false << 550;
    }

    void recipient()
    {
        QFETCH(QString, to);
        QFETCH(bool, mustAccept);
        QFETCH(bool, healthy);
        QFETCH(int, code);

        FakeSmtpServer server;
        const PolicyHealthCheck::Report r
            = PolicyHealthCheck::run(options(server, { probe(to, mustAccept) }));
        QCOMPARE(r.healthy, healthy);
        QCOMPARE(r.probes.size(), 1);
        QCOMPARE(r.probes.first().rcptCode, code);
        QCOMPARE(r.probes.first().passed, healthy);
        if (!healthy) {
            QVERIFY2(r.failure.startsWith(
                         QStringLiteral("the gateway now refuses mail from this console to ") + to),
                qPrintable(r.failure));
            QVERIFY2(r.failure.contains(QString::number(code)), qPrintable(r.failure));
        }
        QVERIFY(server.commands.contains("RCPT TO:<" + to.toUtf8() + '>'));
        QVERIFY(!server.received("DATA"));
    }

    void stopsAtTheFirstFailure()
    {
        FakeSmtpServer server;
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(options(server,
            { probe(QStringLiteral("someone@elsewhere.example")),
                probe(QStringLiteral("postmaster@mailops.test")) }));
        QVERIFY(!r.healthy);
        QCOMPARE(r.probes.size(), 1);
        QCOMPARE(server.connections, 1);
    }

    void xclientProbes_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("command");

        QTest::newRow("with reverse DNS")
            << QStringLiteral("partner.example/192.0.2.7")
            << QByteArray("XCLIENT NAME=partner.example REVERSE_NAME=partner.example ADDR=192.0.2.7");
        QTest::newRow("without reverse DNS")
            << QStringLiteral("-/192.0.2.7")
            << QByteArray("XCLIENT NAME=[UNAVAILABLE] REVERSE_NAME=[UNAVAILABLE] ADDR=192.0.2.7");
        QTest::newRow("IPv6") << QStringLiteral("v6.partner.example/2001:db8::7")
                              << QByteArray("XCLIENT NAME=v6.partner.example REVERSE_NAME=v6.partner.example "
                                            "ADDR=2001:db8::7");
    }

    void xclientProbes()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, command);

        const std::optional<Probe> p
            = PolicyHealthCheck::clientFromText(client, QStringLiteral("postmaster@mailops.test"));
        QVERIFY(p.has_value());

        FakeSmtpServer server;
        bool asClient = false;
        offerXclient(&server, &asClient);
        PolicyHealthCheck::Report r = PolicyHealthCheck::run(options(server, { *p }));
        QVERIFY2(r.healthy, qPrintable(r.failure));
        QVERIFY(asClient);
        const qsizetype at = server.commands.indexOf(command);
        QVERIFY2(at > 0, server.commands.join(" | ").constData());
        QVERIFY(server.commands.value(at + 1).startsWith("EHLO"));
        QVERIFY(server.commands.contains("RCPT TO:<postmaster@mailops.test>"));

        // The same client refused once it is spoken for.
        FakeSmtpServer strict;
        asClient = false;
        offerXclient(&strict, &asClient, "450 4.7.1 Client host rejected: cannot find your hostname\r\n");
        r = PolicyHealthCheck::run(options(strict, { *p }));
        QVERIFY(!r.healthy);
        QVERIFY2(r.failure.contains(QStringLiteral("refuses mail from ") + p->label), qPrintable(r.failure));
        QVERIFY2(r.failure.contains(QStringLiteral("450 4.7.1")), qPrintable(r.failure));
        QCOMPARE(r.probes.first().rcptCode, 450);
    }

    void xclientNotOffered()
    {
        FakeSmtpServer server;
        const std::optional<Probe> p = PolicyHealthCheck::clientFromText(
            QStringLiteral("partner.example/192.0.2.7"), QStringLiteral("postmaster@mailops.test"));
        QVERIFY(p.has_value());
        const PolicyHealthCheck::Report r = PolicyHealthCheck::run(options(server, { *p }));
        QVERIFY(!r.healthy);
        QVERIFY2(r.failure.startsWith(QStringLiteral("the check as partner.example [192.0.2.7] failed: ")),
            qPrintable(r.failure));
        QVERIFY(!server.received("XCLIENT"));
        QVERIFY(!server.received("MAIL"));
    }

    void clientFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("addr");

        const QString unavailable = QStringLiteral("[UNAVAILABLE]");
        QTest::newRow("no reverse DNS") << QStringLiteral("-/192.0.2.7") << true
                                        << QStringLiteral("a client at 192.0.2.7 without reverse DNS")
                                        << unavailable << QStringLiteral("192.0.2.7");
        QTest::newRow("named") << QStringLiteral("partner.example/192.0.2.7") << true
                               << QStringLiteral("partner.example [192.0.2.7]")
                               << QStringLiteral("partner.example") << QStringLiteral("192.0.2.7");
        QTest::newRow("spaces around") << QStringLiteral("  partner.example / 192.0.2.7 ") << true
                                       << QStringLiteral("partner.example [192.0.2.7]")
                                       << QStringLiteral("partner.example") << QStringLiteral("192.0.2.7");
        QTest::newRow("IPv6") << QStringLiteral("-/2001:db8::7") << true
                              << QStringLiteral("a client at 2001:db8::7 without reverse DNS") << unavailable
                              << QStringLiteral("2001:db8::7");
        QTest::newRow("garbage") << QStringLiteral("garbage") << false << QString() << QString() << QString();
        QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
        QTest::newRow("no name") << QStringLiteral("/192.0.2.7") << false << QString() << QString()
                                 << QString();
        QTest::newRow("no address") << QStringLiteral("partner.example/") << false << QString() << QString()
                                    << QString();
        QTest::newRow("not an address") << QStringLiteral("partner.example/partner.example") << false
                                        << QString() << QString() << QString();
        QTest::newRow("octet too big")
            << QStringLiteral("-/192.0.2.300") << false << QString() << QString() << QString();
        QTest::newRow("three parts") << QStringLiteral("a/192.0.2.7/b") << false << QString() << QString()
                                     << QString();
    }

    void clientFromText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, label);
        QFETCH(QString, name);
        QFETCH(QString, addr);

        const std::optional<Probe> p
            = PolicyHealthCheck::clientFromText(text, QStringLiteral("postmaster@mailops.test"));
        QCOMPARE(p.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(p->label, label);
        QCOMPARE(p->to, QStringLiteral("postmaster@mailops.test"));
        QVERIFY(p->mustAccept);
        QVERIFY(p->from.isEmpty());
        const XClient expected { { QStringLiteral("NAME"), name }, { QStringLiteral("REVERSE_NAME"), name },
            { QStringLiteral("ADDR"), addr } };
        QCOMPARE(p->xclient, expected);
    }

    void forProfile_data()
    {
        QTest::addColumn<QByteArray>("mainCf");
        QTest::addColumn<QString>("domain"); // empty: no probe beyond the greeting

        QTest::newRow("first plain relay domain") << QByteArray(
            "mydomain = mailops.test\n"
            "relay_domains = hash:/etc/postfix/relay, .sub.example, relay.example, other.example\n")
                                                  << QStringLiteral("relay.example");
        QTest::newRow("relay domains expanded")
            << QByteArray("mydomain = mailops.test\nrelay_domains = $mydomain\n")
            << QStringLiteral("mailops.test");
        QTest::newRow("only tables and wildcards: mydomain")
            << QByteArray("mydomain = mailops.test\nrelay_domains = hash:/etc/postfix/relay .sub.example\n")
            << QStringLiteral("mailops.test");
        QTest::newRow("no relay_domains: mydomain")
            << QByteArray("myhostname = mx1.mailops.test\nmydomain = mailops.test\n")
            << QStringLiteral("mailops.test");
        QTest::newRow("neither") << QByteArray("myhostname = mx1.mailops.test\n") << QString();
    }

    void forProfile()
    {
        QFETCH(QByteArray, mainCf);
        QFETCH(QString, domain);

        PolicySnapshot policy;
        policy.setFile(PolicySnapshot::MainCf, mainCf);
        GatewayProfile profile;
        profile.name = QStringLiteral("mx1");
        PolicyHealthCheck::Options o = PolicyHealthCheck::forProfile(profile, policy);
        QCOMPARE(o.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.port, quint16(25));
        if (domain.isEmpty()) {
            QVERIFY(o.probes.isEmpty());
            return;
        }
        QCOMPARE(o.probes.size(), 1);
        QCOMPARE(o.probes.first().to, QStringLiteral("postmaster@") + domain);
        QVERIFY(o.probes.first().mustAccept);
        QVERIFY(o.probes.first().xclient.isEmpty());

        // The profile's SMTP address, and clients that get the same recipient.
        profile.smtpHost = QStringLiteral("192.0.2.25");
        profile.smtpPort = 2525;
        const std::optional<Probe> partner
            = PolicyHealthCheck::clientFromText(QStringLiteral("partner.example/192.0.2.7"), QString());
        Probe own = *partner;
        own.to = QStringLiteral("abuse@mailops.test");
        o = PolicyHealthCheck::forProfile(profile, policy, { *partner, own });
        QCOMPARE(o.host, QStringLiteral("192.0.2.25"));
        QCOMPARE(o.port, quint16(2525));
        QCOMPARE(o.probes.size(), 3);
        QCOMPARE(o.probes.at(1).to, QStringLiteral("postmaster@") + domain);
        QCOMPARE(o.probes.at(1).xclient, partner->xclient);
        QCOMPARE(o.probes.at(2).to, QStringLiteral("abuse@mailops.test"));
    }
};

QTEST_GUILESS_MAIN(PolicyHealthCheckTest)
#include "policyhealthcheck_test.moc"
