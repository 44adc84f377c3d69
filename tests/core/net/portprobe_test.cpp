#include "net/netreport.h"
#include "net/portprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace MailOps;
using State = PortProbeResult::State;

namespace {

// Inside the private network namespace (see runInNamespace) these ports are
// set up by an nftables ruleset; nothing else exists there.
constexpr quint16 kDroppedPort = 2601;
constexpr quint16 kUnreachablePort = 2602;
constexpr quint16 kClosedPort = 2603;

constexpr char kChildVariable[] = "MAILOPS_NETNS_PARENT";

QString netNamespaceId()
{
    return QFileInfo(QStringLiteral("/proc/self/ns/net")).symLinkTarget();
}

bool runProgram(const QString &program, const QStringList &args, const QByteArray &input, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return false;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(20000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class PortProbeTest : public QObject
{
    Q_OBJECT

    bool m_inNamespace = false;

    static PortProbeReport run(const PortProbe::Options &o, QList<PortProbeResult> *streamed = nullptr)
    {
        PortProbe probe;
        QSignalSpy finished(&probe, &PortProbe::finished);
        QSignalSpy results(&probe, &PortProbe::resultReady);
        probe.start(o);
        if (!finished.wait(o.timeoutMs + o.lookupTimeoutMs + 5000)) {
            qWarning("no finished signal");
            return {};
        }
        if (streamed) {
            for (const auto &args : std::as_const(results))
                streamed->append(args.at(0).value<PortProbeResult>());
        }
        return finished.at(0).at(0).value<PortProbeReport>();
    }

    static quint16 closedPort(const QHostAddress &address)
    {
        QTcpServer s;
        if (!s.listen(address))
            return 0;
        return s.serverPort(); // closed again when s goes
    }

    // Runs one test function of this binary again in a new network namespace
    // (unshare --net), where it may set up firewall rules that touch nothing
    // outside. Skips with the reason when that is not possible here.
    void runInNamespace(const char *function)
    {
        if (::geteuid() != 0)
            QSKIP("needs root to create a network namespace (unshare --net)");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString nft = QStandardPaths::findExecutable(
            QStringLiteral("nft"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin") });
        if (unshare.isEmpty() || nft.isEmpty() || ip.isEmpty())
            QSKIP("needs unshare (util-linux), nft (nftables) and ip (iproute2) for the filtered-port case");
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), netNamespaceId());
        child.setProcessEnvironment(env);
        child.start(unshare,
            { QStringLiteral("--net"), QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                QString::fromLatin1(function) });
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (output.contains(QLatin1String("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("cannot create a network namespace here: ") + output.trimmed()));
        QVERIFY2(child.exitCode() == 0 && output.contains(QLatin1String("Totals:")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("SKIP")), qPrintable(output));
    }

    // In the child: loopback up, and rules for the dropped and unreachable
    // ports. Refuses to touch the firewall if the namespace is the parent's.
    void setUpNamespace()
    {
        const QString parent = qEnvironmentVariable(kChildVariable);
        QVERIFY2(!parent.isEmpty() && parent != netNamespaceId(),
            "not in a private network namespace: refusing to change firewall rules");
        QString out;
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin") });
        const QString nft = QStandardPaths::findExecutable(
            QStringLiteral("nft"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        QVERIFY2(
            runProgram(ip,
                { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") },
                {}, &out),
            qPrintable(out));
        const QByteArray rules = "table inet mailops_test {\n"
                                 "  chain input {\n"
                                 "    type filter hook input priority 0; policy accept;\n"
                                 "    tcp dport "
            + QByteArray::number(kDroppedPort)
            + " drop\n"
              "    tcp dport "
            + QByteArray::number(kUnreachablePort)
            + " reject with icmpx type host-unreachable\n"
              "  }\n"
              "}\n";
        QVERIFY2(
            runProgram(nft, { QStringLiteral("-f"), QStringLiteral("-") }, rules, &out), qPrintable(out));
        // A network with no way out: connecting there fails at the route.
        QVERIFY2(runProgram(ip,
                     { QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("unreachable"),
                         QStringLiteral("198.51.100.0/24") },
                     {}, &out),
            qPrintable(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PortProbeResult>();
        qRegisterMetaType<PortProbeReport>();
        m_inNamespace = qEnvironmentVariableIsSet(kChildVariable);
        if (m_inNamespace)
            setUpNamespace();
    }

    void mailPorts()
    {
        QCOMPARE(PortProbe::mailPorts(), (QList<quint16> { 25, 465, 587, 110, 995, 143, 993 }));
        QCOMPARE(PortProbeResult::serviceName(587), QStringLiteral("submission"));
    }

    void openIPv4()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PortProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.ports = { server.serverPort() };
        const PortProbeReport report = run(o);
        QCOMPARE(report.results.size(), 1);
        const PortProbeResult &r = report.results.constFirst();
        QCOMPARE(r.state, State::Open);
        QCOMPARE(r.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.locality, HostLocality::Kind::Loopback);
        QVERIFY(r.elapsedMs >= 0 && r.elapsedMs < 1000);
        QVERIFY(r.reason.contains(QLatin1String("listens")));
    }

    void openIPv6()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHostIPv6))
            QSKIP("no IPv6 loopback (::1) on this machine");
        PortProbe::Options o;
        o.host = QStringLiteral("[::1]");
        o.ports = { server.serverPort(), closedPort(QHostAddress::LocalHostIPv6) };
        const PortProbeReport report = run(o);
        QCOMPARE(report.results.size(), 2);
        QCOMPARE(report.results.at(0).state, State::Open);
        QCOMPARE(report.results.at(0).address.protocol(), QAbstractSocket::IPv6Protocol);
        QCOMPARE(report.results.at(1).state, State::Refused);
        QCOMPARE(report.results.at(0).locality, HostLocality::Kind::Loopback);
    }

    void refused()
    {
        PortProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.ports = { closedPort(QHostAddress::LocalHost) };
        const PortProbeReport report = run(o);
        QCOMPARE(report.results.size(), 1);
        QCOMPARE(report.results.constFirst().state, State::Refused);
        QVERIFY(report.results.constFirst().elapsedMs < 1000);
        QVERIFY(NetReport::toText(report).contains(QLatin1String("REFUSED")));
    }

    void allMailPortsAtOnce()
    {
        // Seven ports on 127.0.0.2..: whatever listens there (nothing, or the
        // lab), each gets a definite answer, and in parallel.
        PortProbe::Options o;
        o.host = QStringLiteral("127.0.0.3");
        o.timeoutMs = 2000;
        QList<PortProbeResult> streamed;
        const PortProbeReport report = run(o, &streamed);
        QCOMPARE(report.results.size(), 7);
        QCOMPARE(streamed.size(), 7);
        for (const PortProbeResult &r : report.results)
            QVERIFY2(r.state == State::Open || r.state == State::Refused, qPrintable(NetReport::toText(r)));
        QVERIFY(report.elapsedMs < 1500);
        const QJsonObject json = NetReport::toJson(report);
        QCOMPARE(json.value(QStringLiteral("results")).toArray().size(), 7);
        QCOMPARE(
            json[QStringLiteral("results")][0][QStringLiteral("service")].toString(), QStringLiteral("smtp"));
        QCOMPARE(json[QStringLiteral("results")][0][QStringLiteral("locality")].toString(),
            QStringLiteral("loopback"));
    }

    void invalidOptions_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QList<quint16>>("ports");
        QTest::newRow("no host") << QString() << QList<quint16> { 25 };
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QList<quint16> {};
        QTest::newRow("only port 0") << QStringLiteral("127.0.0.1") << QList<quint16> { 0 };
    }

    void invalidOptions()
    {
        QFETCH(QString, host);
        QFETCH(QList<quint16>, ports);
        PortProbe::Options o;
        o.host = host;
        o.ports = ports;
        const PortProbeReport report = run(o);
        QVERIFY(report.lookupError.has_value());
        QCOMPARE(report.lookupError->code, Error::Code::InvalidInput);
    }

    void cancel()
    {
        PortProbe probe;
        QSignalSpy finished(&probe, &PortProbe::finished);
        PortProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.ports = { closedPort(QHostAddress::LocalHost) };
        probe.start(o);
        probe.cancel();
        QCOMPARE(finished.count(), 1);
        const auto report = finished.at(0).at(0).value<PortProbeReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.results.constFirst().state, State::Cancelled);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void localityOfAddresses()
    {
        QCOMPARE(HostLocality::of(QHostAddress(QStringLiteral("127.0.0.5"))), HostLocality::Kind::Loopback);
        QCOMPARE(HostLocality::of(QHostAddress(QStringLiteral("::1"))), HostLocality::Kind::Loopback);
        QCOMPARE(
            HostLocality::of(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))), HostLocality::Kind::Loopback);
        QCOMPARE(HostLocality::of(QHostAddress(QStringLiteral("192.0.2.1"))), HostLocality::Kind::Remote);
        for (const QHostAddress &own : QNetworkInterface::allAddresses()) {
            if (!own.isLoopback())
                QCOMPARE(HostLocality::of(own), HostLocality::Kind::ThisHost);
        }
    }

    // --- in a private network namespace ----------------------------------

    void filtered()
    {
        if (!m_inNamespace)
            return runInNamespace("filtered");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PortProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.ports = { server.serverPort(), kDroppedPort, kUnreachablePort, kClosedPort };
        o.timeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const PortProbeReport report = run(o);
        const qint64 took = clock.elapsed();
        qInfo().noquote() << NetReport::toText(report);
        QCOMPARE(report.results.size(), 4);
        QCOMPARE(report.results.at(0).state, State::Open);
        QCOMPARE(report.results.at(1).state, State::Filtered);
        QVERIFY(report.results.at(1).elapsedMs >= 1400);
        QCOMPARE(report.results.at(2).state, State::Unreachable);
        QCOMPARE(report.results.at(3).state, State::Refused);
        // In parallel: the whole run costs one timeout, not the sum.
        QVERIFY2(took < 2500, qPrintable(QString::number(took)));
        QVERIFY(NetReport::toText(report).contains(QLatin1String("FILTERED")));
        // Rejected with an ICMP error: known long before the time limit.
        QVERIFY(report.results.at(2).elapsedMs < 1000);
    }

    void unreachableRoute()
    {
        if (!m_inNamespace)
            return runInNamespace("unreachableRoute");
        PortProbe::Options o;
        o.host = QStringLiteral("198.51.100.7");
        o.ports = { 25, 587 };
        o.timeoutMs = 1500;
        const PortProbeReport report = run(o);
        QCOMPARE(report.results.size(), 2);
        for (const PortProbeResult &r : report.results) {
            QCOMPARE(r.state, State::Unreachable);
            QCOMPARE(r.locality, HostLocality::Kind::Remote);
            QVERIFY(r.elapsedMs < 1000);
        }
    }

    void namesInNamespace()
    {
        if (!m_inNamespace)
            return runInNamespace("namesInNamespace");
        // No route to any resolver here, so no lookup leaves the namespace.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::Any));
        PortProbe::Options o;
        o.host = QStringLiteral("localhost"); // from /etc/hosts
        o.ports = { server.serverPort() };
        PortProbeReport report = run(o);
        QVERIFY(!report.addresses.isEmpty());
        QVERIFY(!report.results.isEmpty());
        QCOMPARE(report.results.constFirst().state, State::Open);

        o.host = QStringLiteral("bad..name.invalid"); // not a valid host name
        report = run(o);
        QVERIFY(report.lookupError.has_value());
        QCOMPARE(report.results.constFirst().state, State::NameNotFound);
        QVERIFY(report.results.constFirst().address.isNull());

        o.host = QStringLiteral("no-such-host.invalid"); // no resolver reachable
        o.lookupTimeoutMs = 3000;
        report = run(o);
        QVERIFY(report.lookupError.has_value());
        const State s = report.results.constFirst().state;
        QVERIFY2(s == State::NameNotFound || s == State::Error, qPrintable(NetReport::toText(report)));
    }
};

QTEST_GUILESS_MAIN(PortProbeTest)
#include "portprobe_test.moc"
