#include "faketransport.h"
#include "policy/policygateway.h"
#include "policy/policyimpactpreview.h"

#include <QBuffer>
#include <QtTest>

using namespace MailOps;

using Preview = PolicyImpactPreview;

namespace {

// Log time 0 is 2026-11-23 09:00:00.
QByteArray stampAt(qint64 secs)
{
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(secs);
    return QByteArray(months[t.date().month() - 1]) + ' '
        + QByteArray::number(t.date().day()).rightJustified(2, ' ') + ' '
        + t.time().toString(QStringLiteral("HH:mm:ss")).toLatin1();
}

QByteArray line(qint64 secs, const QByteArray &program, int pid, const QByteArray &text)
{
    return stampAt(secs) + " gw postfix/" + program + '[' + QByteArray::number(pid) + "]: " + text + '\n';
}

struct LogBuilder
{
    QByteArray text;
    qint64 time = 0;
    int nextId = 0x1A2B3C;

    void accepted(const QByteArray &name, const QByteArray &ip,
        const QByteArray &from = "alice@partner.example", const QByteArray &to = "bob@gw.example",
        const QByteArray &ptrWarning = {})
    {
        const int pid = 1000 + nextId % 500;
        const QByteArray id = QByteArray::number(nextId++, 16).toUpper() + "1F";
        const QByteArray client = name + '[' + ip + ']';
        if (!ptrWarning.isEmpty())
            text += line(
                time, "smtpd", pid, "warning: hostname " + ptrWarning + " does not resolve to address " + ip);
        text += line(time, "smtpd", pid, "connect from " + client);
        text += line(time + 1, "smtpd", pid, id + ": client=" + client);
        text += line(time + 1, "qmgr", 300, id + ": from=<" + from + ">, size=900, nrcpt=1 (queue active)");
        text += line(time + 2, "smtpd", pid,
            "disconnect from " + client + " ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5");
        text += line(time + 3, "local", 400,
            id + ": to=<" + to
                + ">, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)");
        text += line(time + 3, "qmgr", 300, id + ": removed");
        time += 10;
    }

    void tempfailed(const QByteArray &ip)
    {
        const int pid = 1000 + nextId++ % 500;
        const QByteArray client = "unknown[" + ip + ']';
        text += line(time, "smtpd", pid, "connect from " + client);
        text += line(time + 1, "smtpd", pid,
            "NOQUEUE: reject: RCPT from " + client
                + ": 450 4.7.1 Client host rejected: cannot find your hostname, [" + ip
                + "]; from=<x@sender.example> to=<bob@gw.example> proto=ESMTP helo=<sender.example>");
        text += line(time + 2, "smtpd", pid,
            "disconnect from " + client + " ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
        time += 10;
    }
};

// The second story's traffic: 7 clients without PTR, 5 with, 2 of our own
// (mynetworks, no PTR either). Two of the seven have a PTR name that does
// not resolve back.
QByteArray storyLog(LogBuilder b = {})
{
    for (int i = 1; i <= 7; ++i)
        b.accepted("unknown", "192.0.2." + QByteArray::number(i), "alice@partner.example", "bob@gw.example",
            i >= 6 ? "ptr" + QByteArray::number(i) + ".example" : QByteArray());
    for (int i = 1; i <= 5; ++i)
        b.accepted("mx" + QByteArray::number(i) + ".partner.example", "198.51.100." + QByteArray::number(i),
            i == 5 ? "x@spammer.example" : "alice@partner.example");
    b.accepted("unknown", "10.0.0.5");
    b.accepted("unknown", "10.0.0.6", "app@gw.example", "carol@far.example");
    return b.text;
}

const QByteArray kBase = "myhostname = gw.example\n"
                         "mydestination = $myhostname, localhost\n"
                         "mynetworks = 127.0.0.0/8, 10.0.0.0/8\n"
                         "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                         "reject_unauth_destination\n";

PolicySnapshot snapshot(const QByteArray &extra, const QStringList &files = {})
{
    PolicySnapshot s;
    s.setConfigDir(QStringLiteral("/etc/postfix"));
    s.setFile(PolicySnapshot::MainCf, kBase + extra);
    for (qsizetype i = 0; i + 1 < files.size(); i += 2)
        s.setFile(files.at(i), files.at(i + 1).toUtf8());
    return s;
}

Preview::Options options(int hours = 24)
{
    Preview::Options o;
    o.hours = hours;
    o.referenceDate = QDate(2026, 11, 30);
    return o;
}

Preview::Report preview(const QByteArray &log, const PolicySnapshot &current, const PolicySnapshot &proposed,
    const Preview::Options &o = options())
{
    QBuffer buffer;
    buffer.setData(log);
    buffer.open(QIODevice::ReadOnly);
    const MailOps::Result<Preview::Report> r = Preview::run(&buffer, current, proposed, o);
    if (!r)
        qFatal("preview failed: %s", qPrintable(r.error().message));
    return *r;
}

// A pipe: sequential, delivering in small pieces.
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(qMin<qint64>(max, 4096), m_data.size() - m_pos);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

// A proposed policy replayed over a log whose answer is known.
class PolicyImpactPreviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("proposed");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<qint64>("rejects");
        QTest::addColumn<qint64>("tempfails");
        QTest::addColumn<qint64>("undecided");
        QTest::addColumn<QString>("rule");

