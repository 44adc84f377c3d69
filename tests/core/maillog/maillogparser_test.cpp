#include "maillog/logcounters.h"
#include "maillog/maillogparser.h"

#include <QFile>
#include <QtTest>

using namespace MailOps;
using Kind = MailLogEvent::Kind;
using RejectClass = MailLogEvent::RejectClass;

Q_DECLARE_METATYPE(MailOps::MailLogEvent::Kind)
Q_DECLARE_METATYPE(MailOps::MailLogEvent::RejectClass)
Q_DECLARE_METATYPE(MailOps::MailLogEvent::Status)

class MailLogParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<QByteArray>("queueId");
        QTest::addColumn<QByteArray>("client");

        QTest::newRow("connect unknown")
            << QByteArray("Nov 23 09:12:01 gw postfix/smtpd[123]: connect from unknown[192.0.2.1]")
            << Kind::Connect << QByteArray("smtpd") << QByteArray() << QByteArray("unknown[192.0.2.1]");
        QTest::newRow("connect, single-digit day")
            << QByteArray("Nov  3 09:12:01 gw postfix/smtpd[123]: connect from mx.example.net[2001:db8::1]")
            << Kind::Connect << QByteArray("smtpd") << QByteArray()
            << QByteArray("mx.example.net[2001:db8::1]");
        QTest::newRow("rfc3339 connect")
            << QByteArray(
                   "2026-11-23T09:12:01.123456+01:00 gw postfix/smtpd[123]: connect from unknown[192.0.2.1]")
            << Kind::Connect << QByteArray("smtpd") << QByteArray() << QByteArray("unknown[192.0.2.1]");
        QTest::newRow("submission smtpd")
            << QByteArray("Nov 23 09:12:01 gw postfix/submission/smtpd[9]: 3F2A81C0B1: "
                          "client=laptop[192.0.2.9], sasl_method=PLAIN, sasl_username=alice")
            << Kind::Received << QByteArray("smtpd") << QByteArray("3F2A81C0B1")
            << QByteArray("laptop[192.0.2.9]");
        QTest::newRow("disconnect") << QByteArray(
            "Nov 23 09:12:02 gw postfix/smtpd[123]: disconnect from unknown[192.0.2.1] ehlo=1 mail=1 "
            "rcpt=0/1 quit=1 commands=3/4")
                                    << Kind::Disconnect << QByteArray("smtpd") << QByteArray()
                                    << QByteArray("unknown[192.0.2.1]");
        QTest::newRow("pickup") << QByteArray(
            "Nov 23 09:12:01 gw postfix/pickup[7]: 4bKnVt1RnNz3vXl: uid=0 from=<root>")
                                << Kind::Pickup << QByteArray("pickup") << QByteArray("4bKnVt1RnNz3vXl")
                                << QByteArray();
        QTest::newRow("cleanup") << QByteArray(
            "Nov 23 09:12:01 gw postfix/cleanup[8]: 3F2A81C0B1: message-id=<a@b>")
                                 << Kind::MessageId << QByteArray("cleanup") << QByteArray("3F2A81C0B1")
                                 << QByteArray();
        QTest::newRow("qmgr from") << QByteArray(
            "Nov 23 09:12:01 gw postfix/qmgr[9]: 3F2A81C0B1: from=<alice@example.com>, size=1234, nrcpt=1 "
            "(queue active)") << Kind::QueueFrom
                                   << QByteArray("qmgr") << QByteArray("3F2A81C0B1") << QByteArray();
        QTest::newRow("qmgr removed")
            << QByteArray("Nov 23 09:12:01 gw postfix/qmgr[9]: 3F2A81C0B1: removed") << Kind::Removed
            << QByteArray("qmgr") << QByteArray("3F2A81C0B1") << QByteArray();
        QTest::newRow("qmgr expired") << QByteArray(
            "Nov 23 09:12:01 gw postfix/qmgr[9]: 3F2A81C0B1: from=<a@b>, status=expired, returned to sender")
                                      << Kind::Expired << QByteArray("qmgr") << QByteArray("3F2A81C0B1")
                                      << QByteArray();
        QTest::newRow("postscreen connect") << QByteArray(
            "Nov 23 09:12:01 gw postfix/postscreen[5]: CONNECT from [192.0.2.1]:4711 to [127.0.0.1]:25")
                                            << Kind::Postscreen << QByteArray("postscreen") << QByteArray()
                                            << QByteArray("[192.0.2.1]");
        QTest::newRow("anvil") << QByteArray("Nov 23 09:12:01 gw postfix/anvil[5]: statistics: max "
                                             "connection rate 1/60s for (smtp:192.0.2.1) at Nov 23 09:10:00")
                               << Kind::Anvil << QByteArray("anvil") << QByteArray() << QByteArray();
        QTest::newRow("warning") << QByteArray("Nov 23 09:12:01 gw postfix/smtpd[5]: warning: hostname "
                                               "x.example does not resolve to address 192.0.2.1")
                                 << Kind::Warning << QByteArray("smtpd") << QByteArray() << QByteArray();
        QTest::newRow("other program")
            << QByteArray("Nov 23 09:12:01 gw dovecot: imap-login: Login: user=<a>") << Kind::Other
            << QByteArray("dovecot") << QByteArray() << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\x13garbage", 10) << Kind::Unparsed << QByteArray()
                                 << QByteArray() << QByteArray();
        QTest::newRow("cut line") << QByteArray("Nov 23 09:1") << Kind::Unparsed << QByteArray()
                                  << QByteArray() << QByteArray();
        QTest::newRow("bad month") << QByteArray(
            "Foo 23 09:12:01 gw postfix/smtpd[1]: connect from a[1.2.3.4]")
                                   << Kind::Unparsed << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("bad clock") << QByteArray(
            "Nov 23 29:12:01 gw postfix/smtpd[1]: connect from a[1.2.3.4]")
                                   << Kind::Unparsed << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("empty") << QByteArray() << Kind::Unparsed << QByteArray() << QByteArray()
                               << QByteArray();
    }

    void kinds()
    {
        QFETCH(QByteArray, line);
        QFETCH(Kind, kind);
        QFETCH(QByteArray, service);
        QFETCH(QByteArray, queueId);
        QFETCH(QByteArray, client);
        const MailLogEvent e = MailLogParser(QDate(2026, 11, 23)).parse(line);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.service.toByteArray(), service);
        QCOMPARE(e.queueId.toByteArray(), queueId);
        QCOMPARE(e.client.toByteArray(), client);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("dsn");
        QTest::addColumn<RejectClass>("cls");
        QTest::addColumn<QByteArray>("reasonStart");
        QTest::addColumn<QByteArray>("sender");

        const QByteArray head
            = "Nov 23 09:12:01 gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: ";
        QTest::newRow("reverse dns") << head
                + "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]; "
                  "from=<a@example.com> to=<b@gw.example> proto=ESMTP helo=<x>"
                                     << 450 << QByteArray("4.7.1") << RejectClass::ReverseDns
                                     << QByteArray("Client host rejected: cannot find your hostname")
                                     << QByteArray("a@example.com");
        QTest::newRow("reverse dns (reject_unknown_reverse_client_hostname)")
            << head
                + "450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]; from=<> "
                  "to=<b@gw.example> proto=ESMTP helo=<x>"
            << 450 << QByteArray("4.7.25") << RejectClass::ReverseDns << QByteArray("Client host rejected")
            << QByteArray();
        QTest::newRow("dnsbl")
            << head
                + "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; "
                  "https://www.spamhaus.org/query/ip/192.0.2.1; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
            << 554 << QByteArray("5.7.1") << RejectClass::Dnsbl
            << QByteArray("Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org")
            << QByteArray("a@x");
        QTest::newRow("spf") << head
                + "550 5.7.23 <b@y>: Recipient address rejected: Message rejected due to: SPF fail - not "
                  "authorized; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
                             << 550 << QByteArray("5.7.23") << RejectClass::Spf
                             << QByteArray("<b@y>: Recipient address rejected: Message rejected due to: SPF")
                             << QByteArray("a@x");
        QTest::newRow("relay") << head
                + "554 5.7.1 <b@elsewhere.example>: Relay access denied; from=<a@x> to=<b@elsewhere.example> "
                  "proto=SMTP helo=<x>"
                               << 554 << QByteArray("5.7.1") << RejectClass::RelayDenied
                               << QByteArray("<b@elsewhere.example>: Relay access denied")
                               << QByteArray("a@x");
        QTest::newRow("greylisting") << head
                + "450 4.2.0 <b@y>: Recipient address rejected: Greylisted, see "
                  "http://postgrey.schweikert.ch/help/y.html; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
                                     << 450 << QByteArray("4.2.0") << RejectClass::Greylisting
                                     << QByteArray("<b@y>: Recipient address rejected: Greylisted")
                                     << QByteArray("a@x");
        QTest::newRow("other") << head
                + "550 5.1.1 <b@y>: Recipient address rejected: User unknown in virtual mailbox table; "
                  "from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
                               << 550 << QByteArray("5.1.1") << RejectClass::Other
                               << QByteArray("<b@y>: Recipient address rejected: User unknown")
                               << QByteArray("a@x");
        QTest::newRow("no dsn (old Postfix)")
            << head + "554 <b@y>: Relay access denied; from=<a@x> to=<b@y>" << 554 << QByteArray()
            << RejectClass::RelayDenied << QByteArray("<b@y>: Relay access denied") << QByteArray("a@x");
        QTest::newRow("postscreen dnsbl")
            << QByteArray("Nov 23 09:12:01 gw postfix/postscreen[5]: NOQUEUE: reject: RCPT from "
                          "[192.0.2.1]:4711: 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using "
                          "zen.spamhaus.org; from=<a@x>, to=<b@y>, proto=ESMTP, helo=<x>")
            << 550 << QByteArray("5.7.1") << RejectClass::Dnsbl
            << QByteArray("Service unavailable; client [192.0.2.1] blocked") << QByteArray("a@x");
        QTest::newRow("cleanup header reject") << QByteArray(
            "Nov 23 09:12:01 gw postfix/cleanup[5]: 3F2A81C0B1: reject: header Subject: poison from "
            "unknown[192.0.2.1]; from=<a@x> to=<b@y> proto=ESMTP helo=<x>: 5.7.1 message content rejected")
                                               << 0 << QByteArray("5.7.1") << RejectClass::Other
                                               << QByteArray("message content rejected") << QByteArray("a@x");
        QTest::newRow("truncated reject")
            << QByteArray(
                   "Nov 23 09:12:01 gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 45")
            << 0 << QByteArray() << RejectClass::Other << QByteArray("45") << QByteArray();
    }

    void rejects()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, code);
        QFETCH(QByteArray, dsn);
        QFETCH(RejectClass, cls);
        QFETCH(QByteArray, reasonStart);
        QFETCH(QByteArray, sender);
        const MailLogEvent e = MailLogParser().parse(line);
        QCOMPARE(e.kind, Kind::Reject);
        QCOMPARE(e.smtpCode, code);
        QCOMPARE(e.dsn.toByteArray(), dsn);
        QCOMPARE(e.rejectClass, cls);
        QVERIFY2(e.reason.startsWith(reasonStart), e.reason.toByteArray().constData());
        QCOMPARE(e.sender.toByteArray(), sender);
    }

    void deliveries_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<MailLogEvent::Status>("status");
        QTest::addColumn<QByteArray>("recipient");
        QTest::addColumn<QByteArray>("relay");
        QTest::addColumn<QByteArray>("dsn");
        QTest::addColumn<QByteArray>("reason");

        QTest::newRow("sent") << QByteArray(
            "Nov 23 09:12:01 gw postfix/smtp[5]: 3F2A81C0B1: to=<b@example.net>, "
            "relay=mx.example.net[192.0.2.7]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent "
            "(250 2.0.0 Ok: queued as 4ABC)")
                              << MailLogEvent::Status::Sent << QByteArray("b@example.net")
                              << QByteArray("mx.example.net[192.0.2.7]:25") << QByteArray("2.0.0")
                              << QByteArray("250 2.0.0 Ok: queued as 4ABC");
        QTest::newRow("deferred") << QByteArray(
            "Nov 23 09:12:01 gw postfix/smtp[5]: 3F2A81C0B1: to=<b@example.net>, relay=none, delay=30, "
            "delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2: Connection "
            "refused)") << MailLogEvent::Status::Deferred
                                  << QByteArray("b@example.net") << QByteArray("none") << QByteArray("4.4.1")
                                  << QByteArray("connect to 127.0.0.1[127.0.0.1]:2: Connection refused");
        QTest::newRow("bounced")
            << QByteArray("Nov 23 09:12:01 gw postfix/smtp[5]: 3F2A81C0B1: to=<b@example.net>, "
                          "relay=mx[192.0.2.7]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host "
                          "mx[192.0.2.7] said: 550 5.1.1 unknown (in reply to RCPT TO command))")
            << MailLogEvent::Status::Bounced << QByteArray("b@example.net") << QByteArray("mx[192.0.2.7]:25")
            << QByteArray("5.1.1")
            << QByteArray("host mx[192.0.2.7] said: 550 5.1.1 unknown (in reply to RCPT TO command)");
        QTest::newRow("local with orig_to")
            << QByteArray(
                   "Nov 23 09:12:01 gw postfix/local[5]: 3F2A81C0B1: to=<root@gw>, orig_to=<root>, "
                   "relay=local, delay=0.01, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)")
            << MailLogEvent::Status::Sent << QByteArray("root@gw") << QByteArray("local")
            << QByteArray("2.0.0") << QByteArray("delivered to mailbox");
        QTest::newRow("cut before status")
            << QByteArray("Nov 23 09:12:01 gw postfix/smtp[5]: 3F2A81C0B1: to=<b@example.net>, relay=no")
            << MailLogEvent::Status::Other << QByteArray("b@example.net") << QByteArray("no") << QByteArray()
            << QByteArray();
    }

    void deliveries()
    {
        QFETCH(QByteArray, line);
        QFETCH(MailLogEvent::Status, status);
        QFETCH(QByteArray, recipient);
        QFETCH(QByteArray, relay);
        QFETCH(QByteArray, dsn);
        QFETCH(QByteArray, reason);
        const MailLogEvent e = MailLogParser().parse(line);
        QCOMPARE(e.kind, Kind::Delivery);
        QCOMPARE(e.status, status);
        QCOMPARE(e.recipient.toByteArray(), recipient);
        QCOMPARE(e.relay.toByteArray(), relay);
        QCOMPARE(e.dsn.toByteArray(), dsn);
        QCOMPARE(e.reason.toByteArray(), reason);
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("stamp");
        QTest::addColumn<QDateTime>("wall");
        QTest::addColumn<bool>("hasOffset");
        QTest::addColumn<int>("offset");
        QTest::newRow("traditional") << QByteArray("Nov 23 09:12:01")
                                     << QDateTime(QDate(2026, 11, 23), QTime(9, 12, 1), Qt::UTC) << false
                                     << 0;
        QTest::newRow("traditional, last year (December read in November)")
            << QByteArray("Dec 31 23:59:59") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC)
            << false << 0;
        QTest::newRow("traditional with microseconds")
            << QByteArray("Nov 23 09:12:01.123456")
            << QDateTime(QDate(2026, 11, 23), QTime(9, 12, 1), Qt::UTC) << false << 0;
        QTest::newRow("rfc3339 offset")
            << QByteArray("2026-11-23T09:12:01.123456+01:00")
            << QDateTime(QDate(2026, 11, 23), QTime(9, 12, 1), Qt::UTC) << true << 3600;
        QTest::newRow("rfc3339 Z") << QByteArray("2024-02-29T23:00:00Z")
                                   << QDateTime(QDate(2024, 2, 29), QTime(23, 0), Qt::UTC) << true << 0;
        QTest::newRow("rfc3339 negative")
            << QByteArray("2026-01-01T00:00:00-05:30") << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
            << true << -19800;
    }

    void timestamps()
    {
        QFETCH(QByteArray, stamp);
        QFETCH(QDateTime, wall);
        QFETCH(bool, hasOffset);
        QFETCH(int, offset);
        const MailLogEvent e
            = MailLogParser(QDate(2026, 11, 23))
                  .parse(QByteArray(stamp + " gw postfix/smtpd[1]: connect from a[192.0.2.1]"));
        QCOMPARE(e.kind, Kind::Connect);
        QCOMPARE(e.time, wall.toSecsSinceEpoch());
        QCOMPARE(e.hasUtcOffset, hasOffset);
        QCOMPARE(e.utcOffsetSecs, offset);
    }

    void counters()
    {
        LogCounters c(MailLogParser(QDate(2026, 11, 23)));
        QFile f(QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/mail.log"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd())
            c.addLine(f.readLine());
        const LogCounters::Totals &t = c.totals();
        QCOMPARE(t.received, 2);
        QCOMPARE(t.reinjected, 1); // the content filter handing mail back is not new mail
        QCOMPARE(t.delivered, 1);
        QCOMPARE(t.deferrals, 3);
        QCOMPARE(t.deferredMessages, 2);
        QCOMPARE(t.bounced, 1);
        QCOMPARE(t.rejected, 6);
        QCOMPARE(t.connects, 4);
        QCOMPARE(t.unknownClientConnects, 3);
        QCOMPARE(t.unparsed, 2);
        QCOMPARE(c.rejectsByClass()[int(RejectClass::ReverseDns)], 2);
        QCOMPARE(c.rejectsByClass()[int(RejectClass::Dnsbl)], 2);
        QCOMPARE(c.rejectsByClass()[int(RejectClass::Greylisting)], 1);
        QCOMPARE(c.dsnTotals().value("4.7.1"), 2);
        const QList<LogCounters::Minute> minutes = c.minutes();
        QCOMPARE(minutes.size(), 3);
        QCOMPARE(minutes[0].start % 60, 0);
        QCOMPARE(minutes[0].rejected, 3);
        QCOMPARE(minutes[0].byDsn.value("4.7.1"), 2);
        QCOMPARE(c.topRejectedClients(1).constFirst().key, QByteArray("unknown[192.0.2.1]"));
        QCOMPARE(c.topRejectedClients(1).constFirst().count, 4);
        QCOMPARE(c.topSenders(5).size(), 2);
        QCOMPARE(c.topSenders(5).constFirst().key, QByteArray("alice@example.com"));
    }

    void topTablesStayBounded()
    {
        LogCounters c;
        c.setTopCapacity(100);
        for (int i = 0; i < 10000; ++i) {
            c.addLine(QByteArray("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from unknown[10.0."
                + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256) + ']'));
            c.addLine("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from heavy[192.0.2.1]");
        }
        QVERIFY(c.topClients(1000).size() <= 100);
        QCOMPARE(c.topClients(1).constFirst().key, QByteArray("heavy[192.0.2.1]"));
        QCOMPARE(c.topClients(1).constFirst().count, 10000);
    }

    void retentionDropsOldMinutes()
    {
        LogCounters c;
        c.setRetentionMinutes(10);
        for (int m = 0; m < 30; ++m)
            c.addLine(QByteArray(QByteArray("Nov 23 10:") + QByteArray::number(m).rightJustified(2, '0')
                + ":00 gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from a[192.0.2.1]: 554 5.7.1 <b@y>: Relay "
                  "access denied; from=<a@x> to=<b@y>"));
        QCOMPARE(c.minutes().size(), 10);
        QCOMPARE(c.totals().rejected, 30);
    }
};

QTEST_GUILESS_MAIN(MailLogParserTest)
#include "maillogparser_test.moc"
