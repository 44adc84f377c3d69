#include "queue/queuefilter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace MailOps;

namespace {

constexpr qint64 kNow = 1795440000;

// "key=value" rows read better in a table than a QMap.
QMap<QString, QString> optionsOf(const QStringList &pairs)
{
    QMap<QString, QString> options;
    for (const QString &p : pairs) {
        const qsizetype eq = p.indexOf(u'=');
        options.insert(p.left(eq), p.mid(eq + 1));
    }
    return options;
}

// Recipients as "address|delay reason".
QueueEntry entry(const QString &queue, const QString &sender, const QStringList &recipients, qint64 age)
{
    QueueEntry e;
    e.queueName = queue;
    e.queue = QueueEntry::queueFromName(queue);
    e.queueId = QStringLiteral("4F1A2B3C4D");
    e.sender = sender;
    e.arrivalTime = age < 0 ? 0 : kNow - age;
    for (const QString &r : recipients) {
        const qsizetype bar = r.indexOf(u'|');
        e.recipients << QueueRecipient { bar < 0 ? r : r.left(bar), bar < 0 ? QString() : r.mid(bar + 1) };
    }
    return e;
}

const QString kRefused = QStringLiteral("connect to 192.0.2.1[192.0.2.1]:25: Connection refused");
const QString kGreylisted
    = QStringLiteral("host mx.example.com[192.0.2.7] said: 450 4.7.1 <bob@example.com>: "
                     "Recipient address rejected: Greylisted (in reply to RCPT TO command)");

} // namespace

class QueueFilterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void refusesBadCriteria_data();
    void refusesBadCriteria();
    void describe_data();
    void describe();
    void parseAge_data();
    void parseAge();
    void isEmpty();
    void failedSetterKeepsFilter();
    void garbageNeverCrashes();
    void matchesLargeQueueQuickly();
};

