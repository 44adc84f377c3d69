#include "incident/mailboxlist.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

// The all-users list as admins have it: a directory export with names, a
// map source, comments, CRLF, duplicates in another case, and lines that are
// not mailboxes, each named by its number.
class MailboxListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedList()
    {
        const QByteArray text = "# exported 2026-12-07\r\n"
                                "alice@example.org\r\n"
                                "Bob Builder <bob@example.org>\r\n"
                                "carol@example.org   OK\n"
                                "ALICE@example.org\n"
                                "\n"
                                "@example.org  catch-all\n"
                                "not an address\n"
                                "dave@example.org, eve@example.org\n"
                                "frank@example.org";
        const MailboxList list = MailboxList::parse(text);
        QCOMPARE(list.addresses,
            (QStringList { QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org"),
                QStringLiteral("carol@example.org"), QStringLiteral("dave@example.org"),
                QStringLiteral("eve@example.org"), QStringLiteral("frank@example.org") }));
        QCOMPARE(list.duplicates, 1);
        QCOMPARE(list.problems.size(), 2);
        QCOMPARE(list.problems.at(0).line, 7);
        QVERIFY(list.problems.at(0).why.contains(QStringLiteral("domain")));
        QCOMPARE(list.problems.at(1).line, 8);
        const QString summary = list.summary();
        QVERIFY2(
            summary.startsWith(QStringLiteral("6 mailboxes, 1 listed twice; 2 lines are no address: line 7")),
            qPrintable(summary));
    }

    void emptyAndBinary()
    {
        QVERIFY(MailboxList::parse(QByteArray()).addresses.isEmpty());
        const MailboxList junk = MailboxList::parse(QByteArray("\x00\xff\xfe<\n<<>>\n", 10));
        QVERIFY(junk.addresses.isEmpty());
        QCOMPARE(junk.problems.size(), 2);
    }

    void readsAFileAndRefusesAHugeOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 10000; ++i)
            f.write(QByteArray("user") + QByteArray::number(i) + "@bulk.mailops.test\n");
        f.close();
        const Result<MailboxList> read = MailboxList::read(path);
        QVERIFY(read);
        QCOMPARE(read->addresses.size(), 10000);
        QCOMPARE(read->summary(), QLocale().toString(10000) + QStringLiteral(" mailboxes"));
        QVERIFY(!MailboxList::read(dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(MailboxList::MaxBytes + 1));
        f.close();
        const Result<MailboxList> huge = MailboxList::read(path);
        QVERIFY(!huge);
        QVERIFY(huge.error().message.contains(QStringLiteral("64 MB")));
    }
};

QTEST_GUILESS_MAIN(MailboxListTest)
#include "mailboxlist_test.moc"
