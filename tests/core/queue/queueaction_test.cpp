#include "faketransport.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;

namespace {

const QString kConfig = QStringLiteral("/etc/postfix-gw");

PostfixCommands commands()
{
    GatewayProfile p;
    p.postfixConfigDir = kConfig;
    return PostfixCommands(p);
}

QStringList postsuper(const char *option)
{
    return { QStringLiteral("postsuper"), QStringLiteral("-c"), kConfig, QString::fromLatin1(option),
        QStringLiteral("-") };
}

QStringList postqueueI(const QString &id)
{
    return { QStringLiteral("postqueue"), QStringLiteral("-c"), kConfig, QStringLiteral("-i"), id };
}

// Short Postfix queue ids: upper-case hex.
QString hexId(int n)
{
    return QString::number(0x40000000000LL + n, 16).toUpper();
}

QueueAction::Outcome runToEnd(
    QueueAction &action, QueueAction::Kind kind, const QStringList &ids, int timeoutMs = 20000)
{
    QSignalSpy spy(&action, &QueueAction::finished);
    if (!action.start(kind, ids))
        return {};
    if (!spy.wait(timeoutMs))
        return {};
    return spy.at(0).at(0).value<QueueAction::Outcome>();
}

FakeTransport::Answer says(const QByteArray &stdErr, int exitCode = 0)
{
    return FakeTransport::Answer { {}, stdErr, exitCode, {}, {} };
}

} // namespace

class QueueActionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsTheRightCommand_data();
    void runsTheRightCommand();
    void invalidIdsNeverReachTheGateway();
    void hundredThousandIdsGoInBatches();
    void postsuperSummary_data();
    void postsuperSummary();
    void failures_data();
    void failures();
    void failingBatchStopsTheRest();
    void deliverNowIsBounded();
    void deliverNowStopsWhenTheGatewayRefuses();
    void bounceKicksOnlyWhatExpired();
    void cancelStopsARunningCommand();
    void oneRunAtATime();
    void finishedNeverInsideStart();
    void confirmationText_data();
    void confirmationText();
    void kindNames();
};

void QueueActionTest::initTestCase()
{
    qRegisterMetaType<QueueAction::Outcome>();
}

void QueueActionTest::runsTheRightCommand_data()
{
    QTest::addColumn<QueueAction::Kind>("kind");
    QTest::addColumn<QList<QStringList>>("argv");
    QTest::addColumn<QByteArray>("stdErr"); // of postsuper
    QTest::addColumn<qint64>("affected");
    const QString a = QStringLiteral("4F1A2B3C4D");
    const QString b = QStringLiteral("3xpMcW5x1Tz2wLr");
    QTest::newRow("hold")
        << QueueAction::Kind::Hold << QList<QStringList> { postsuper("-h") }
        << QByteArray("postsuper: 4F1A2B3C4D: placed on hold\npostsuper: Placed on hold: 1 message\n")
        << qint64(1);
    QTest::newRow("release") << QueueAction::Kind::Release << QList<QStringList> { postsuper("-H") }
                             << QByteArray("postsuper: Released from hold: 2 messages\n") << qint64(2);
    QTest::newRow("requeue") << QueueAction::Kind::Requeue << QList<QStringList> { postsuper("-r") }
                             << QByteArray("postsuper: Requeued: 2 messages\n") << qint64(2);
    QTest::newRow("delete") << QueueAction::Kind::Delete << QList<QStringList> { postsuper("-d") }
                            << QByteArray("postsuper: 4F1A2B3C4D: removed\npostsuper: Deleted: 1 message\n")
                            << qint64(1);
    QTest::newRow("bounce")
        << QueueAction::Kind::Bounce << QList<QStringList> { postsuper("-f"), postqueueI(a), postqueueI(b) }
        << QByteArray("postsuper: 4F1A2B3C4D: expired\npostsuper: 3xpMcW5x1Tz2wLr: expired\n"
                      "postsuper: Force-expired: 2 messages\npostsuper: Released from hold: 0 messages\n")
        << qint64(2);
    QTest::newRow("retry") << QueueAction::Kind::DeliverNow
                           << QList<QStringList> { postqueueI(a), postqueueI(b) } << QByteArray()
                           << qint64(2);
}

