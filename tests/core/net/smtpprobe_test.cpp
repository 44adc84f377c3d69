#include "fakesmtpserver.h"
#include "net/certificateinfo.h"
#include "net/netreport.h"
#include "net/smtpprobe.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;
using Outcome = SmtpProbeResult::Transaction::Outcome;
using Direction = SmtpProbeResult::TranscriptEntry::Direction;

class SmtpProbeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QSslCertificate m_cnOnlyCert;

    static SmtpProbe::Options options(const FakeSmtpServer &server)
    {
        SmtpProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server.serverPort();
        o.tlsName = QStringLiteral("fake.mailops.test");
        o.stepTimeoutMs = 3000;
        o.totalTimeoutMs = 10000;
        return o;
    }

    static SmtpProbeResult run(const SmtpProbe::Options &o)
    {
        SmtpProbe probe;
        QSignalSpy spy(&probe, &SmtpProbe::finished);
        probe.start(o);
        if (!spy.wait(o.totalTimeoutMs + 5000)) {
            qWarning("no finished signal");
            return {};
        }
        [&] { QCOMPARE(spy.count(), 1); }();
        return spy.at(0).at(0).value<SmtpProbeResult>();
    }

    static bool hasFinding(const SmtpProbeResult &r, const QString &id)
    {
        return std::any_of(r.findings.cbegin(), r.findings.cend(),
            [&](const SmtpProbeResult::Finding &f) { return f.id == id; });
    }

    static QString findingIds(const SmtpProbeResult &r)
    {
        QStringList ids;
        for (const auto &f : r.findings)
            ids << f.id;
        return ids.join(QLatin1Char(' ')) + QStringLiteral(" | ")
            + (r.error ? r.error->toString() : QStringLiteral("no error"));
    }

    QSslCertificate makeCertificate(const QString &base, const QStringList &extraArgs, QSslKey *key)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QSslCertificate();
        const QString keyFile = m_dir.filePath(base + QStringLiteral(".key"));
        const QString certFile = m_dir.filePath(base + QStringLiteral(".crt"));
        QProcess p;
        p.start(openssl,
            QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"), keyFile,
                QStringLiteral("-out"), certFile }
                + extraArgs);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QSslCertificate();
        QFile kf(keyFile);
        QFile cf(certFile);
        if (!kf.open(QIODevice::ReadOnly) || !cf.open(QIODevice::ReadOnly))
            return QSslCertificate();
        if (key)
            *key = QSslKey(kf.readAll(), QSsl::Ec);
        return QSslCertificate(cf.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SmtpProbeResult>();
        QVERIFY(m_dir.isValid());
        if (QSslSocket::supportsSsl()) {
            m_cert = makeCertificate(QStringLiteral("fake"),
                { QStringLiteral("-subj"), QStringLiteral("/CN=fake.mailops.test"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:fake.mailops.test,DNS:*.wild.mailops.test,"
                                   "IP:127.0.0.1") },
                &m_key);
            m_cnOnlyCert = makeCertificate(QStringLiteral("cn"),
                { QStringLiteral("-subj"), QStringLiteral("/CN=cn.mailops.test") }, nullptr);
        }
    }

    // --- certificates --------------------------------------------------

    void nameMatching_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QStringLiteral("fake.mailops.test") << true;
        QTest::newRow("case-insensitive") << QStringLiteral("FAKE.Mailops.TEST") << true;
        QTest::newRow("trailing dot") << QStringLiteral("fake.mailops.test.") << true;
        QTest::newRow("wildcard one label") << QStringLiteral("mx.wild.mailops.test") << true;
        QTest::newRow("wildcard not two labels") << QStringLiteral("a.b.wild.mailops.test") << false;
        QTest::newRow("wildcard not the base") << QStringLiteral("wild.mailops.test") << false;
        QTest::newRow("other name") << QStringLiteral("mx1.mailops.test") << false;
        QTest::newRow("suffix is not a match") << QStringLiteral("evilfake.mailops.test") << false;
        QTest::newRow("IP entry") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("IP literal in brackets") << QStringLiteral("[127.0.0.1]") << true;
        QTest::newRow("other IP") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void nameMatching()
    {
        if (m_cert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(CertificateInfo::matchesName(m_cert, name), matches);
    }

    void commonNameOnlyWithoutAltNames()
    {
        if (m_cnOnlyCert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        QVERIFY(CertificateInfo::matchesName(m_cnOnlyCert, QStringLiteral("cn.mailops.test")));
        QVERIFY(!CertificateInfo::matchesName(m_cnOnlyCert, QStringLiteral("fake.mailops.test")));
    }

    void certificateInfo()
    {
        if (m_cert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CertificateInfo info = CertificateInfo::fromCertificate(m_cert, now);
        QCOMPARE(info.commonName, QStringLiteral("fake.mailops.test"));
        QVERIFY(info.selfSigned);
        QVERIFY(info.daysLeft == 29 || info.daysLeft == 30);
        QVERIFY(info.dnsNames.contains(QStringLiteral("*.wild.mailops.test")));
        QCOMPARE(info.sha256.count(QLatin1Char(':')), 31);
        const CertificateInfo later
            = CertificateInfo::fromCertificate(m_cert, info.notAfter.addSecs(2 * 86400 - 5));
        QCOMPARE(later.daysLeft, -2);
        QVERIFY(later.isExpired());
    }

    // --- sessions --------------------------------------------------------

    void closedRelayPlainServer()
    {
        FakeSmtpServer server;
        const SmtpProbeResult r = run(options(server));
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QVERIFY(r.connected);
        QCOMPARE(r.greeting->code, 220);
        QCOMPARE(r.capabilities.serverName, QStringLiteral("fake.mailops.test"));
        QVERIFY(r.capabilities.pipelining);
        QCOMPARE(r.capabilities.sizeLimit, 10240000);
        QVERIFY(!r.tls.offered);
        QCOMPARE(r.relay.outcome, Outcome::Refused);
        QCOMPARE(r.relay.rcptReply->enhancedCode, QStringLiteral("5.7.1"));
        QVERIFY(hasFinding(r, QStringLiteral("relay.refused")));
        QVERIFY(hasFinding(r, QStringLiteral("tls.absent")));
        QVERIFY(hasFinding(r, QStringLiteral("greeting.ok")));
        QVERIFY(r.heloName.startsWith(QLatin1String("[127.0.0.1]")));
        QVERIFY(!server.received("DATA"));
        QVERIFY(server.received("RSET"));
        QVERIFY(server.received("QUIT"));
        // The transcript is in order, both directions, with times.
        QVERIFY(r.transcript.size() > 8);
        qint64 last = 0;
        for (const auto &e : r.transcript) {
            QVERIFY(e.atMs >= last);
            last = e.atMs;
        }
        QVERIFY(std::any_of(r.transcript.cbegin(), r.transcript.cend(), [](const auto &e) {
            return e.direction == Direction::Client
                && e.text == QLatin1String("MAIL FROM:<probe@example.org>");
        }));
        QVERIFY(std::any_of(r.transcript.cbegin(), r.transcript.cend(), [](const auto &e) {
            return e.direction == Direction::Server && e.text.startsWith(QLatin1String("554 5.7.1"));
        }));
    }

    void openRelayNeverSendsData()
    {
        FakeSmtpServer server;
        server.relayOpen = true;
        const SmtpProbeResult r = run(options(server));
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QCOMPARE(r.relay.outcome, Outcome::Accepted);
        QVERIFY(r.isOpenRelay());
        QVERIFY(hasFinding(r, QStringLiteral("relay.open")));
        QCOMPARE(r.worstSeverity(), SmtpProbeResult::Finding::Severity::Fail);
        QVERIFY(!server.received("DATA"));
        QVERIFY(!server.received("BDAT"));
        const QStringList expected { QStringLiteral("EHLO [127.0.0.1]"),
            QStringLiteral("MAIL FROM:<probe@example.org>"),
            QStringLiteral("RCPT TO:<relaytest@example.net>"), QStringLiteral("RSET"),
            QStringLiteral("QUIT") };
        QStringList got;
        for (const QByteArray &c : server.commands)
            got << QString::fromLatin1(c);
        QCOMPARE(got, expected);
        QVERIFY(NetReport::toText(r).contains(QLatin1String("OPEN RELAY")));
        QCOMPARE(NetReport::toJson(r).value(QStringLiteral("openRelay")).toBool(), true);
    }

    void recipientCheck_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("finding");
        QTest::newRow("accepted") << QStringLiteral("postmaster@mailops.test") << int(Outcome::Accepted)
                                  << QStringLiteral("recipient.accepted");
        QTest::newRow("unknown user") << QStringLiteral("nobody@unknown.mailops.test")
                                      << int(Outcome::Refused) << QStringLiteral("recipient.refused");
    }

    void recipientCheck()
    {
        QFETCH(QString, recipient);
        QFETCH(int, outcome);
        QFETCH(QString, finding);
        FakeSmtpServer server;
        SmtpProbe::Options o = options(server);
        o.recipient = recipient;
        const SmtpProbeResult r = run(o);
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QCOMPARE(int(r.recipient.outcome), outcome);
        QVERIFY2(hasFinding(r, finding), qPrintable(findingIds(r)));
        QVERIFY(server.commands.contains("MAIL FROM:<>"));
        QCOMPARE(r.relay.outcome, Outcome::Refused);
    }

    // XCLIENT speaks as another client; values go as xtext, the session
    // starts over with EHLO, and a server that does not offer it is an error.
    void xclient()
    {
        FakeSmtpServer server;
        bool offered = true;
        server.script = [&server, &offered](const QByteArray &c, bool encrypted) -> FakeSmtpServer::Reply {
            if (c.startsWith("EHLO") && offered) {
                FakeSmtpServer::Reply r = server.standard(c, encrypted);
                r.bytes.replace("250 SMTPUTF8", "250-SMTPUTF8\r\n250 XCLIENT NAME ADDR HELO REVERSE_NAME");
                return r;
            }
            if (c.startsWith("XCLIENT"))
                return { "220 fake.mailops.test ESMTP\r\n" };
            return {};
        };
        SmtpProbe::Options o = options(server);
        o.recipient = QStringLiteral("postmaster@mailops.test");
        o.relayTest = false;
        o.xclient = { { QStringLiteral("NAME"), QStringLiteral("[UNAVAILABLE]") },
            { QStringLiteral("ADDR"), QStringLiteral("192.0.2.7") },
            { QStringLiteral("HELO"), QStringLiteral("a b=c+d") } };
        SmtpProbeResult r = run(o);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : findingIds(r)));
        QVERIFY(r.xclientAccepted);
        QCOMPARE(r.recipient.outcome, Outcome::Accepted);
        const qsizetype at
            = server.commands.indexOf("XCLIENT NAME=[UNAVAILABLE] ADDR=192.0.2.7 HELO=a+20b+3Dc+2Bd");
        QVERIFY2(at > 0, server.commands.join(" | ").constData());
        QVERIFY(server.commands.value(at + 1).startsWith("EHLO"));
        QVERIFY(server.commands.value(at + 2).startsWith("MAIL FROM"));

        offered = false;
        server.commands.clear();
        r = run(o);
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->code, Error::Code::Unsupported);
        QVERIFY(!server.received("XCLIENT"));
        QVERIFY(!server.received("MAIL"));

        o.xclient = { { QStringLiteral("NAME\r\nRSET"), QStringLiteral("x") } };
        r = run(o);
        QCOMPARE(r.error->code, Error::Code::InvalidInput);
    }

    void heloFallback()
    {
        FakeSmtpServer server;
        server.script = [](const QByteArray &c, bool) -> FakeSmtpServer::Reply {
            if (c.startsWith("EHLO"))
                return { "502 5.5.1 EHLO not implemented\r\n" };
            return {};
        };
        const SmtpProbeResult r = run(options(server));
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QVERIFY(r.usedHelo);
        QVERIFY(server.received("HELO"));
        QVERIFY(hasFinding(r, QStringLiteral("ehlo.refused")));
        QCOMPARE(r.relay.outcome, Outcome::Refused);
    }

    void greetingRefused()
    {
        FakeSmtpServer server;
        server.greeting = { "554 5.3.2 fake.mailops.test No SMTP service here\r\n" };
        const SmtpProbeResult r = run(options(server));
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QCOMPARE(r.greeting->code, 554);
        QVERIFY(hasFinding(r, QStringLiteral("greeting.refused")));
        QCOMPARE(server.commands, QList<QByteArray> { "QUIT" });
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        SmtpProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        const SmtpProbeResult r = run(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::ConnectionRefused);
        QVERIFY(!r.connected);
        QVERIFY(hasFinding(r, QStringLiteral("connect.refused")));
    }

    // --- hostile servers -------------------------------------------------

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("ehloReply");
        QTest::addColumn<int>("dripMs");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("step");

        const QByteArray ok = "220 fake ESMTP\r\n";
        QTest::newRow("endless line")
            << QByteArray(1024 * 1024, 'A') << QByteArray() << 0 << false << int(Error::Code::ProtocolError)
            << QStringLiteral("longer than") << QStringLiteral("greeting");
        QTest::newRow("1 MB reply")
            << ok << QByteArray(QByteArray("250-") + QByteArray(1000, 'x') + "\r\n").repeated(1024) << 0
            << false << int(Error::Code::ProtocolError) << QStringLiteral("reply") << QStringLiteral("ehlo");
        QTest::newRow("garbage") << QByteArray("HTTP/1.0 400 Bad Request\r\nServer: x\r\n\r\n")
                                 << QByteArray() << 0 << false << int(Error::Code::ProtocolError)
                                 << QStringLiteral("not an SMTP reply") << QStringLiteral("greeting");
        QTest::newRow("binary noise") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13)
                                      << QByteArray() << 0 << false << int(Error::Code::ProtocolError)
                                      << QStringLiteral("not an SMTP reply") << QStringLiteral("greeting");
        QTest::newRow("slow drip") << ok << QByteArray() << 400 << false << int(Error::Code::Timeout)
                                   << QStringLiteral("within") << QStringLiteral("greeting");
        QTest::newRow("silent server")
            << QByteArray() << QByteArray() << 0 << false << int(Error::Code::Timeout)
            << QStringLiteral("within") << QStringLiteral("greeting");
        QTest::newRow("disconnect mid-reply")
            << ok << QByteArray("250-fake\r\n250-PIPEL") << 0 << true << int(Error::Code::ProtocolError)
            << QStringLiteral("middle of a reply") << QStringLiteral("ehlo");
        QTest::newRow("disconnect after greeting")
            << ok << QByteArray() << 0 << true << int(Error::Code::ProtocolError)
            << QStringLiteral("closed the connection during ehlo") << QStringLiteral("ehlo");
        QTest::newRow("multiline with mixed codes")
            << ok << QByteArray("250-fake\r\n251-odd\r\n250 end\r\n") << 0 << false
            << int(Error::Code::ProtocolError) << QStringLiteral("from 250 to 251") << QStringLiteral("ehlo");
        QTest::newRow("two replies to one command")
            << ok << QByteArray("250 fake\r\n250 again\r\n") << 0 << false << int(Error::Code::ProtocolError)
            << QStringLiteral("nobody asked for") << QStringLiteral("ehlo");
    }

    void hostile()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, ehloReply);
        QFETCH(int, dripMs);
        QFETCH(bool, closeAfter);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        QFETCH(QString, step);
        FakeSmtpServer server;
        server.greeting = { greeting, dripMs };
        server.script = [ehloReply, closeAfter](const QByteArray &c, bool) -> FakeSmtpServer::Reply {
            if (c.startsWith("EHLO") && (!ehloReply.isEmpty() || closeAfter))
                return { ehloReply, 0, closeAfter };
            return {};
        };
        SmtpProbe::Options o = options(server);
        o.stepTimeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const SmtpProbeResult r = run(o);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(!r.ok(), qPrintable(findingIds(r)));
        QCOMPARE(int(r.error->code), code);
        QVERIFY2(r.error->message.contains(messagePart), qPrintable(r.error->message));
        QCOMPARE(r.failedStep, step);
        QVERIFY(hasFinding(r, QStringLiteral("probe.stopped")));
        QVERIFY(!server.received("DATA"));
        // Whatever the server sent, the record stays bounded and printable.
        qsizetype total = 0;
        for (const auto &e : r.transcript) {
            total += e.text.size();
            QVERIFY(
                std::none_of(e.text.cbegin(), e.text.cend(), [](QChar ch) { return ch.unicode() < 0x20; }));
        }
        QVERIFY(total < 200 * 1024);
    }

    void overallTimeout()
    {
        FakeSmtpServer server;
        // Each reply comes just inside the step timeout; the whole run may not.
        server.greeting = { "220 fake ESMTP\r\n", 50 };
        server.script = [](const QByteArray &c, bool) -> FakeSmtpServer::Reply {
            if (c.startsWith("EHLO"))
                return { "250-fake\r\n250 8BITMIME\r\n", 50 };
            return {};
        };
        SmtpProbe::Options o = options(server);
        o.stepTimeoutMs = 2000;
        o.totalTimeoutMs = 1500;
        const SmtpProbeResult r = run(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Timeout);
        QVERIFY(r.error->message.contains(QLatin1String("whole probe")));
        QVERIFY(r.elapsedMs < 2500);
    }

    void cancelMidSession()
    {
        FakeSmtpServer server;
        server.greeting = { "220 fake ESMTP\r\n", 1000 };
        SmtpProbe probe;
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        QSignalSpy steps(&probe, &SmtpProbe::stepStarted);
        probe.start(options(server));
        QTRY_VERIFY(steps.count() >= 2); // connect, greeting
        QVERIFY(probe.isRunning());
        probe.cancel();
        QCOMPARE(finished.count(), 1); // before cancel() returned
        QVERIFY(!probe.isRunning());
        const auto r = finished.at(0).at(0).value<SmtpProbeResult>();
        QCOMPARE(r.error->code, Error::Code::Cancelled);
        QVERIFY(r.connected);
        QVERIFY(hasFinding(r, QStringLiteral("probe.cancelled")));
        probe.cancel(); // harmless when idle
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void invalidOptions_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("host");
        QTest::newRow("CRLF in recipient")
            << QStringLiteral("a@b.test>\r\nDATA") << QString() << QStringLiteral("127.0.0.1");
        QTest::newRow("no @ in recipient")
            << QStringLiteral("postmaster") << QString() << QStringLiteral("127.0.0.1");
        QTest::newRow("space in HELO") << QString() << QStringLiteral("a b") << QStringLiteral("127.0.0.1");
        QTest::newRow("no host") << QString() << QString() << QString();
    }

    void invalidOptions()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, helo);
        QFETCH(QString, host);
        FakeSmtpServer server;
        SmtpProbe::Options o = options(server);
        o.host = host;
        o.recipient = recipient;
        o.heloName = helo;
        const SmtpProbeResult r = run(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::InvalidInput);
        QVERIFY(hasFinding(r, QStringLiteral("probe.invalid")));
        QCOMPARE(server.connections, 0);
    }

    // --- TLS -------------------------------------------------------------

    void startTls_data()
    {
        QTest::addColumn<QString>("tlsName");
        QTest::addColumn<bool>("nameMatches");
        QTest::newRow("name on the certificate") << QStringLiteral("fake.mailops.test") << true;
        QTest::newRow("wildcard name") << QStringLiteral("mx.wild.mailops.test") << true;
        QTest::newRow("name not on the certificate") << QStringLiteral("mx1.example.org") << false;
    }

    void startTls()
    {
        if (m_cert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        QFETCH(QString, tlsName);
        QFETCH(bool, nameMatches);
        FakeSmtpServer server;
        server.certificate = m_cert;
        server.key = m_key;
        SmtpProbe::Options o = options(server);
        o.tlsName = tlsName;
        const SmtpProbeResult r = run(o);
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QVERIFY(r.tls.offered);
        QVERIFY(r.tls.established);
        QVERIFY(r.tls.protocol.startsWith(QLatin1String("TLSv1.")));
        QCOMPARE(r.tls.chain.size(), 1);
        QVERIFY(r.tls.chain.constFirst().selfSigned);
        QCOMPARE(r.tls.nameMatches, nameMatches);
        QVERIFY(!r.tls.errors.isEmpty()); // self-signed: recorded, not fatal
        QVERIFY(hasFinding(r, QStringLiteral("tls.ok")));
        QVERIFY(hasFinding(r, QStringLiteral("tls.cert.self-signed")));
        QCOMPARE(hasFinding(r, QStringLiteral("tls.cert.name")), !nameMatches);
        // AUTH only after TLS: offered, but not in the clear.
        QVERIFY(r.capabilities.authMechanisms.isEmpty());
        QVERIFY(r.capabilitiesAfterTls.has_value());
        QCOMPARE(r.capabilitiesAfterTls->authMechanisms,
            (QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }));
        QVERIFY(!r.capabilitiesAfterTls->startTls);
        QVERIFY(hasFinding(r, QStringLiteral("auth.tls")));
        QVERIFY(!hasFinding(r, QStringLiteral("auth.cleartext")));
        QCOMPARE(r.relay.outcome, Outcome::Refused);
        QCOMPARE(server.commands.count("EHLO [127.0.0.1]"), 2);
        QVERIFY(!server.received("DATA"));
        const QJsonObject json = NetReport::toJson(r);
        QCOMPARE(
            json[QStringLiteral("tls")][QStringLiteral("chain")][0][QStringLiteral("commonName")].toString(),
            QStringLiteral("fake.mailops.test"));
    }

    void authInTheClear()
    {
        FakeSmtpServer server;
        server.authBeforeTls = true;
        const SmtpProbeResult r = run(options(server));
        QVERIFY(r.ok());
        QVERIFY(hasFinding(r, QStringLiteral("auth.cleartext")));
    }

    void startTlsInjection()
    {
        if (m_cert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        FakeSmtpServer server;
        server.certificate = m_cert;
        server.key = m_key;
        server.script = [](const QByteArray &c, bool) -> FakeSmtpServer::Reply {
            if (c == "STARTTLS")
                return { "220 2.0.0 Ready\r\n250 injected\r\n" };
            return {};
        };
        const SmtpProbeResult r = run(options(server));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::ProtocolError);
        QVERIFY(r.tls.failure.contains(QLatin1String("after its reply to STARTTLS")));
        QVERIFY(hasFinding(r, QStringLiteral("tls.failed")));
    }

    void startTlsRefused()
    {
        if (m_cert.isNull())
            QSKIP("no TLS backend or no openssl program to make a test certificate");
        FakeSmtpServer server;
        server.certificate = m_cert;
        server.key = m_key;
        server.script = [](const QByteArray &c, bool) -> FakeSmtpServer::Reply {
            if (c == "STARTTLS")
                return { "454 4.7.0 TLS not available due to local problem\r\n" };
            return {};
        };
        const SmtpProbeResult r = run(options(server));
        QVERIFY2(r.ok(), qPrintable(findingIds(r)));
        QVERIFY(!r.tls.established);
        QVERIFY(hasFinding(r, QStringLiteral("tls.failed")));
        QCOMPARE(r.relay.outcome, Outcome::Refused); // the rest still ran
    }

    // --- findings from hand-made results -------------------------------

    void expiredCertificateFinding()
    {
        SmtpProbeResult r;
        r.host = QStringLiteral("mx.example.org");
        r.port = 25;
        r.connected = true;
        r.greeting = SmtpReplyParser::parseAll("220 mx ESMTP\r\n")->constFirst();
        r.ehloReply = SmtpReplyParser::parseAll("250-mx\r\n250 STARTTLS\r\n")->constFirst();
        r.tls.offered = r.tls.attempted = r.tls.established = true;
        r.tls.nameMatches = true;
        r.tls.nameChecked = QStringLiteral("mx.example.org");
        CertificateInfo leaf;
        leaf.commonName = QStringLiteral("mx.example.org");
        leaf.daysLeft = -3;
        r.tls.chain = { leaf };
        auto findings = SmtpProbe::assess(r);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
            [](const auto &f) { return f.id == QLatin1String("tls.cert.expired"); }));
        r.tls.chain.first().daysLeft = 5;
        findings = SmtpProbe::assess(r);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
            [](const auto &f) { return f.id == QLatin1String("tls.cert.expiring"); }));
        r.tls.chain.first().daysLeft = 200;
        findings = SmtpProbe::assess(r);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
            [](const auto &f) { return f.id == QLatin1String("tls.cert.ok"); }));
    }
};

QTEST_GUILESS_MAIN(SmtpProbeTest)
#include "smtpprobe_test.moc"
