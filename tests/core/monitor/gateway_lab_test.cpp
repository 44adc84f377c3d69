// The parsers against the running lab gateway: its real mail log, its real
// `postqueue -j`, and a malformed message sent over SMTP, fetched back from
// the queue with postcat and linted.
#include "maillog/logcounters.h"
#include "message/messagelinter.h"
#include "message/queuescanner.h"
#include "queue/queuereader.h"
#include "transport/localtransport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

QString labDir()
{
    const QString dir = qEnvironmentVariable("MAILOPS_LAB_DIR");
    return dir.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : dir;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(
        QString::fromLatin1(name), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") });
}

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

bool expectReply(QTcpSocket &s, char first)
{
    QByteArray line;
    do {
        while (!s.canReadLine()) {
            if (!s.waitForReadyRead(10000))
                return false;
        }
        line = s.readLine();
    } while (line.size() > 3 && line.at(3) == '-');
    return line.startsWith(first);
}

bool sendSmtp(const QByteArray &sender, const QByteArray &rcpt, const QByteArray &message)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), 2525);
    if (!s.waitForConnected(5000) || !expectReply(s, '2'))
        return false;
    const auto cmd = [&](const QByteArray &line, char expect) {
        s.write(line + "\r\n");
        return expectReply(s, expect);
    };
    if (!cmd("EHLO lint.test", '2') || !cmd("MAIL FROM:<" + sender + '>', '2')
        || !cmd("RCPT TO:<" + rcpt + '>', '2') || !cmd("DATA", '3'))
        return false;
    QByteArray data = message;
    data.replace("\r\n.", "\r\n..");
    return cmd(data + ".", '2') && cmd("QUIT", '2');
}

qint64 pflogsummFigure(const QString &out, const QString &label)
{
    const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+)([km]?)\\s+%1\\b").arg(label), QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() * (m.captured(2).isEmpty() ? 1 : 1024) : -1;
}

} // namespace

class GatewayLabTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(labDir() + QStringLiteral("/postfix/main.cf")))
            QSKIP("the lab gateway is not set up");
    }

    void postqueueJsonOfTheLab()
    {
        QueueReader reader;
        QSignalSpy spy(&reader, &QueueReader::finished);
        reader.start(tool("postqueue"),
            { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"), QStringLiteral("-j") });
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000);
        const auto result = spy.at(0).at(0).value<Result<QueueSummary>>();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(reader.badLines(), 0);
    }

    void malformedMessageInTheQueueIsFlagged()
    {
        const QByteArray tag = "lint" + QByteArray::number(QRandomGenerator::global()->generate());
        const QByteArray sender = tag + "@mailops.test";
        const QByteArray message = "From: probe <" + sender
            + ">\r\nTo: rcpt@mailops.test\r\nSubject: lint probe\r\n"
              "Subject: again\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Transfer-Encoding: "
              "base64\r\n\r\n"
              "SGVsbG8#\r\n--XYZ\r\n\r\nno closing delimiter\r\n";
        QVERIFY(sendSmtp(sender, "rcpt@mailops.test", message));

        // After the filter hub re-injects it, the message waits in the queue under a new id.
        QString queueId;
        const QStringList listArgs { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"),
            QStringLiteral("-j") };
        for (int i = 0; i < 60 && queueId.isEmpty(); ++i) {
            QueueParser parser([&](const QueueEntry &e) {
                if (e.sender == QString::fromLatin1(sender) && e.recipients.size() == 1
                    && !e.recipients.constFirst().delayReason.isEmpty())
                    queueId = e.queueId;
            });
            parser.feed(run(tool("postqueue"), listArgs));
            parser.finish();
            if (queueId.isEmpty())
                QTest::qWait(500);
        }
        QVERIFY2(!queueId.isEmpty(), "the probe message never reached the deferred queue");

        int exitCode = -1;
        const QByteArray raw = run(tool("postcat"),
            { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"), QStringLiteral("-bh"),
                QStringLiteral("-q"), queueId },
            &exitCode);
        run(tool("postsuper"),
            { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"), QStringLiteral("-d"), queueId });
        QCOMPARE(exitCode, 0);
        const LintReport report = MessageLinter::lint(raw);
        QCOMPARE(report.codeNames(),
            (QStringList { QStringLiteral("duplicate-header"), QStringLiteral("bad-base64"),
                QStringLiteral("unterminated-multipart") }));
    }

    // Six messages over SMTP, three of them broken in ways that survive
    // Postfix (a long line would not: its SMTP client folds lines at 998 on
    // the way through the filter hub): once deferred, the console's scan flags exactly those three,
    // each with its own defects, and none of the clean ones.
    void scanFlagsExactlyTheMalformedOnes()
    {
        const QByteArray tag = "scan" + QByteArray::number(QRandomGenerator::global()->generate());
        const QByteArray date = "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n";
        // QByteArray, not auto: a QStringBuilder returned from a lambda would
        // point into its temporaries.
        const auto from = [&](const char *who) -> QByteArray { return tag + '-' + who + "@mailops.test"; };
        const auto head = [&](const char *who) -> QByteArray {
            return "From: <" + from(who) + ">\r\nTo: rcpt@mailops.test\r\n" + date + "Message-ID: <" + tag
                + who + "@mailops.test>\r\n";
        };
        const QMap<QByteArray, QByteArray> messages {
            { "clean1", head("clean1") + "Subject: plain\r\n\r\nhello\r\n" },
            { "clean2",
                head("clean2")
                    + "Subject: mime\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; "
                      "boundary=\"b1\"\r\n\r\n"
                      "--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: "
                      "base64\r\n\r\nSGVsbG8gd29ybGQ=\r\n--b1--\r\n" },
            { "clean3",
                head("clean3")
                    + "Subject: qp\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n"
                      "Content-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9 =\r\nsoft break\r\n" },
            { "dup", head("dup") + "Subject: one\r\nSubject: two\r\n\r\nbody\r\n" },
            { "eight", head("eight") + "Subject: caf\xc3\xa9 au lait\r\n\r\nbody\r\n" },
            { "mime",
                head("mime")
                    + "Subject: broken mime\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                      "boundary=\"XYZ\"\r\n\r\n"
                      "--XYZ\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8#\r\n--XYZ\r\n\r\nno closing "
                      "delimiter\r\n" },
        };
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            QVERIFY2(
                sendSmtp(from(it.key().constData()), "rcpt@mailops.test", it.value()), it.key().constData());

        // Deferred once the filter hub has passed them back to Postfix.
        const QStringList listArgs { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"),
            QStringLiteral("-j") };
        QStringList deferred;
        for (int i = 0; i < 60 && deferred.size() < messages.size(); ++i) {
            deferred.clear();
            QueueParser parser([&](const QueueEntry &e) {
                if (e.sender.startsWith(QString::fromLatin1(tag)) && e.queue == QueueEntry::Queue::Deferred)
                    deferred << e.queueId;
            });
            parser.feed(run(tool("postqueue"), listArgs));
            parser.finish();
            if (deferred.size() < messages.size())
                QTest::qWait(500);
        }
        QCOMPARE(deferred.size(), messages.size());

        LocalTransport transport;
        GatewayProfile lab = GatewayProfile::lab();
        lab.postfixConfigDir = labDir() + QStringLiteral("/postfix");
        QueueScanner scanner(&transport, PostfixCommands(lab));
        QSignalSpy spy(&scanner, &QueueScanner::finished);
        scanner.scan();
        QVERIFY(spy.wait(60000));
        const auto result = spy.at(0).at(0).value<Result<QueueScanResult>>();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QMap<QString, QStringList> found;
        for (const ScannedMessage &m : result->findings) {
            if (m.entry.sender.startsWith(QString::fromLatin1(tag)))
                found.insert(m.entry.sender.section(u'-', 1).section(u'@', 0, 0), m.report.codeNames());
        }
        run(tool("postsuper"),
            { QStringLiteral("-c"), labDir() + QStringLiteral("/postfix"), QStringLiteral("-d"),
                QStringLiteral("ALL"), QStringLiteral("deferred") });
        QCOMPARE(found.keys(),
            (QStringList { QStringLiteral("dup"), QStringLiteral("eight"), QStringLiteral("mime") }));
        QCOMPARE(found.value(QStringLiteral("dup")), QStringList { QStringLiteral("duplicate-header") });
        QCOMPARE(found.value(QStringLiteral("eight")), QStringList { QStringLiteral("8bit-header") });
        QCOMPARE(found.value(QStringLiteral("mime")),
            (QStringList { QStringLiteral("bad-base64"), QStringLiteral("unterminated-multipart") }));
    }

    void logCountersAgreeWithPflogsumm()
    {
        const QString pflogsumm = tool("pflogsumm");
        if (pflogsumm.isEmpty())
            QSKIP("pflogsumm is not installed");
        // A snapshot, so both read the same bytes while the lab keeps logging.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("mail.log"));
        QVERIFY(QFile::copy(labDir() + QStringLiteral("/log/mail.log"), copy));
        LogCounters counters;
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd())
            counters.addLine(f.readLine());
        const LogCounters::Totals &t = counters.totals();
        QVERIFY(t.lines > 0);
        QCOMPARE(t.unparsed, 0);
        const QString out = QString::fromUtf8(run(pflogsumm, { copy }));
        QCOMPARE(pflogsummFigure(out, QStringLiteral("received")), t.received);
        QCOMPARE(pflogsummFigure(out, QStringLiteral("delivered")), t.delivered);
        QCOMPARE(pflogsummFigure(out, QStringLiteral("deferred")), t.deferredMessages);
        QCOMPARE(pflogsummFigure(out, QStringLiteral("bounced")), t.bounced);
        QCOMPARE(pflogsummFigure(out, QStringLiteral("rejected")), t.rejected);
    }
};

QTEST_GUILESS_MAIN(GatewayLabTest)
#include "gateway_lab_test.moc"