void QueueActionTest::runsTheRightCommand()
{
    QFETCH(QueueAction::Kind, kind);
    QFETCH(QList<QStringList>, argv);
    QFETCH(QByteArray, stdErr);
    QFETCH(qint64, affected);
    FakeTransport transport;
    transport.responder = [&](const QStringList &command, const QByteArray &) {
        return command.constFirst() == u"postsuper" ? says(stdErr) : says({});
    };
    QueueAction action(&transport, commands());
    const QueueAction::Outcome o
        = runToEnd(action, kind, { QStringLiteral("4F1A2B3C4D"), QStringLiteral("3xpMcW5x1Tz2wLr") });
    QCOMPARE(transport.commands, argv);
    if (argv.constFirst().constFirst() == u"postsuper")
        QCOMPARE(transport.inputs.constFirst(), QByteArray("4F1A2B3C4D\n3xpMcW5x1Tz2wLr\n"));
    for (qsizetype i = 1; i < transport.inputs.size(); ++i)
        QVERIFY(transport.inputs.at(i).isEmpty()); // postqueue -i reads nothing
    QVERIFY2(o.ok(), qPrintable(QueueAction::describeOutcome(o)));
    QCOMPARE(o.requested, 2);
    QCOMPARE(o.affected, affected);
    if (kind == QueueAction::Kind::Bounce)
        QCOMPARE(o.kicked, 2);
}

void QueueActionTest::invalidIdsNeverReachTheGateway()
{
    FakeTransport transport;
    transport.answers << says("postsuper: Deleted: 2 messages\n");
    QueueAction action(&transport, commands());
    const QStringList ids { QStringLiteral("-d"), QStringLiteral("ALL"), QStringLiteral("../../etc/passwd"),
        QStringLiteral("4F1A2B3C4D"), QStringLiteral(""), QStringLiteral("4F1A2B3C4D; rm -rf /"),
        QStringLiteral("4F1A2B3C4D\nALL"), QStringLiteral("abcdef1234"), QStringLiteral("4F1A2B3C4D"),
        QStringLiteral("5E6F7A8B9C"), QStringLiteral("4F1A2B3C4D ") };
    const QueueAction::Outcome o = runToEnd(action, QueueAction::Kind::Delete, ids);
    QCOMPARE(transport.commands.size(), 1);
    QCOMPARE(transport.commands.constFirst(), postsuper("-d"));
    QCOMPARE(transport.inputs.constFirst(), QByteArray("4F1A2B3C4D\n5E6F7A8B9C\n"));
    QCOMPARE(o.requested, 2);
    QCOMPARE(o.affected, 2);
    QCOMPARE(o.duplicates, 1);
    QCOMPARE(o.invalidCount, 8);
    QVERIFY(o.invalidIds.contains(QStringLiteral("ALL")));
    QVERIFY(!o.ok());
    QVERIFY(QueueAction::describeOutcome(o).contains(QStringLiteral("8 invalid")));
}

void QueueActionTest::hundredThousandIdsGoInBatches()
{
    FakeTransport transport;
    qint64 biggestInput = 0;
    // Says what real postsuper says: one line per id, then the summary.
    transport.responder = [&](const QStringList &, const QByteArray &input) {
        biggestInput = qMax(biggestInput, qint64(input.size()));
        FakeTransport::Answer a;
        a.script = QStringLiteral(
            "n=0; while read -r id; do echo \"postsuper: $id: removed\" >&2; n=$((n+1)); done; "
            "echo \"postsuper: Deleted: $n messages\" >&2");
        return a;
    };
    QStringList ids;
    for (int i = 0; i < 100000; ++i)
        ids << hexId(i);
    QueueAction action(&transport, commands());
    QSignalSpy progress(&action, &QueueAction::progress);
    QElapsedTimer t;
    t.start();
    const QueueAction::Outcome o = runToEnd(action, QueueAction::Kind::Delete, ids, 60000);
    qInfo("100000 ids deleted through the fake in %lld ms, %lld bytes of stdin per batch at most",
        t.elapsed(), biggestInput);
    QVERIFY2(o.ok(), qPrintable(QueueAction::describeOutcome(o)));
    QCOMPARE(o.requested, 100000);
    QCOMPARE(o.counts.deleted, 100000);
    QCOMPARE(o.affected, 100000);
    QCOMPARE(transport.commands.size(), 10);
    for (const QStringList &argv : std::as_const(transport.commands))
        QCOMPARE(argv, postsuper("-d")); // the ids never in argv
    for (const QByteArray &input : std::as_const(transport.inputs))
        QCOMPARE(input.count('\n'), 10000);
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.last().at(0).toLongLong(), 100000);
}

