#include "policy/policysnapshot.h"

#include <QtTest>

using namespace MailOps;

// The snapshot is what versions are made of: equal content must hash alike
// whatever order it was read in, and paths must map to the gateway's files.
class PolicySnapshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsFilesSortedAndReplaces()
    {
        PolicySnapshot s;
        s.setFile(QStringLiteral("master.cf"), "smtp inet n - y - - smtpd\n");
        s.setFile(QStringLiteral("main.cf"), "a = 1\n");
        s.setFile(QStringLiteral("/etc/mail/access"), "x OK\n");
        QCOMPARE(s.paths(),
            (QStringList { QStringLiteral("/etc/mail/access"), QStringLiteral("main.cf"),
                QStringLiteral("master.cf") }));
        s.setFile(QStringLiteral("main.cf"), "a = 2\n");
        QCOMPARE(s.files().size(), 3);
        QCOMPARE(s.content(QStringLiteral("main.cf")), QByteArray("a = 2\n"));
        QVERIFY(s.content(QStringLiteral("nothing")).isEmpty());
        s.removeFile(QStringLiteral("/etc/mail/access"));
        QVERIFY(!s.contains(QStringLiteral("/etc/mail/access")));
    }

    void digestIgnoresOrderButNotContent()
    {
        PolicySnapshot a;
        a.setFile(QStringLiteral("main.cf"), "a = 1\n");
        a.setFile(QStringLiteral("master.cf"), "m\n");
        PolicySnapshot b;
        b.setFile(QStringLiteral("master.cf"), "m\n");
        b.setFile(QStringLiteral("main.cf"), "a = 1\n");
        QCOMPARE(a.digest(), b.digest());
        QVERIFY(a.sameContent(b));
        b.setFile(QStringLiteral("main.cf"), "a = 1\r\n");
        QVERIFY(a.digest() != b.digest());
        // A byte moved from one file's content into the next path is another snapshot.
        PolicySnapshot c;
        c.setFile(QStringLiteral("x"), "ab");
        PolicySnapshot d;
        d.setFile(QStringLiteral("x"), "a");
        d.setFile(QStringLiteral("xb"), "");
        QVERIFY(c.digest() != d.digest());
        QCOMPARE(PolicySnapshot::fileHash("").size(), 64);
    }

    void pathsRelativeToTheConfigDir()
    {
        PolicySnapshot s;
        s.setConfigDir(QStringLiteral("/var/lib/mailops-lab/postfix"));
        QCOMPARE(s.relativePath(QStringLiteral("/var/lib/mailops-lab/postfix/client_access.cidr")),
            QStringLiteral("client_access.cidr"));
        QCOMPARE(s.relativePath(QStringLiteral("/var/lib/mailops-lab/postfix/../x")),
            QStringLiteral("/var/lib/mailops-lab/x"));
        QCOMPARE(s.relativePath(QStringLiteral("/var/lib/mailops-lab/postfixx/a")),
            QStringLiteral("/var/lib/mailops-lab/postfixx/a"));
        QCOMPARE(s.absolutePath(QStringLiteral("main.cf")),
            QStringLiteral("/var/lib/mailops-lab/postfix/main.cf"));
        QCOMPARE(s.absolutePath(QStringLiteral("/etc/x")), QStringLiteral("/etc/x"));
    }
};

QTEST_GUILESS_MAIN(PolicySnapshotTest)
#include "policysnapshot_test.moc"
