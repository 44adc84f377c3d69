#include "broadcast/incidentdialog.h"
#include "broadcast/statusbroadcastpanel.h"
#include "incident/broadcastsettingsstore.h"
#include "incident/incidentstore.h"
#include "journal/journalstore.h"
#include "labenvironment.h"
#include "mainwindow.h"
#include "message/messagelinter.h"
#include "monitor/gatewaymonitor.h"
#include "session/appcontext.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/profilestore.h"
#include "textviewer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

QByteArray labFile(const QString &relative)
{
    QFile f(LabEnvironment::labDirectory() + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

// The lab mailbox's copy of the message whose subject line contains `needle`.
QByteArray delivered(const QByteArray &needle)
{
    const QDir dir(LabEnvironment::labDirectory() + QStringLiteral("/mailboxes/inbox/new"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(needle))
            return bytes;
    }
    return {};
}

void deleteQueue()
{
    LabEnvironment::run(QStringLiteral("postsuper"),
        { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("-d"),
            QStringLiteral("ALL") });
}

} // namespace

// The third story told by the console, on the lab, through the widgets: the
// filter hub crash-loops on the poison message, "Open an incident…" on the
// alert opens one filled in, the management notice is drafted with the live
// facts, a flagged word is replaced by its plainer one with a double-click,
// and Send takes it through the lab's submission service (STARTTLS, SASL,
// the lab CA) with the password typed, there being no keychain; it arrives in
// the lab mailbox and the incident and the journal record it.
class LabBroadcastTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void answerIncidentDialog()
    {
        QTimer::singleShot(20, [] {
            auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerIncidentDialog();
                return;
            }
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

    static void answerPassword(const QString &password, QString *asked)
    {
        QTimer::singleShot(20, [password, asked] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerPassword(password, asked);
                return;
            }
            *asked = dialog->labelText();
            auto *edit = dialog->findChild<QLineEdit *>();
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, password);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // No Secret Service here: the console must ask for the password.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mailops-no-bus");
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        deleteQueue();
    }

    void cleanupTestCase() { deleteQueue(); }

    void crashLoopToNoticeInTheMailbox()
    {
        const QString user = QString::fromUtf8(labFile(QStringLiteral("/sasl/user")));
        const QString password = QString::fromUtf8(labFile(QStringLiteral("/sasl/password")));
        QVERIFY2(!user.isEmpty() && !password.isEmpty(), "the lab has no SASL user: is it started?");
        BroadcastSettings settings;
        settings.profile = GatewayProfile::lab().name;
        settings.sender = QStringLiteral("Ops Desk <ops@mailops.test>");
        BroadcastSettings::Relay relay;
        relay.name = QStringLiteral("submission");
        relay.host = QStringLiteral("127.0.0.1");
        relay.port = 2587;
        relay.security = BroadcastSettings::Security::StartTls;
        relay.username = user;
        relay.caFile = LabEnvironment::labDirectory() + QStringLiteral("/ca/mailops-lab-ca.crt");
        settings.relays << relay;
        settings.recipients.insert(
            NoticeKind::Audience::Management, { QStringLiteral("Board <board@inbox.mailops.test>") });
        // Only the relay: a failure must show as one, not as a saved file.
        settings.fallback.insert(NoticeKind::Audience::Management, { QStringLiteral("smtp:submission") });
        BroadcastSettingsStore settingsStore;
        QVERIFY(settingsStore.load());
        QVERIFY(settingsStore.save(settings));

        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.conf")));
        profiles.load();
        JournalStore journal(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.open());
        SessionFactory factory;
        AppContext context(&profiles, &journal, &factory, &journal);
        QCOMPARE(context.session()->profile().name, GatewayProfile::lab().name);
        context.session()->monitor()->setServiceInterval(500);
        context.session()->monitor()->setQueueInterval(1000);
        MainWindow window(&context);
        window.setRemembersLayout(false);
        window.resize(1180, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(LabEnvironment::runLab({ QStringLiteral("poison") }).ok());
        auto *open = window.findChild<QPushButton *>(QStringLiteral("openIncident"));
        QVERIFY(open);
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 150000);
        answerIncidentDialog();
        QTest::mouseClick(open, Qt::LeftButton);

        StatusBroadcastPanel *panel = window.broadcastPanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->currentIncident() > 0);
        QCOMPARE(window.currentPanel(), int(MainWindow::StatusBroadcast));
        // The draft carries what the console saw.
        auto *editor = panel->findChild<TextViewer *>(QStringLiteral("noticeEditor"));
        const QString drafted = editor->toPlainText();
        QVERIFY2(drafted.contains(QStringLiteral("filterhub restarted")), qPrintable(drafted));
        auto *subject = panel->findChild<QLineEdit *>(QStringLiteral("noticeSubject"));
        QCOMPARE(subject->text(), QStringLiteral("Email problem: filterhub keeps crashing"));
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("recipients"))
                    ->text()
                    .contains(QStringLiteral("board@inbox.mailops.test")));

        // Jargon for management is flagged; a double-click puts the plainer word in.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("The MTA is being fixed."));
        auto *findings = panel->findChild<QListWidget *>(QStringLiteral("findings"));
        QTRY_VERIFY(!findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).isEmpty());
        QListWidgetItem *mta = findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).constFirst();
        const QRect r = findings->visualItemRect(mta);
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, r.center());
        QTRY_VERIFY(!editor->toPlainText().contains(QStringLiteral("MTA")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("The mail server is being fixed.")));
        QTRY_VERIFY(findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).isEmpty());

        // No keychain: the password is asked for, and kept nowhere.
        QString asked;
        answerPassword(password, &asked);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("sendNotice")), Qt::LeftButton);
        auto *result = panel->findChild<QLabel *>(QStringLiteral("sendResult"));
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().contains(QStringLiteral("Reached management by smtp:submission")), 60000);
        QVERIFY2(asked.contains(QStringLiteral("submission")), qPrintable(asked));
        QVERIFY(!result->text().contains(password));

        QByteArray copy;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(copy = delivered("Subject: Email problem: filterhub keeps crashing")).isEmpty(), 15000);
        QVERIFY2(copy.contains("with ESMTPSA"), copy.left(800).constData());
        QVERIFY(copy.contains("mail server is being fixed"));
        const LintReport lint = MessageLinter::lint(QByteArray(copy).replace("\n", "\r\n"));
        QVERIFY2(!lint.hasErrors(), qPrintable(lint.codeNames().join(QLatin1Char(' '))));

        const Result<Incident> after = panel->store()->incident(panel->currentIncident());
        QVERIFY(after);
        QCOMPARE(after->notices.size(), 1);
        QCOMPARE(after->notices.constFirst().path, QStringLiteral("smtp:submission"));
        JournalFilter notices;
        notices.kind = QStringLiteral("incident.notice");
        QTRY_VERIFY(journal.events(notices) && journal.events(notices)->size() == 1);
        QVERIFY(!journal.events(notices)->constFirst().summary.contains(password));
    }
};

QTEST_MAIN(LabBroadcastTest)
#include "lab_broadcast_test.moc"