void QueueActionTest::postsuperSummary_data()
{
    QTest::addColumn<QByteArray>("stdErr");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QList<qint64>>("counts"); // held, released, requeued, deleted, expired
    QTest::newRow("one held") << QByteArray(
        "postsuper: ABCDEF1234: placed on hold\npostsuper: Placed on hold: 1 message\n")
                              << true << QList<qint64> { 1, 0, 0, 0, 0 };
    QTest::newRow("none held") << QByteArray("postsuper: Placed on hold: 0 messages\n") << true
                               << QList<qint64> { 0, 0, 0, 0, 0 };
    QTest::newRow("released") << QByteArray("postsuper: Released from hold: 12 messages\n") << true
                              << QList<qint64> { 0, 12, 0, 0, 0 };
    QTest::newRow("requeued") << QByteArray("postsuper: Requeued: 3 messages\n") << true
                              << QList<qint64> { 0, 0, 3, 0, 0 };
    QTest::newRow("deleted") << QByteArray("postsuper: Deleted: 2 messages\n") << true
                             << QList<qint64> { 0, 0, 0, 2, 0 };
    QTest::newRow("expired and released")
        << QByteArray("postsuper: Force-expired: 4 messages\r\npostsuper: Released from hold: 1 message\r\n")
        << true << QList<qint64> { 0, 1, 0, 0, 4 };
    QTest::newRow("warning first") << QByteArray(
        "postsuper: warning: bad queue file name: x\npostsuper: Deleted: 5 messages\n")
                                   << true << QList<qint64> { 0, 0, 0, 5, 0 };
    QTest::newRow("per-id lines only")
        << QByteArray("postsuper: ABCDEF1234: removed\n") << false << QList<qint64> { 0, 0, 0, 0, 0 };
    QTest::newRow("fatal") << QByteArray(
        "postsuper: fatal: use of this command is reserved for the superuser\n")
                           << false << QList<qint64> { 0, 0, 0, 0, 0 };
    QTest::newRow("a queue id that looks like a verb")
        << QByteArray("postsuper: Deleted: lots of messages\n") << false << QList<qint64> { 0, 0, 0, 0, 0 };
    QTest::newRow("binary garbage") << QByteArray("\xff\xfe\0postsuper: Deleted:\n", 24) << false
                                    << QList<qint64> { 0, 0, 0, 0, 0 };
}

void QueueActionTest::postsuperSummary()
{
    QFETCH(QByteArray, stdErr);
    QFETCH(bool, found);
    QFETCH(QList<qint64>, counts);
    QueueAction::Counts c;
    QCOMPARE(QueueAction::parsePostsuperSummary(stdErr, &c), found);
    QCOMPARE((QList<qint64> { c.held, c.released, c.requeued, c.deleted, c.expired }), counts);
}

void QueueActionTest::failures_data()
{
    QTest::addColumn<QueueAction::Kind>("kind");
    QTest::addColumn<QByteArray>("stdErr");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("transportError"); // -1: none, else an Error::Code
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("not root") << QueueAction::Kind::Hold
                              << QByteArray(
                                     "postsuper: fatal: use of this command is reserved for the superuser\n")
                              << 1 << -1 << Error::Code::ProcessFailed
                              << QStringLiteral("reserved for the superuser");
    QTest::newRow("no summary") << QueueAction::Kind::Delete << QByteArray("something else\n") << 0 << -1
                                << Error::Code::ProcessFailed << QStringLiteral("did not say what it did");
    QTest::newRow("timeout") << QueueAction::Kind::Delete << QByteArray() << 0 << int(Error::Code::Timeout)
                             << Error::Code::Timeout << QStringLiteral("the fake says no");
    QTest::newRow("ssh refused") << QueueAction::Kind::DeliverNow << QByteArray() << 0
                                 << int(Error::Code::HostKeyRejected) << Error::Code::HostKeyRejected
                                 << QStringLiteral("the fake says no");
    QTest::newRow("mail system down")
        << QueueAction::Kind::DeliverNow
        << QByteArray("postqueue: fatal: Cannot flush mail queue - mail system is down\n") << 69 << -1
        << Error::Code::ProcessFailed << QStringLiteral("mail system is down");
}

