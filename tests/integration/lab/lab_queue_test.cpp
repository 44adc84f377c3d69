// A message accepted on port 2525 passes the filter hub, fails at the
// unreachable next hop and waits in the deferred queue, where postqueue -j and
// postcat on the lab's Postfix instance show it.

#include "labenvironment.h"
#include "smtpdialog.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>

using namespace MailOps;

class LabQueueTest : public QObject
{
    Q_OBJECT

private:
    // The postqueue -j entry (one JSON object per line) with this recipient.
    static QJsonObject findEntry(const QByteArray &json, const QString &recipient)
    {
        for (const QByteArray &line : json.split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            for (const QJsonValue &r : entry.value(QStringLiteral("recipients")).toArray())
                if (r.toObject().value(QStringLiteral("address")).toString() == recipient)
                    return entry;
        }
        return {};
    }

private Q_SLOTS:
    void sentMessageWaitsInDeferredQueue()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString recipient = QStringLiteral("itest-%1@mailops.test").arg(tag);

        SmtpDialog smtp;
        const auto banner = smtp.connectToHost(QStringLiteral("127.0.0.1"), 2525);
        QVERIFY2(banner, banner ? "" : qPrintable(banner.error().message));
        QCOMPARE(replyCode(smtp.command("EHLO client.mailops.test")), 250);
        QCOMPARE(replyCode(smtp.command("MAIL FROM:<itest@mailops.test>")), 250);
        QCOMPARE(replyCode(smtp.command("RCPT TO:<" + recipient.toLatin1() + '>')), 250);
        QCOMPARE(replyCode(smtp.command("DATA")), 354);
        const QByteArray message = "From: <itest@mailops.test>\r\nTo: <" + recipient.toLatin1()
            + ">\r\nSubject: lab queue test " + tag.toLatin1() + "\r\nMessage-ID: <" + tag.toLatin1()
            + "@itest.mailops.test>\r\n\r\nA line.\r\n.A line that starts with a dot.\r\n";
        const auto accepted = smtp.sendData(message);
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted->code, 250);
        QVERIFY2(accepted->text().contains(QStringLiteral("queued as")), qPrintable(accepted->text()));
        smtp.close();

        const QString config = LabEnvironment::postfixConfigDirectory();
        QJsonObject entry;
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const auto queue = LabEnvironment::run(
                QStringLiteral("postqueue"), { QStringLiteral("-c"), config, QStringLiteral("-j") });
            QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message));
            QCOMPARE(queue->exitCode, 0);
            entry = findEntry(queue->standardOutput, recipient);
            if (entry.value(QStringLiteral("queue_name")).toString() == u"deferred")
                break;
            QTest::qWait(250);
        }
        QCOMPARE(entry.value(QStringLiteral("queue_name")).toString(), QStringLiteral("deferred"));
        const QJsonObject rcpt = entry.value(QStringLiteral("recipients")).toArray().first().toObject();
        QVERIFY(!rcpt.value(QStringLiteral("delay_reason")).toString().isEmpty());

        const QString queueId = entry.value(QStringLiteral("queue_id")).toString();
        const auto raw = LabEnvironment::run(
            QStringLiteral("postcat"), { QStringLiteral("-c"), config, QStringLiteral("-q"), queueId });
        QVERIFY(raw);
        QCOMPARE(raw->exitCode, 0);
        QVERIFY(raw->standardOutput.contains(QByteArray("Subject: lab queue test " + tag.toLatin1())));
        QVERIFY(raw->standardOutput.contains("\n.A line that starts with a dot."));

        // Leave the lab's queue as it was.
        const auto removed = LabEnvironment::run(
            QStringLiteral("postsuper"), { QStringLiteral("-c"), config, QStringLiteral("-d"), queueId });
        QVERIFY(removed && removed->exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(LabQueueTest)
#include "lab_queue_test.moc"
