// Queue actions for real, on the lab gateway: messages sent over SMTP wait in
// the deferred queue, are held, exported, released, retried, returned to
// their sender and deleted, and `postqueue -j` is asked each time what
// Postfix really did.
#include "labenvironment.h"
#include "queue/messageexporter.h"
#include "queue/queueaction.h"
#include "queue/queuefilter.h"
#include "queue/queueparser.h"
#include "smtpdialog.h"
#include "transport/localtransport.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <functional>

using namespace MailOps;

namespace {

constexpr int kProbes = 4;

QList<QueueEntry> listQueue()
{
    const auto out = LabEnvironment::run(QStringLiteral("postqueue"),
        { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("-j") });
    QList<QueueEntry> entries;
    if (!out || out->exitCode != 0)
        return entries;
    QueueParser parser([&](const QueueEntry &e) { entries << e; });
    parser.feed(out->standardOutput);
    parser.finish();
    return entries;
}

std::optional<QueueEntry> findEntry(const std::function<bool(const QueueEntry &)> &predicate)
{
    for (const QueueEntry &e : listQueue()) {
        if (predicate(e))
            return e;
    }
    return std::nullopt;
}

// Polls the queue until `predicate` holds for some entry.
std::optional<QueueEntry> waitForEntry(
    const std::function<bool(const QueueEntry &)> &predicate, int timeoutMs = 45000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (auto e = findEntry(predicate))
            return e;
        QTest::qWait(300);
    }
    return std::nullopt;
}

QString queueOf(const QString &id)
{
    const auto e = findEntry([&](const QueueEntry &x) { return x.queueId == id; });
    return e ? e->queueName : QStringLiteral("(gone)");
}

} // namespace

class QueueActionLabTest : public QObject
{
    Q_OBJECT

private:
    QueueAction::Outcome act(QueueAction::Kind kind, const QStringList &ids)
    {
        QueueAction action(&m_transport, m_commands);
        QSignalSpy spy(&action, &QueueAction::finished);
        if (!action.start(kind, ids) || !spy.wait(60000))
            return {};
        const auto o = spy.at(0).at(0).value<QueueAction::Outcome>();
        qInfo("%s", qPrintable(QueueAction::describeOutcome(o)));
        return o;
    }

    Result<ExportedMessage> exportMessage(const QString &id, const QString &path)
    {
        MessageExporter exporter(&m_transport, m_commands);
        QSignalSpy spy(&exporter, &MessageExporter::finished);
        if (!exporter.start(id, path) || !spy.wait(30000))
            return Error { Error::Code::Other, QStringLiteral("no answer") };
        return spy.at(0).at(0).value<Result<ExportedMessage>>();
    }

    QString sender(int i) const { return QStringLiteral("qa-%1-%2@mailops.test").arg(m_tag).arg(i); }

