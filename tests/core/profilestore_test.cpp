#include "settings/profilelistmodel.h"
#include "settings/profilestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.conf")); }
    void write(const QByteArray &content)
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    static GatewayProfile edge()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Edge 1");
        p.transport = GatewayProfile::Transport::Ssh;
        p.sshHost = QStringLiteral("admin@edge1.example.org");
        p.serviceBackend = GatewayProfile::ServiceBackend::Systemd;
        p.smtpHost = QStringLiteral("edge1.example.org");
        p.smtpPort = 25;
        p.mailLogPath = QStringLiteral("/var/log/mail.log");
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void noFileGivesTheLab()
    {
        ProfileStore store(path());
        store.load();
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.current(), GatewayProfile::lab());
        QVERIFY(store.loadWarnings().isEmpty());
    }

    void roundTrip()
    {
        {
            ProfileStore store(path());
            store.load();
            const Result<int> added = store.add(edge());
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
            QCOMPARE(added.value(), 1);
            store.setCurrentIndex(1);
        }
        ProfileStore again(path());
        again.load();
        QVERIFY(again.loadWarnings().isEmpty());
        QCOMPARE(again.count(), 2);
        QCOMPARE(again.currentIndex(), 1);
        QCOMPARE(again.at(1), edge());
        QCOMPARE(again.at(0), GatewayProfile::lab());
    }

    void reviewFlagsRoundTrip()
    {
        QVERIFY(!GatewayProfile::lab().policyReviewRequired);
        QVERIFY(!GatewayProfile::lab().noticeReviewRequired);
        GatewayProfile strict = edge();
        strict.policyReviewRequired = true;
        GatewayProfile notices = edge();
        notices.name = QStringLiteral("Edge 2");
        notices.noticeReviewRequired = true;
        {
            ProfileStore store(path());
            store.load();
            QVERIFY(store.add(strict).ok());
            QVERIFY(store.add(notices).ok());
        }
        ProfileStore again(path());
        again.load();
        QCOMPARE(again.count(), 3);
        QVERIFY(again.at(1).policyReviewRequired);
        QVERIFY(!again.at(1).noticeReviewRequired);
        QVERIFY(!again.at(2).policyReviewRequired);
        QVERIFY(again.at(2).noticeReviewRequired);
        QCOMPARE(again.at(1), strict);

        // A file written before the flags existed reads them as off.
        write("[General]\nversion=1\ncurrent=Old\n[profiles]\n1\\name=Old\n"
              "1\\transport=local\n1\\serviceBackend=systemd\nsize=1\n");
        ProfileStore old(path());
        old.load();
        QCOMPARE(old.count(), 1);
        QVERIFY(!old.at(0).policyReviewRequired);
        QVERIFY(!old.at(0).noticeReviewRequired);
    }

    void rejectsDuplicatesAndInvalid()
    {
        ProfileStore store(path());
        store.load();
        QVERIFY(store.add(edge()).ok());
        GatewayProfile dup = edge();
        dup.name = QStringLiteral("edge 1");
        const Result<int> r = store.add(dup);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("already exists")));
        GatewayProfile bad = edge();
        bad.name = QStringLiteral("Bad");
        bad.sshHost = QStringLiteral("-oProxyCommand=evil");
        QVERIFY(!store.add(bad).ok());
        QCOMPARE(store.count(), 2);
    }

    void updateAndRemove()
    {
        ProfileStore store(path());
        store.load();
        QVERIFY(store.add(edge()).ok());
        GatewayProfile changed = edge();
        changed.smtpPort = 587;
        QVERIFY(store.update(1, changed).ok());
        QCOMPARE(store.at(1).smtpPort, quint16(587));
        QVERIFY(store.remove(0).ok());
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.at(0).name, QStringLiteral("Edge 1"));
        QVERIFY2(!store.remove(0).ok(), "the last profile stays");
    }

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expectedProfiles");
        QTest::newRow("binary junk") << QByteArray("\x00\x01\xff\xfe[[[\x00=\x00\n\x89PNG", 14) << 1;
        QTest::newRow("bad port") << QByteArray(
            "[profiles]\n1\\name=Edge\n1\\smtpPort=99999\n1\\smtpHost=a.example\nsize=1\n")
                                  << 1;
        QTest::newRow("unknown transport")
            << QByteArray("[profiles]\n1\\name=Edge\n1\\transport=telnet\n1\\smtpHost=a.example\nsize=1\n")
            << 1;
        QTest::newRow("one good one bad")
            << QByteArray("[profiles]\n1\\name=Good\n1\\smtpHost=a.example\n1\\serviceBackend=systemd\n"
                          "2\\name=Bad\n2\\dnsPort=abc\n2\\serviceBackend=systemd\nsize=2\n")
            << 1;
        QTest::newRow("absurd size") << QByteArray("[profiles]\nsize=2147483647\n") << 1;
    }

    void damagedFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expectedProfiles);
        write(content);
        ProfileStore store(path());
        store.load();
        QCOMPARE(store.count(), expectedProfiles);
        QVERIFY(store.current().validate().isEmpty());
        if (QByteArray(QTest::currentDataTag()) != "absurd size") {
            QVERIFY2(!store.loadWarnings().isEmpty(), "a damaged file is reported");
            QVERIFY(store.loadWarnings().join(QLatin1Char(' ')).contains(path()));
            // The original is kept beside the file before anything overwrites it.
            QFile backup(path() + QStringLiteral(".damaged"));
            QVERIFY(backup.open(QIODevice::ReadOnly));
            QCOMPARE(backup.readAll(), content);
        }
        // And the store is usable: saving gives a file that loads cleanly.
        QVERIFY(store.save().ok());
        ProfileStore again(path());
        again.load();
        QVERIFY(again.loadWarnings().isEmpty());
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        write("[General]\nversion=1\n");
        QFile::setPermissions(path(), QFileDevice::WriteOwner);
        ProfileStore store(path());
        store.load();
        QCOMPARE(store.count(), 1);
        QVERIFY(!store.loadWarnings().isEmpty());
    }

    void modelFollowsStore()
    {
        ProfileStore store(path());
        store.load();
        ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(store.add(edge()).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ProfileListModel::Name).data().toString(), QStringLiteral("Edge 1"));
        QCOMPARE(model.index(1, ProfileListModel::Transport).data().toString(),
            QStringLiteral("ssh admin@edge1.example.org"));
        store.setCurrentIndex(1);
        QVERIFY(model.index(1, 0).data(ProfileListModel::IsCurrentRole).toBool());
        QVERIFY(store.remove(0).ok());
        QCOMPARE(model.rowCount(), 1);
        store.load();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "profilestore_test.moc"
