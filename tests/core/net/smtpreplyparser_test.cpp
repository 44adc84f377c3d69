#include "net/smtpcapabilities.h"
#include "net/smtpreplyparser.h"

#include <QtTest>

using namespace MailOps;

class SmtpReplyParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("bareLf");

        QTest::newRow("single line") << QByteArray("220 mx1.mailops.test ESMTP Postfix\r\n") << 220
                                     << QString()
                                     << QStringList { QStringLiteral("mx1.mailops.test ESMTP Postfix") }
                                     << false;
        QTest::newRow("multiline") << QByteArray("250-mx1\r\n250-PIPELINING\r\n250 8BITMIME\r\n") << 250
                                   << QString()
                                   << QStringList { QStringLiteral("mx1"), QStringLiteral("PIPELINING"),
                                          QStringLiteral("8BITMIME") }
                                   << false;
        QTest::newRow("enhanced code")
            << QByteArray("554 5.7.1 <a@example.net>: Relay access denied\r\n") << 554
            << QStringLiteral("5.7.1")
            << QStringList { QStringLiteral("<a@example.net>: Relay access denied") } << false;
        QTest::newRow("enhanced code on every line")
            << QByteArray("550-5.1.1 no such user\r\n550 5.1.1 see the docs\r\n") << 550
            << QStringLiteral("5.1.1")
            << QStringList { QStringLiteral("no such user"), QStringLiteral("see the docs") } << false;
        QTest::newRow("enhanced code of another class is text")
            << QByteArray("250 5.7.1 odd\r\n") << 250 << QString()
            << QStringList { QStringLiteral("5.7.1 odd") } << false;
        QTest::newRow("three-digit parts")
            << QByteArray("451 4.123.456 busy\r\n") << 451 << QStringLiteral("4.123.456")
            << QStringList { QStringLiteral("busy") } << false;
        QTest::newRow("code alone") << QByteArray("250\r\n") << 250 << QString() << QStringList { QString() }
                                    << false;
        QTest::newRow("empty continuation") << QByteArray("250-\r\n250 ok\r\n") << 250 << QString()
                                            << QStringList { QString(), QStringLiteral("ok") } << false;
        QTest::newRow("bare LF accepted and noted")
            << QByteArray("220 hi\n") << 220 << QString() << QStringList { QStringLiteral("hi") } << true;
        QTest::newRow("NUL replaced") << QByteArray("220 a\0b\r\n", 9) << 220 << QString()
                                      << QStringList { QStringLiteral("a\uFFFDb") } << false;
        QTest::newRow("escape sequence replaced") << QByteArray("220 \x1b[2Jx\r\n") << 220 << QString()
                                                  << QStringList { QStringLiteral("\uFFFD[2Jx") } << false;
        QTest::newRow("UTF-8 kept") << QByteArray("220 gr\xc3\xbc\xc3\x9f dich\r\n") << 220 << QString()
                                    << QStringList { QStringLiteral("grüß dich") } << false;
        QTest::newRow("bidi override replaced")
            << QByteArray("220 a\xe2\x80\xae"
                          "b\r\n")
            << 220 << QString() << QStringList { QStringLiteral("a\uFFFDb") } << false;
        QTest::newRow("Latin-1 marked") << QByteArray("220 caf\xe9\r\n") << 220 << QString()
                                        << QStringList { QStringLiteral("caf\uFFFD") } << false;
    }

    void valid()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(QStringList, lines);
        QFETCH(bool, bareLf);
        const auto replies = SmtpReplyParser::parseAll(input);
        QVERIFY2(replies.ok(), qPrintable(replies.ok() ? QString() : replies.error().message));
        QCOMPARE(replies->size(), 1);
        const SmtpReply &r = replies->constFirst();
        QCOMPARE(r.code, code);
        QCOMPARE(r.enhancedCode, enhanced);
        QCOMPARE(r.lines, lines);
        QCOMPARE(r.bareLineFeed, bareLf);
        QCOMPARE(r.rawLines.size(), lines.size());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("line without code")
            << QByteArray("hello there\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("HTTP answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                     << QStringLiteral("not an SMTP reply");
        QTest::newRow("two digits") << QByteArray("25 ok\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("empty line") << QByteArray("\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("code 1yz") << QByteArray("150 go\r\n") << QStringLiteral("invalid reply code");
        QTest::newRow("code 6yz") << QByteArray("650 go\r\n") << QStringLiteral("invalid reply code");
        QTest::newRow("second digit 9") << QByteArray("290 go\r\n") << QStringLiteral("invalid reply code");
        QTest::newRow("no separator")
            << QByteArray("250ok\r\n") << QStringLiteral("without a space or hyphen");
        QTest::newRow("tab separator")
            << QByteArray("250\tok\r\n") << QStringLiteral("without a space or hyphen");
        QTest::newRow("mixed codes") << QByteArray("250-a\r\n251-b\r\n250 c\r\n")
                                     << QStringLiteral("from 250 to 251");
        QTest::newRow("garbage inside multiline")
            << QByteArray("250-a\r\nxyz\r\n250 c\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("overlong line")
            << (QByteArray("250 ") + QByteArray(3000, 'x') + "\r\n") << QStringLiteral("longer than 2048");
        QTest::newRow("endless line") << QByteArray(1024 * 1024, 'A') << QStringLiteral("longer than 2048");
        QTest::newRow("too many lines")
            << QByteArray("250-x\r\n").repeated(200) << QStringLiteral("more than 100 lines");
        QTest::newRow("truncated") << QByteArray("250-a\r\n250-b")
                                   << QStringLiteral("ended before its last line");
    }

    void invalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const auto replies = SmtpReplyParser::parseAll(input);
        QVERIFY(!replies.ok());
        QCOMPARE(replies.error().code, Error::Code::ProtocolError);
        QVERIFY2(replies.error().message.contains(messagePart), qPrintable(replies.error().message));
    }

    void replyTooLarge()
    {
        SmtpReplyParser::Limits limits;
        limits.maxLines = 100000;
        const QByteArray line = "250-" + QByteArray(1000, 'y') + "\r\n";
        const auto replies = SmtpReplyParser::parseAll(line.repeated(1100), limits);
        QVERIFY(!replies.ok());
        QVERIFY(replies.error().message.contains(QLatin1String("larger than 65536 bytes")));
    }

    void incrementalByteByByte()
    {
        const QByteArray stream = "220 hi\r\n250-mx1\r\n250-SIZE 100\r\n250 STARTTLS\r\n221 2.0.0 Bye\r\n";
        SmtpReplyParser parser;
        QList<SmtpReply> replies;
        for (const char c : stream) {
            QVERIFY(parser.feed(QByteArray(1, c)).ok());
            while (parser.hasReply())
                replies.append(parser.takeReply());
        }
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies.at(1).lines.size(), 3);
        QCOMPARE(replies.at(2).enhancedCode, QStringLiteral("2.0.0"));
        QVERIFY(!parser.inReply());
    }

    void endlessLineInChunksStaysBounded()
    {
        SmtpReplyParser parser;
        const QByteArray chunk(1000, 'z');
        Status s = Ok();
        int fed = 0;
        while (s.ok() && fed < 10000) {
            s = parser.feed(chunk);
            ++fed;
        }
        QVERIFY(!s.ok());
        QCOMPARE(fed, 3); // fails as soon as the line passes the limit
        QVERIFY(parser.hasFailed());
        // Sticky: the stream can no longer be trusted.
        QVERIFY(!parser.feed("250 ok\r\n").ok());
        parser.reset();
        QVERIFY(parser.feed("250 ok\r\n").ok());
        QVERIFY(parser.hasReply());
    }

    void repliesBeforeViolationAreKept()
    {
        SmtpReplyParser parser;
        QVERIFY(!parser.feed("220 fine\r\ngarbage\r\n").ok());
        QVERIFY(parser.hasReply());
        QCOMPARE(parser.takeReply().code, 220);
    }

    void summary()
    {
        const auto r = SmtpReplyParser::parseAll("554-5.7.1 Relay access denied\r\n554 5.7.1 see policy\r\n");
        QVERIFY(r.ok());
        QCOMPARE(r->constFirst().summary(), QStringLiteral("554 5.7.1 Relay access denied / see policy"));
        QVERIFY(r->constFirst().isPermanentFailure());
    }

    void capabilities()
    {
        const auto r = SmtpReplyParser::parseAll("250-mx1.mailops.test Hello\r\n"
                                                 "250-PIPELINING\r\n"
                                                 "250-SIZE 10240000\r\n"
                                                 "250-STARTTLS\r\n"
                                                 "250-AUTH PLAIN LOGIN\r\n"
                                                 "250-AUTH=LOGIN CRAM-MD5\r\n"
                                                 "250-ENHANCEDSTATUSCODES\r\n"
                                                 "250-8BITMIME\r\n"
                                                 "250-DSN\r\n"
                                                 "250-CHUNKING\r\n"
                                                 "250-X-UNKNOWN  with  args\r\n"
                                                 "250 SMTPUTF8\r\n");
        QVERIFY(r.ok());
        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(r->constFirst());
        QCOMPARE(caps.serverName, QStringLiteral("mx1.mailops.test"));
        QCOMPARE(caps.sizeLimit, 10240000);
        QVERIFY(caps.pipelining);
        QVERIFY(caps.startTls);
        QVERIFY(caps.enhancedStatusCodes);
        QVERIFY(caps.eightBitMime);
        QVERIFY(caps.dsn);
        QVERIFY(caps.chunking);
        QVERIFY(caps.smtpUtf8);
        QCOMPARE(caps.authMechanisms,
            (QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5") }));
        QVERIFY(caps.has(QStringLiteral("x-unknown")));
        QCOMPARE(caps.keywords.size(), 11);
    }

    void capabilitiesOfOddReplies_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("mechanisms");

        QTest::newRow("greeting line only") << QByteArray("250 mx1\r\n") << qint64(-1) << 0;
        QTest::newRow("SIZE without number") << QByteArray("250-mx1\r\n250 SIZE\r\n") << qint64(0) << 0;
        QTest::newRow("SIZE garbage") << QByteArray("250-mx1\r\n250 SIZE -5x\r\n") << qint64(0) << 0;
        QTest::newRow("AUTH without mechanisms") << QByteArray("250-mx1\r\n250 AUTH\r\n") << qint64(-1) << 0;
        QTest::newRow("AUTH with many mechanisms") << (QByteArray("250-mx1\r\n250 AUTH")
            + QByteArray(" M").repeated(1) +
            [] {
                QByteArray a;
                for (int i = 0; i < 100; ++i)
                    a += " M" + QByteArray::number(i);
                return a;
            }()
            + "\r\n") << qint64(-1) << 32;
    }

    void capabilitiesOfOddReplies()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, size);
        QFETCH(int, mechanisms);
        const auto r = SmtpReplyParser::parseAll(input);
        QVERIFY(r.ok());
        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(r->constFirst());
        QCOMPARE(caps.sizeLimit, size);
        QCOMPARE(caps.authMechanisms.size(), mechanisms);
    }
};

QTEST_GUILESS_MAIN(SmtpReplyParserTest)
#include "smtpreplyparser_test.moc"
