#include "gatewaymonitorpanel.h"
#include "gatewaystatuswidget.h"
#include "journal/journalsink.h"
#include "mainwindow.h"
#include "profileeditordialog.h"
#include "session/appcontext.h"
#include "session/sessionfactory.h"
#include "settings/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// Drives the main window the way an admin does: clicks, shortcuts, typing.
class MainWindowTest : public QObject
{
    Q_OBJECT

    QString profilesFile() const { return m_dir.filePath(QStringLiteral("profiles.conf")); }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void click(QWidget *w)
    {
        QVERIFY(w);
        QVERIFY2(w->isEnabled(), qPrintable(w->objectName() + QStringLiteral(" is disabled")));
        QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // Answers the next modal message box with the given button.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextMessageBox(button);
                return;
            }
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(profilesFile()); }

    void visitsEveryPanel()
    {
        ProfileStore store(profilesFile());
        store.load();
        NullJournalSink journal;
        SessionFactory factory;
        AppContext context(&store, &journal, &factory);
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = child<QListWidget>(&w, "panelList");
        QVERIFY(list);
        QCOMPARE(list->count(), int(MainWindow::PanelCount));
        for (int i = MainWindow::PanelCount - 1; i >= 0; --i) {
            const QRect r = list->visualItemRect(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
            QCOMPARE(w.currentPanel(), i);
            QVERIFY(w.panel(i)->isVisible());
        }
        // Ctrl+1..5 reach the panels from the keyboard.
        for (int i = 0; i < MainWindow::PanelCount; ++i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.currentPanel(), i);
        }
    }

    void createEditDeleteProfile()
    {
        ProfileStore store(profilesFile());
        store.load();
        NullJournalSink journal;
        SessionFactory factory;
        AppContext context(&store, &journal, &factory);
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(w.profileEditor() && w.profileEditor()->isVisible());
        ProfileEditorDialog *d = w.profileEditor();

        // Create
        click(child<QPushButton>(d, "newButton"));
        typeInto(child<QLineEdit>(d, "nameEdit"), QStringLiteral("Edge 1"));
        auto *transport = child<QComboBox>(d, "transportCombo");
        transport->setCurrentIndex(transport->findData(QStringLiteral("ssh")));
        typeInto(child<QLineEdit>(d, "sshHostEdit"), QStringLiteral("admin@edge1.example.org"));
        typeInto(child<QLineEdit>(d, "smtpHostEdit"), QStringLiteral("edge1.example.org"));
        click(child<QPushButton>(d, "saveButton"));
        QCOMPARE(child<QLabel>(d, "problemsLabel")->text(), QString());
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.at(1).name, QStringLiteral("Edge 1"));
        QCOMPARE(store.at(1).sshHost, QStringLiteral("admin@edge1.example.org"));
        QCOMPARE(store.at(1).transport, GatewayProfile::Transport::Ssh);
        QCOMPARE(child<QComboBox>(&w, "profileCombo")->count(), 2);

        // Edit: select it in the table, change the SMTP port, save.
        auto *table = child<QTableView>(d, "profileTable");
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
        QCOMPARE(child<QLineEdit>(d, "nameEdit")->text(), QStringLiteral("Edge 1"));
        auto *port = child<QSpinBox>(d, "smtpPortSpin");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("587"));
        click(child<QPushButton>(d, "saveButton"));
        QCOMPARE(store.at(1).smtpPort, quint16(587));

        // The review rules are off by default and saved when ticked.
        QVERIFY(!store.at(1).policyReviewRequired);
        auto *policyReview = child<QCheckBox>(d, "policyReviewCheck");
        auto *noticeReview = child<QCheckBox>(d, "noticeReviewCheck");
        QVERIFY(!policyReview->isChecked());
        QVERIFY(!noticeReview->isChecked());
        click(policyReview);
        click(noticeReview);
        click(child<QPushButton>(d, "saveButton"));
        QVERIFY(store.at(1).policyReviewRequired);
        QVERIFY(store.at(1).noticeReviewRequired);
        click(noticeReview);
        click(child<QPushButton>(d, "saveButton"));
        QVERIFY(store.at(1).policyReviewRequired);
        QVERIFY(!store.at(1).noticeReviewRequired);

        // An invalid edit is refused with a reason, and nothing changes.
        typeInto(child<QLineEdit>(d, "sshHostEdit"), QStringLiteral("-oProxyCommand=sh"));
        click(child<QPushButton>(d, "saveButton"));
        QVERIFY(child<QLabel>(d, "problemsLabel")->text().contains(QStringLiteral("SSH host")));
        QCOMPARE(store.at(1).sshHost, QStringLiteral("admin@edge1.example.org"));

        // Use it: the window follows.
        click(child<QPushButton>(d, "useButton"));
        QCOMPARE(store.currentIndex(), 1);
        QCOMPARE(child<QComboBox>(&w, "profileCombo")->currentText(), QStringLiteral("Edge 1"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Edge 1")));

        // Delete, confirming the question; Cancel first keeps it.
        answerNextMessageBox(QMessageBox::Cancel);
        click(child<QPushButton>(d, "deleteButton"));
        QCOMPARE(store.count(), 2);
        answerNextMessageBox(QMessageBox::Yes);
        click(child<QPushButton>(d, "deleteButton"));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.current().name, GatewayProfile::lab().name);

        // It is gone from disk too.
        ProfileStore reread(profilesFile());
        reread.load();
        QCOMPARE(reread.count(), 1);
    }

    void damagedSettingsShowAWarningAndTheLab()
    {
        {
            QFile f(profilesFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x00\x7f garbage \xff", 12));
        }
        ProfileStore store(profilesFile());
        store.load();
        NullJournalSink journal;
        SessionFactory factory;
        AppContext context(&store, &journal, &factory);
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = child<QWidget>(&w, "warningBar");
        QVERIFY(bar->isVisible());
        QVERIFY(child<QLabel>(&w, "warningText")->text().contains(QStringLiteral("damaged")));
        QCOMPARE(child<QComboBox>(&w, "profileCombo")->currentText(), GatewayProfile::lab().name);
    }

    // An alert of the monitor reaches the admin wherever they are in the
    // window: the status bar, the sidebar's colour, and the tray if there is one.
    void monitorAlertsReachTheWindow()
    {
        ProfileStore store(profilesFile());
        store.load();
        NullJournalSink journal;
        SessionFactory factory;
        AppContext context(&store, &journal, &factory);
        MainWindow w(&context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPanel(MainWindow::Diagnostics);
        Q_EMIT w.monitorPanel()->alert(
            QStringLiteral("Crash loop: filterhub"), QStringLiteral("restarted 3 times in 20 s"), true);
        QCOMPARE(w.lastAlert(), QStringLiteral("Crash loop: filterhub: restarted 3 times in 20 s"));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("filterhub")));
        auto *list = child<QListWidget>(&w, "panelList");
        QCOMPARE(list->item(MainWindow::GatewayMonitor)->foreground().color(), QColor(0xc0, 0x39, 0x2b));
        // The offscreen platform has no tray; with one the same text goes there.
        QCOMPARE(w.trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
        Q_EMIT w.monitorPanel()->alert(
            QStringLiteral("Crash loop over"), QStringLiteral("filterhub runs"), false);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("over")));
    }

    void statusBarSaysWhetherTheGatewayAnswers()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *s = server.nextPendingConnection())
                s->write("220 fake.mailops.test ESMTP\r\n");
        });
        ProfileStore store(profilesFile());
        store.load();
        GatewayProfile p = GatewayProfile::lab();
        p.name = QStringLiteral("Fake");
        p.smtpPort = server.serverPort();
        QVERIFY(store.add(p).ok());
        NullJournalSink journal;
        SessionFactory factory;
        AppContext context(&store, &journal, &factory);
        MainWindow w(&context);
        w.show();
        auto *combo = child<QComboBox>(&w, "profileCombo");
        combo->setFocus();
        // Pick "Fake" from the switcher with the keyboard.
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(store.currentIndex(), 1);
        QTRY_COMPARE(w.gatewayStatus()->state(), GatewayStatusWidget::State::Answering);
        QVERIFY(w.gatewayStatus()->text().contains(QStringLiteral("Fake answers")));

        server.close();
        QTest::keyClick(&w, Qt::Key_F5);
        QTRY_COMPARE(w.gatewayStatus()->state(), GatewayStatusWidget::State::NotAnswering);
        QVERIFY(w.gatewayStatus()->text().contains(QStringLiteral("does not answer")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
