#include "incident/incidentstore.h"
#include "incident/noticereview.h"
#include "incident/noticesender.h"
#include "journal/journalsink.h"
#include "tinysmtpserver.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace MailOps;

// A notice out through the profile's chain, end to end against a loopback
// SMTP server: recorded with its path, the next update planned, the draft
// done with; the password typed when there is no keychain; the next path
// when the first relay is down; nothing sent without a sender.
class NoticeSenderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    BroadcastSettings settings(quint16 port, const QString &user = {}) const
    {
        BroadcastSettings s;
        s.profile = QStringLiteral("lab");
        s.sender = QStringLiteral("Ops Desk <ops@mailops.test>");
        BroadcastSettings::Relay r;
        r.name = QStringLiteral("corp");
        r.host = QStringLiteral("127.0.0.1");
        r.port = port;
        r.security = BroadcastSettings::Security::PlainLoopbackOnly;
        r.username = user;
        s.relays << r;
        return s;
    }

    // Runs the send on a worker thread, as the window does, with its own store.
    NoticeDelivery::Report sendOff(
        const NoticeSender &sender, const QString &storePath, const NoticeSender::Request &request)
    {
        QFuture<NoticeDelivery::Report> future = QtConcurrent::run([&sender, storePath, request] {
            IncidentStore store(storePath);
            store.open();
            NullJournalSink none;
            return sender.send(&store, &none, request);
        });
        QFutureWatcher<NoticeDelivery::Report> watcher;
        QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            done.wait(30000);
        return future.result();
    }

    NoticeSender::Request request(const QString &storePath)
    {
        IncidentStore store(storePath);
        store.open();
        Incident i;
        i.profile = QStringLiteral("lab");
        i.title = QStringLiteral("Mail is late");
        i.severity = Incident::Severity::Critical;
        const Incident made = store.create(i).value();
        NoticeSender::Request r;
        r.incident = made;
        r.draft = { { NoticeKind::Audience::Management, NoticeKind::Phase::First },
            QStringLiteral("E-Mail-Störung"), QStringLiteral("## What happened\n\nMail is late.\n") };
        store.saveDraft(made.id, r.draft.kind, r.draft.text());
        r.recipients = { QStringLiteral("The Board <board@inbox.mailops.test>") };
        return r;
    }

private Q_SLOTS:
    void sentRecordedAndTheNextUpdatePlanned()
    {
        TinySmtpServer server;
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        const NoticeSender::Request r = request(path);
        const NoticeSender sender(settings(server.serverPort()), nullptr, QStringLiteral("mx1.mailops.test"));
        const NoticeDelivery::Report report = sendOff(sender, path, r);
        QVERIFY2(report.sent(), qPrintable(report.lines().join(QLatin1Char('\n'))));
        QCOMPARE(report.reachedBy, QStringLiteral("smtp:corp"));
        QCOMPARE(server.messages.size(), 1);
        QVERIFY(server.messages.constFirst().contains("Subject: =?UTF-8?B?"));
        // The name is for the header; the envelope has the bare address.
        QVERIFY(server.commands.contains("RCPT TO:<board@inbox.mailops.test>"));
        QVERIFY(server.messages.constFirst().contains("To: The Board <board@inbox.mailops.test>"));
        IncidentStore store(path);
        QVERIFY(store.open());
        const Incident after = store.incident(r.incident.id).value();
        QCOMPARE(after.notices.size(), 1);
        QCOMPARE(after.notices.constFirst().path, QStringLiteral("smtp:corp"));
        QVERIFY(after.nextUpdateDue > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        QVERIFY(!store.draft(r.incident.id, r.draft.kind).value().has_value());
    }

    void typedPasswordWithoutAKeychain()
    {
        TinySmtpServer server;
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        NoticeSender::Request r = request(path);
        const NoticeSender sender(
            settings(server.serverPort(), QStringLiteral("notices@mailops.test")), nullptr, QString());
        QCOMPARE(sender.relaysWithoutPassword(NoticeKind::Audience::Management, {}),
            QStringList { QStringLiteral("corp") });
        r.passwords.insert(QStringLiteral("corp"), TinySmtpServer::password());
        QVERIFY(sender.relaysWithoutPassword(NoticeKind::Audience::Management, r.passwords).isEmpty());
        const NoticeDelivery::Report report = sendOff(sender, path, r);
        QVERIFY2(report.sent(), qPrintable(report.lines().join(QLatin1Char('\n'))));
        for (const QString &line : report.lines())
            QVERIFY(!line.contains(TinySmtpServer::password()));
    }

    void aRelayDownFallsToTheNextPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
        NoticeSender::Request r = request(path);
        r.emlFile = m_dir.filePath(QStringLiteral("notice.eml"));
        // Port 9 on loopback: nothing listens.
        const NoticeSender sender(settings(9), nullptr, QStringLiteral("127.0.0.1"));
        const NoticeDelivery::Report report = sendOff(sender, path, r);
        QVERIFY(report.sent());
        QVERIFY2(report.reachedBy.startsWith(QStringLiteral("eml")), qPrintable(report.reachedBy));
        QVERIFY(QFile::exists(r.emlFile));
        QCOMPARE(report.attempts.constFirst().outcome, NoticeDelivery::Attempt::Outcome::Failed);
        // The relay is the gateway the incident may be about.
        QVERIFY(!report.warning.isEmpty());
    }

    void noSenderNothingSent()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
        const NoticeSender::Request r = request(path);
        BroadcastSettings s = settings(9);
        s.sender.clear();
        const NoticeSender sender(s, nullptr, QString());
        const NoticeDelivery::Report report = sendOff(sender, path, r);
        QVERIFY(!report.sent());
        QVERIFY(report.lines().join(QLatin1Char(' ')).contains(QStringLiteral("No sender")));
        IncidentStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.incident(r.incident.id).value().notices.isEmpty());
        QVERIFY(store.draft(r.incident.id, r.draft.kind).value().has_value());
    }

    void aProfileThatWantsASecondLookSendsOnlyTheReviewedText()
    {
        TinySmtpServer server;
        const QString path = m_dir.filePath(QStringLiteral("e.sqlite"));
        NoticeSender::Request r = request(path);
        r.reviewRequired = true;
        const NoticeSender sender(settings(server.serverPort()), nullptr, QString());
        NoticeDelivery::Report report = sendOff(sender, path, r);
        QVERIFY(!report.sent());
        QCOMPARE(report.attempts.constFirst().path, QStringLiteral("review"));
        QVERIFY(server.messages.isEmpty());
        {
            IncidentStore store(path);
            QVERIFY(store.open());
            NullJournalSink none;
            QVERIFY(NoticeReview::mark(&store, &none, r.incident, r.draft, QStringLiteral("Dana")));
        }
        report = sendOff(sender, path, r);
        QVERIFY2(report.sent(), qPrintable(report.lines().join(QLatin1Char('\n'))));
        QCOMPARE(server.messages.size(), 1);
        // Sent: the review went with the draft, the next one needs its own.
        IncidentStore store(path);
        QVERIFY(store.open());
        QVERIFY(!store.review(r.incident.id, r.draft.kind).value().has_value());
    }
};

QTEST_GUILESS_MAIN(NoticeSenderTest)
#include "noticesender_test.moc"
