#include "broadcast/broadcastsettingsdialog.h"
#include "incident/broadcastsettingsstore.h"
#include "settings/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The broadcast settings as an admin fills them in: a sender, a relay with
// its password, a webhook with its URL, the order for one audience; the
// problems named while typing; the secrets in the keychain and never in the
// settings file. Run twice: with a real Secret Service
// (MAILOPS_SECRETSTORE_EXPECT=keychain) and with none.
class BroadcastSettingsDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;

    static bool withKeychain() { return qgetenv("MAILOPS_SECRETSTORE_EXPECT") == "keychain"; }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static QPushButton *ok(QDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Without a keychain the dialog is given none, as on a machine
        // where the Secret Service is missing.
        if (withKeychain())
            m_secrets = std::make_unique<SecretStore>(QStringLiteral("MailOps Console test"));
    }

    void fillInAndSave()
    {
        const QString path = m_dir.filePath(QStringLiteral("broadcast.json"));
        BroadcastSettingsDialog dialog(QStringLiteral("mx1"), path, m_secrets.get());
        dialog.show();
        auto *problems = child<QLabel>(&dialog, "settingsProblems");
        QVERIFY(problems->text().contains(QStringLiteral("No sender")));
        QVERIFY(!ok(dialog)->isEnabled());

        QTest::keyClicks(child<QLineEdit>(&dialog, "sender"), QStringLiteral("Ops Desk <ops@mailops.test>"));
        QVERIFY(ok(dialog)->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "addRelay"), Qt::LeftButton);
        QVERIFY(problems->text().contains(QStringLiteral("no host")));
        auto *name = child<QLineEdit>(&dialog, "relayName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("corp"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "relayHost"), QStringLiteral("smtp.example.org"));
        auto *security = child<QComboBox>(&dialog, "relaySecurity");
        security->setCurrentIndex(security->findData(int(BroadcastSettings::Security::PlainLoopbackOnly)));
        QVERIFY(problems->text().contains(QStringLiteral("without TLS only a relay on this machine")));
        security->setCurrentIndex(security->findData(int(BroadcastSettings::Security::ImplicitTls)));
        QCOMPARE(child<QSpinBox>(&dialog, "relayPort")->value(), 465);
        QTest::keyClicks(child<QLineEdit>(&dialog, "relayUser"), QStringLiteral("notices@mailops.test"));
        auto *password = child<QLineEdit>(&dialog, "relayPassword");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("s3cret-relay"));

        QTest::mouseClick(child<QPushButton>(&dialog, "addWebhook"), Qt::LeftButton);
        auto *url = child<QLineEdit>(&dialog, "webhookUrl");
        QTest::keyClicks(url, QStringLiteral("ftp://hooks.example.org/x"));
        QVERIFY2(problems->text().contains(QStringLiteral("webhook")), qPrintable(problems->text()));
        QVERIFY(!ok(dialog)->isEnabled());
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://hooks.example.org/services/T0/B0/s3cret-hook"));
        auto *kind = child<QComboBox>(&dialog, "webhookKind");
        kind->setCurrentIndex(kind->findData(int(WebhookPayload::Kind::Mattermost)));

        // Partners: the webhook first, no clipboard.
        auto *audience = child<QComboBox>(&dialog, "orderAudience");
        audience->setCurrentIndex(audience->findData(int(NoticeKind::Audience::Partners)));
        auto *order = child<QListWidget>(&dialog, "pathOrder");
        QCOMPARE(order->item(0)->text(), QStringLiteral("smtp:corp"));
        order->setCurrentRow(1);
        QCOMPARE(order->currentItem()->text(), QStringLiteral("webhook:webhook1"));
        QTest::mouseClick(child<QPushButton>(&dialog, "pathUp"), Qt::LeftButton);
        order->findItems(QStringLiteral("clipboard"), Qt::MatchExactly)
            .constFirst()
            ->setCheckState(Qt::Unchecked);
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        // MAILOPS_TEST_GRAB=DIR keeps a picture of the dialog, to look at.
        if (const QString dir = qEnvironmentVariable("MAILOPS_TEST_GRAB"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/broadcastsettings.png"));

        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        if (!withKeychain()) {
            // Saved, and told that the secrets were not.
            QVERIFY(dialog.isVisible());
            QVERIFY(problems->text().contains(QStringLiteral("no system keychain")));
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains("s3cret"));
        BroadcastSettingsStore store(path);
        QVERIFY(store.load());
        const BroadcastSettings saved = store.settings(QStringLiteral("mx1"));
        QCOMPARE(saved.sender, QStringLiteral("Ops Desk <ops@mailops.test>"));
        QCOMPARE(saved.relays.size(), 1);
        QCOMPARE(saved.relays.constFirst().port, quint16(465));
        QCOMPARE(saved.relays.constFirst().username, QStringLiteral("notices@mailops.test"));
        QCOMPARE(saved.webhooks.constFirst().kind, WebhookPayload::Kind::Mattermost);
        QCOMPARE(saved.fallbackFor(NoticeKind::Audience::Partners),
            (QStringList {
                QStringLiteral("webhook:webhook1"), QStringLiteral("smtp:corp"), QStringLiteral("eml") }));
        QCOMPARE(
            saved.fallbackFor(NoticeKind::Audience::Management), BroadcastSettings::defaultFallback(saved));
        if (withKeychain()) {
            QCOMPARE(m_secrets->read(SecretStore::smtpKey(QStringLiteral("mx1"), QStringLiteral("corp")))
                         .valueOr({}),
                QStringLiteral("s3cret-relay"));
            QVERIFY(
                m_secrets->read(SecretStore::webhookKey(QStringLiteral("mx1"), QStringLiteral("webhook1")))
                    .valueOr({})
                    .endsWith(QStringLiteral("s3cret-hook")));
        }
    }

    void renameAndRemoveFollowTheOrderAndTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("broadcast.json"));
        BroadcastSettingsDialog dialog(QStringLiteral("mx1"), path, m_secrets.get());
        dialog.show();
        auto *password = child<QLineEdit>(&dialog, "relayPassword");
        if (withKeychain())
            QVERIFY(password->placeholderText().contains(QStringLiteral("keychain")));
        auto *name = child<QLineEdit>(&dialog, "relayName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("backup"));
        auto *audience = child<QComboBox>(&dialog, "orderAudience");
        audience->setCurrentIndex(audience->findData(int(NoticeKind::Audience::Partners)));
        auto *order = child<QListWidget>(&dialog, "pathOrder");
        QVERIFY(!order->findItems(QStringLiteral("smtp:backup"), Qt::MatchExactly).isEmpty());
        QVERIFY(order->findItems(QStringLiteral("smtp:corp"), Qt::MatchExactly).isEmpty());
        child<QListWidget>(&dialog, "webhookList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeWebhook"), Qt::LeftButton);
        QVERIFY(order->findItems(QStringLiteral("webhook:webhook1"), Qt::MatchExactly).isEmpty());
        QVERIFY(ok(dialog)->isEnabled());
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        BroadcastSettingsStore store(path);
        QVERIFY(store.load());
        const BroadcastSettings saved = store.settings(QStringLiteral("mx1"));
        QCOMPARE(saved.relays.constFirst().name, QStringLiteral("backup"));
        QVERIFY(saved.webhooks.isEmpty());
        QCOMPARE(saved.fallbackFor(NoticeKind::Audience::Partners),
            (QStringList { QStringLiteral("smtp:backup"), QStringLiteral("eml") }));
        if (withKeychain()) {
            // The password moved with the name; the webhook's URL is gone.
            QCOMPARE(m_secrets->read(SecretStore::smtpKey(QStringLiteral("mx1"), QStringLiteral("backup")))
                         .valueOr({}),
                QStringLiteral("s3cret-relay"));
            QVERIFY(!m_secrets->read(SecretStore::smtpKey(QStringLiteral("mx1"), QStringLiteral("corp"))));
            QVERIFY(
                !m_secrets->read(SecretStore::webhookKey(QStringLiteral("mx1"), QStringLiteral("webhook1"))));
        }
    }
};

QTEST_MAIN(BroadcastSettingsDialogTest)
#include "broadcastsettingsdialog_test.moc"