void QueueActionTest::failures()
{
    QFETCH(QueueAction::Kind, kind);
    QFETCH(QByteArray, stdErr);
    QFETCH(int, exitCode);
    QFETCH(int, transportError);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);
    FakeTransport transport;
    FakeTransport::Answer a = says(stdErr, exitCode);
    if (transportError >= 0)
        a.error = Error { Error::Code(transportError), QStringLiteral("the fake says no") };
    transport.answers << a;
    QueueAction action(&transport, commands());
    const QueueAction::Outcome o
        = runToEnd(action, kind, { QStringLiteral("4F1A2B3C4D"), QStringLiteral("5E6F7A8B9C") });
    QCOMPARE(transport.commands.size(), 1); // nothing more after a failure
    QCOMPARE(o.errors.size(), 1);
    QCOMPARE(o.errors.constFirst().code, code);
    QVERIFY2(o.errors.constFirst().message.contains(message), qPrintable(o.errors.constFirst().message));
    QCOMPARE(o.affected, 0);
    QVERIFY(!o.ok());
}

void QueueActionTest::failingBatchStopsTheRest()
{
    FakeTransport transport;
    transport.answers << says("postsuper: Placed on hold: 2 messages\n")
                      << says("postsuper: fatal: queue directory is gone\n", 1);
    QueueAction action(&transport, commands());
    action.setBatchSize(2);
    const QueueAction::Outcome o = runToEnd(
        action, QueueAction::Kind::Hold, { hexId(1), hexId(2), hexId(3), hexId(4), hexId(5), hexId(6) });
    QCOMPARE(transport.commands.size(), 2);
    QCOMPARE(o.requested, 6);
    QCOMPARE(o.affected, 2); // what was done before the failure
    QCOMPARE(o.errors.size(), 1);
    QVERIFY(o.errors.constFirst().message.contains(QStringLiteral("queue directory is gone")));
}

void QueueActionTest::deliverNowIsBounded()
{
    FakeTransport transport;
    QueueAction action(&transport, commands());
    action.setMaxDeliveries(3);
    const QueueAction::Outcome o = runToEnd(
        action, QueueAction::Kind::DeliverNow, { hexId(1), hexId(2), hexId(3), hexId(4), hexId(5) });
    QCOMPARE(transport.commands,
        (QList<QStringList> { postqueueI(hexId(1)), postqueueI(hexId(2)), postqueueI(hexId(3)) }));
    QCOMPARE(o.affected, 3);
    QCOMPARE(o.errors.size(), 1);
    QVERIFY(o.errors.constFirst().message.startsWith(QStringLiteral("2 messages were not retried")));
}

void QueueActionTest::deliverNowStopsWhenTheGatewayRefuses()
{
    FakeTransport transport;
    transport.answers << says({})
                      << says("postqueue: fatal: Cannot flush mail queue - mail system is down\n", 69);
    QueueAction action(&transport, commands());
    const QueueAction::Outcome o
        = runToEnd(action, QueueAction::Kind::DeliverNow, { hexId(1), hexId(2), hexId(3), hexId(4) });
    QCOMPARE(transport.commands.size(), 2);
    QCOMPARE(o.affected, 1);
    QCOMPARE(o.errors.size(), 1);
}

void QueueActionTest::bounceKicksOnlyWhatExpired()
{
    FakeTransport transport;
    // Of three ids one has left the queue: postsuper names the two it expired.
    transport.answers << says("postsuper: " + hexId(1).toLatin1() + ": expired\npostsuper: "
        + hexId(3).toLatin1() + ": expired\npostsuper: Force-expired: 2 messages\n");
    QueueAction action(&transport, commands());
    action.setMaxDeliveries(1);
    const QueueAction::Outcome o
        = runToEnd(action, QueueAction::Kind::Bounce, { hexId(1), hexId(2), hexId(3) });
    QCOMPARE(transport.commands, (QList<QStringList> { postsuper("-f"), postqueueI(hexId(1)) }));
    QVERIFY2(o.ok(), qPrintable(QueueAction::describeOutcome(o)));
    QCOMPARE(o.requested, 3);
    QCOMPARE(o.affected, 2);
    QCOMPARE(o.kicked, 1);
    const QString text = QueueAction::describeOutcome(o);
    QVERIFY2(text.contains(QStringLiteral("1 of them at their next delivery attempt")), qPrintable(text));
}

