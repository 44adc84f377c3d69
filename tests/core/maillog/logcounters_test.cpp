// LogCounters::addLine() takes the parser's counting path (parseForCounters)
// and its own hash table; both must give exactly what add(parse(line)) gives,
// on well-formed logs and on damaged lines alike.
#include "maillog/logcounters.h"
#include "maillog/maillogparser.h"
#include "maillogsynth.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>
#include <random>

using namespace MailOps;
using Kind = MailLogEvent::Kind;
using Status = MailLogEvent::Status;

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QList<QByteArray> synthLines(quint32 seed, bool rfc3339, qint64 count)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MailLogSynth(seed, rfc3339).write(&buffer, count);
    return splitLines(buffer.data());
}

// Cuts, overwrites and splices in the bytes the parser looks for, so that
// every branch meets lines that almost match.
QList<QByteArray> damaged(const QList<QByteArray> &lines, int count)
{
    static const char *const tokens[] = { " ", ":", ": ", "[", "]", "/", "<", ">", ",", ", ", "\r", "=", "0",
        "Z", ", status=", "dsn=", "to=<", "from=<", "reject: ", "NOQUEUE: ", "client=", "connect from ",
        " from ", "helo=<", ">: ", "; from=<", " (", ")", "forwarded as ", "blocked using ", "SPF",
        "postscreen", "statistics: ", "removed", "uid=", "550 ", "5.7.1 ", "header " };
    std::mt19937 rng(4711);
    const auto pick = [&](int n) { return int(rng() % quint32(n)); };
    // Bytes a damaged line may hold; the terminating NUL is not one of them.
    static const char kReplacements[] = " :[]/<>,=09Az\r\x00\xff.-_";
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QByteArray l = lines[pick(int(lines.size()))];
        for (int edits = 1 + pick(3); edits > 0; --edits) {
            const int pos = pick(int(l.size()) + 1);
            switch (pick(5)) {
            case 0:
                l.truncate(pos);
                break;
            case 1:
                if (!l.isEmpty())
                    l[std::min<qsizetype>(pos, l.size() - 1)]
                        = kReplacements[pick(int(sizeof kReplacements) - 1)];
                break;
            case 2:
                l.insert(pos, tokens[pick(int(std::size(tokens)))]);
                break;
            case 3:
                l.remove(pos, 1 + pick(8));
                break;
            default:
                l += tokens[pick(int(std::size(tokens)))] + lines[pick(int(lines.size()))].mid(pick(40));
                break;
            }
        }
        out.append(l.replace('\n', ' '));
    }
    return out;
}

QByteArray describe(const LogCounters &c)
{
    const LogCounters::Totals &t = c.totals();
    QByteArray out;
    for (qint64 v : { t.lines, t.unparsed, t.received, t.reinjected, t.delivered, t.forwarded, t.deferrals,
             t.deferredMessages, t.bounced, t.expired, t.rejected, t.rejectWarnings, t.held, t.discarded,
             t.connects, t.unknownClientConnects, t.postscreenEvents, t.warnings })
        out += QByteArray::number(v) + ' ';
    for (qint64 v : c.rejectsByClass())
        out += QByteArray::number(v) + ' ';
    const auto addHash = [&](const QHash<QByteArray, qint64> &h) {
        QList<QByteArray> keys = h.keys();
        std::sort(keys.begin(), keys.end());
        for (const QByteArray &k : keys)
            out += k.toHex() + '=' + QByteArray::number(h.value(k)) + ' ';
    };
    addHash(c.dsnTotals());
    for (const LogCounters::Minute &m : c.minutes()) {
        out += "\nminute " + QByteArray::number(m.start) + ' ' + QByteArray::number(m.received) + ' '
            + QByteArray::number(m.delivered) + ' ' + QByteArray::number(m.deferred) + ' '
            + QByteArray::number(m.bounced) + ' ' + QByteArray::number(m.rejected) + ' ';
        for (qint64 v : m.rejectsByClass)
            out += QByteArray::number(v) + ' ';
        addHash(m.byDsn);
    }
    for (const auto &table :
        { c.topClients(1 << 20), c.topRejectedClients(1 << 20), c.topSenders(1 << 20) }) {
        out += "\ntable";
        for (const LogCounters::Count &e : table)
            out += ' ' + e.key.toHex() + '=' + QByteArray::number(e.count);
    }
    return out;
}

} // namespace

class LogCountersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countingPathAgreesWithParse_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QFile f(QStringLiteral(MAILOPS_TEST_DATA_DIR "/gateway/mail.log"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> sample = splitLines(f.readAll());
        const QList<QByteArray> synth = synthLines(7, false, 30000);
        const QList<QByteArray> synthRfc = synthLines(8, true, 10000);

        QTest::newRow("test data log") << sample;
        QTest::newRow("generated, syslog stamps") << synth;
        QTest::newRow("generated, RFC 3339 stamps") << synthRfc;
        QTest::newRow("damaged lines") << damaged(sample + synth + synthRfc, 60000);
        QList<QByteArray> prefixes;
        for (const QByteArray &l : sample) {
            for (qsizetype n = 0; n <= l.size(); ++n)
                prefixes.append(l.first(n));
        }
        QTest::newRow("every prefix of the test data") << prefixes;
    }

    void countingPathAgreesWithParse()
    {
        QFETCH(QList<QByteArray>, lines);
        const QDate reference(2026, 1, 15);
        MailLogParser full(reference);
        MailLogParser counting(reference);
        LogCounters viaParse(full);
        LogCounters viaLine(full);
        MailLogEvent reused;
        for (const QByteArray &line : std::as_const(lines)) {
            const MailLogEvent e = full.parse(line);
            counting.parseForCounters(line, reused);
            // The fields LogCounters reads, as documented on parseForCounters().
            QCOMPARE(reused.kind, e.kind);
            QCOMPARE(reused.time, e.time);
            QCOMPARE(reused.program, e.program);
            QCOMPARE(reused.service, e.service);
            QCOMPARE(reused.queueId, e.queueId);
            QCOMPARE(reused.status, e.status);
            QCOMPARE(reused.forwarded, e.forwarded);
            if (e.kind == Kind::Delivery && (e.status == Status::Deferred || e.status == Status::Bounced))
                QCOMPARE(reused.dsn, e.dsn);
            if (e.kind == Kind::Reject) {
                QCOMPARE(reused.client, e.client);
                QCOMPARE(reused.dsn, e.dsn);
                QCOMPARE(reused.smtpCode, e.smtpCode);
                QCOMPARE(reused.rejectClass, e.rejectClass);
            }
            if (e.kind == Kind::Connect) {
                QCOMPARE(reused.client, e.client);
                QCOMPARE(reused.clientName, e.clientName);
            }
            if (e.kind == Kind::QueueFrom)
                QCOMPARE(reused.sender, e.sender);
            viaParse.add(e);
            viaLine.addLine(line);
        }
        QCOMPARE(describe(viaLine), describe(viaParse));
    }

    void pruningKeepsHeavyHitters()
    {
        // Many light keys and a few heavy ones through repeated pruning.
        LogCounters c;
        c.setTopCapacity(64);
        for (int i = 0; i < 5000; ++i) {
            c.addLine(QByteArray("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from light"
                + QByteArray::number(i) + ".example[192.0.2." + QByteArray::number(i % 250) + ']'));
            if (i % 3 == 0)
                c.addLine("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from heavy.example[192.0.2.1]");
            if (i % 5 == 0) // a key beyond the inline size of the table
                c.addLine("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from "
                          "a-very-long-host-name.in.a.long.domain.example[2001:db8::1]");
        }
        const QList<LogCounters::Count> top = c.topClients(2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top[0].key, QByteArray("heavy.example[192.0.2.1]"));
        QCOMPARE(top[0].count, 1667);
        QCOMPARE(top[1].key, QByteArray("a-very-long-host-name.in.a.long.domain.example[2001:db8::1]"));
        QCOMPARE(top[1].count, 1000);
        QVERIFY(c.topClients(1000).size() <= 64);
        QCOMPARE(c.totals().connects, 5000 + 1667 + 1000);
    }

    void copiesCountOnTheirOwn()
    {
        LogCounters a;
        a.addLine("Nov 23 09:12:01 gw postfix/smtpd[1]: connect from x[192.0.2.1]");
        LogCounters b = a;
        b.addLine("Nov 23 09:12:02 gw postfix/smtpd[1]: connect from x[192.0.2.1]");
        a.addLine("Nov 23 09:12:03 gw postfix/smtpd[1]: connect from y[192.0.2.2]");
        QCOMPARE(a.topClients(5).size(), 2);
        QCOMPARE(a.topClients(5)[0].count, 1);
        QCOMPARE(b.topClients(5).size(), 1);
        QCOMPARE(b.topClients(5)[0].count, 2);
    }
};

QTEST_GUILESS_MAIN(LogCountersTest)
#include "logcounters_test.moc"
