#include "services/portconflictdetector.h"
#include "services/ssoutputparser.h"
#include "testdata.h"

#include <QTest>

using namespace MailOps;
using Kind = PortConflict::Kind;

class ListeningSocketsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labOutput();
    void lines_data();
    void lines();
    void badLines_data();
    void badLines();
    void pop3Clash();
    void labExpectationsHold();
    void addressInUse_data();
    void addressInUse();
};

void ListeningSocketsTest::labOutput()
{
    const QByteArray data = servicesTestData(QStringLiteral("ss-ltnupH-lab.txt"));
    QVERIFY(!data.isEmpty());
    const Result<ListeningSocketList> r = SsOutputParser::parse(data);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 8);
    const ListeningSocket &nsdUdp = r->at(0);
    QCOMPARE(nsdUdp.protocol, QStringLiteral("udp"));
    QCOMPARE(nsdUdp.endpoint(), QStringLiteral("127.0.0.1:5300"));
    QCOMPARE(nsdUdp.owners.size(), 3);
    QCOMPARE(nsdUdp.owners.at(0), (SocketOwner { QStringLiteral("nsd: server 1"), 32701, 4 }));
    QVERIFY(r->at(1).owners.isEmpty()); // a socket whose owner ss could not see
    QCOMPARE(r->at(1).port, 2024);
    QCOMPARE(r->at(7).address, QStringLiteral("127.0.0.10"));
    QCOMPARE(r->at(7).owners.at(0).process, QStringLiteral("master"));
}

void ListeningSocketsTest::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("processes");
    QTest::newRow("IPv6 wildcard") << QByteArray(
        "tcp LISTEN 0 100 [::]:25 [::]:* users:((\"master\",pid=1187,fd=14))")
                                   << "::"
                                   << "" << 25 << QStringList { QStringLiteral("master") };
    QTest::newRow("star wildcard") << QByteArray(
        "tcp LISTEN 0 64 *:143 *:* users:((\"dovecot\",pid=990,fd=37))")
                                   << "*"
                                   << "" << 143 << QStringList { QStringLiteral("dovecot") };
    QTest::newRow("interface scope") << QByteArray(
        "udp UNCONN 0 0 127.0.0.53%lo:53 0.0.0.0:* users:((\"systemd-resolve\",pid=612,fd=13))")
                                     << "127.0.0.53"
                                     << "lo" << 53 << QStringList { QStringLiteral("systemd-resolve") };
    QTest::newRow("link-local with scope")
        << QByteArray("udp UNCONN 0 0 [fe80::1%eth0]:123 [::]:* users:((\"ntpd\",pid=700,fd=20))")
        << "fe80::1"
        << "eth0" << 123 << QStringList { QStringLiteral("ntpd") };
    QTest::newRow("name with comma, quote and parenthesis") << QByteArray(
        "tcp LISTEN 0 5 127.0.0.1:8080 0.0.0.0:* users:((\"we(i\"rd, one\",pid=5,fd=3),(\"b\",pid=6,fd=4))")
                                                            << "127.0.0.1"
                                                            << "" << 8080
                                                            << QStringList { QStringLiteral("we(i\"rd, one"),
                                                                   QStringLiteral("b") };
    QTest::newRow("no owners") << QByteArray("tcp LISTEN 0 128 0.0.0.0:2024 0.0.0.0:*   ") << "0.0.0.0"
                               << "" << 2024 << QStringList {};
}

void ListeningSocketsTest::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, address);
    QFETCH(QString, scope);
    QFETCH(int, port);
    QFETCH(QStringList, processes);
    const Result<ListeningSocket> r = SsOutputParser::parseLine(line);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->address, address);
    QCOMPARE(r->scope, scope);
    QCOMPARE(r->port, port);
    QStringList names;
    for (const SocketOwner &o : r->owners)
        names << o.process;
    QCOMPARE(names, processes);
}

void ListeningSocketsTest::badLines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("cut in the users field")
        << QByteArray("tcp LISTEN 0 100 127.0.0.1:2525 0.0.0.0:* users:((\"smtpd\",pid=32");
    QTest::newRow("cut in the address") << QByteArray("tcp LISTEN 0 100 127.0.0.1:");
    QTest::newRow("netstat instead of ss")
        << QByteArray("Active Internet connections (only servers)\nProto Recv-Q");
    QTest::newRow("binary junk") << QByteArray("\x01\x02\x03 \xff\xfe \x00 a b c d e", 18);
    QTest::newRow("port out of range") << QByteArray("tcp LISTEN 0 1 127.0.0.1:70000 0.0.0.0:*");
    QTest::newRow("bad pid") << QByteArray(
        "tcp LISTEN 0 1 127.0.0.1:25 0.0.0.0:* users:((\"x\",pid=abc,fd=1))");
    QTest::newRow("oversized") << QByteArray(SsOutputParser::MaxInputBytes + 1, ' ');
}

