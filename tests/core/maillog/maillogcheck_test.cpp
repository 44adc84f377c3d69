#include "maillog/maillogcheck.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace MailOps;
using EventClass = MailLogCheck::EventClass;

Q_DECLARE_METATYPE(MailOps::MailLogCheck::EventClass)

namespace {

// Local time, as syslog writes it.
const QDateTime kNow(QDate(2026, 3, 14), QTime(10, 30, 0), Qt::LocalTime);

QByteArray stamp(const QDateTime &t)
{
    const QDateTime l = t.toLocalTime();
    return QLocale::c().toString(l, QStringLiteral("MMM")).toLatin1() + ' '
        + QByteArray::number(l.date().day()).rightJustified(2, ' ') + ' '
        + l.time().toString(QStringLiteral("hh:mm:ss")).toLatin1();
}

QByteArray ago(int secs)
{
    return stamp(kNow.addSecs(-secs));
}

QByteArray reject(int secsAgo, const QByteArray &reply)
{
    return ago(secsAgo) + " gw postfix/smtpd[11]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: " + reply
        + "; from=<a@example.com> to=<b@gw.example> proto=ESMTP helo=<x>";
}

const QByteArray kDnsbl
    = "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
const QByteArray kRdns = "450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]";
const QByteArray kGrey = "450 4.2.0 <b@gw.example>: Recipient address rejected: Greylisted";
const QByteArray kUser
    = "550 5.1.1 <b@gw.example>: Recipient address rejected: User unknown in virtual mailbox table";

QByteArray delivery(int secsAgo, const QByteArray &status)
{
    return ago(secsAgo) + " gw postfix/smtp[12]: 3F2A81C0B1: to=<x@example.net>, relay=none, delay=5, "
        + "delays=0/0/5/0, dsn=" + (status == "bounced" ? "5.1.1" : "4.4.1") + ", status=" + status
        + " (boom)";
}

void writeLog(const QString &path, const QList<QByteArray> &lines)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray &l : lines)
        f.write(l + '\n');
}

} // namespace

class MailLogCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QList<qint64>>("expected"); // rejects, tempfails, bounces, deferred

        QTest::newRow("empty") << QList<QByteArray> {} << 15 << QList<qint64> { 0, 0, 0, 0 };
        QTest::newRow("one of each") << QList<QByteArray> { reject(60, kDnsbl), reject(61, kRdns),
            delivery(62, "bounced"), delivery(63, "deferred"), delivery(64, "sent") }
                                     << 15 << QList<qint64> { 2, 1, 1, 1 };
        QTest::newRow("older than the window") << QList<QByteArray> { reject(16 * 60, kDnsbl),
            reject(14 * 60, kDnsbl), delivery(3600, "deferred") }
                                               << 15 << QList<qint64> { 1, 0, 0, 0 };
        QTest::newRow("a wider window") << QList<QByteArray> { reject(16 * 60, kDnsbl),
            reject(14 * 60, kDnsbl), delivery(3600, "deferred") }
                                        << 90 << QList<qint64> { 2, 0, 0, 1 };
        QTest::newRow("future lines are another year's") << QList<QByteArray> { reject(-3600, kDnsbl),
            reject(-60, kDnsbl) } << 15 << QList<qint64> { 1, 0, 0, 0 };
        QTest::newRow("temporary rejects") << QList<QByteArray> { reject(1, kGrey), reject(2, kRdns),
            reject(3, kUser) } << 15 << QList<qint64> { 3, 2, 0, 0 };
        QTest::newRow("junk and cut lines") << QList<QByteArray> { "garbage", QByteArray(300, '\xff'),
            ago(5) + " gw postfix", reject(5, kUser) }
                                            << 15 << QList<qint64> { 1, 0, 0, 0 };
        QTest::newRow("RFC 3339 with an offset") << QList<QByteArray> {
            kNow.addSecs(-120).toOffsetFromUtc(5 * 3600).toString(Qt::ISODate).toLatin1()
                + " gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: " + kUser
                + "; from=<a@x> to=<b@y> proto=ESMTP helo=<x>",
            kNow.addSecs(-7200).toOffsetFromUtc(-3 * 3600).toString(Qt::ISODate).toLatin1()
                + " gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: " + kUser
                + "; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
        } << 15 << QList<qint64> { 1, 0, 0, 0 };
    }

    void counts()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(int, minutes);
        QFETCH(QList<qint64>, expected);
        MailLogCheck check(minutes);
        check.setNow(kNow);
        for (const QByteArray &l : lines)
            check.addLine(l);
        const auto &c = check.counts();
        QCOMPARE((QList<qint64> { c.rejects, c.tempfails, c.bounces, c.deferred }), expected);
        QCOMPARE(c.lines, qint64(lines.size()));
    }

    void newYear()
    {
        // Read just after midnight on 1 January: December's lines are last year's.
        MailLogCheck check(15);
        const QDateTime now(QDate(2027, 1, 1), QTime(0, 5), Qt::LocalTime);
        check.setNow(now);
        check.addLine(
            QByteArray("Dec 31 23:58:00 gw postfix/smtpd[11]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: "
                + kDnsbl + "; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"));
        check.addLine(
            QByteArray("Jan  1 00:04:00 gw postfix/smtpd[11]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: "
                + kDnsbl + "; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"));
        QCOMPARE(check.counts().rejects, qint64(2));
    }

    void render_data()
    {
        QTest::addColumn<EventClass>("cls");
        QTest::addColumn<qint64>("warning");
        QTest::addColumn<qint64>("critical");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("pattern");
        const EventClass r = EventClass::Rejects;
        QTest::newRow("ok")
            << r << qint64(50) << qint64(100) << 0
            << QStringLiteral(
                   "^LOG OK - 6 rejects in the last 15 min: dnsbl 3, rdns 2, other 1 \\| "
                   "rejects=6;50;100;0; tempfails=2;;;0; bounces=1;;;0; deferred=1;;;0; "
                   "rdns=2;;;0; dnsbl=3;;;0; spf=0;;;0; relay=0;;;0; greylisting=0;;;0; other=1;;;0;\n");
        QTest::newRow("warning at the threshold")
            << r << qint64(6) << qint64(10) << 1
            << QStringLiteral("^LOG WARNING - 6 rejects in the last 15 min \\(warning at 6\\)");
        QTest::newRow("critical") << r << qint64(2) << qint64(5) << 2
                                  << QStringLiteral("^LOG CRITICAL - 6 rejects .*\\(critical at 5\\)");
        QTest::newRow("no thresholds")
            << r << qint64(-1) << qint64(-1) << 0 << QStringLiteral("rejects=6;;;0;");
        QTest::newRow("tempfails")
            << EventClass::Tempfails << qint64(1) << qint64(3) << 1
            << QStringLiteral("^LOG WARNING - 2 tempfails in the last 15 min .*tempfails=2;1;3;0;");
        QTest::newRow("bounces") << EventClass::Bounces << qint64(5) << qint64(1) << 2
                                 << QStringLiteral("^LOG CRITICAL - 1 bounces");
        QTest::newRow("deferred") << EventClass::Deferred << qint64(2) << qint64(3) << 0
                                  << QStringLiteral(
                                         "^LOG OK - 1 deferred in the last 15 min \\|.*deferred=1;2;3;0;");
    }

    void render()
    {
        QFETCH(EventClass, cls);
        QFETCH(qint64, warning);
        QFETCH(qint64, critical);
        QFETCH(int, exitCode);
        QFETCH(QString, pattern);
        MailLogCheck check;
        check.setNow(kNow);
        for (const QByteArray &l :
            { reject(1, kDnsbl), reject(2, kDnsbl), reject(3, kDnsbl), reject(4, kRdns), reject(5, kRdns),
                reject(6, kUser), delivery(7, "bounced"), delivery(8, "deferred"), reject(3600, kUser) })
            check.addLine(l);
        const auto out = check.render(cls, warning, critical);
        QCOMPARE(int(out.exitCode), exitCode);
        QVERIFY2(QRegularExpression(pattern).match(out.text).hasMatch(), qPrintable(out.text));
        QVERIFY(!out.text.section(QLatin1Char('\n'), 0, 0).isEmpty());
    }

    void classNames()
    {
        QCOMPARE(MailLogCheck::classFromName(u"rejects"), EventClass::Rejects);
        QCOMPARE(MailLogCheck::classFromName(u"TEMPFAILS"), EventClass::Tempfails);
        QCOMPARE(MailLogCheck::classFromName(u"bounces"), EventClass::Bounces);
        QCOMPARE(MailLogCheck::classFromName(u"deferred"), EventClass::Deferred);
        QVERIFY(!MailLogCheck::classFromName(u"spam"));
        QVERIFY(!MailLogCheck::classFromName(u""));
    }

    void readsOnlyTheTail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        QList<QByteArray> lines;
        // 2 MB of old rejects, then recent ones in the last 100 KB.
        const QByteArray old = reject(10 * 60, kDnsbl);
        for (qint64 size = 0; size < 2 * 1024 * 1024; size += old.size() + 1)
            lines << old;
        for (int i = 0; i < 300; ++i)
            lines << reject(60, kUser);
        writeLog(path, lines);
        MailLogCheck check(15);
        check.setNow(kNow);
        check.setMaxTailBytes(100 * 1024);
        QVERIFY(check.readTail(path));
        const auto &c = check.counts();
        QVERIFY(c.partial);
        QVERIFY(c.bytesRead <= 100 * 1024);
        QCOMPARE(c.unparsed, qint64(0)); // the cut first line was skipped, not parsed
        QCOMPARE(c.rejectsByClass[size_t(MailLogEvent::RejectClass::Other)], qint64(300));
        QVERIFY(c.rejects > 300 && c.rejects < 700);
        // The tail reaches back 10 minutes of a 15-minute window: said so.
        const auto out = check.render(EventClass::Rejects, -1, -1);
        QVERIFY2(out.text.contains(QLatin1String("covering 10 min")), qPrintable(out.text));

        // The whole file when it fits.
        MailLogCheck all(15);
        all.setNow(kNow);
        QVERIFY(all.readTail(path));
        QVERIFY(!all.counts().partial);
        QCOMPARE(all.counts().lines, qint64(lines.size()));
        QVERIFY(!all.render(EventClass::Rejects, -1, -1).text.contains(QLatin1String("covering")));
    }

    void tailStartingOnALineBoundaryKeepsThatLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        const QByteArray a = reject(10, kDnsbl), b = reject(5, kUser);
        writeLog(path, { a, b });
        MailLogCheck check;
        check.setNow(kNow);
        check.setMaxTailBytes(b.size() + 1);
        QVERIFY(check.readTail(path));
        QCOMPARE(check.counts().lines, qint64(1));
        QCOMPARE(check.counts().rejects, qint64(1));
    }

    void overlongLinesAndNoFinalNewline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reject(5, kDnsbl) + ' ' + QByteArray(5 * 1024 * 1024, 'x') + '\n');
        f.write(reject(5, kUser)); // no newline: still counted
        f.close();
        MailLogCheck check;
        check.setNow(kNow);
        QVERIFY(check.readTail(path));
        QCOMPARE(check.counts().lines, qint64(2));
        QCOMPARE(check.counts().rejects, qint64(2));
    }

    void unreadableLogs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("missing") << QStringLiteral("missing") << Error::Code::NotFound;
        QTest::newRow("a directory") << QStringLiteral("dir") << Error::Code::InvalidInput;
        QTest::newRow("a fifo") << QStringLiteral("fifo") << Error::Code::InvalidInput;
        QTest::newRow("no path") << QStringLiteral("empty") << Error::Code::InvalidInput;
    }

    void unreadableLogs()
    {
        QFETCH(QString, kind);
        QFETCH(Error::Code, code);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("mail.log"));
        if (kind == QLatin1String("dir"))
            QVERIFY(QDir().mkdir(path));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("empty"))
            path.clear();
        MailLogCheck check;
        const Status s = check.readTail(path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, code);
        const auto out = MailLogCheck::renderError(s.error().message);
        QCOMPARE(int(out.exitCode), 3);
        QVERIFY(out.text.startsWith(QLatin1String("LOG UNKNOWN - ")));
    }

    void notAMailLogIsUnknown()
    {
        MailLogCheck check;
        check.addLine("hello");
        check.addLine("world");
        const auto out = check.render(EventClass::Rejects, 1, 2);
        QCOMPARE(int(out.exitCode), 3);
        QVERIFY2(
            out.text.startsWith(QLatin1String("LOG UNKNOWN - none of the 2 lines")), qPrintable(out.text));
    }
};

QTEST_GUILESS_MAIN(MailLogCheckTest)
#include "maillogcheck_test.moc"
