#include "dns/resolver.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace MailOps;

namespace {

// A DNS "server" that misbehaves on purpose: it answers each query the way
// the current mode says, from the test's own event loop.
class EvilServer : public QObject
{
public:
    enum class Mode
    {
        Garbage,
        HeaderOnly,
        WrongId,
        NotAResponse,
        OtherQuestion,
        NoData,
        ServFail,
        Refused,
        NxDomain,
        Silent,
        TruncatedNoTcp,
        HugeCounts
    };

    explicit EvilServer(Mode mode)
        : m_mode(mode)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { onRead(); });
    }
    quint16 port() const { return m_socket.localPort(); }
    int queries = 0;

private:
    void onRead()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 fromPort = 0;
            QByteArray q(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
            m_socket.readDatagram(q.data(), q.size(), &from, &fromPort);
            ++queries;
            const QByteArray reply = answer(q);
            if (!reply.isNull())
                m_socket.writeDatagram(reply, from, fromPort);
        }
    }
    // Replies built from the query itself, so the question section matches
    // unless a mode changes it.
    QByteArray answer(QByteArray q) const
    {
        if (q.size() < 12)
            return {};
        auto setRcode = [&](int rc) { q[3] = char((q[3] & 0xf0) | rc); };
        q[2] = char(q[2] | 0x80); // QR
        switch (m_mode) {
        case Mode::Garbage:
            return QByteArray("\x13\x37garbage that is not DNS at all \xff\xfe\x00\x01", 36);
        case Mode::HeaderOnly: {
            QByteArray h = q.left(12);
            h[5] = 1; // claims a question that is not there
            return h;
        }
        case Mode::WrongId:
            q[1] = char(q[1] ^ 0x5a);
            return q;
        case Mode::NotAResponse:
            q[2] = char(q[2] & 0x7f);
            return q;
        case Mode::OtherQuestion:
            q[13] = 'z';
            return q;
        case Mode::NoData:
            setRcode(0);
            return q;
        case Mode::ServFail:
            setRcode(2);
            return q;
        case Mode::NxDomain:
            setRcode(3);
            return q;
        case Mode::Refused:
            setRcode(5);
            return q;
        case Mode::Silent:
            return {};
        case Mode::TruncatedNoTcp:
            q[2] = char(q[2] | 0x02);
            return q;
        case Mode::HugeCounts:
            q[6] = char(0xff);
            q[7] = char(0xff);
            return q; // 65535 answers promised, none sent
        }
        return {};
    }
    Mode m_mode;
    QUdpSocket m_socket;
};

ResolverOptions fastOptions(quint16 port)
{
    ResolverOptions o;
    o.servers = { DnsServer { QHostAddress::LocalHost, port } };
    o.timeoutMs = 400;
    o.retries = 0;
    return o;
}

Result<DnsAnswer> waitFor(QFuture<Result<DnsAnswer>> f)
{
    QFutureWatcher<Result<DnsAnswer>> w;
    QSignalSpy spy(&w, &QFutureWatcherBase::finished);
    w.setFuture(f);
    if (!f.isFinished())
        spy.wait(10000);
    return f.isFinished()
        ? f.result()
        : Result<DnsAnswer>::failure(Error::Code::Other, QStringLiteral("test: future never finished"));
}

} // namespace

class ResolverTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverParse_data();
    void serverParse();
    void reverseNames_data();
    void reverseNames();
    void hostileServer_data();
    void hostileServer();
    void tcpFallbackOnTruncation();
    void timeoutOnSilentPort();
    void manyInFlight();
    void invalidName();
    void decodeGarbageNeverCrashes();
};

void ResolverTest::serverParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("v4 default port") << QStringLiteral("127.0.0.1") << true << QStringLiteral("127.0.0.1:53");
    QTest::newRow("v4 with port") << QStringLiteral("127.0.0.1:5300") << true
                                  << QStringLiteral("127.0.0.1:5300");
    QTest::newRow("bare v6") << QStringLiteral("::1") << true << QStringLiteral("[::1]:53");
    QTest::newRow("bracketed v6 with port")
        << QStringLiteral("[::1]:5300") << true << QStringLiteral("[::1]:5300");
    QTest::newRow("name is not an address") << QStringLiteral("ns1.example") << false << QString();
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0") << false << QString();
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000") << false << QString();
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:53") << false << QString();
}

void ResolverTest::serverParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, normalized);
    const auto r = DnsServer::parse(text);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value().toString(), normalized);
    else
        QVERIFY(r.error().message.contains(text));
}

void ResolverTest::reverseNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reverse");
    QTest::newRow("v4") << QStringLiteral("192.0.2.3") << QStringLiteral("3.2.0.192.in-addr.arpa");
    QTest::newRow("v6 nibbles (RFC 7208 7.4)")
        << QStringLiteral("2001:db8::cb01")
        << QStringLiteral("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
}

void ResolverTest::reverseNames()
{
    QFETCH(QString, address);
    QFETCH(QString, reverse);
    QCOMPARE(reverseName(QHostAddress(address)), reverse);
}

