#include "net/gatewayhealthcheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace MailOps;

using CheckResult = Result<GatewayHealthCheck::Answer>;

// A loopback server that says one thing to whoever connects.
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray greeting)
        : m_greeting(std::move(greeting))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                if (!m_greeting.isEmpty())
                    s->write(m_greeting);
                if (m_closeAfter)
                    s->disconnectFromHost();
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost));
    }
    bool m_closeAfter = false;

private:
    QByteArray m_greeting;
};

class GatewayHealthCheckTest : public QObject
{
    Q_OBJECT

    static CheckResult run(quint16 port, int timeoutMs = 3000)
    {
        GatewayHealthCheck check;
        check.setTimeout(timeoutMs);
        QSignalSpy spy(&check, &GatewayHealthCheck::finished);
        check.start(QStringLiteral("127.0.0.1"), port);
        if (!spy.wait(timeoutMs + 2000))
            return CheckResult::failure(Error::Code::Other, QStringLiteral("no finished signal"));
        return spy.at(0).at(0).value<CheckResult>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CheckResult>(); }

    void greeting()
    {
        FakeServer server("220 mx1.mailops.test ESMTP Postfix\r\n");
        const CheckResult r = run(server.serverPort());
        QVERIFY(r.ok());
        QCOMPARE(r->replyCode, 220);
        QCOMPARE(r->greeting, QStringLiteral("220 mx1.mailops.test ESMTP Postfix"));
    }

    void refusalGreeting()
    {
        FakeServer server("554 5.3.2 not accepting connections\r\n");
        const CheckResult r = run(server.serverPort());
        QVERIFY(r.ok());
        QCOMPARE(r->replyCode, 554);
    }

    void hostileGreetings_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<int>("code");
        QTest::newRow("not smtp") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << int(Error::Code::ProtocolError);
        QTest::newRow("endless line") << QByteArray(100000, 'A') << int(Error::Code::ProtocolError);
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\n", 5) << int(Error::Code::ProtocolError);
    }

    void hostileGreetings()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(int, code);
        FakeServer server(greeting);
        const CheckResult r = run(server.serverPort());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
    }

    void controlCharactersAreNotShown()
    {
        FakeServer server("220 evil\x1b[31m\x07 host\r\n");
        const CheckResult r = run(server.serverPort());
        QVERIFY(r.ok());
        QVERIFY(!r->greeting.contains(QChar(0x1b)));
        QVERIFY(!r->greeting.contains(QChar(0x07)));
    }

    void refused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CheckResult r = run(port);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ConnectionRefused);
    }

    void silentServerTimesOut()
    {
        FakeServer server(QByteArray {});
        const CheckResult r = run(server.serverPort(), 300);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Timeout);
    }

    void closedWithoutGreeting()
    {
        FakeServer server(QByteArray {});
        server.m_closeAfter = true;
        const CheckResult r = run(server.serverPort());
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(GatewayHealthCheckTest)
#include "gatewayhealthcheck_test.moc"
