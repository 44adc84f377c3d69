#include "monitor/deliveryverdict.h"

#include <QTest>

using namespace MailOps;
using Level = DeliveryVerdict::Level;

namespace {

const QString Refused = QStringLiteral("connect to 127.0.0.1[127.0.0.1]:2: Connection refused");

QueueSummary queue(int deferred, int active, int held, const QString &reason = Refused)
{
    QueueSummary s(1800000000);
    int n = 0;
    const auto add = [&](QueueEntry::Queue q, const QString &why) {
        QueueEntry e;
        e.queue = q;
        e.queueId = QStringLiteral("A%1").arg(++n, 9, 10, QLatin1Char('0'));
        e.arrivalTime = 1800000000 - 600;
        e.recipients << QueueRecipient { QStringLiteral("bob%1@example.test").arg(n), why };
        s.add(e);
    };
    for (int i = 0; i < deferred; ++i)
        add(QueueEntry::Queue::Deferred, reason);
    for (int i = 0; i < active; ++i)
        add(QueueEntry::Queue::Active, QString());
    for (int i = 0; i < held; ++i)
        add(QueueEntry::Queue::Hold, QString());
    return s;
}

DeliveryVerdict judge(const QueueSummary &q, qint64 delivered, const QStringList &loops = {})
{
    DeliveryVerdict::Input in;
    in.queue = q;
    in.delivered = delivered;
    in.logMinutes = 15;
    in.crashLooping = loops;
    return DeliveryVerdict::judge(in);
}

} // namespace

class DeliveryVerdictTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingLeavesIsStopped();
    void stragglersAreFine();
    void manyDeferredWhileMailLeavesIsSlow();
    void heldMailIsNotWaitingForDelivery();
    void postfixDownStopsEverything();
    void unseenServicesAreNoGreen();
    void noSampleYet();
    void crashLoopIsNamed();
    void reasonsInPlainWords_data();
    void reasonsInPlainWords();
};

void DeliveryVerdictTest::nothingLeavesIsStopped()
{
    // The outage of the issue: six deferred, the next hop refuses, all green.
    const DeliveryVerdict v = judge(queue(6, 0, 0), 0);
    QCOMPARE(v.level, Level::Critical);
    QVERIFY2(v.text.startsWith(QLatin1String("Outbound delivery stopped: 6 of 6")), qPrintable(v.text));
    QVERIFY2(v.text.contains(QLatin1String("none delivered in the last 15 min")), qPrintable(v.text));
    QVERIFY2(
        v.text.contains(QLatin1String("the next hop 127.0.0.1:2 refuses connections")), qPrintable(v.text));
    // Without the log the queue alone still tells, more carefully.
    const DeliveryVerdict blind = judge(queue(6, 0, 0), -1);
    QCOMPARE(blind.level, Level::Critical);
    QVERIFY2(blind.text.startsWith(QLatin1String("Outbound delivery looks stopped")), qPrintable(blind.text));
}

void DeliveryVerdictTest::stragglersAreFine()
{
    const DeliveryVerdict v = judge(queue(2, 40, 0), 900);
    QCOMPARE(v.level, Level::Ok);
    QVERIFY2(v.text.startsWith(QLatin1String("Mail is flowing: 900 delivered")), qPrintable(v.text));
    QCOMPARE(judge(queue(0, 0, 0), 0).level, Level::Ok);
    QVERIFY(judge(queue(0, 0, 0), 0).text.startsWith(QLatin1String("Nothing waits")));
    // One message for a dead domain on a quiet gateway is no outage.
    QCOMPARE(judge(queue(1, 0, 0), 0).level, Level::Ok);
    QCOMPARE(judge(queue(4, 0, 0), -1).level, Level::Ok);
}

void DeliveryVerdictTest::manyDeferredWhileMailLeavesIsSlow()
{
    const DeliveryVerdict v = judge(queue(20, 60, 0), 300);
    QCOMPARE(v.level, Level::Warning);
    QVERIFY2(v.text.startsWith(QLatin1String("Delivery is slow: 20 of 80")), qPrintable(v.text));
    // Most of the queue deferred is a stop even with a few deliveries? No:
    // something still leaves, so it is slow, not stopped.
    QCOMPARE(judge(queue(60, 10, 0), 5).level, Level::Warning);
}