    LocalTransport m_transport;
    PostfixCommands m_commands { GatewayProfile::lab() };
    QString m_tag;
    QStringList m_ids; // one per probe, after the filter hub re-injected it
    QString m_bounceId;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(LabEnvironment::postfixConfigDirectory() + QStringLiteral("/main.cf")))
            QSKIP("the lab gateway is not set up");
        qRegisterMetaType<QueueAction::Outcome>();
        qRegisterMetaType<Result<ExportedMessage>>();
        m_tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
        for (int i = 0; i < kProbes; ++i) {
            SmtpDialog smtp;
            const auto banner = smtp.connectToHost(QStringLiteral("127.0.0.1"), 2525);
            QVERIFY2(banner, banner ? "" : qPrintable(banner.error().message));
            QCOMPARE(replyCode(smtp.command("EHLO client.mailops.test")), 250);
            QCOMPARE(replyCode(smtp.command("MAIL FROM:<" + sender(i).toLatin1() + '>')), 250);
            QCOMPARE(replyCode(smtp.command("RCPT TO:<rcpt-" + m_tag.toLatin1() + "@mailops.test>")), 250);
            QCOMPARE(replyCode(smtp.command("DATA")), 354);
            const auto accepted = smtp.sendData("From: <" + sender(i).toLatin1()
                + ">\r\nTo: <rcpt@mailops.test>\r\n"
                  "Subject: queue action probe "
                + m_tag.toLatin1() + ' ' + QByteArray::number(i) + "\r\n\r\nProbe body.\r\n");
            QVERIFY2(accepted && accepted->code == 250,
                accepted ? qPrintable(accepted->text()) : qPrintable(accepted.error().message));
            smtp.close();
        }
        for (int i = 0; i < kProbes; ++i) {
            const auto e = waitForEntry([&](const QueueEntry &x) {
                return x.sender == sender(i) && x.queue == QueueEntry::Queue::Deferred
                    && !x.recipients.isEmpty() && !x.recipients.constFirst().delayReason.isEmpty();
            });
            QVERIFY2(e, qPrintable(QStringLiteral("probe %1 never reached the deferred queue").arg(i)));
            m_ids << e->queueId;
        }
    }

    void holdsThem()
    {
        const QueueAction::Outcome o
            = act(QueueAction::Kind::Hold, m_ids + QStringList { QStringLiteral("ALL") });
        QVERIFY(o.errors.isEmpty());
        QCOMPARE(o.requested, kProbes);
        QCOMPARE(o.counts.held, kProbes);
        QCOMPARE(o.invalidCount, 1);
        for (const QString &id : std::as_const(m_ids))
            QCOMPARE(queueOf(id), QStringLiteral("hold"));
    }

    void filterFindsThemInTheRealListing()
    {
        const auto filter = QueueFilter::parse({ { QStringLiteral("domain"), QStringLiteral("mailops.test") },
            { QStringLiteral("queue"), QStringLiteral("hold") },
            { QStringLiteral("reason"), QStringLiteral("Connection refused") } });
        QVERIFY(filter.ok());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QStringList matched;
        for (const QueueEntry &e : listQueue()) {
            if (filter->matches(e, now))
                matched << e.queueId;
        }
        for (const QString &id : std::as_const(m_ids))
            QVERIFY2(matched.contains(id), qPrintable(id));
    }

    void exportsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("probe.eml"));
        const Result<ExportedMessage> r = exportMessage(m_ids.at(0), path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray eml = f.readAll();
        QCOMPARE(r->bytes, eml.size());
        QVERIFY(eml.contains(QByteArray("Subject: queue action probe " + m_tag.toLatin1() + " 0")));
        QVERIFY(eml.contains("\n\nProbe body.\n"));
        QVERIFY(!eml.contains("*** ENVELOPE RECORDS")); // headers and body only

        const Result<ExportedMessage> again = exportMessage(m_ids.at(0), path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::InvalidInput);
    }

    void releasesThem()
    {
        const QueueAction::Outcome o = act(QueueAction::Kind::Release, m_ids);
        QVERIFY(o.ok());
        QCOMPARE(o.counts.released, kProbes);
        for (const QString &id : std::as_const(m_ids))
            QVERIFY2(queueOf(id) != u"hold" && queueOf(id) != u"(gone)", qPrintable(queueOf(id)));
    }

    void retriesOne()
    {
        const QueueAction::Outcome o = act(QueueAction::Kind::DeliverNow, { m_ids.at(3) });
        QVERIFY(o.ok());
        QCOMPARE(o.affected, 1);
        // The next hop is still unreachable: it is tried and deferred again.
        QVERIFY(waitForEntry([&](const QueueEntry &e) {
            return e.queueId == m_ids.at(3) && e.queue == QueueEntry::Queue::Deferred;
        }));
    }

    void bouncesOneToItsSender()
    {
        const QueueAction::Outcome o = act(QueueAction::Kind::Bounce, { m_ids.at(0) });
        QVERIFY(o.ok());
        QCOMPARE(o.counts.expired, 1);
        QCOMPARE(o.kicked, 1);
        // Returned now, not at the next retry: the original goes and a
        // notice from the null sender to the probe's sender waits in its place.
        const auto notice = waitForEntry([&](const QueueEntry &e) {
            return (e.sender.isEmpty() || e.sender == u"MAILER-DAEMON") && !e.recipients.isEmpty()
                && e.recipients.constFirst().address == sender(0) && e.queue == QueueEntry::Queue::Deferred
                && !e.recipients.constFirst().delayReason.isEmpty();
        });
        QVERIFY2(notice, "no non-delivery notice reached the probe's sender");
        m_bounceId = notice->queueId;
        QCOMPARE(queueOf(m_ids.at(0)), QStringLiteral("(gone)"));
    }

    void deletesTheRest()
    {
        const QStringList ids { m_ids.at(1), m_ids.at(2), m_ids.at(3), m_bounceId };
        const QueueAction::Outcome o = act(QueueAction::Kind::Delete, ids + QStringList { m_ids.at(1) });
        QVERIFY(o.errors.isEmpty());
        QCOMPARE(o.duplicates, 1);
        QCOMPARE(o.counts.deleted, 4);
        for (const QString &id : ids)
            QCOMPARE(queueOf(id), QStringLiteral("(gone)"));
    }

    void exportOfADeletedMessageSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("gone.eml"));
        const Result<ExportedMessage> r = exportMessage(m_ids.at(1), path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void cleanupTestCase()
    {
        // Whatever a failed step left: nothing of this run stays queued.
        QStringList left;
        for (const QueueEntry &e : listQueue()) {
            const bool ours = e.sender.contains(m_tag)
                || std::any_of(e.recipients.cbegin(), e.recipients.cend(),
                    [&](const QueueRecipient &r) { return r.address.contains(m_tag); });
            if (!m_tag.isEmpty() && ours)
                left << e.queueId;
        }
        if (!left.isEmpty())
            act(QueueAction::Kind::Delete, left);
    }
};

QTEST_GUILESS_MAIN(QueueActionLabTest)
#include "queueaction_lab_test.moc"
