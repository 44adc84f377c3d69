#include "emlreader.h"
#include "incident/noticemessage.h"
#include "incident/smtpsubmission.h"
#include "labenvironment.h"
#include "message/messagelinter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>
#include <QtTest>

using namespace MailOps;

namespace {

// Everything the code under test logs, to prove the password is not in it.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_log.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

QByteArray labFile(const QString &relative)
{
    QFile f(LabEnvironment::labDirectory() + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

QString mailboxDirectory()
{
    return LabEnvironment::labDirectory() + QStringLiteral("/mailboxes/inbox/new");
}

// The delivered copy of the message with this Message-ID, once it is there,
// with the CRLF line ends of the wire (a Maildir file has LF).
QByteArray delivered(const QString &messageId)
{
    const QByteArray needle = "<" + messageId.toLatin1() + ">";
    const QDir dir(mailboxDirectory());
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = f.readAll();
        if (bytes.contains(QByteArray("Message-ID: " + needle)))
            return bytes.replace("\r\n", "\n").replace("\n", "\r\n");
    }
    return {};
}

} // namespace

class LabSubmissionTest : public QObject
{
    Q_OBJECT

private:
    QString m_user;
    QString m_password;

    SmtpSubmission::Settings settings(SmtpSubmission::Security security, quint16 port) const
    {
        SmtpSubmission::Settings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.username = m_user;
        s.password = m_password;
        s.caFile = LabEnvironment::labDirectory() + QStringLiteral("/ca/mailops-lab-ca.crt");
        s.connectTimeoutMs = 5000;
        s.responseTimeoutMs = 10000;
        return s;
    }

    static NoticeMessage notice(const QString &id)
    {
        NoticeMessage m;
        m.from = { QStringLiteral("Mail-Betrieb"), QStringLiteral("notices@mailops.test") };
        m.to = { { QStringLiteral("Jörg Empfänger"), QStringLiteral("alice@inbox.mailops.test") } };
        m.subject = QStringLiteral("Störung: E-Mail verspätet – nächste Meldung um 11:00 Uhr");
        m.markdown
            = QStringLiteral("# Störung\n\n## Was ist passiert\n\nSeit 09:12 kommen E-Mails spät an.\n\n"
                             "- Wir haben die Änderung zurückgenommen.\n- **Nächste Meldung** um 11:00.\n");
        m.messageId = id;
        return m;
    }

    void checkNoPasswordLogged()
    {
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(m_password), "the password appeared in the log");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_user = QString::fromUtf8(labFile(QStringLiteral("/sasl/user")));
        m_password = QString::fromUtf8(labFile(QStringLiteral("/sasl/password")));
        if (m_user.isEmpty() || m_password.isEmpty())
            QFAIL("the lab has no SASL user (sasl/user, sasl/password): is it started?");
        g_previousHandler = qInstallMessageHandler(recordMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("mailops.*.debug=true"));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        checkNoPasswordLogged();
    }