void QueueActionTest::cancelStopsARunningCommand()
{
    FakeTransport transport;
    FakeTransport::Answer slow;
    slow.script = QStringLiteral("sleep 20");
    transport.answers << slow;
    QueueAction action(&transport, commands());
    QSignalSpy spy(&action, &QueueAction::finished);
    QElapsedTimer t;
    t.start();
    QVERIFY(action.start(QueueAction::Kind::Delete, { hexId(1) }));
    QTRY_COMPARE(transport.commands.size(), 1);
    action.cancel();
    QVERIFY(spy.wait(5000));
    QVERIFY(t.elapsed() < 5000);
    const auto o = spy.at(0).at(0).value<QueueAction::Outcome>();
    QVERIFY(o.cancelled);
    QVERIFY(o.errors.isEmpty());
    QVERIFY(!action.isRunning());
}

void QueueActionTest::oneRunAtATime()
{
    FakeTransport transport;
    transport.answers << says("postsuper: Placed on hold: 1 message\n")
                      << says("postsuper: Released from hold: 1 message\n");
    QueueAction action(&transport, commands());
    QSignalSpy spy(&action, &QueueAction::finished);
    QVERIFY(action.start(QueueAction::Kind::Hold, { hexId(1) }));
    QVERIFY(!action.start(QueueAction::Kind::Delete, { hexId(1) }));
    QVERIFY(spy.wait(10000));
    QVERIFY(!action.isRunning());
    // A slot of finished may start the next run.
    QVERIFY(action.start(QueueAction::Kind::Release, { hexId(1) }));
    QVERIFY(spy.wait(10000));
    QCOMPARE(transport.commands, (QList<QStringList> { postsuper("-h"), postsuper("-H") }));
    QCOMPARE(spy.at(1).at(0).value<QueueAction::Outcome>().affected, 1);
}

void QueueActionTest::finishedNeverInsideStart()
{
    FakeTransport transport;
    QueueAction action(&transport, commands());
    QSignalSpy spy(&action, &QueueAction::finished);
    QVERIFY(action.start(QueueAction::Kind::Delete, { QStringLiteral("not-an-id") }));
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(5000));
    QVERIFY(transport.commands.isEmpty());
    const auto o = spy.at(0).at(0).value<QueueAction::Outcome>();
    QCOMPARE(o.requested, 0);
    QCOMPARE(o.invalidCount, 1);
}

void QueueActionTest::confirmationText_data()
{
    QTest::addColumn<QueueAction::Kind>("kind");
    QTest::addColumn<qint64>("messages");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("delete for a domain")
        << QueueAction::Kind::Delete << qint64(12) << QStringLiteral("example.com")
        << QStringLiteral("Delete 12 messages for example.com without telling their senders?");
    QTest::newRow("delete one") << QueueAction::Kind::Delete << qint64(1) << QString()
                                << QStringLiteral("Delete 1 message without telling their senders?");
    QTest::newRow("bounce") << QueueAction::Kind::Bounce << qint64(3) << QStringLiteral(".example.com")
                            << QStringLiteral(
                                   "Return 3 messages for subdomains of example.com to their senders as "
                                   "undeliverable and remove them from the queue?");
    QTest::newRow("hold")
        << QueueAction::Kind::Hold << qint64(2) << QString()
        << QStringLiteral("Put 2 messages on hold? Postfix will not deliver them until they are released.");
    QTest::newRow("retry") << QueueAction::Kind::DeliverNow << qint64(5) << QStringLiteral("example.com")
                           << QStringLiteral("Try to deliver 5 messages for example.com now?");
}

void QueueActionTest::confirmationText()
{
    QFETCH(QueueAction::Kind, kind);
    QFETCH(qint64, messages);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QueueFilter filter;
    if (!domain.isEmpty())
        QVERIFY(filter.setRecipientDomains({ domain }).ok());
    QCOMPARE(QueueAction::confirmationText(kind, messages, filter), expected);
}

void QueueActionTest::kindNames()
{
    for (const auto kind : { QueueAction::Kind::Hold, QueueAction::Kind::Release, QueueAction::Kind::Requeue,
             QueueAction::Kind::DeliverNow, QueueAction::Kind::Delete, QueueAction::Kind::Bounce }) {
        QCOMPARE(QueueAction::kindFromName(QueueAction::kindName(kind)), kind);
        QCOMPARE(QueueAction::isDestructive(kind),
            kind == QueueAction::Kind::Delete || kind == QueueAction::Kind::Bounce);
    }
    QCOMPARE(QueueAction::kindFromName(u"purge"), std::nullopt);
}

QTEST_GUILESS_MAIN(QueueActionTest)
#include "queueaction_test.moc"