void ResolverTest::hostileServer_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("code");
    using M = EvilServer::Mode;
    using C = Error::Code;
    QTest::newRow("garbage bytes") << int(M::Garbage) << int(C::MalformedAnswer);
    QTest::newRow("header only, question missing") << int(M::HeaderOnly) << int(C::MalformedAnswer);
    QTest::newRow("wrong query ID") << int(M::WrongId) << int(C::MalformedAnswer);
    QTest::newRow("QR bit not set") << int(M::NotAResponse) << int(C::MalformedAnswer);
    QTest::newRow("answers another question") << int(M::OtherQuestion) << int(C::MalformedAnswer);
    QTest::newRow("65535 answers promised, none sent") << int(M::HugeCounts) << int(C::MalformedAnswer);
    QTest::newRow("truncated, TCP refused") << int(M::TruncatedNoTcp) << int(C::MalformedAnswer);
    QTest::newRow("empty NOERROR is NODATA") << int(M::NoData) << int(C::NoData);
    QTest::newRow("SERVFAIL is not missing") << int(M::ServFail) << int(C::ServFail);
    QTest::newRow("NXDOMAIN") << int(M::NxDomain) << int(C::NxDomain);
    QTest::newRow("REFUSED") << int(M::Refused) << int(C::Refused);
    QTest::newRow("silent server times out") << int(M::Silent) << int(C::Timeout);
}

void ResolverTest::hostileServer()
{
    QFETCH(int, mode);
    QFETCH(int, code);
    EvilServer server { EvilServer::Mode(mode) };
    Resolver resolver(fastOptions(server.port()));
    QElapsedTimer t;
    t.start();
    const auto r = waitFor(resolver.query(QStringLiteral("mailops.test"), DnsType::MX));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY2(!r.ok(), "a hostile server must never yield data");
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code(code)));
    // The message names the server and the question, for the evidence report.
    QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1"))
            || r.error().code == Error::Code::NxDomain || r.error().code == Error::Code::NoData,
        qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("mailops.test")), qPrintable(r.error().message));
    QVERIFY(server.queries >= 1);
}

void ResolverTest::tcpFallbackOnTruncation()
{
    // Over UDP the answer comes back truncated; over TCP, whole: the resolver
    // must retry over TCP by itself and return the data.
    EvilServer udp { EvilServer::Mode::TruncatedNoTcp };
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost, udp.port()));
    int tcpQueries = 0;
    connect(&tcp, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *c = tcp.nextPendingConnection();
        connect(c, &QTcpSocket::readyRead, c, [c, &tcpQueries] {
            QByteArray q = c->readAll().mid(2); // assumes one segment: fine on loopback
            ++tcpQueries;
            q[2] = char(q[2] | 0x80);
            qsizetype end = 12; // keep the question, drop the EDNS OPT record
            while (end < q.size() && q.at(end) != 0)
                end += q.at(end) + 1;
            q.truncate(end + 5);
            q[7] = 1; // ANCOUNT 1
            q[11] = 0; // ARCOUNT 0
            q += QByteArray::fromHex("c00c00010001"
                                     "0000012c"
                                     "0004"
                                     "7f000007"); // A 127.0.0.7
            const quint16 len = quint16(q.size());
            c->write(QByteArray(1, char(len >> 8)) + QByteArray(1, char(len & 0xff)) + q);
        });
        connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
    });
    Resolver resolver(fastOptions(udp.port()));
    const auto r = waitFor(resolver.query(QStringLiteral("big.mailops.test"), DnsType::A));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value().addresses(), QList<QHostAddress> { QHostAddress(QStringLiteral("127.0.0.7")) });
    QVERIFY(!r.value().truncated);
    QCOMPARE(tcpQueries, 1);
}

void ResolverTest::timeoutOnSilentPort()
{
    ResolverOptions o = fastOptions(5399);
    o.timeoutMs = 300;
    o.retries = 1;
    Resolver resolver(o);
    QElapsedTimer t;
    t.start();
    const auto r = waitFor(resolver.query(QStringLiteral("mailops.test"), DnsType::A));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Timeout);
    QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:5399")), qPrintable(r.error().message));
    QVERIFY(t.elapsed() >= 500);
    QVERIFY(t.elapsed() < 3000);
}

void ResolverTest::manyInFlight()
{
    // 40 queries of 300 ms each finish in about one timeout when they really
    // run at once; one after another they would take 12 s.
    EvilServer server(EvilServer::Mode::Silent);
    ResolverOptions o = fastOptions(server.port());
    o.timeoutMs = 300;
    Resolver resolver(o);
    QElapsedTimer t;
    t.start();
    QList<QFuture<Result<DnsAnswer>>> futures;
    for (int i = 0; i < 40; ++i)
        futures.append(resolver.query(QStringLiteral("q%1.mailops.test").arg(i), DnsType::A));
    for (auto &f : futures)
        QCOMPARE(waitFor(f).error().code, Error::Code::Timeout);
    QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
}

void ResolverTest::invalidName()
{
    Resolver resolver(fastOptions(5399));
    const auto r = waitFor(resolver.query(QString(300, QLatin1Char('a')), DnsType::A));
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    const auto r2 = waitFor(resolver.query(QStringLiteral("a..b"), DnsType::A));
    QCOMPARE(r2.error().code, Error::Code::InvalidInput);
}

void ResolverTest::decodeGarbageNeverCrashes()
{
    const DnsQuestion q { QStringLiteral("mailops.test"), DnsType::A, {} };
    QCOMPARE(Resolver::decodeAnswer(QByteArray(), q).error().code, Error::Code::MalformedAnswer);
    QCOMPARE(Resolver::decodeAnswer(QByteArray(11, '\0'), q).error().code, Error::Code::MalformedAnswer);
    QCOMPARE(Resolver::decodeAnswer(QByteArray(70000, '\xff'), q).error().code, Error::Code::MalformedAnswer);
}

QTEST_GUILESS_MAIN(ResolverTest)
#include "resolver_test.moc"
