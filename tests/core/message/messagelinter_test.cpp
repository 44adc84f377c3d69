#include "message/messagelinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QtTest>

using namespace MailOps;

namespace {

const QByteArray kHead = "From: Alice <alice@example.com>\nDate: Mon, 23 Nov 2026 09:12:01 +0000\nTo: "
                         "bob@example.net\nSubject: hi\nMessage-ID: <1@example.com>\n";

QString dataDir()
{
    return QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/messages");
}

QByteArray describe(const LintReport &r)
{
    QByteArray out;
    for (const MessageDefect &d : r.defects) {
        out += MessageDefect::severityName(d.severity).toUtf8() + ' '
            + MessageDefect::codeName(d.code).toUtf8() + " line=" + QByteArray::number(d.line)
            + " offset=" + QByteArray::number(d.offset);
        if (!d.header.isEmpty())
            out += " header=" + d.header.toUtf8();
        if (!d.partPath.isEmpty())
            out += " part=" + d.partPath.toUtf8();
        out += ": " + d.message.toUtf8() + '\n';
    }
    out += "lines=" + QByteArray::number(r.lines) + " bytes=" + QByteArray::number(r.bytes)
        + " parts=" + QByteArray::number(r.parts) + " depth=" + QByteArray::number(r.maxDepth) + '\n';
    return out;
}

} // namespace

class MessageLinterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defects_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("clean") << kHead + "\nHello\n" << QStringList();
        QTest::newRow("clean CRLF") << QByteArray(kHead + "\nHello\n").replace("\n", "\r\n") << QStringList();
        QTest::newRow("missing From") << QByteArray("Date: Mon, 23 Nov 2026 09:12:01 +0000\n\nx\n")
                                      << QStringList { QStringLiteral("missing-from") };
        QTest::newRow("missing From and Date")
            << QByteArray("Subject: x\n\nx\n")
            << QStringList { QStringLiteral("missing-from"), QStringLiteral("missing-date") };
        QTest::newRow("headers only, no body") << QByteArray(kHead) << QStringList();
        QTest::newRow("empty") << QByteArray() << QStringList { QStringLiteral("empty-message") };
        QTest::newRow("no colon") << kHead + "This is not a header\n\nbody\n"
                                  << QStringList { QStringLiteral("invalid-header") };
        QTest::newRow("space in name") << kHead + "X Bad: 1\n\nbody\n"
                                       << QStringList { QStringLiteral("invalid-header") };
        QTest::newRow("space before colon") << kHead + "X-Old : 1\n\nbody\n"
                                            << QStringList { QStringLiteral("invalid-header") };
        QTest::newRow("continuation first") << " folded\n" + kHead + "\nbody\n"
                                            << QStringList { QStringLiteral("bad-folding") };
        QTest::newRow("whitespace-only continuation") << kHead + "X-A: 1\n   \n\tmore\n\nbody\n"
                                                      << QStringList { QStringLiteral("bad-folding") };
        QTest::newRow("long line") << kHead + "\n" + QByteArray(999, 'a') + "\n"
                                   << QStringList { QStringLiteral("line-too-long") };
        QTest::newRow("998 is fine") << kHead + "\n" + QByteArray(998, 'a') + "\n" << QStringList();
        QTest::newRow("998 + CR is fine")
            << QByteArray(kHead).replace("\n", "\r\n") + "\r\n" + QByteArray(998, 'a') + "\r\n"
            << QStringList();
        QTest::newRow("bare CR") << kHead + "\nab\rcd\n" << QStringList { QStringLiteral("bare-cr") };
        QTest::newRow("bare CR at end") << kHead + "\nabcd\r" << QStringList { QStringLiteral("bare-cr") };
        QTest::newRow("bare LF in CRLF") << QByteArray(kHead).replace("\n", "\r\n") + "\r\nline\nline\r\n"
                                         << QStringList { QStringLiteral("bare-lf") };
        QTest::newRow("NUL") << kHead + "\nab" + QByteArray(1, '\0') + "cd\n"
                             << QStringList { QStringLiteral("nul-byte") };
        QTest::newRow("8-bit header") << kHead + "X-Name: J\xc3\xa9r\xc3\xb4me\n\nbody\n"
                                      << QStringList { QStringLiteral("8bit-header") };
        QTest::newRow("8-bit body is fine") << kHead + "\nJ\xc3\xa9r\xc3\xb4me\n" << QStringList();
        QTest::newRow("duplicate From") << kHead + "From: other@example.com\n\nx\n"
                                        << QStringList { QStringLiteral("duplicate-header") };
        QTest::newRow("duplicate Subject") << kHead + "Subject: again\n\nx\n"
                                           << QStringList { QStringLiteral("duplicate-header") };
        QTest::newRow("duplicate Received is fine") << "Received: a\nReceived: b\n" + kHead + "\nx\n"
                                                    << QStringList();
        QTest::newRow("multipart ok") << kHead
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\npre\n--b1\nContent-Type: "
                  "text/plain\n\nhi\n--b1\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n--b1--\nepilogue\n"
                                      << QStringList();
        QTest::newRow("missing boundary") << kHead + "Content-Type: multipart/mixed\n\nx\n"
                                          << QStringList { QStringLiteral("missing-boundary") };
        QTest::newRow("boundary never appears")
            << kHead + "Content-Type: multipart/mixed; boundary=b1\n\njust text\n"
            << QStringList { QStringLiteral("boundary-not-found") };
        QTest::newRow("unterminated")
            << kHead + "Content-Type: multipart/mixed; boundary=b1\n\n--b1\n\npart\n"
            << QStringList { QStringLiteral("unterminated-multipart") };
        QTest::newRow("inner unterminated, outer closed")
            << kHead
                + "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; "
                  "boundary=i\n\n--i\n\nx\n--o--\n"
            << QStringList { QStringLiteral("unterminated-multipart") };
        QTest::newRow("empty multipart") << kHead + "Content-Type: multipart/mixed; boundary=b1\n\n--b1--\n"
                                         << QStringList { QStringLiteral("empty-multipart") };
        QTest::newRow("longer boundary is not a delimiter")
            << kHead + "Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bb\n--b--\n"
            << QStringList();
        QTest::newRow("bad base64 char") << kHead
                + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Transfer-Encoding: "
                  "base64\n\naGVs*G8=\n--b--\n"
                                         << QStringList { QStringLiteral("bad-base64") };
        QTest::newRow("truncated base64") << kHead + "Content-Transfer-Encoding: base64\n\naGVsbG8\n"
                                          << QStringList { QStringLiteral("bad-base64") };
        QTest::newRow("data after padding") << kHead + "Content-Transfer-Encoding: BASE64\n\naGk=\naGk=\n"
                                            << QStringList { QStringLiteral("bad-base64") };
        QTest::newRow("good qp") << kHead
                + "Content-Transfer-Encoding: quoted-printable\n\nJ=C3=A9r=\nome =3D x\n"
                                 << QStringList();
        QTest::newRow("bad qp") << kHead + "Content-Transfer-Encoding: quoted-printable\n\nJ=ZZr\n"
                                << QStringList { QStringLiteral("bad-quoted-printable") };
        QTest::newRow("mbox From_ line") << "From alice@example.com Mon Nov 23 09:12:01 2026\n" + kHead
                + "\nx\n" << QStringList { QStringLiteral("invalid-header") };
    }

    void defects()
    {
        QFETCH(QByteArray, message);
        QFETCH(QStringList, codes);
        const LintReport whole = MessageLinter::lint(message);
        QCOMPARE(whole.codeNames(), codes);
        // Fed one byte at a time, the report is the same.
        MessageLinter linter;
        for (char c : message)
            linter.feed(QByteArrayView(&c, 1));
        const LintReport bytewise = linter.finish();
        QCOMPARE(describe(bytewise), describe(whole));
    }

    void smtpUtf8AllowsUtf8Headers()
    {
        MessageLinter::Options o;
        o.smtpUtf8 = true;
        QVERIFY(MessageLinter::lint(QByteArray(kHead + "X-Name: J\xc3\xa9r\xc3\xb4me\n\nx\n"), o).isClean());
        QCOMPARE(MessageLinter::lint(QByteArray(kHead + "X-Name: J\xe9r\n\nx\n"), o).codeNames(),
            QStringList { QStringLiteral("invalid-utf8-header") });
    }

    void locations()
    {
        const QByteArray m = kHead
            + "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b\nContent-Type: multipart/mixed; "
              "boundary=c\n\n--c\nContent-Transfer-Encoding: base64\n\n!!!\n--c--\n--b--\n";
        const LintReport r = MessageLinter::lint(m);
        QCOMPARE(r.defects.size(), 1);
        const MessageDefect &d = r.defects.constFirst();
        QCOMPARE(d.code, MessageDefect::Code::BadBase64);
        QCOMPARE(d.partPath, QStringLiteral("2.1"));
        QCOMPARE(d.line, 17);
        QCOMPARE(m.mid(d.offset, 3), QByteArray("!!!"));
        QCOMPARE(r.maxDepth, 2);
    }

    void nestingBomb()
    {
        QByteArray m = kHead;
        const int depth = 5000;
        for (int i = 0; i < depth; ++i)
            m += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b"
                + QByteArray::number(i) + "\n";
        m += "\nleaf\n";
        QElapsedTimer t;
        t.start();
        const LintReport r = MessageLinter::lint(m);
        QVERIFY(r.has(MessageDefect::Code::NestingTooDeep));
        QCOMPARE(r.count(MessageDefect::Code::NestingTooDeep), 1);
        QVERIFY(r.maxDepth <= 21);
        QVERIFY(t.elapsed() < 5000);
    }

    void defectFloodIsCapped()
    {
        const QByteArray m = kHead + "\n" + QByteArray("a\rb\0c\n", 6).repeated(100000);
        const LintReport r = MessageLinter::lint(m);
        QCOMPARE(r.count(MessageDefect::Code::BareCr), 100000);
        QCOMPARE(r.count(MessageDefect::Code::NulByte), 100000);
        QVERIFY(r.defects.size() <= 2 * 10);
    }

    void fiftyMegabyteHeaderLine()
    {
        // Fed in 1 MB chunks as lintFile does: the linter keeps only a prefix.
        MessageLinter linter;
        linter.feed("Subject: ");
        const QByteArray chunk(1 << 20, 'x');
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i)
            linter.feed(chunk);
        linter.feed(QByteArray("\nFrom: a@example.com\nDate: Mon, 23 Nov 2026 09:12:01 +0000\n\nbody\n"));
        const LintReport r = linter.finish();
        const qint64 ms = t.elapsed();
        qInfo("50 MB header line linted in %lld ms (%.0f MB/s)", ms, 50.0 * 1000 / std::max<qint64>(ms, 1));
        QCOMPARE(r.codeNames(),
            (QStringList { QStringLiteral("line-too-long"), QStringLiteral("header-too-long") }));
        QCOMPARE(r.defects.constFirst().line, 1);
        QCOMPARE(r.lines, 5);
        QVERIFY(ms < 20000);
    }

    void lintFileAndAsync()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(QByteArray("Subject: x\n\nbody\n"));
        f.close();
        const auto r = MessageLinter::lintFile(f.fileName());
        QVERIFY(r.ok());
        QCOMPARE(
            r->codeNames(), (QStringList { QStringLiteral("missing-from"), QStringLiteral("missing-date") }));
        auto future = MessageLinter::lintFileAsync(f.fileName());
        future.waitForFinished();
        QVERIFY(future.result().ok());
        const auto missing = MessageLinter::lintFile(QStringLiteral("/nonexistent/message.eml"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    // Golden files: tests/data/gateway/messages/NAME.eml -> NAME.defects.
    // MAILOPS_REGENERATE_GOLDEN=1 rewrites the .defects files (then review the diff).
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files
            = QDir(dataDir()).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f.chopped(4);
    }

    void golden()
    {
        QFETCH(QString, name);
        const auto r = MessageLinter::lintFile(dataDir() + u'/' + name + QStringLiteral(".eml"));
        QVERIFY(r.ok());
        const QByteArray actual = describe(*r);
        QFile golden(dataDir() + u'/' + name + QStringLiteral(".defects"));
        if (qEnvironmentVariableIsSet("MAILOPS_REGENERATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual);
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(actual, golden.readAll());
    }
};

QTEST_GUILESS_MAIN(MessageLinterTest)
#include "messagelinter_test.moc"
