#include "incident/smtpsubmission.h"
#include "tinysmtpserver.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <QtTest>

using namespace MailOps;

namespace {

const QString kPassword = TinySmtpServer::password();

QByteArray message()
{
    return QByteArrayLiteral("From: ops@mailops.test\r\nTo: a@mailops.test\r\nSubject: Test\r\n\r\n"
                             "First line.\r\n.A line that starts with a dot.\r\n");
}

// send() blocks, and the server lives on this thread's event loop: run the
// client on the pool and keep the loop turning until it is done.
Result<SmtpSubmission::Receipt> sendOnPool(
    SmtpSubmission &client, const QStringList &recipients, const QByteArray &bytes)
{
    QFuture<Result<SmtpSubmission::Receipt>> future = QtConcurrent::run(
        [&] { return client.send(QStringLiteral("ops@mailops.test"), recipients, bytes); });
    QFutureWatcher<Result<SmtpSubmission::Receipt>> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        done.wait(20000);
    return future.result();
}

// The QUIT of a kept connection waits for the server's answer, which needs
// this thread's event loop too.
void disconnectOnPool(SmtpSubmission &client)
{
    QFuture<void> future = QtConcurrent::run([&] { client.disconnect(); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
}

} // namespace

class SmtpSubmissionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndReusesTheConnection()
    {
        TinySmtpServer server;
        SmtpSubmission client(server.clientSettings());
        qint64 lastProgress = 0;
        client.setProgressCallback([&](qint64 sent, qint64) { lastProgress = sent; });
        const QByteArray bytes = message();
        const auto first = sendOnPool(client, { QStringLiteral("a@mailops.test") }, bytes);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->accepted, QStringList { QStringLiteral("a@mailops.test") });
        QVERIFY(first->reply.startsWith(QLatin1String("250 2.0.0 Ok")));
        QVERIFY(!first->reusedConnection);
        QVERIFY(client.transcript().contains(QStringLiteral("C: (credentials)")));
        QCOMPARE(lastProgress, bytes.size());
        const auto second = sendOnPool(client, { QStringLiteral("b@mailops.test") }, bytes);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY(second->reusedConnection);
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.messages.size(), 2);
        QCOMPARE(server.messages.at(0), bytes); // dot-stuffing undone, nothing else changed
        QVERIFY(!client.transcript().join(u'\n').contains(kPassword));
        disconnectOnPool(client);
        QVERIFY(server.commands.endsWith("QUIT"));
    }

    void authMethods_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("PLAIN") << int(SmtpSubmission::AuthMethod::Plain);
        QTest::newRow("LOGIN") << int(SmtpSubmission::AuthMethod::Login);
    }

    void authMethods()
    {
        QFETCH(int, method);
        TinySmtpServer server;
        auto settings = server.clientSettings();
        settings.auth = SmtpSubmission::AuthMethod(method);
        SmtpSubmission client(settings);
        const auto r = sendOnPool(client, { QStringLiteral("a@mailops.test") }, message());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QByteArray expected
            = method == int(SmtpSubmission::AuthMethod::Plain) ? "AUTH PLAIN" : "AUTH LOGIN";
        QVERIFY(server.commands.contains(expected));
        disconnectOnPool(client);
    }

    void failuresAreNamed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("wrong password")
            << QStringLiteral("password") << int(SmtpSubmission::Failure::AuthenticationFailed)
            << QStringLiteral("refused the user name or password");
        QTest::newRow("closed port") << QStringLiteral("closed") << int(SmtpSubmission::Failure::Unreachable)
                                     << QStringLiteral("the connection was refused");
        QTest::newRow("dropped during DATA")
            << QStringLiteral("drop") << int(SmtpSubmission::Failure::DroppedDuringData)
            << QStringLiteral("dropped the connection while the message");
        QTest::newRow("every recipient refused")
            << QStringLiteral("refused") << int(SmtpSubmission::Failure::RecipientsRefused)
            << QStringLiteral("refused every recipient: refused@mailops.test (550 5.1.1");
        QTest::newRow("message refused")
            << QStringLiteral("endofdata") << int(SmtpSubmission::Failure::MessageRefused)
            << QStringLiteral("refused the message at the end of DATA: 554 5.7.1");
        QTest::newRow("no STARTTLS") << QStringLiteral("notls") << int(SmtpSubmission::Failure::TlsNotOffered)
                                     << QStringLiteral("does not offer STARTTLS");
    }

    void failuresAreNamed()
    {
        QFETCH(QString, scenario);
        QFETCH(int, failure);
        QFETCH(QString, sentence);
        TinySmtpServer server;
        auto settings = server.clientSettings();
        QStringList recipients { QStringLiteral("a@mailops.test") };
        if (scenario == u"password") {
            settings.password = QStringLiteral("wrong-") + kPassword;
        } else if (scenario == u"closed") {
            server.close(); // nothing listens on the port any more
        } else if (scenario == u"drop") {
            server.dropAfterDataStart = true;
        } else if (scenario == u"refused") {
            recipients = { QStringLiteral("refused@mailops.test") };
        } else if (scenario == u"endofdata") {
            server.endOfDataReply = "554 5.7.1 Message rejected: spam";
        } else if (scenario == u"notls") {
            settings.security = SmtpSubmission::Security::StartTls;
        }
        SmtpSubmission client(settings);
        const QByteArray bytes = message();
        const QByteArray before = bytes;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        const auto r = sendOnPool(client, recipients, bytes);
        QVERIFY2(!r, qPrintable(client.transcript().join(u'|')));
        QCOMPARE(int(client.failure()), failure);
        QVERIFY2(r.error().message.contains(sentence), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(kPassword), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(settings.password));
        QVERIFY(!client.transcript().join(u'\n').contains(settings.password));
        QCOMPARE(bytes, before); // the caller's draft is untouched
        if (scenario == u"notls")
            QVERIFY(!server.commands.contains("AUTH PLAIN")); // no credential went out in the clear
        if (scenario == u"refused") {
            QCOMPARE(client.refusedRecipients().size(), 1);
            QCOMPARE(client.refusedRecipients().at(0).address, QStringLiteral("refused@mailops.test"));
        }
    }

    void someRecipientsRefused()
    {
        TinySmtpServer server;
        SmtpSubmission client(server.clientSettings());
        const auto r = sendOnPool(
            client, { QStringLiteral("a@mailops.test"), QStringLiteral("refused@mailops.test") }, message());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->accepted, QStringList { QStringLiteral("a@mailops.test") });
        QCOMPARE(r->refused.size(), 1);
        QVERIFY(r->refused.at(0).reply.startsWith(QLatin1String("550 5.1.1")));
        QCOMPARE(server.messages.size(), 1);
        disconnectOnPool(client);
    }

    void cancelBeforeSending()
    {
        TinySmtpServer server;
        SmtpSubmission client(server.clientSettings());
        client.cancel();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        const auto r = sendOnPool(client, { QStringLiteral("a@mailops.test") }, message());
        QVERIFY(!r);
        QCOMPARE(client.failure(), SmtpSubmission::Failure::Cancelled);
        QCOMPARE(server.connections, 0);
        client.resetCancel();
        QVERIFY(sendOnPool(client, { QStringLiteral("a@mailops.test") }, message()));
        disconnectOnPool(client);
    }

    void badInputIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("rcpt");
        QTest::addColumn<QString>("sentence");
        const int plain = int(SmtpSubmission::Security::Plain);
        const int tls = int(SmtpSubmission::Security::StartTls);
        const QString ok = QStringLiteral("a@mailops.test");
        QTest::newRow("plain to a remote host") << QStringLiteral("smtp.example.org") << plain << ok << ok
                                                << QStringLiteral("only allowed to this machine");
        QTest::newRow("no host") << QString() << tls << ok << ok << QStringLiteral("No SMTP server");
        QTest::newRow("host with a path")
            << QStringLiteral("x/y") << tls << ok << ok << QStringLiteral("is not a host name");
        QTest::newRow("CRLF in the sender")
            << QStringLiteral("127.0.0.1") << plain << QStringLiteral("a@mailops.test>\r\nRCPT TO:<x@y.org")
            << ok << QStringLiteral("The sender");
        QTest::newRow("CRLF in a recipient")
            << QStringLiteral("127.0.0.1") << plain << ok << QStringLiteral("b@mailops.test\r\nDATA")
            << QStringLiteral("The recipient");
        QTest::newRow("no recipient")
            << QStringLiteral("127.0.0.1") << plain << ok << QString() << QStringLiteral("no recipient");
    }

    void badInputIsRefusedBeforeConnecting()
    {
        QFETCH(QString, host);
        QFETCH(int, security);
        QFETCH(QString, from);
        QFETCH(QString, rcpt);
        QFETCH(QString, sentence);
        SmtpSubmission::Settings s;
        s.host = host;
        s.port = 1;
        s.security = SmtpSubmission::Security(security);
        SmtpSubmission client(s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        const auto r = client.send(from, rcpt.isEmpty() ? QStringList() : QStringList { rcpt }, message());
        QVERIFY(!r);
        QCOMPARE(client.failure(), SmtpSubmission::Failure::InvalidInput);
        QVERIFY2(r.error().message.contains(sentence), qPrintable(r.error().message));
        QVERIFY(client.transcript().isEmpty());
    }

    void urlCarriesNoCredentials()
    {
        SmtpSubmission::Settings s;
        s.host = QStringLiteral("::1");
        s.port = 465;
        s.security = SmtpSubmission::Security::ImplicitTls;
        s.username = QStringLiteral("user");
        s.password = kPassword;
        QCOMPARE(s.url(), QStringLiteral("smtps://[::1]:465"));
        QCOMPARE(SmtpSubmission::Settings::defaultPort(SmtpSubmission::Security::StartTls), quint16(587));
        QCOMPARE(SmtpSubmission::Settings::defaultPort(SmtpSubmission::Security::ImplicitTls), quint16(465));
    }
};

QTEST_GUILESS_MAIN(SmtpSubmissionTest)
#include "smtpsubmission_test.moc"
