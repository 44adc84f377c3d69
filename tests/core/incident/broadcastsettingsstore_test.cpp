#include "incident/broadcastsettingsstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

class BroadcastSettingsStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripPerProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/broadcast.json"));
        BroadcastSettings lab;
        lab.profile = QStringLiteral("lab");
        lab.sender = QStringLiteral("ops@example.org");
        lab.relays << BroadcastSettings::Relay { QStringLiteral("corp"), QStringLiteral("smtp.example.org"),
            587, BroadcastSettings::Security::StartTls, QStringLiteral("ops"), {} };
        lab.recipients.insert(NoticeKind::Audience::EndUsers, { QStringLiteral("all@example.org") });
        BroadcastSettings other;
        other.profile = QStringLiteral("edge");
        other.webhooks << BroadcastSettings::Webhook { QStringLiteral("mm"), WebhookPayload::Kind::Mattermost,
            QStringLiteral("MailOps") };
        {
            BroadcastSettingsStore store(path);
            QVERIFY(store.load());
            QVERIFY(store.save(lab));
            QVERIFY(store.save(other));
        }
        BroadcastSettingsStore again(path);
        QVERIFY(again.load());
        QVERIFY(again.settings(QStringLiteral("lab")) == lab);
        QVERIFY(again.settings(QStringLiteral("edge")) == other);
        const BroadcastSettings unknown = again.settings(QStringLiteral("nowhere"));
        QCOMPARE(unknown.profile, QStringLiteral("nowhere"));
        QVERIFY(unknown.relays.isEmpty());
        QVERIFY(again.remove(QStringLiteral("edge")));
        BroadcastSettingsStore third(path);
        QVERIFY(third.load());
        QVERIFY(third.settings(QStringLiteral("edge")).webhooks.isEmpty());
        QVERIFY(third.settings(QStringLiteral("lab")) == lab);
    }

    void brokenFileIsMovedAsideAndDefaultsUsed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("truncated") << QByteArray("{\"version\": 1, \"profiles\": {\"lab\": {")
                                   << QStringLiteral("at byte");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("no profiles") << QByteArray("{\"version\": 1}")
                                     << QStringLiteral("no \"profiles\" object");
        QTest::newRow("bad kind") << QByteArray("{\"version\": 1, \"profiles\": {\"lab\": {\"webhooks\": "
                                                "[{\"name\": \"x\", \"kind\": \"irc\"}]}}}")
                                  << QStringLiteral("profile \"lab\"");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << QStringLiteral("at byte");
    }
    void brokenFileIsMovedAsideAndDefaultsUsed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broadcast.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        BroadcastSettingsStore store(path);
        const Status loaded = store.load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::ParseError);
        QVERIFY2(loaded.error().message.contains(why), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(path + QStringLiteral(".damaged")),
            qPrintable(loaded.error().message));
        QVERIFY(!QFile::exists(path));
        QFile aside(path + QStringLiteral(".damaged"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QVERIFY(store.settings(QStringLiteral("lab")).webhooks.isEmpty());
        // And the store works on: the next save starts a good file.
        BroadcastSettings s;
        s.profile = QStringLiteral("lab");
        s.sender = QStringLiteral("ops@example.org");
        QVERIFY(store.save(s));
        BroadcastSettingsStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.settings(QStringLiteral("lab")).sender, s.sender);
    }

    void newerFormatIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broadcast.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 99, \"profiles\": {}}");
        f.close();
        BroadcastSettingsStore store(path);
        const Status loaded = store.load();
        QCOMPARE(loaded.error().code, Error::Code::Unsupported);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(BroadcastSettingsStoreTest)
#include "broadcastsettingsstore_test.moc"