void QueueFilterTest::matches_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<qint64>("age"); // seconds; -1: unknown arrival time
    QTest::addColumn<bool>("expected");

    const QString deferred = QStringLiteral("deferred");
    const QString alice = QStringLiteral("alice@sender.test");
    const QStringList bob { QStringLiteral("bob@example.com|") + kRefused };
    const QStringList none;

    QTest::newRow("empty filter matches anything") << none << deferred << alice << bob << qint64(60) << true;

    QTest::newRow("domain exact") << QStringList { QStringLiteral("domain=example.com") } << deferred << alice
                                  << bob << qint64(60) << true;
    QTest::newRow("domain ignores case")
        << QStringList { QStringLiteral("domain=EXAMPLE.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@Example.COM") } << qint64(60) << true;
    QTest::newRow("domain exact is not its subdomain")
        << QStringList { QStringLiteral("domain=example.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@mx.example.com") } << qint64(60) << false;
    QTest::newRow("leading dot matches a subdomain")
        << QStringList { QStringLiteral("domain=.example.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@eu.mx.example.com") } << qint64(60) << true;
    QTest::newRow("leading dot is not the domain itself")
        << QStringList { QStringLiteral("domain=.example.com") } << deferred << alice << bob << qint64(60)
        << false;
    QTest::newRow("star dot means leading dot")
        << QStringList { QStringLiteral("domain=*.example.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@mx.example.com") } << qint64(60) << true;
    QTest::newRow("a longer name is not a subdomain")
        << QStringList { QStringLiteral("domain=.example.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@badexample.com") } << qint64(60) << false;
    QTest::newRow("domain suffix is not the domain")
        << QStringList { QStringLiteral("domain=example.com") } << deferred << alice
        << QStringList { QStringLiteral("bob@badexample.com") } << qint64(60) << false;
    QTest::newRow("domain list is alternatives")
        << QStringList { QStringLiteral("domain=a.test, example.com") } << deferred << alice << bob
        << qint64(60) << true;
    QTest::newRow("any recipient may match")
        << QStringList { QStringLiteral("domain=example.com") } << deferred << alice
        << QStringList { QStringLiteral("x@a.test"), QStringLiteral("y@example.com") } << qint64(60) << true;
    QTest::newRow("address without domain")
        << QStringList { QStringLiteral("domain=example.com") } << deferred << alice
        << QStringList { QStringLiteral("postmaster") } << qint64(60) << false;
    QTest::newRow("no recipients") << QStringList { QStringLiteral("domain=example.com") } << deferred
                                   << alice << none << qint64(60) << false;

    QTest::newRow("sender exact") << QStringList { QStringLiteral("sender=alice@sender.test") } << deferred
                                  << alice << bob << qint64(60) << true;
    QTest::newRow("sender in angle brackets, other case")
        << QStringList { QStringLiteral("sender=<Alice@Sender.TEST>") } << deferred << alice << bob
        << qint64(60) << true;
    QTest::newRow("sender other address") << QStringList { QStringLiteral("sender=carol@sender.test") }
                                          << deferred << alice << bob << qint64(60) << false;
    QTest::newRow("sender domain") << QStringList { QStringLiteral("sender=@sender.test") } << deferred
                                   << alice << bob << qint64(60) << true;
    QTest::newRow("sender domain is exact")
        << QStringList { QStringLiteral("sender=@test") } << deferred << alice << bob << qint64(60) << false;
    QTest::newRow("null sender") << QStringList { QStringLiteral("sender=<>") } << deferred << QString()
                                 << bob << qint64(60) << true;
    QTest::newRow("null sender as postqueue -j writes it")
        << QStringList { QStringLiteral("sender=<>") } << deferred << QStringLiteral("MAILER-DAEMON") << bob
        << qint64(60) << true;
    QTest::newRow("null sender is not a real one")
        << QStringList { QStringLiteral("sender=<>") } << deferred << alice << bob << qint64(60) << false;
    QTest::newRow("a real sender is not the null one")
        << QStringList { QStringLiteral("sender=@sender.test") } << deferred << QString() << bob << qint64(60)
        << false;
    QTest::newRow("sender alternatives") << QStringList { QStringLiteral("sender=<>,@sender.test") }
                                         << deferred << alice << bob << qint64(60) << true;

    QTest::newRow("reason raw substring") << QStringList { QStringLiteral("reason=Connection refused") }
                                          << deferred << alice << bob << qint64(60) << true;
    QTest::newRow("reason ignores case") << QStringList { QStringLiteral("reason=connection REFUSED") }
                                         << deferred << alice << bob << qint64(60) << true;
    QTest::newRow("reason as its pattern")
        << QStringList { QStringLiteral("reason=connect to IP[IP]:N: Connection refused") } << deferred
        << alice << bob << qint64(60) << true;
    QTest::newRow("reason pattern with reply code")
        << QStringList { QStringLiteral("reason=said: 450 4.7.1") } << deferred << alice
        << QStringList { QStringLiteral("bob@example.com|") + kGreylisted } << qint64(60) << true;
    QTest::newRow("reason other") << QStringList { QStringLiteral("reason=Greylisted") } << deferred << alice
                                  << bob << qint64(60) << false;
    QTest::newRow("reason needs a delay reason")
        << QStringList { QStringLiteral("reason=refused") } << deferred << alice
        << QStringList { QStringLiteral("bob@example.com") } << qint64(60) << false;
    QTest::newRow("domain and reason on one recipient")
        << QStringList { QStringLiteral("domain=b.test"), QStringLiteral("reason=refused") } << deferred
        << alice << QStringList { QStringLiteral("x@a.test|") + kRefused, QStringLiteral("y@b.test") }
        << qint64(60) << false;
    QTest::newRow("domain and reason, second recipient")
        << QStringList { QStringLiteral("domain=b.test"), QStringLiteral("reason=refused") } << deferred
        << alice << QStringList { QStringLiteral("x@a.test"), QStringLiteral("y@b.test|") + kRefused }
        << qint64(60) << true;

    QTest::newRow("queue") << QStringList { QStringLiteral("queue=deferred") } << deferred << alice << bob
                           << qint64(60) << true;
    QTest::newRow("queue other") << QStringList { QStringLiteral("queue=hold") } << deferred << alice << bob
                                 << qint64(60) << false;
    QTest::newRow("queue list") << QStringList { QStringLiteral("queue=Hold,deferred") } << deferred << alice
                                << bob << qint64(60) << true;

    QTest::newRow("older than, met") << QStringList { QStringLiteral("older-than=30") } << deferred << alice
                                     << bob << qint64(3600) << true;
    QTest::newRow("older than, exactly") << QStringList { QStringLiteral("older-than=30") } << deferred
                                         << alice << bob << qint64(1800) << true;
    QTest::newRow("older than, too young") << QStringList { QStringLiteral("older-than=30") } << deferred
                                           << alice << bob << qint64(1799) << false;
    QTest::newRow("older than, unknown arrival")
        << QStringList { QStringLiteral("older-than=0") } << deferred << alice << bob << qint64(-1) << false;

    const QStringList all { QStringLiteral("domain=example.com"), QStringLiteral("sender=@sender.test"),
        QStringLiteral("reason=refused"), QStringLiteral("queue=deferred"), QStringLiteral("older-than=1h") };
    QTest::newRow("everything at once") << all << deferred << alice << bob << qint64(7200) << true;
    QTest::newRow("everything but the queue")
        << all << QStringLiteral("hold") << alice << bob << qint64(7200) << false;
    QTest::newRow("everything but the age") << all << deferred << alice << bob << qint64(60) << false;
}