        const QByteArray story
            = "smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n";
        QTest::newRow("second story, 450") << story + "unknown_client_reject_code = 450\n"
                                           << QStringList {} << qint64(0) << qint64(7) << qint64(0)
                                           << QStringLiteral("reject_unknown_client_hostname");
        QTest::newRow("second story, 550") << story + "unknown_client_reject_code = 550\n"
                                           << QStringList {} << qint64(7) << qint64(0) << qint64(0)
                                           << QStringLiteral("reject_unknown_client_hostname");
        QTest::newRow("default code is 450") << story << QStringList {} << qint64(0) << qint64(7) << qint64(0)
                                             << QStringLiteral("reject_unknown_client_hostname");
        QTest::newRow("before permit_mynetworks hits our own")
            << QByteArray("smtpd_client_restrictions = reject_unknown_client_hostname, permit_mynetworks\n")
            << QStringList {} << qint64(0) << qint64(9) << qint64(0)
            << QStringLiteral("reject_unknown_client_hostname");
        QTest::newRow("reverse name only: two have a PTR")
            << QByteArray(
                   "smtpd_client_restrictions = permit_mynetworks, reject_unknown_reverse_client_hostname\n"
                   "unknown_client_reject_code = 550\n")
            << QStringList {} << qint64(5) << qint64(0) << qint64(0)
            << QStringLiteral("reject_unknown_reverse_client_hostname");
        QTest::newRow("cidr map") << QByteArray(
            "smtpd_client_restrictions = check_client_access cidr:/etc/postfix/client_access.cidr\n")
                                  << QStringList { QStringLiteral("client_access.cidr"),
                                         QStringLiteral(
                                             "# partners\n198.51.100.0/24 OK\n192.0.2.0/30 REJECT go away\n"
                                             "10.0.0.5 450 try later\n192.0.2.5/31 bad pattern skipped\n") }
                                  << qint64(3) << qint64(1) << qint64(0)
                                  << QStringLiteral(
                                         "check_client_access cidr:/etc/postfix/client_access.cidr");
        QTest::newRow("hash sender map")
            << QByteArray("smtpd_sender_restrictions = check_sender_access hash:/etc/postfix/sender_access\n")
            << QStringList { QStringLiteral("sender_access"),
                   QStringLiteral("spammer.example   REJECT\r\npartner.example OK\r\n") }
            << qint64(1) << qint64(0) << qint64(0)
            << QStringLiteral("check_sender_access hash:/etc/postfix/sender_access");
        QTest::newRow("map action is a restriction")
            << QByteArray("smtpd_client_restrictions = check_client_access hash:/etc/postfix/client_access\n")
            << QStringList { QStringLiteral("client_access"),
                   QStringLiteral("192.0.2 reject_unknown_client_hostname\n") }
            << qint64(0) << qint64(7) << qint64(0)
            << QStringLiteral("check_client_access hash:/etc/postfix/client_access");
        QTest::newRow("relay without permit_mynetworks")
            << QByteArray("smtpd_relay_restrictions = reject_unauth_destination\n") << QStringList {}
            << qint64(1) << qint64(0) << qint64(0) << QStringLiteral("reject_unauth_destination");
        QTest::newRow("warn_if_reject refuses nobody")
            << QByteArray("smtpd_client_restrictions = warn_if_reject reject_unknown_client_hostname\n")
            << QStringList {} << qint64(0) << qint64(0) << qint64(0) << QString();
        QTest::newRow("policy service not evaluated")
            << QByteArray("smtpd_recipient_restrictions = check_policy_service inet:127.0.0.1:10023\n")
            << QStringList {} << qint64(0) << qint64(0) << qint64(14) << QString();
        QTest::newRow("HELO not in the log")
            << QByteArray("smtpd_helo_restrictions = permit_mynetworks, reject_non_fqdn_helo_hostname\n")
            << QStringList {} << qint64(0) << qint64(0) << qint64(12) << QString();
        QTest::newRow("map missing from the policy")
            << QByteArray("smtpd_client_restrictions = permit_mynetworks, check_client_access "
                          "cidr:/etc/postfix/gone.cidr\n")
            << QStringList {} << qint64(0) << qint64(0) << qint64(12) << QString();
    }
    void rules()
    {
        QFETCH(QByteArray, proposed);
        QFETCH(QStringList, files);
        QFETCH(qint64, rejects);
        QFETCH(qint64, tempfails);
        QFETCH(qint64, undecided);
        QFETCH(QString, rule);
        const Preview::Report r = preview(storyLog(), snapshot({}), snapshot(proposed, files));
        QCOMPARE(r.accepted, 14);
        QCOMPARE(r.connections, 14);
        QCOMPARE(r.currentDisagrees, 0);
        QCOMPARE(r.wouldReject, rejects);
        QCOMPARE(r.wouldTempfail, tempfails);
        QCOMPARE(r.undecided, undecided);
        QCOMPARE(r.harmsMail(), rejects + tempfails > 0);
        if (!rule.isEmpty()) {
            QVERIFY(!r.rules.isEmpty());
            QCOMPARE(r.rules.first().rule, rule);
            QCOMPARE(r.rules.first().rejects + r.rules.first().tempfails, rejects + tempfails);
        }
        qint64 listed = 0;
        for (const Preview::RuleImpact &i : r.rules)
            listed += i.rejects + i.tempfails;
        QCOMPARE(listed, rejects + tempfails);
    }

