#include "policy/postfixconnectionlog.h"

#include <QtTest>

using namespace MailOps;

using Connection = PostfixConnectionLog::Connection;

namespace {

QByteArray stampAt(int secs)
{
    return QStringLiteral("Nov 23 %1:%2:%3")
        .arg(9 + secs / 3600, 2, 10, QLatin1Char('0'))
        .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray line(int secs, const QByteArray &program, int pid, const QByteArray &text)
{
    return stampAt(secs) + " gw postfix/" + program + '[' + QByteArray::number(pid) + "]: " + text + '\n';
}

QList<Connection> read(const QByteArray &log, int maxOpen = 20000)
{
    PostfixConnectionLog parser(QDate(2026, 11, 30));
    parser.setMaxOpen(maxOpen);
    QList<Connection> out;
    parser.setSink([&](const Connection &c) { out << c; });
    parser.addData(log);
    parser.finish();
    return out;
}

} // namespace

// SMTP sessions cut out of a Postfix log: who, what they said, what became of them.
class PostfixConnectionLogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedSession()
    {
        QByteArray log;
        log += line(0, "smtpd", 101, "connect from mx1.partner.example[192.0.2.10]");
        log += line(1, "smtpd", 101,
            "4F1A2B3C4D: client=mx1.partner.example[192.0.2.10], sasl_method=PLAIN, sasl_username=joe");
        log += line(1, "cleanup", 200, "4F1A2B3C4D: message-id=<1@partner.example>");
        log += line(
            1, "qmgr", 300, "4F1A2B3C4D: from=<alice@partner.example>, size=1200, nrcpt=2 (queue active)");
        log += line(2, "smtpd", 101,
            "disconnect from mx1.partner.example[192.0.2.10] ehlo=1 mail=1 rcpt=2 data=1 quit=1 commands=6");
        log += line(3, "local", 400,
            "4F1A2B3C4D: to=<bob@gw.example>, orig_to=<postmaster@gw.example>, relay=local, delay=1, "
            "delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)");
        log += line(3, "smtp", 401,
            "4F1A2B3C4D: to=<carol@elsewhere.example>, relay=mx.elsewhere.example[198.51.100.1]:25, delay=1, "
            "delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)");
        log += line(3, "qmgr", 300, "4F1A2B3C4D: removed");
        const QList<Connection> sessions = read(log);
        QCOMPARE(sessions.size(), 1);
        const Connection &c = sessions.first();
        QCOMPARE(c.clientName, QByteArray("mx1.partner.example"));
        QCOMPARE(c.clientIp, QByteArray("192.0.2.10"));
        QVERIFY(c.nameVerified());
        QCOMPARE(c.reverse, Connection::Reverse::Present);
        QCOMPARE(c.outcome, Connection::Outcome::Accepted);
        QCOMPARE(c.messages, 1);
        QCOMPARE(c.saslUser, QByteArray("joe"));
        QCOMPARE(c.senders, QList<QByteArray> { "alice@partner.example" });
        // The address the client gave, not the alias it became.
        QCOMPARE(c.recipients, (QList<QByteArray> { "postmaster@gw.example", "carol@elsewhere.example" }));
        QCOMPARE(c.commands, QByteArray("ehlo=1 mail=1 rcpt=2 data=1 quit=1 commands=6"));
        QVERIFY(c.sawConnect);
        QVERIFY(c.sawDisconnect);
        QCOMPARE(c.time, QDateTime(QDate(2026, 11, 23), QTime(9, 0, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void rejectedSessions()
    {
        QByteArray log;
        log += line(0, "smtpd", 101, "connect from unknown[192.0.2.1]");
        log += line(1, "smtpd", 101,
            "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.1 Client host rejected: cannot find your "
            "hostname, [192.0.2.1]; from=<spam@example.biz> to=<bob@gw.example> proto=ESMTP helo=<bulk>");
        log += line(
            2, "smtpd", 101, "disconnect from unknown[192.0.2.1] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
        log += line(3, "smtpd", 102, "connect from host.example[198.51.100.7]");
        log += line(4, "smtpd", 102,
            "NOQUEUE: reject: RCPT from host.example[198.51.100.7]: 554 5.7.1 <x@far.example>: Relay access "
            "denied; from=<a@host.example> to=<x@far.example> proto=ESMTP helo=<host.example>");
        log += line(5, "smtpd", 102,
            "disconnect from host.example[198.51.100.7] ehlo=1 mail=1 rcpt=0/1 commands=2/3");
        const QList<Connection> sessions = read(log);
        QCOMPARE(sessions.size(), 2);
        const Connection &a = sessions.at(0);
        QCOMPARE(a.outcome, Connection::Outcome::Tempfailed);
        QCOMPARE(a.rejectCode, 450);
        QCOMPARE(a.rejectDsn, QByteArray("4.7.1"));
        QCOMPARE(a.rejectStage, QByteArray("RCPT"));
        QCOMPARE(a.rejectRecipient, QByteArray("bob@gw.example"));
        QCOMPARE(a.helo, QByteArray("bulk"));
        QCOMPARE(a.senders, QList<QByteArray> { "spam@example.biz" });
        QVERIFY(!a.nameVerified());
        QCOMPARE(a.reverse, Connection::Reverse::Absent);
        const Connection &b = sessions.at(1);
        QCOMPARE(b.outcome, Connection::Outcome::Rejected);
        QCOMPARE(b.rejectCode, 554);
        QVERIFY(b.rejectReason.contains("Relay access denied"));
        QCOMPARE(b.helo, QByteArray("host.example"));
    }

    void unverifiedNames_data()
    {
        QTest::addColumn<QByteArray>("warning");
        QTest::addColumn<QByteArray>("ptr");
        QTest::newRow("does not resolve") << QByteArray(
            "warning: hostname ptr.example does not resolve to address 192.0.2.5: Name or service not known")
                                          << QByteArray("ptr.example");
        QTest::newRow("address not listed")
            << QByteArray("warning: 192.0.2.5: address not listed for hostname forged.example")
            << QByteArray("forged.example");
        QTest::newRow("verification failed")
            << QByteArray("warning: 192.0.2.5: hostname slow.example verification failed: Temporary failure")
            << QByteArray("slow.example");
        QTest::newRow("about another address")
            << QByteArray("warning: hostname other.example does not resolve to address 192.0.2.99")
            << QByteArray();
    }
    void unverifiedNames()
    {
        QFETCH(QByteArray, warning);
        QFETCH(QByteArray, ptr);
        QByteArray log;
        log += line(0, "smtpd", 101, warning);
        log += line(0, "smtpd", 101, "connect from unknown[192.0.2.5]");
        log += line(1, "smtpd", 101, "disconnect from unknown[192.0.2.5] ehlo=1 quit=1 commands=2");
        const QList<Connection> sessions = read(log);
        QCOMPARE(sessions.size(), 1);
        QVERIFY(!sessions.first().nameVerified());
        QCOMPARE(sessions.first().reverseName, ptr);
        QCOMPARE(sessions.first().reverse,
            ptr.isEmpty() ? Connection::Reverse::Absent : Connection::Reverse::Present);
        QCOMPARE(sessions.first().outcome, Connection::Outcome::NoMail);
    }

    void badInput()
    {
        QByteArray log;
        log += "garbage without a stamp\n";
        log += QByteArray("\x00\xff\xfe binary\n", 11);
        log += line(0, "smtpd", 101, "connect from unknown[192.0.2.1]").replace("\n", "\r\n");
        log += "Nov 23 09:00:01 gw postfix/smtpd[101]: " + QByteArray(10 * 1024 * 1024, 'x') + '\n';
        log += line(1, "smtpd", 101, "4F1A2B3C4D: client=unknown[192.0.2.1]").replace("\n", "\r\n");
        log += line(2, "smtpd", 101, "disconnect from unknown[192.0.2.1] ehlo=1 quit=1 commands=2")
                   .replace("\n", "\r\n");
        log += "Nov 99 99:99:99 gw postfix/smtpd[1]: connect from x[";
        PostfixConnectionLog parser(QDate(2026, 11, 30));
        QList<Connection> out;
        parser.setSink([&](const Connection &c) { out << c; });
        // In odd chunks, as a pipe delivers them.
        for (qsizetype i = 0; i < log.size(); i += 7777)
            parser.addData(QByteArrayView(log).sliced(i, qMin<qsizetype>(7777, log.size() - i)));
        parser.finish();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().clientIp, QByteArray("192.0.2.1"));
        QCOMPARE(out.first().outcome, Connection::Outcome::Accepted);
        QCOMPARE(parser.stats().cutLines, 1);
        QCOMPARE(parser.stats().unparsed, 3);
        QCOMPARE(parser.stats().lines, 7);
    }

    void openSessionsCapped()
    {
        QByteArray log;
        for (int i = 0; i < 10; ++i)
            log += line(
                i, "smtpd", 100 + i, "connect from unknown[192.0.2." + QByteArray::number(i + 1) + ']');
        PostfixConnectionLog parser(QDate(2026, 11, 30));
        parser.setMaxOpen(3);
        int seen = 0;
        parser.setSink([&](const Connection &) { ++seen; });
        parser.addData(log);
        QCOMPARE(parser.stats().evicted, 7);
        parser.finish();
        QCOMPARE(seen, 10);
    }

    void sameProcessReconnects()
    {
        // A process that never logged its disconnect (cut log) starts over.
        QByteArray log;
        log += line(0, "smtpd", 101, "connect from a.example[192.0.2.1]");
        log += line(5, "smtpd", 101, "connect from b.example[192.0.2.2]");
        log += line(6, "smtpd", 101, "disconnect from b.example[192.0.2.2] ehlo=1 quit=1 commands=2");
        const QList<Connection> sessions = read(log);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).clientIp, QByteArray("192.0.2.1"));
        QVERIFY(!sessions.at(0).sawDisconnect);
        QCOMPARE(sessions.at(1).clientIp, QByteArray("192.0.2.2"));
    }

    void listings()
    {
        QByteArray log;
        log += line(0, "dnsblog", 600, "addr 192.0.2.9 listed by domain BL.Example as 127.0.0.2");
        log += line(1, "smtpd", 101, "connect from unknown[192.0.2.8]");
        log += line(1, "smtpd", 101,
            "NOQUEUE: reject: RCPT from unknown[192.0.2.8]: 554 5.7.1 Service unavailable; Client host "
            "[192.0.2.8] blocked using zen.example; from=<a@b.example> to=<c@gw.example> proto=ESMTP "
            "helo=<x>");
        log += line(2, "smtpd", 101, "disconnect from unknown[192.0.2.8] commands=3/4");
        PostfixConnectionLog parser(QDate(2026, 11, 30));
        parser.addData(log);
        parser.finish();
        QVERIFY(parser.listedInLog("bl.example", "192.0.2.9"));
        QVERIFY(parser.listedInLog("zen.example.", "192.0.2.8"));
        QVERIFY(!parser.listedInLog("zen.example", "192.0.2.9"));
        QCOMPARE(parser.listingZones(),
            (QStringList { QStringLiteral("bl.example"), QStringLiteral("zen.example") }));
    }

    void windowStart()
    {
        QByteArray log;
        log += line(0, "smtpd", 101, "connect from a.example[192.0.2.1]");
        log += line(1, "smtpd", 101, "disconnect from a.example[192.0.2.1] commands=1");
        log += line(3600, "smtpd", 101, "connect from b.example[192.0.2.2]");
        log += line(3601, "smtpd", 101, "disconnect from b.example[192.0.2.2] commands=1");
        PostfixConnectionLog parser(QDate(2026, 11, 30));
        parser.setWindowStart(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC).toSecsSinceEpoch());
        QList<Connection> out;
        parser.setSink([&](const Connection &c) { out << c; });
        parser.addData(log);
        parser.finish();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().clientIp, QByteArray("192.0.2.2"));
    }
};

QTEST_GUILESS_MAIN(PostfixConnectionLogTest)
#include "postfixconnectionlog_test.moc"