    void noticeArrives_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("auth");
        QTest::newRow("STARTTLS 2587, PLAIN")
            << int(SmtpSubmission::Security::StartTls) << 2587 << int(SmtpSubmission::AuthMethod::Plain);
        QTest::newRow("implicit TLS 2465, LOGIN")
            << int(SmtpSubmission::Security::ImplicitTls) << 2465 << int(SmtpSubmission::AuthMethod::Login);
    }

    void noticeArrives()
    {
        QFETCH(int, security);
        QFETCH(int, port);
        QFETCH(int, auth);
        const QString id
            = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@mailops.test");
        const NoticeMessage m = notice(id);
        const Result<QByteArray> raw = m.compose();
        QVERIFY2(raw, raw ? "" : qPrintable(raw.error().message));

        auto s = settings(SmtpSubmission::Security(security), quint16(port));
        s.auth = SmtpSubmission::AuthMethod(auth);
        SmtpSubmission client(s);
        const auto receipt
            = client.send(m.from.address, { QStringLiteral("alice@inbox.mailops.test") }, raw.value());
        QVERIFY2(receipt, receipt ? "" : qPrintable(receipt.error().message));
        QVERIFY2(receipt->reply.startsWith(QLatin1String("250")), qPrintable(receipt->reply));

        QByteArray copy;
        QTRY_VERIFY_WITH_TIMEOUT(!(copy = delivered(id)).isEmpty(), 15000);
        // Authenticated over TLS, and not through the filter hub.
        QVERIFY2(copy.contains("with ESMTPSA"), copy.left(600).constData());

        const LintReport lint = MessageLinter::lint(copy);
        QVERIFY2(!lint.hasErrors(), qPrintable(lint.codeNames().join(QLatin1Char(' '))));
        const EmlReader::Message back = EmlReader::read(copy);
        QCOMPARE(EmlReader::decodeWords(back.header("Subject")), m.subject);
        QCOMPARE(back.header("Message-ID"), QByteArray("<" + id.toLatin1() + ">"));
        QVERIFY(!back.header("Date").isEmpty());
        QCOMPARE(back.parts.size(), 2);
        QVERIFY(back.parts.at(0).contentType.startsWith("text/plain"));
        QVERIFY(back.parts.at(1).contentType.startsWith("text/html"));
        QCOMPARE(back.parts.at(0).text, m.markdown);

        const QString script = QStringLiteral(
            "import email, email.policy, json, sys\n"
            "m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)\n"
            "parts = {p.get_content_type(): p.get_content() for p in m.iter_parts()}\n"
            "print(json.dumps({'subject': str(m['subject']), 'to': m['to'].addresses[0].display_name,\n"
            "  'defects': len(m.defects) + sum(len(p.defects) for p in m.iter_parts()),\n"
            "  'type': m.get_content_type(), 'plain': parts.get('text/plain'),\n"
            "  'html': parts.get('text/html')}))\n");
        QProcess python;
        python.start(QStringLiteral("python3"), { QStringLiteral("-c"), script });
        QVERIFY(python.waitForStarted());
        python.write(QByteArray(copy).replace("\r\n", "\n")); // as the Maildir holds it
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("Jörg Empfänger"));
        QCOMPARE(o.value(QStringLiteral("defects")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(o.value(QStringLiteral("plain")).toString(), m.markdown);
        QVERIFY(o.value(QStringLiteral("html"))
                    .toString()
                    .contains(QStringLiteral("<strong>Nächste Meldung</strong>")));
    }

    void failuresAreNamed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("wrong password")
            << QStringLiteral("password") << int(SmtpSubmission::Failure::AuthenticationFailed)
            << QStringLiteral("refused the user name or password for notices@mailops.test (535");
        QTest::newRow("without the lab CA")
            << QStringLiteral("noca") << int(SmtpSubmission::Failure::UntrustedCertificate)
            << QStringLiteral(
                   "The certificate of 127.0.0.1:2465 is not trusted (unable to get local issuer "
                   "certificate; /CN=mx1.mailops.test, issued by /O=MailOps lab/CN=MailOps lab CA)");
        QTest::newRow("closed port") << QStringLiteral("closed") << int(SmtpSubmission::Failure::Unreachable)
                                     << QStringLiteral(
                                            "Could not reach 127.0.0.1:2: the connection was refused");
        QTest::newRow("no STARTTLS offered")
            << QStringLiteral("notls") << int(SmtpSubmission::Failure::TlsNotOffered)
            << QStringLiteral("127.0.0.1:10026 does not offer STARTTLS");
    }

    void failuresAreNamed()
    {
        QFETCH(QString, scenario);
        QFETCH(int, failure);
        QFETCH(QString, sentence);
        auto s = settings(SmtpSubmission::Security::StartTls, 2587);
        if (scenario == u"password") {
            s.password = m_password + QStringLiteral("-not");
        } else if (scenario == u"noca") {
            s.security = SmtpSubmission::Security::ImplicitTls;
            s.port = 2465;
            s.caFile.clear();
        } else if (scenario == u"closed") {
            s.port = 2; // nothing listens there: the lab's unreachable next hop
        } else if (scenario == u"notls") {
            s.port = 10026; // the reinjection smtpd offers no TLS
        }
        const QByteArray bytes = notice(QStringLiteral("failure@mailops.test")).compose().value();
        const QByteArray before = bytes;
        SmtpSubmission client(s);
        const auto r = client.send(
            QStringLiteral("notices@mailops.test"), { QStringLiteral("alice@inbox.mailops.test") }, bytes);
        QVERIFY(!r);
        QCOMPARE(int(client.failure()), failure);
        QVERIFY2(r.error().message.contains(sentence), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(s.password));
        QVERIFY(!client.transcript().join(u'\n').contains(s.password));
        QCOMPARE(bytes, before);
        checkNoPasswordLogged();
        qInfo().noquote() << r.error().message;
    }
};

QTEST_GUILESS_MAIN(LabSubmissionTest)
#include "lab_submission_test.moc"
