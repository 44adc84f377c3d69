#include "settings/secretstore.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QtTest>

using namespace MailOps;

// Run twice by CTest: under dbus-run-session with gnome-keyring's Secret
// Service (MAILOPS_SECRETSTORE_EXPECT=keychain), and with the session bus
// pointing nowhere (=none), where every call must say "no keychain" at once.
class SecretStoreTest : public QObject
{
    Q_OBJECT

private:
    bool m_expectKeychain = false;
    // A service name of its own, so a run never touches the console's entries.
    const QString m_service
        = QStringLiteral("MailOps Console test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray expect = qgetenv("MAILOPS_SECRETSTORE_EXPECT");
        if (expect.isEmpty())
            QSKIP("run through CTest: secretstore_keyring or secretstore_nokeychain");
        m_expectKeychain = expect == "keychain";
    }

    void keys()
    {
        QCOMPARE(SecretStore::smtpKey(QStringLiteral("Lab gateway"), QStringLiteral("relay 1")),
            QStringLiteral("smtp:Lab gateway:relay 1"));
        QCOMPARE(SecretStore::webhookKey(QStringLiteral("p"), QStringLiteral("ops")),
            QStringLiteral("webhook:p:ops"));
        QCOMPARE(SecretStore::defaultService(), QStringLiteral("MailOps Console"));
    }

    void writeReadRemove()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain in this run");
        const SecretStore store(m_service, 10000);
        const QString key = SecretStore::smtpKey(QStringLiteral("Lab gateway"), QStringLiteral("submission"));
        const QString secret = QStringLiteral("pä$$ wörd:\"1\"");
        const Status written = store.write(key, secret);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const Result<QString> back = store.read(key);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), secret);

        QVERIFY(store.write(key, QStringLiteral("second")));
        QCOMPARE(store.read(key).valueOr(QString()), QStringLiteral("second"));
        // Another service's entries are apart.
        const SecretStore other(m_service + QStringLiteral(" other"), 10000);
        const Result<QString> missing = other.read(key);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);

        QVERIFY(store.remove(key));
        const Result<QString> gone = store.read(key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(!SecretStore::isNoKeychain(gone.error()));
        QVERIFY(store.remove(key)); // removing what is not there succeeds
    }

    void noKeychainSaysSoQuickly()
    {
        if (m_expectKeychain)
            QSKIP("a keychain is present in this run");
        const SecretStore store(m_service, 10000);
        const QString key = SecretStore::smtpKey(QStringLiteral("p"), QStringLiteral("r"));
        QElapsedTimer clock;
        clock.start();
        const Result<QString> r = store.read(key);
        const Status w = store.write(key, QStringLiteral("secret"));
        const Status d = store.remove(key);
        QVERIFY(!r && !w && !d);
        QVERIFY(SecretStore::isNoKeychain(r.error()));
        QVERIFY(SecretStore::isNoKeychain(w.error()));
        QVERIFY(SecretStore::isNoKeychain(d.error()));
        QVERIFY2(r.error().message.contains(QStringLiteral("stored nowhere")), qPrintable(r.error().message));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "secretstore_test.moc"