void DeliveryVerdictTest::heldMailIsNotWaitingForDelivery()
{
    // Thirty held by the admin and two deferred stragglers: mail flows.
    const DeliveryVerdict v = judge(queue(2, 38, 30), 500);
    QCOMPARE(v.level, Level::Ok);
    QVERIFY2(v.text.contains(QLatin1String("30 on hold")), qPrintable(v.text));
}

void DeliveryVerdictTest::postfixDownStopsEverything()
{
    DeliveryVerdict::Input in;
    in.queue = queue(0, 0, 0);
    in.down << QStringLiteral("postfix");
    const DeliveryVerdict v = DeliveryVerdict::judge(in);
    QCOMPARE(v.level, Level::Critical);
    QVERIFY(v.text.contains(QLatin1String("postfix not running")));
}

void DeliveryVerdictTest::unseenServicesAreNoGreen()
{
    DeliveryVerdict::Input in;
    in.queue = queue(0, 0, 0);
    in.delivered = 0;
    in.servicesError = QStringLiteral("supervisord refused the connection");
    const DeliveryVerdict v = DeliveryVerdict::judge(in);
    QCOMPARE(v.level, Level::Warning);
    QVERIFY2(v.text.contains(QLatin1String("supervisord refused")), qPrintable(v.text));
}

void DeliveryVerdictTest::noSampleYet()
{
    const DeliveryVerdict v = DeliveryVerdict::judge({});
    QCOMPARE(v.level, Level::Unknown);
    QVERIFY(v.text.startsWith(QLatin1String("Waiting")));
}

void DeliveryVerdictTest::crashLoopIsNamed()
{
    const DeliveryVerdict v = judge(queue(0, 5, 0), 100, { QStringLiteral("filterhub") });
    QCOMPARE(v.level, Level::Critical);
    QVERIFY(v.text.contains(QLatin1String("filterhub is in a crash loop")));
}

void DeliveryVerdictTest::reasonsInPlainWords_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("refused") << Refused << QStringLiteral("the next hop 127.0.0.1:2 refuses connections");
    QTest::newRow("named hop")
        << QStringLiteral("connect to mx.example.test[192.0.2.7]:25: Connection timed out")
        << QStringLiteral("the next hop mx.example.test (192.0.2.7:25) does not answer (connection "
                          "timed out)");
    QTest::newRow("suspended") << QStringLiteral("delivery temporarily suspended: ") + Refused
                               << QStringLiteral("the next hop 127.0.0.1:2 refuses connections");
    QTest::newRow("said") << QStringLiteral("host mx.example.test[192.0.2.7] said: 451 4.7.1 Greylisted, try "
                                            "later (in reply to RCPT TO command)")
                          << QStringLiteral("mx.example.test (192.0.2.7) answers 451 Greylisted, try later");
    QTest::newRow("lost") << QStringLiteral(
        "lost connection with 127.0.0.1[127.0.0.1] while sending end of data")
                          << QStringLiteral("the connection to 127.0.0.1 was lost while sending end of data");
    QTest::newRow("dns") << QStringLiteral("Host or domain name not found. Name service error for "
                                           "name=example.test type=MX: Host not found, try again")
                         << QStringLiteral("DNS cannot find example.test (MX) for now");
    QTest::newRow("other") << QStringLiteral("mail transport unavailable")
                           << QStringLiteral("mail transport unavailable");
    QTest::newRow("garbage") << QStringLiteral("connect to [[[:") << QStringLiteral("connect to [[[:");
}

void DeliveryVerdictTest::reasonsInPlainWords()
{
    QFETCH(QString, reason);
    QFETCH(QString, words);
    QCOMPARE(DeliveryVerdict::explainReason(reason), words);
}

QTEST_GUILESS_MAIN(DeliveryVerdictTest)
#include "deliveryverdict_test.moc"