    void storyExamplesAndSummary()
    {
        const Preview::Report r = preview(storyLog(), snapshot({}),
            snapshot("smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"
                     "unknown_client_reject_code = 450\n"));
        QCOMPARE(r.summary(),
            QStringLiteral("would reject 0 and tempfail 7 of 14 connections that were accepted"));
        QCOMPARE(r.rules.size(), 1);
        const Preview::RuleImpact &rule = r.rules.first();
        QCOMPARE(rule.stage, QStringLiteral("smtpd_client_restrictions"));
        QCOMPARE(rule.code, 450);
        QCOMPARE(rule.examples.size(), Preview::MaxExamples);
        const Preview::Example &e = rule.examples.first();
        QCOMPARE(e.client, QStringLiteral("unknown[192.0.2.1]"));
        QCOMPARE(e.sender, QStringLiteral("alice@partner.example"));
        QCOMPARE(e.recipient, QStringLiteral("bob@gw.example"));
        QCOMPARE(e.timeText(), QStringLiteral("2026-11-23 09:00:00"));
        QCOMPARE(e.code, 450);
        QVERIFY(r.notEvaluated.isEmpty());
    }

    void notEvaluatedListed()
    {
        const Preview::Report r = preview(storyLog(), snapshot({}),
            snapshot("smtpd_recipient_restrictions = permit_mynetworks, check_policy_service "
                     "inet:127.0.0.1:10023\n"));
        QCOMPARE(r.undecided, 12);
        QCOMPARE(r.notEvaluated.size(), 1);
        QCOMPARE(r.notEvaluated.first().what,
            QStringLiteral("check_policy_service inet:127.0.0.1:10023: not evaluated"));
        QCOMPARE(r.notEvaluated.first().connections, 12);
    }

    void sameServiceInCurrentIsTakenAsPassed()
    {
        // Accepted under a policy that asked the service: the service let
        // them through, so the new rule after it decides.
        const QByteArray service = "smtpd_recipient_restrictions = permit_mynetworks, "
                                   "check_policy_service inet:127.0.0.1:10023, ";
        const Preview::Report r = preview(storyLog(), snapshot(service + "reject_unauth_destination\n"),
            snapshot(service + "reject_unknown_client_hostname, reject_unauth_destination\n"));
        QCOMPARE(r.undecided, 0);
        QCOMPARE(r.wouldTempfail, 7);
        QVERIFY(r.notEvaluated.isEmpty());
    }