void QueueFilterTest::matches()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, queue);
    QFETCH(QString, sender);
    QFETCH(QStringList, recipients);
    QFETCH(qint64, age);
    QFETCH(bool, expected);
    const Result<QueueFilter> f = QueueFilter::parse(optionsOf(filter));
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QCOMPARE(f->matches(entry(queue, sender, recipients, age), kNow), expected);
}

void QueueFilterTest::refusesBadCriteria_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::newRow("domain with a space") << QStringList { QStringLiteral("domain=exa mple.com") };
    QTest::newRow("domain as an address") << QStringList { QStringLiteral("domain=bob@example.com") };
    QTest::newRow("domain empty") << QStringList { QStringLiteral("domain=") };
    QTest::newRow("domain only commas") << QStringList { QStringLiteral("domain=,,") };
    QTest::newRow("domain a dot") << QStringList { QStringLiteral("domain=.") };
    QTest::newRow("domain empty label") << QStringList { QStringLiteral("domain=..example.com") };
    QTest::newRow("domain wildcard inside") << QStringList { QStringLiteral("domain=mx.*.example.com") };
    QTest::newRow("domain label over 63")
        << QStringList { QStringLiteral("domain=%1.com").arg(QString(64, u'a')) };
    QTest::newRow("sender without @") << QStringList { QStringLiteral("sender=alice") };
    QTest::newRow("sender without domain") << QStringList { QStringLiteral("sender=alice@") };
    QTest::newRow("sender with a space") << QStringList { QStringLiteral("sender=al ice@example.com") };
    QTest::newRow("sender with a newline") << QStringList { QStringLiteral("sender=alice@example.com\nALL") };
    QTest::newRow("reason blank") << QStringList { QStringLiteral("reason=   ") };
    QTest::newRow("reason too long") << QStringList { QStringLiteral("reason=") + QString(1001, u'x') };
    QTest::newRow("queue unknown") << QStringList { QStringLiteral("queue=bounce") };
    QTest::newRow("queue other") << QStringList { QStringLiteral("queue=other") };
    QTest::newRow("age negative") << QStringList { QStringLiteral("older-than=-5") };
    QTest::newRow("age unit unknown") << QStringList { QStringLiteral("older-than=5w") };
    QTest::newRow("age words") << QStringList { QStringLiteral("older-than=an hour") };
    QTest::newRow("age huge") << QStringList { QStringLiteral("older-than=99999999999") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("colour=red") };
}

void QueueFilterTest::refusesBadCriteria()
{
    QFETCH(QStringList, filter);
    const Result<QueueFilter> f = QueueFilter::parse(optionsOf(filter));
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, Error::Code::InvalidInput);
    QVERIFY(!f.error().message.isEmpty());
}

void QueueFilterTest::describe_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QStringList() << QStringLiteral("all queued messages");
    QTest::newRow("domain") << QStringList { QStringLiteral("domain=Example.com.") }
                            << QStringLiteral("for example.com");
    QTest::newRow("subdomains") << QStringList { QStringLiteral("domain=.example.com") }
                                << QStringLiteral("for subdomains of example.com");
    QTest::newRow("two domains") << QStringList { QStringLiteral("domain=a.test,b.test") }
                                 << QStringLiteral("for a.test or b.test");
    QTest::newRow("null sender") << QStringList { QStringLiteral("sender=<>") }
                                 << QStringLiteral("from the null sender <>");
    QTest::newRow("age in minutes") << QStringList { QStringLiteral("older-than=45") }
                                    << QStringLiteral("older than 45 minutes");
    QTest::newRow("age of one minute")
        << QStringList { QStringLiteral("older-than=1") } << QStringLiteral("older than 1 minute");
    QTest::newRow("age in seconds") << QStringList { QStringLiteral("older-than=90s") }
                                    << QStringLiteral("older than 90 seconds");
    QTest::newRow("age in days") << QStringList { QStringLiteral("older-than=2880") }
                                 << QStringLiteral("older than 2 days");
    QTest::newRow("everything")
        << QStringList { QStringLiteral("domain=example.com"), QStringLiteral("sender=@spam.test"),
               QStringLiteral("reason=Connection refused"), QStringLiteral("queue=deferred,hold"),
               QStringLiteral("older-than=2h") }
        << QStringLiteral(
               "for example.com, from @spam.test, delayed because of \"Connection refused\", in the deferred "
               "or hold queue, older than 2 hours");
}

