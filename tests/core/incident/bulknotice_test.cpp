#include "incident/bulknotice.h"
#include "tinysmtpserver.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QtTest>

using namespace MailOps;

namespace {

QStringList mailboxes(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("user%1@mailops.test").arg(i));
    return out;
}

Result<QByteArray> compose(const QString &address)
{
    if (address.startsWith(QLatin1String("bad")))
        return Result<QByteArray>::failure(Error::Code::InvalidInput, QStringLiteral("no template"));
    return QByteArray("To: " + address.toUtf8() + "\r\nSubject: Mail flows again\r\n\r\nAll is well.\r\n");
}

// run() blocks and the server needs this thread's loop: run it on the pool.
BulkNotice::Report runOnPool(BulkNotice &bulk, const QStringList &to)
{
    QFuture<BulkNotice::Report> f = QtConcurrent::run([&] { return bulk.run(to, compose); });
    QFutureWatcher<BulkNotice::Report> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(f);
    if (!f.isFinished())
        done.wait(30000);
    return f.result();
}

} // namespace

class BulkNoticeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneConnectionForAll()
    {
        TinySmtpServer server;
        BulkNotice bulk(server.clientSettings(), QStringLiteral("ops@mailops.test"));
        QList<BulkNotice::Progress> seen;
        std::mutex m;
        bulk.setProgressCallback([&](const BulkNotice::Progress &p) {
            const std::lock_guard lock(m);
            seen.append(p);
        });
        QStringList to = mailboxes(50);
        to.insert(10, QStringLiteral("refused1@mailops.test"));
        to.insert(20, QStringLiteral("bad@mailops.test"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        const BulkNotice::Report r = runOnPool(bulk, to);
        QCOMPARE(r.sent, 50);
        QCOMPARE(r.failed.size(), 2);
        QCOMPARE(r.failed.at(0).address, QStringLiteral("refused1@mailops.test"));
        QVERIFY(r.failed.at(0).error.contains(QStringLiteral("550 5.1.1")));
        QCOMPARE(r.failed.at(1).error, QStringLiteral("no template"));
        QCOMPARE(r.notAttempted, 0);
        QVERIFY(!r.cancelled);
        QCOMPARE(server.messages.size(), 50);
        // libcurl ends the session after a refused transfer: one reconnect.
        QCOMPARE(server.connections, 2);
        QCOMPARE(r.connections, 2);
        QCOMPARE(seen.size(), 52);
        QCOMPARE(seen.last().sent, 50);
        QCOMPARE(seen.last().failed, 2);
        QCOMPARE(seen.last().remaining, 0);
        QTRY_VERIFY(server.commands.endsWith("QUIT"));
    }

    void wrongPasswordStopsTheRun()
    {
        TinySmtpServer server;
        auto s = server.clientSettings();
        s.password = QStringLiteral("wrong");
        BulkNotice bulk(s, QStringLiteral("ops@mailops.test"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        const BulkNotice::Report r = runOnPool(bulk, mailboxes(20));
        QCOMPARE(r.sent, 0);
        QCOMPARE(r.failed.size(), 1);
        QCOMPARE(r.notAttempted, 19);
        QVERIFY(r.stoppedBy.contains(QStringLiteral("refused the user name or password")));
    }

    void rateAndCancel()
    {
        TinySmtpServer server;
        BulkNotice bulk(server.clientSettings(), QStringLiteral("ops@mailops.test"));
        bulk.setRate(600); // one every 100 ms
        std::atomic<int> sent { 0 };
        bulk.setProgressCallback([&](const BulkNotice::Progress &p) { sent = p.sent; });
        QElapsedTimer clock;
        clock.start();
        QFuture<BulkNotice::Report> f = QtConcurrent::run([&] { return bulk.run(mailboxes(1000), compose); });
        QTRY_VERIFY_WITH_TIMEOUT(sent.load() >= 3, 10000);
        bulk.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
        const BulkNotice::Report r = f.result();
        QVERIFY(r.cancelled);
        QVERIFY(r.sent >= 3);
        QVERIFY(r.sent < 50);
        QCOMPARE(r.sent + r.notAttempted + r.failed.size(), 1000);
        // Three sends paced at 100 ms take at least 200 ms.
        QVERIFY(r.elapsedMs >= 200);
    }
};

QTEST_GUILESS_MAIN(BulkNoticeTest)
#include "bulknotice_test.moc"