void ListeningSocketsTest::badLines()
{
    QFETCH(QByteArray, data);
    const Result<ListeningSocketList> r = SsOutputParser::parse(data);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void ListeningSocketsTest::pop3Clash()
{
    // The first story: the helpdesk's second POP3 daemon took port 110 from
    // qpopper (run by xinetd), and xinetd died on the failed bind.
    const Result<ListeningSocketList> sockets
        = SsOutputParser::parse(servicesTestData(QStringLiteral("ss-ltnupH-pop3-clash.txt")));
    QVERIFY2(sockets.ok(), qPrintable(sockets.ok() ? QString() : sockets.error().toString()));
    const QList<PortExpectation> expected {
        { QStringLiteral("qpopper"), QStringLiteral("tcp"), 110, QStringLiteral("*"),
            { QStringLiteral("xinetd"), QStringLiteral("qpopper") } },
        { QStringLiteral("popa3d"), QStringLiteral("tcp"), 110, QStringLiteral("*"),
            { QStringLiteral("popa3d") } },
        { QStringLiteral("postfix"), QStringLiteral("tcp"), 25, QStringLiteral("*"),
            { QStringLiteral("master") } },
        { QStringLiteral("dovecot"), QStringLiteral("tcp"), 993, QStringLiteral("*"),
            { QStringLiteral("dovecot") } },
    };
    const QHash<QString, QStringList> logs {
        { QStringLiteral("qpopper"),
            { QStringLiteral("Nov 23 09:14:01 mail xinetd[1042]: Reading included configuration file: "
                             "/etc/xinetd.d/pop3"),
                QStringLiteral("Nov 23 09:14:02 mail xinetd[1042]: bind failed (Address already in use "
                               "(errno = 98)). service = pop3"),
                QStringLiteral("Nov 23 09:14:02 mail xinetd[1042]: bind failed (Address already in use "
                               "(errno = 98)). service = pop3") } },
        { QStringLiteral("postfix"),
            { QStringLiteral("Nov 23 09:00:00 mail postfix/master[1187]: daemon started") } },
    };
    const QList<PortConflict> found = PortConflictDetector::detect(expected, sockets.value(), logs);
    QMap<Kind, PortConflict> byKind;
    for (const PortConflict &c : found)
        byKind.insert(c.kind, c);
    QCOMPARE(found.size(), 4);

    const PortConflict shared = byKind.value(Kind::SharedPort);
    QCOMPARE(shared.services, (QStringList { QStringLiteral("qpopper"), QStringLiteral("popa3d") }));
    QCOMPARE(shared.port, 110);
    QCOMPARE(shared.holders.at(0).process, QStringLiteral("popa3d"));
    QVERIFY2(shared.description.contains(QLatin1String("popa3d (pid 2211)")), qPrintable(shared.description));

    const PortConflict foreign = byKind.value(Kind::ForeignOwner);
    QCOMPARE(foreign.services, QStringList { QStringLiteral("qpopper") });
    QVERIFY2(foreign.description.contains(QLatin1String("held by popa3d")), qPrintable(foreign.description));

    const PortConflict inUse = byKind.value(Kind::AddressInUse);
    QCOMPARE(inUse.services, QStringList { QStringLiteral("qpopper") });
    QCOMPARE(inUse.port, 110);
    QVERIFY(inUse.evidence.contains(QLatin1String("bind failed")));
    QVERIFY2(
        inUse.description.contains(QLatin1String("already held by popa3d")), qPrintable(inUse.description));

    const PortConflict missing = byKind.value(Kind::NotListening);
    QCOMPARE(missing.services, QStringList { QStringLiteral("dovecot") });
    QCOMPARE(missing.port, 993);
}

void ListeningSocketsTest::labExpectationsHold()
{
    const Result<ListeningSocketList> sockets
        = SsOutputParser::parse(servicesTestData(QStringLiteral("ss-ltnupH-lab.txt")));
    QVERIFY(sockets.ok());
    const QList<PortExpectation> expected {
        { QStringLiteral("postfix"), QStringLiteral("tcp"), 2525, QStringLiteral("127.0.0.1"),
            { QStringLiteral("master"), QStringLiteral("smtpd") } },
        { QStringLiteral("nsd"), QStringLiteral("udp"), 5300, QStringLiteral("127.0.0.1"),
            { QStringLiteral("nsd: main"), QStringLiteral("nsd: xfrd") } },
        { QStringLiteral("filterhub"), QStringLiteral("tcp"), 10025, QStringLiteral("127.0.0.1"),
            { QStringLiteral("python3") } },
    };
    QVERIFY(PortConflictDetector::detect(expected, sockets.value()).isEmpty());
}

void ListeningSocketsTest::addressInUse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("inUse");
    QTest::addColumn<int>("port");
    QTest::newRow("xinetd")
        << "xinetd[1042]: bind failed (Address already in use (errno = 98)). service = pop3" << true << 0;
    QTest::newRow("postfix master")
        << "Nov 23 09:14:02 mx1 postfix/master[1187]: fatal: bind 0.0.0.0 port 25: Address already in use"
        << true << 25;
    QTest::newRow("dovecot") << "Nov 23 09:14:02 mx1 dovecot: master: Error: service(pop3-login): listen(*, "
                                "110) failed: Address already in use"
                             << true << 110;
    QTest::newRow("python") << "OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', "
                               "10025): address already in use"
                            << true << 10025;
    QTest::newRow("nsd")
        << "[2026-11-23 09:14:02.123] nsd[700]: error: can't bind udp socket: Address already in use" << true
        << 0;
    QTest::newRow("unrelated") << "Nov 23 09:14:02 mx1 postfix/smtpd[1]: connect from localhost[127.0.0.1]"
                               << false << 0;
}

void ListeningSocketsTest::addressInUse()
{
    QFETCH(QString, line);
    QFETCH(bool, inUse);
    QFETCH(int, port);
    int found = -1;
    QCOMPARE(PortConflictDetector::isAddressInUse(line, &found), inUse);
    if (inUse)
        QCOMPARE(found, port);
}

QTEST_GUILESS_MAIN(ListeningSocketsTest)
#include "listeningsockets_test.moc"