void QueueFilterTest::describe()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, expected);
    const Result<QueueFilter> f = QueueFilter::parse(optionsOf(filter));
    QVERIFY(f.ok());
    QCOMPARE(f->describe(), expected);
}

void QueueFilterTest::parseAge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("minutes by default") << QStringLiteral("30") << qint64(1800);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90);
    QTest::newRow("minutes") << QStringLiteral(" 15m ") << qint64(900);
    QTest::newRow("hours") << QStringLiteral("2H") << qint64(7200);
    QTest::newRow("days") << QStringLiteral("1d") << qint64(86400);
}

void QueueFilterTest::parseAge()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const Result<qint64> age = QueueFilter::parseAge(text);
    QVERIFY(age.ok());
    QCOMPARE(*age, seconds);
}

void QueueFilterTest::isEmpty()
{
    QueueFilter f;
    QVERIFY(f.isEmpty());
    f.setMinimumAge(0);
    QVERIFY(!f.isEmpty());
    f.setMinimumAge(-1);
    QVERIFY(f.isEmpty());
    QVERIFY(f.setQueues(QStringList { QStringLiteral("hold") }).ok());
    QVERIFY(!f.isEmpty());
}

void QueueFilterTest::failedSetterKeepsFilter()
{
    QueueFilter f;
    QVERIFY(f.setRecipientDomains({ QStringLiteral("example.com") }).ok());
    QVERIFY(!f.setRecipientDomains({ QStringLiteral("a.test"), QStringLiteral("not a domain") }).ok());
    QCOMPARE(f.recipientDomains(), QStringList { QStringLiteral("example.com") });
    QVERIFY(!f.setSenders(QStringList(101, QStringLiteral("a@b.test"))).ok());
    QVERIFY(f.senders().isEmpty());
}

void QueueFilterTest::garbageNeverCrashes()
{
    // Whatever a user types: an answer, never a crash or a hang.
    QRandomGenerator rng(20261123);
    const QStringList keys = QueueFilter::optionNames();
    const QueueEntry e = entry(QStringLiteral("deferred"), QStringLiteral("a@b.test"),
        { QStringLiteral("c@d.test|") + kRefused }, 100);
    for (int i = 0; i < 2000; ++i) {
        QString value;
        const int length = int(rng.bounded(40));
        for (int j = 0; j < length; ++j)
            value += QChar(char16_t(rng.bounded(2) ? rng.bounded(32, 127) : rng.bounded(0, 0x3000)));
        const Result<QueueFilter> f
            = QueueFilter::parse({ { keys.at(int(rng.bounded(keys.size()))), value } });
        if (f.ok()) {
            f->matches(e, kNow);
            QVERIFY(!f->describe().isEmpty());
        }
    }
}

void QueueFilterTest::matchesLargeQueueQuickly()
{
    // The CLI filters a 100k-message listing as it streams in: the reason
    // criterion (normalised on a miss) is the expensive one.
    QList<QueueEntry> queue;
    queue.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const QString reason = i % 3 == 0
            ? kGreylisted
            : QStringLiteral("connect to 192.0.2.%1[192.0.2.%1]:25: Connection timed out").arg(i % 250);
        queue << entry(QStringLiteral("deferred"), QStringLiteral("s%1@sender.test").arg(i),
            { QStringLiteral("r@d%1.example.com|%2").arg(i % 500).arg(reason) }, i);
    }
    const Result<QueueFilter> f = QueueFilter::parse(optionsOf({ QStringLiteral("domain=.example.com"),
        QStringLiteral("reason=connect to IP[IP]:N: Connection timed out"),
        QStringLiteral("older-than=1m") }));
    QVERIFY(f.ok());
    QElapsedTimer t;
    t.start();
    int hits = 0;
    for (const QueueEntry &e : std::as_const(queue))
        hits += f->matches(e, kNow) ? 1 : 0;
    const qint64 ms = t.elapsed();
    qInfo("100000 entries filtered in %lld ms, %d matched", ms, hits);
    QCOMPARE(hits, 66626); // two of every three, aged 60 s or more
    QVERIFY2(ms < 5000, "filtering a large queue is too slow");
}

QTEST_GUILESS_MAIN(QueueFilterTest)
#include "queuefilter_test.moc"