    void dnsblAnswers()
    {
        LogBuilder b;
        b.text += line(0, "dnsblog", 600, "addr 192.0.2.3 listed by domain bl.example as 127.0.0.2");
        const QByteArray log = storyLog(b);
        const PolicySnapshot proposed = snapshot(
            "smtpd_client_restrictions = permit_mynetworks, reject_rbl_client bl.example=127.0.0.2\n");
        Preview::Report r = preview(log, snapshot({}), proposed);
        QCOMPARE(r.wouldReject, 1);
        QCOMPARE(r.undecided, 11);
        QCOMPARE(r.notEvaluated.first().what,
            QStringLiteral("reject_rbl_client bl.example=127.0.0.2: no answer in the log"));
        QCOMPARE(r.rules.first().code, 554);

        Preview::Options o = options();
        QStringList asked;
        o.dnsbl = [&](const QString &zone, const QByteArray &ip) -> std::optional<bool> {
            asked << zone;
            return ip.endsWith(".4");
        };
        r = preview(log, snapshot({}), proposed, o);
        QCOMPARE(r.wouldReject, 3); // 192.0.2.3 from the log, 192.0.2.4 and 198.51.100.4 asked
        QCOMPARE(r.undecided, 0);
        QCOMPARE(asked.size(), 11); // never for what the log already says
        QVERIFY(asked.contains(QStringLiteral("bl.example")));

        // The current policy already asks the list: the accepted were not listed.
        r = preview(log, snapshot("smtpd_recipient_restrictions = reject_rbl_client bl.example\n"),
            snapshot("smtpd_client_restrictions = reject_rbl_client bl.example\n"));
        QCOMPARE(r.undecided, 0);
    }

    void newlyAccepted()
    {
        LogBuilder b;
        b.tempfailed("203.0.113.1");
        b.tempfailed("203.0.113.2");
        b.tempfailed("203.0.113.3");
        const QByteArray story
            = "smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"
              "unknown_client_reject_code = 450\n";
        // Rolling the rule back lets the three in again.
        const Preview::Report r = preview(b.text, snapshot(story), snapshot({}));
        QCOMPARE(r.refused, 3);
        QCOMPARE(r.newlyAccepted, 3);
        QCOMPARE(r.notReproduced, 0);
        QCOMPARE(r.accepted, 0);
        QVERIFY(!r.harmsMail());
        QCOMPARE(r.rules.first().admits, 3);
        QCOMPARE(r.rules.first().admitExamples.first().client, QStringLiteral("unknown[203.0.113.1]"));
        // Refusals the current policy does not explain are not promised away.
        const Preview::Report other = preview(b.text, snapshot({}), snapshot({}));
        QCOMPARE(other.notReproduced, 3);
        QCOMPARE(other.newlyAccepted, 0);
    }

    void lastHoursOnly()
    {
        LogBuilder b;
        for (int i = 1; i <= 4; ++i)
            b.accepted("unknown", "203.0.113." + QByteArray::number(i));
        // A day and a half later, the story.
        b.time += 36 * 3600;
        const QByteArray log = storyLog(b);
        const PolicySnapshot proposed
            = snapshot("smtpd_client_restrictions = reject_unknown_client_hostname\n");
        Preview::Report r = preview(log, snapshot({}), proposed, options(24));
        QCOMPARE(r.accepted, 14);
        QCOMPARE(r.wouldTempfail, 9);
        QCOMPARE(r.windowEnd - r.windowStart, 24 * 3600);
        r = preview(log, snapshot({}), proposed, options(0));
        QCOMPARE(r.accepted, 18);
        QCOMPARE(r.wouldTempfail, 13);
    }

    void badInput()
    {
        LogBuilder b;
        b.text += "not a log line at all\n";
        b.text += QByteArray(10 * 1024 * 1024, 'z') + '\n';
        b.text += stampAt(0) + " gw postfix/smtpd[1]: " + QByteArray(10 * 1024 * 1024, 'y') + '\n';
        QByteArray log = storyLog(b);
        log.replace("\n", "\r\n");
        log += "Nov 23 09:59:59 gw postfix/smtpd[77]: connect from unknown[";
        const Preview::Report r = preview(log, snapshot({}),
            snapshot("smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"));
        QCOMPARE(r.accepted, 14);
        QCOMPARE(r.wouldTempfail, 7);
        QCOMPARE(r.cutLines, 2);
        QVERIFY(r.unparsedLines >= 2);
    }

    void pipeIsSpooled()
    {
        PipeDevice pipe(storyLog());
        const MailOps::Result<Preview::Report> r = Preview::run(&pipe, snapshot({}),
            snapshot("smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"),
            options());
        QVERIFY(r.ok());
        QCOMPARE(r->wouldTempfail, 7);
        QCOMPARE(r->accepted, 14);
    }

