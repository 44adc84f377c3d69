#include "dns/mtastspolicy.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;
using PolicyResult = Result<MtaStsPolicy>;

// A one-shot HTTPS server on loopback that answers every request with `response`.
class PolicyServer : public QSslServer
{
public:
    PolicyServer(const QSslCertificate &cert, const QSslKey &key, QByteArray response)
        : m_response(std::move(response))
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(cert);
        c.setPrivateKey(key);
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(c);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *s = qobject_cast<QSslSocket *>(nextPendingConnection())) {
                connect(s, &QSslSocket::readyRead, s, [this, s] {
                    if (s->readAll().contains("\r\n\r\n")) {
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost));
    }

private:
    QByteArray m_response;
};

class MtaStsPolicyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A self-signed certificate for `name`, made with openssl.
    bool makeCert(const QString &name, QSslCertificate *cert, QSslKey *key)
    {
        const QString base = m_dir.filePath(name);
        QProcess p;
        p.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + name,
                QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                base + QStringLiteral(".crt") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return false;
        QFile c(base + QStringLiteral(".crt")), k(base + QStringLiteral(".key"));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        *cert = QSslCertificate(&c);
        *key = QSslKey(&k, QSsl::Rsa);
        return !cert->isNull() && !key->isNull();
    }

    static PolicyResult fetch(PolicyServer &server, const QList<QSslCertificate> &ca)
    {
        MtaStsFetcher f;
        f.setTimeout(5000);
        f.setCaCertificates(ca);
        f.setConnectOverride(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        QSignalSpy spy(&f, &MtaStsFetcher::finished);
        f.fetch(QStringLiteral("example.test"));
        if (!spy.wait(10000))
            return PolicyResult::failure(Error::Code::Other, QStringLiteral("no answer"));
        return spy.at(0).at(0).value<PolicyResult>();
    }

    static QByteArray http(
        const QByteArray &status, const QByteArray &body, const QByteArray &type = "text/plain")
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    static constexpr const char *kPolicy = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.test\r\nmx: "
                                           "*.example.net\r\nmax_age: 604800\r\n";

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PolicyResult>(); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("problems");
        QTest::newRow("RFC 8461 example") << QByteArray(kPolicy) << true << 0;
        QTest::newRow("LF line ends")
            << QByteArray("version: STSv1\nmode: testing\nmx: mx.example.test\nmax_age: 86400\n") << true
            << 0;
        QTest::newRow("mode none without mx")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 86400\n") << true << 0;
        QTest::newRow("no version") << QByteArray("mode: enforce\nmx: a.test\nmax_age: 1\n") << false << 0;
        QTest::newRow("wrong version")
            << QByteArray("version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 1\n") << false << 0;
        QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: strict\nmx: a.test\nmax_age: 1\n")
                                  << false << 0;
        QTest::newRow("enforce without mx")
            << QByteArray("version: STSv1\nmode: enforce\nmax_age: 1\n") << false << 0;
        QTest::newRow("no max_age") << QByteArray("version: STSv1\nmode: enforce\nmx: a.test\n") << false
                                    << 0;
        QTest::newRow("negative max_age")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: -5\n") << false << 0;
        QTest::newRow("huge max_age capped")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 99999999\n") << true << 1;
        QTest::newRow("unknown key noted")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 1\nfoo: bar\n") << true << 1;
        QTest::newRow("garbage line noted")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 1\n<html>\n") << true << 1;
        QTest::newRow("html page") << QByteArray("<html><body>Not found</body></html>") << false << 0;
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("too large") << QByteArray(70000, 'a') << false << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, problems);
        const PolicyResult r = MtaStsPolicy::parse(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->problems.size(), problems);
    }

    void allows_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("exact") << "mail.example.test" << true;
        QTest::newRow("exact, trailing dot, upper case") << "MAIL.example.test." << true;
        QTest::newRow("wildcard one label") << "mx1.example.net" << true;
        QTest::newRow("wildcard two labels") << "a.mx1.example.net" << false;
        QTest::newRow("wildcard bare domain") << "example.net" << false;
        QTest::newRow("other") << "mail.example.org" << false;
    }

    void allows()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        const PolicyResult r = MtaStsPolicy::parse(kPolicy);
        QVERIFY(r.ok());
        QCOMPARE(r->allows(host), allowed);
    }

    void fetchOverHttps()
    {
        QSslCertificate cert;
        QSslKey key;
        if (!makeCert(QStringLiteral("mta-sts.example.test"), &cert, &key))
            QSKIP("openssl could not make a test certificate");
        PolicyServer server(cert, key, http("200 OK", kPolicy));
        const PolicyResult r = fetch(server, { cert });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->mode, MtaStsPolicy::Mode::Enforce);
        QCOMPARE(r->mx.size(), 2);
        QCOMPARE(r->maxAge, 604800);
    }

    void untrustedCertificateIsRejected()
    {
        QSslCertificate cert;
        QSslKey key;
        if (!makeCert(QStringLiteral("mta-sts.example.test"), &cert, &key))
            QSKIP("openssl could not make a test certificate");
        PolicyServer server(cert, key, http("200 OK", kPolicy));
        const PolicyResult r = fetch(server, {}); // system store: our self-signed cert is not in it
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::TlsError);
    }

    void wrongNameIsRejected()
    {
        QSslCertificate cert;
        QSslKey key;
        if (!makeCert(QStringLiteral("www.example.test"), &cert, &key))
            QSKIP("openssl could not make a test certificate");
        PolicyServer server(cert, key, http("200 OK", kPolicy));
        const PolicyResult r = fetch(server, { cert });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::TlsError);
    }

    void redirectAndNotFoundAreNotPolicies_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("redirect") << QByteArray(
            "HTTP/1.1 301 Moved\r\nLocation: https://evil.test/\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("not found") << http("404 Not Found", "nope");
        QTest::newRow("garbage body") << http("200 OK", "\x00\x01\xff garbage", "application/octet-stream");
    }

    void redirectAndNotFoundAreNotPolicies()
    {
        QFETCH(QByteArray, response);
        QSslCertificate cert;
        QSslKey key;
        if (!makeCert(QStringLiteral("mta-sts.example.test"), &cert, &key))
            QSKIP("openssl could not make a test certificate");
        PolicyServer server(cert, key, response);
        const PolicyResult r = fetch(server, { cert });
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(MtaStsPolicyTest)
#include "mtastspolicy_test.moc"
