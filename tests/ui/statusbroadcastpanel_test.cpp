#include "broadcast/incidentdialog.h"
#include "broadcast/noticereviewdialog.h"
#include "broadcast/statusbroadcastpanel.h"
#include "fakesessionfactory.h"
#include "incident/broadcastsettingsstore.h"
#include "incident/incidentstore.h"
#include "journal/journalstore.h"
#include "recordingjournalsink.h"
#include "session/gatewaysession.h"
#include "textviewer.h"
#include "tinysmtpserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace MailOps;

// Status broadcast as an admin uses it: open an incident from its dialog,
// pick the audience, read the draft filled from the gateway, fix what the
// audience check flags, add a note, send; and never lose what was typed.
class StatusBroadcastPanelTest : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    // Clicks OK in the incident dialog once it is up, after typing `title`.
    static void answerIncidentDialog(const QString &title)
    {
        QTimer::singleShot(10, [title] {
            auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerIncidentDialog(title);
                return;
            }
            if (!title.isNull()) {
                auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("incidentTitle"));
                edit->clear();
                QTest::keyClicks(edit, title);
            }
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

    QTemporaryDir m_dir;
    FakeSessionFactory m_factory;
    RecordingJournalSink m_sink;

    std::unique_ptr<GatewaySession> session(bool reviewRequired = false)
    {
        GatewayProfile p = GatewayProfile::lab();
        p.name = QStringLiteral("mx1");
        p.noticeReviewRequired = reviewRequired;
        return std::make_unique<GatewaySession>(p, &m_factory, &m_sink);
    }

    // Types `name` into the second-look dialog and says it may go.
    static void answerReviewDialog(const QString &name)
    {
        QTimer::singleShot(10, [name] {
            auto *dialog = qobject_cast<NoticeReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerReviewDialog(name);
                return;
            }
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("reviewPreview"))
                        ->toPlainText()
                        .contains(QStringLiteral("What happened")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reviewer")), name);
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void emptyUntilAnIncidentIsOpened()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j1.sqlite")));
        QVERIFY(journal.open());
        StatusBroadcastPanel panel(&journal, m_dir.filePath(QStringLiteral("i1.sqlite")));
        const auto s = session();
        panel.setSession(s.get());
        panel.show();
        auto *empty = child<QLabel>(&panel, "broadcastEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No incident on mx1")));

        answerIncidentDialog(QStringLiteral("Incoming mail is delayed"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);

        QTRY_VERIFY(panel.currentIncident() > 0);
        QVERIFY(!empty->isVisible());
        QVERIFY(
            child<QComboBox>(&panel, "incidentBox")->currentText().contains(QStringLiteral("Incoming mail")));
        QVERIFY(child<QLabel>(&panel, "nextUpdate")->text().startsWith(QStringLiteral("Next update due")));
        // The first notice is drafted from the template straight away.
        QCOMPARE(child<QLineEdit>(&panel, "noticeSubject")->text(),
            QStringLiteral("Email problem: Incoming mail is delayed"));
        QVERIFY(
            child<QTextBrowser>(&panel, "noticePreview")->toHtml().contains(QStringLiteral("What happened")));
        QTRY_VERIFY(journal.events({}) && !journal.events({})->isEmpty());
        QCOMPARE(journal.events({})->constFirst().kind, QStringLiteral("incident.open"));
    }

    void seedFromAnAlertAndFixAFlaggedWord()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j2.sqlite")));
        QVERIFY(journal.open());
        const QString storePath = m_dir.filePath(QStringLiteral("i2.sqlite"));
        auto panel = std::make_unique<StatusBroadcastPanel>(&journal, storePath);
        const auto s = session();
        panel->setSession(s.get());
        panel->show();

        Incident seed;
        seed.title = QStringLiteral("filterhub keeps crashing");
        seed.severity = Incident::Severity::Critical;
        seed.affectedServices = { QStringLiteral("filterhub") };
        seed.impact = QStringLiteral("filterhub restarted 7 times since 09:12 UTC.");
        answerIncidentDialog(QString());
        const qint64 id = panel->proposeIncident(seed);
        QVERIFY(id > 0);
        QCOMPARE(panel->currentIncident(), id);
        QVERIFY(child<QLabel>(panel.get(), "incidentSeverity")->text().contains(QStringLiteral("critical")));

        // Management gets plain words: type jargon and see it flagged.
        auto *editor = child<TextViewer>(panel.get(), "noticeEditor");
        editor->moveCursor(QTextCursor::End);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("The MTA is down."));
        auto *findings = child<QListWidget>(panel.get(), "findings");
        QTRY_VERIFY(!findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).isEmpty());
        QListWidgetItem *mta = findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).constFirst();
        QVERIFY(mta->text().contains(QStringLiteral("our mail server")));
        // Click: the word is selected in the draft; double-click: replaced.
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(mta).center());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("MTA"));
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(mta).center());
        QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("The mail server is down.")));
        QVERIFY(findings->findItems(QStringLiteral("\"MTA\""), Qt::MatchContains).isEmpty());
        // A status code gets advice, which a double-click never puts in the text.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" It said 4.7.1 to us."));
        QTRY_VERIFY(!findings->findItems(QStringLiteral("\"4.7.1\""), Qt::MatchContains).isEmpty());
        QListWidgetItem *code
            = findings->findItems(QStringLiteral("\"4.7.1\""), Qt::MatchContains).constFirst();
        QVERIFY2(code->text().endsWith(
                     QStringLiteral("(status code): say what it means (\"the other server asked us to "
                                    "try again later\")")),
            qPrintable(code->text()));
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(code).center());
        QVERIFY(editor->toPlainText().contains(QStringLiteral("It said 4.7.1 to us.")));
        editor->moveCursor(QTextCursor::End);
        for (int i = 0; i < 21; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QVERIFY(editor->toPlainText().endsWith(QStringLiteral("The mail server is down.")));

        // Switching the audience at once keeps each notice's text its own.
        auto *audience = child<QComboBox>(panel.get(), "audienceBox");
        QTest::keyClicks(editor, QStringLiteral(" Typed last."));
        audience->setCurrentIndex(audience->findData(int(NoticeKind::Audience::Partners)));
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("Typed last.")));
        audience->setCurrentIndex(audience->findData(int(NoticeKind::Audience::Management)));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("Typed last.")));

        // What was typed survives the console going away.
        const QString typed = editor->toPlainText();
        panel.reset();
        IncidentStore store(storePath);
        QVERIFY(store.open());
        const auto kept = store.draft(id, { NoticeKind::Audience::Management, NoticeKind::Phase::First });
        QVERIFY(kept && *kept);
        QVERIFY((*kept)->text.endsWith(typed));
    }

    void sendRecordsTheNoticeAndMovesTheCadence()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j3.sqlite")));
        QVERIFY(journal.open());
        StatusBroadcastPanel panel(&journal, m_dir.filePath(QStringLiteral("i3.sqlite")));
        const auto s = session();
        panel.setSession(s.get());
        panel.show();
        answerIncidentDialog(QStringLiteral("Mail is late"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);
        QTRY_VERIFY(panel.currentIncident() > 0);

        QStringList sentTo;
        NoticeDraft sent;
        panel.setSender([&](const NoticeDraft &d, const QStringList &to,
                            const std::function<void(const StatusBroadcastPanel::Outcome &)> &done) {
            sent = d;
            sentTo = to;
            done({ true, QStringLiteral("smtp:corp"),
                { QStringLiteral("smtp:corp: accepted for 1 recipient") }, false, QString() });
        });
        auto *to = child<QLineEdit>(&panel, "recipients");
        auto *problem = child<QLabel>(&panel, "recipientProblem");
        QTest::keyClicks(to, QStringLiteral("board@example.org, not an address"));
        QVERIFY(problem->text().contains(QStringLiteral("not an address")));
        // Nothing leaves while a recipient is wrong.
        QTest::mouseClick(child<QPushButton>(&panel, "sendNotice"), Qt::LeftButton);
        QVERIFY(sentTo.isEmpty());
        QVERIFY(child<QLabel>(&panel, "sendResult")->text().contains(QStringLiteral("Fix the recipients")));
        to->clear();
        QTest::keyClicks(to, QStringLiteral("Board <board@example.org>"));
        QVERIFY(problem->text().isEmpty());
        // Ctrl+Return is the hot path's send.
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        to->setFocus();
        QTest::keySequence(to, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(sentTo, QStringList { QStringLiteral("board@example.org") });
        QCOMPARE(sent.subject, QStringLiteral("Email problem: Mail is late"));
        QVERIFY(child<QLabel>(&panel, "sendResult")->text().contains(QStringLiteral("accepted")));

        const Result<Incident> after = panel.store()->incident(panel.currentIncident());
        QVERIFY(after);
        QCOMPARE(after->notices.size(), 1);
        QCOMPARE(after->notices.constFirst().path, QStringLiteral("smtp:corp"));
        QVERIFY(after->nextUpdateDue > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        // The sent notice and a note join the incident's timeline.
        auto *note = child<QLineEdit>(&panel, "noteEdit");
        QTest::keyClicks(note, QStringLiteral("held the poison message"));
        QTest::keyClick(note, Qt::Key_Return);
        auto *timeline = child<QListWidget>(&panel, "incidentTimeline");
        QTRY_VERIFY(
            !timeline->findItems(QStringLiteral("held the poison message"), Qt::MatchContains).isEmpty());
        QVERIFY(!timeline->findItems(QStringLiteral("smtp:corp"), Qt::MatchContains).isEmpty());
        // Ctrl+U: the next update, drafted again from the template.
        QTest::keySequence(&panel, QKeySequence(Qt::CTRL | Qt::Key_U));
        QCOMPARE(panel.currentKind().phase, NoticeKind::Phase::Update);
        QVERIFY(child<QLineEdit>(&panel, "noticeSubject")->text().contains(QStringLiteral("Update")));
    }

    void aSecondLookBeforeItGoes()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j6.sqlite")));
        QVERIFY(journal.open());
        StatusBroadcastPanel panel(&journal, m_dir.filePath(QStringLiteral("i6.sqlite")));
        const auto s = session(true);
        panel.setSession(s.get());
        panel.show();
        answerIncidentDialog(QStringLiteral("Mail is late"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);
        QTRY_VERIFY(panel.currentIncident() > 0);
        int sends = 0;
        panel.setSender([&](const NoticeDraft &, const QStringList &,
                            const std::function<void(const StatusBroadcastPanel::Outcome &)> &done) {
            ++sends;
            done({ true, QStringLiteral("smtp:corp"), { QStringLiteral("smtp:corp: accepted") }, false,
                QString() });
        });
        child<QLineEdit>(&panel, "recipients")->clear();
        QTest::keyClicks(child<QLineEdit>(&panel, "recipients"), QStringLiteral("board@example.org"));
        auto *review = child<QPushButton>(&panel, "reviewNotice");
        auto *result = child<QLabel>(&panel, "sendResult");
        QVERIFY(review->isVisible());
        QTest::mouseClick(child<QPushButton>(&panel, "sendNotice"), Qt::LeftButton);
        QCOMPARE(sends, 0);
        QVERIFY2(result->text().contains(QStringLiteral("second look")), qPrintable(result->text()));

        answerReviewDialog(QStringLiteral("Dana"));
        QTest::mouseClick(review, Qt::LeftButton);
        QCOMPARE(review->text(), QStringLiteral("Reviewed by Dana"));
        // A word changed after the look: another one is needed.
        auto *subject = child<QLineEdit>(&panel, "noticeSubject");
        subject->end(false);
        QTest::keyClicks(subject, QStringLiteral("!"));
        QTest::mouseClick(child<QPushButton>(&panel, "sendNotice"), Qt::LeftButton);
        QCOMPARE(sends, 0);
        QVERIFY(result->text().contains(QStringLiteral("changed after Dana")));
        QTest::keyClick(subject, Qt::Key_Backspace);
        QTest::mouseClick(child<QPushButton>(&panel, "sendNotice"), Qt::LeftButton);
        QCOMPARE(sends, 1);
        // The journal has the look, before the notice.
        QTRY_VERIFY(journal.events({}) && journal.events({})->size() >= 2);
        QStringList kinds;
        const JournalEventList events = journal.events({}).valueOr({});
        for (const JournalEvent &e : events)
            kinds << e.kind;
        QVERIFY2(kinds.contains(QStringLiteral("incident.review")), qPrintable(kinds.join(QLatin1Char(' '))));
    }

    void aFiveMegabyteDraftIsKeptAndCheckedAside()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j7.sqlite")));
        QVERIFY(journal.open());
        const QString storePath = m_dir.filePath(QStringLiteral("i7.sqlite"));
        StatusBroadcastPanel panel(&journal, storePath);
        const auto s = session();
        panel.setSession(s.get());
        panel.show();
        answerIncidentDialog(QStringLiteral("Mail is late"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);
        QTRY_VERIFY(panel.currentIncident() > 0);
        auto *editor = child<TextViewer>(&panel, "noticeEditor");
        QString huge;
        while (huge.size() < 5 * 1024 * 1024)
            huge += QStringLiteral("MTA on mx1.example.org is being fixed. Mail waits and is not lost.\n");
        editor->setPlainText(huge);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("End."));
        auto *findings = child<QListWidget>(&panel, "findings");
        QTRY_VERIFY_WITH_TIMEOUT(
            !findings->findItems(QStringLiteral("more words to put plainly"), Qt::MatchContains).isEmpty(),
            60000);
        QVERIFY(findings->count() < 320);
        QVERIFY(child<QTextBrowser>(&panel, "noticePreview")
                    ->toPlainText()
                    .contains(QStringLiteral("first 256 KB")));
        // Double-click on a listed finding still works on the huge text.
        const QRect r = findings->visualItemRect(findings->item(0));
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("MTA"));
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, r.center());
        QTRY_VERIFY(editor->toPlainText().startsWith(QStringLiteral("Our mail server on")));
        // Saved whole.
        const qint64 id = panel.currentIncident();
        QTRY_VERIFY_WITH_TIMEOUT(panel.store()->draft(id, panel.currentKind()).value().has_value()
                && panel.store()
                       ->draft(id, panel.currentKind())
                       .value()
                       ->text.endsWith(QStringLiteral("End.")),
            10000);
        QVERIFY(panel.store()->draft(id, panel.currentKind()).value()->text.size() > 5 * 1024 * 1024);
    }

    void sendThroughTheProfilesRelay()
    {
        // The profile's broadcast settings: one relay on loopback, a sender.
        TinySmtpServer server;
        BroadcastSettingsStore settingsStore;
        QVERIFY(settingsStore.load());
        BroadcastSettings settings;
        settings.profile = QStringLiteral("mx1");
        settings.sender = QStringLiteral("Ops Desk <ops@mailops.test>");
        BroadcastSettings::Relay relay;
        relay.name = QStringLiteral("corp");
        relay.host = QStringLiteral("127.0.0.1");
        relay.port = server.serverPort();
        relay.security = BroadcastSettings::Security::PlainLoopbackOnly;
        settings.relays << relay;
        QVERIFY(settingsStore.save(settings));

        JournalStore journal(m_dir.filePath(QStringLiteral("j5.sqlite")));
        QVERIFY(journal.open());
        StatusBroadcastPanel panel(&journal, m_dir.filePath(QStringLiteral("i5.sqlite")));
        const auto s = session();
        panel.setSession(s.get());
        panel.show();
        answerIncidentDialog(QStringLiteral("Mail is late"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);
        QTRY_VERIFY(panel.currentIncident() > 0);
        child<QLineEdit>(&panel, "recipients")->clear();
        QTest::keyClicks(child<QLineEdit>(&panel, "recipients"), QStringLiteral("board@example.org"));
        QTest::mouseClick(child<QPushButton>(&panel, "sendNotice"), Qt::LeftButton);
        auto *result = child<QLabel>(&panel, "sendResult");
        QTRY_VERIFY2_WITH_TIMEOUT(
            result->text().contains(QStringLiteral("smtp:corp")), qPrintable(result->text()), 20000);
        QTRY_COMPARE(server.messages.size(), 1);
        QVERIFY(server.messages.constFirst().contains("Subject: Email problem: Mail is late"));
        QTRY_COMPARE(panel.store()->incident(panel.currentIncident())->notices.size(), 1);
        QCOMPARE(panel.store()->incident(panel.currentIncident())->notices.constFirst().path,
            QStringLiteral("smtp:corp"));
        JournalFilter notices;
        notices.kind = QStringLiteral("incident.notice");
        QTRY_VERIFY(!journal.events(notices).value().isEmpty());
    }

    void resolvedEndsTheCountdown()
    {
        JournalStore journal(m_dir.filePath(QStringLiteral("j4.sqlite")));
        QVERIFY(journal.open());
        StatusBroadcastPanel panel(&journal, m_dir.filePath(QStringLiteral("i4.sqlite")));
        const auto s = session();
        panel.setSession(s.get());
        panel.show();
        answerIncidentDialog(QStringLiteral("Mail is late"));
        QTest::mouseClick(child<QPushButton>(&panel, "openFirstIncident"), Qt::LeftButton);
        QTRY_VERIFY(panel.currentIncident() > 0);
        auto *status = child<QComboBox>(&panel, "incidentStatus");
        status->setCurrentIndex(status->findData(int(Incident::Status::Resolved)));
        Q_EMIT status->activated(status->currentIndex());
        QTRY_VERIFY(child<QLabel>(&panel, "nextUpdate")->text().startsWith(QStringLiteral("Resolved at")));
        QCOMPARE(panel.currentKind().phase, NoticeKind::Phase::Resolved);
        QVERIFY(child<QComboBox>(&panel, "incidentBox")->currentText().contains(QStringLiteral("resolved")));
    }
};

QTEST_MAIN(StatusBroadcastPanelTest)
#include "statusbroadcastpanel_test.moc"