    void progressAndCancel()
    {
        LogBuilder b;
        for (int i = 0; i < 12000; ++i)
            b.accepted("unknown", "192.0.2." + QByteArray::number(1 + i % 200));
        QBuffer buffer;
        buffer.setData(b.text);
        buffer.open(QIODevice::ReadOnly);
        QList<std::pair<qint64, qint64>> calls;
        const auto progress = [&](qint64 done, qint64 total) { calls << std::pair { done, total }; };
        const PolicySnapshot proposed
            = snapshot("smtpd_client_restrictions = reject_unknown_client_hostname\n");
        MailOps::Result<Preview::Report> r
            = Preview::run(&buffer, snapshot({}), proposed, options(0), progress);
        QVERIFY(r.ok());
        QVERIFY(calls.size() > 1);
        QCOMPARE(calls.last().first, calls.last().second);
        QCOMPARE(calls.last().second, buffer.size());
        QCOMPARE(r->wouldTempfail, 12000);

        calls.clear();
        buffer.seek(0);
        r = Preview::run(
            &buffer, snapshot({}), proposed, options(0), progress, [&] { return !calls.isEmpty(); });
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(calls.size(), 1);
        QVERIFY(r->wouldTempfail < 12000);
    }

    void evaluateOne()
    {
        PostfixConnectionLog::Connection c;
        c.clientName = "unknown";
        c.clientIp = "192.0.2.1";
        c.reverse = PostfixConnectionLog::Connection::Reverse::Absent;
        c.outcome = PostfixConnectionLog::Connection::Outcome::Accepted;
        c.recipients = { "bob@gw.example" };
        c.senders = { "" };
        Preview::Verdict v = Preview::evaluate(c,
            snapshot("smtpd_client_restrictions = reject_unknown_client_hostname\nunknown_client_reject_code "
                     "= 550\n"));
        QCOMPARE(v.decision, Preview::Decision::Reject);
        QCOMPARE(v.code, 550);
        QCOMPARE(v.rule, QStringLiteral("reject_unknown_client_hostname"));
        c.helo = "localhost";
        v = Preview::evaluate(c, snapshot("smtpd_helo_restrictions = reject_non_fqdn_helo_hostname\n"));
        QCOMPARE(v.decision, Preview::Decision::Reject);
        QCOMPARE(v.code, 504);
        c.helo = "bad..name";
        v = Preview::evaluate(c, snapshot("smtpd_helo_restrictions = reject_invalid_helo_hostname\n"));
        QCOMPARE(v.code, 501);
        c.helo = "[192.0.2.1]";
        v = Preview::evaluate(c,
            snapshot(
                "smtpd_helo_restrictions = reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname\n"));
        QCOMPARE(v.decision, Preview::Decision::Accept);
        // The empty sender meets smtpd_null_access_lookup_key.
        v = Preview::evaluate(c,
            snapshot("smtpd_sender_restrictions = check_sender_access texthash:/etc/postfix/s\n",
                { QStringLiteral("s"), QStringLiteral("<> 550 no bounces here\n") }));
        QCOMPARE(v.code, 550);
        c.saslUser = "joe";
        v = Preview::evaluate(c,
            snapshot("smtpd_sasl_auth_enable = yes\nsmtpd_client_restrictions = "
                     "permit_sasl_authenticated, reject\n"));
        QCOMPARE(v.decision, Preview::Decision::Accept);
        QCOMPARE(Preview::decisionName(Preview::Decision::Tempfail), QStringLiteral("tempfail"));
    }

    void fetchLogByFixedArgv()
    {
        FakeTransport t;
        const QByteArray tail = "cut line\nNov 23 09:00:00 gw postfix/smtpd[1]: connect from a[192.0.2.1]\n";
        t.answers << FakeTransport::Answer { tail, {}, 0, {}, {} };
        PolicyGateway gateway(&t, QStringLiteral("/etc/postfix"));
        const MailOps::Result<QByteArray> text
            = Preview::fetchLog(&gateway, QStringLiteral("/var/log/mail.log"), tail.size());
        QVERIFY(text.ok());
        QCOMPARE(t.commands.first(),
            (QStringList { QStringLiteral("tail"), QStringLiteral("-c"), QString::number(tail.size()),
                QStringLiteral("--"), QStringLiteral("/var/log/mail.log") }));
        QCOMPARE(*text, QByteArray("Nov 23 09:00:00 gw postfix/smtpd[1]: connect from a[192.0.2.1]\n"));
        QVERIFY(!Preview::fetchLog(&gateway, QStringLiteral("relative/mail.log")).ok());
        QCOMPARE(t.commands.size(), 1);
    }
};

QTEST_GUILESS_MAIN(PolicyImpactPreviewTest)
#include "policyimpactpreview_test.moc"
