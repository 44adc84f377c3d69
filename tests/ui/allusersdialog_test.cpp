#include "broadcast/allusersdialog.h"
#include "incident/incidentstore.h"
#include "recordingjournalsink.h"
#include "tinysmtpserver.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The all-users notice as an admin runs it: pick the list, read what it
// holds, send at full speed through a loopback relay, see the progress and
// the result; the run is recorded on the incident; a run can be stopped.
class AllUsersDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static BroadcastSettings settings(quint16 port)
    {
        BroadcastSettings s;
        s.profile = QStringLiteral("mx1");
        s.sender = QStringLiteral("Ops Desk <ops@mailops.test>");
        BroadcastSettings::Relay r;
        r.name = QStringLiteral("gateway");
        r.host = QStringLiteral("127.0.0.1");
        r.port = port;
        r.security = BroadcastSettings::Security::PlainLoopbackOnly;
        s.relays << r;
        return s;
    }

    QString listFile(int count, const QByteArray &extra = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("users-%1.txt").arg(count));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < count; ++i)
            f.write("user" + QByteArray::number(i) + "@inbox.mailops.test\n");
        f.write(extra);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyMailboxOnceAndRecorded()
    {
        TinySmtpServer server;
        IncidentStore store(m_dir.filePath(QStringLiteral("i1.sqlite")));
        QVERIFY(store.open());
        Incident seed;
        seed.profile = QStringLiteral("mx1");
        seed.title = QStringLiteral("Mail was down");
        const Incident i = store.create(seed).value();
        RecordingJournalSink journal;
        const NoticeDraft draft { { NoticeKind::Audience::EndUsers, NoticeKind::Phase::Resolved },
            QStringLiteral("Email works again"), QStringLiteral("Email works again. Nothing was lost.\n") };
        AllUsersDialog dialog(settings(server.serverPort()), nullptr, i, draft, &store, &journal);
        dialog.show();
        auto *start = child<QPushButton>(&dialog, "startBulk");
        QVERIFY(!start->isEnabled());

        auto *file = child<QLineEdit>(&dialog, "mailboxFile");
        QTest::keyClicks(file, listFile(12, "refused1@inbox.mailops.test\nnot a mailbox\n"));
        QTest::keyClick(file, Qt::Key_Return);
        auto *summary = child<QLabel>(&dialog, "mailboxSummary");
        QVERIFY2(summary->text().startsWith(QStringLiteral("13 mailboxes; 1 line is no address: line 14")),
            qPrintable(summary->text()));
        QVERIFY(start->isEnabled());
        child<QSpinBox>(&dialog, "bulkRate")->setValue(0);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SMTP submission failed: ")));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        auto *status = child<QLabel>(&dialog, "bulkStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Sent to 12 of 13 mailboxes through gateway")),
            qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("refused1@inbox.mailops.test")));
        QCOMPARE(child<QProgressBar>(&dialog, "bulkProgress")->value(), 13);
        QCOMPARE(server.messages.size(), 12);
        if (const QString dir = qEnvironmentVariable("MAILOPS_TEST_GRAB"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/allusers.png"));
        QVERIFY(server.messages.constFirst().contains("user0@inbox.mailops.test"));
        QVERIFY(server.messages.constLast().contains("Subject: Email works again"));

        const Incident after = store.incident(i.id).value();
        QCOMPARE(after.notices.size(), 1);
        QCOMPARE(after.notices.constFirst().path, QStringLiteral("all-users:gateway"));
        QVERIFY(after.notices.constFirst().recipients.constFirst().contains(QStringLiteral("12 of 13")));
        QCOMPARE(journal.events.size(), 1);
        QCOMPARE(journal.events.constFirst().kind, QStringLiteral("incident.notice"));
    }

    void closingStopsTheRunFirst()
    {
        TinySmtpServer server;
        IncidentStore store(m_dir.filePath(QStringLiteral("i2.sqlite")));
        QVERIFY(store.open());
        Incident seed;
        seed.profile = QStringLiteral("mx1");
        seed.title = QStringLiteral("Mail was down");
        const Incident i = store.create(seed).value();
        const NoticeDraft draft { { NoticeKind::Audience::EndUsers, NoticeKind::Phase::Resolved },
            QStringLiteral("Email works again"), QStringLiteral("Email works again.\n") };
        AllUsersDialog dialog(settings(server.serverPort()), nullptr, i, draft, &store, nullptr);
        dialog.show();
        auto *file = child<QLineEdit>(&dialog, "mailboxFile");
        QTest::keyClicks(file, listFile(500));
        QTest::keyClick(file, Qt::Key_Return);
        // 60 a minute: the run would take minutes.
        child<QSpinBox>(&dialog, "bulkRate")->setValue(60);
        QTest::mouseClick(child<QPushButton>(&dialog, "startBulk"), Qt::LeftButton);
        QTRY_VERIFY(server.messages.size() >= 1);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QVERIFY(server.messages.size() < 10);
        const Incident after = store.incident(i.id).value();
        QCOMPARE(after.notices.size(), 1);
    }
};

QTEST_MAIN(AllUsersDialogTest)
#include "allusersdialog_test.moc"
