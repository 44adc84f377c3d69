#include "incident/jargonlist.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

class JargonListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textAndWarnings()
    {
        JargonList list;
        QStringList warnings;
        list.addText(
            QStringLiteral("# comment\nMTA = our mail server\nmail queue = waiting email\nno equals\n"
                           "mail = post\n"),
            &warnings);
        QCOMPARE(list.size(), 3);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.constFirst().startsWith(QStringLiteral("line 4")));
        QCOMPARE(list.suggestionFor(QStringLiteral("mta")), QStringLiteral("our mail server"));
        // The longer term is tried first.
        QCOMPARE(list.startingWith(QStringLiteral("mail"))->constFirst().term, QStringLiteral("mail queue"));
        list.addText(QStringLiteral("-MTA\nmail = letters\n"));
        QCOMPARE(list.size(), 2);
        QVERIFY(list.suggestionFor(QStringLiteral("MTA")).isNull());
        QCOMPARE(list.suggestionFor(QStringLiteral("mail")), QStringLiteral("letters"));
    }

    void shippedAndUserLists()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("jargon-de.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Spamfilter = Filter gegen Werbung\n-Gateway\n");
        f.close();
        const auto de = JargonList::load(QStringLiteral("de"), dir.path());
        QVERIFY(de);
        QCOMPARE(de->suggestionFor(QStringLiteral("spamfilter")), QStringLiteral("Filter gegen Werbung"));
        QVERIFY(de->suggestionFor(QStringLiteral("gateway")).isNull());
        QCOMPARE(de->suggestionFor(QStringLiteral("warteschlange")), QStringLiteral("wartende E-Mails"));
        const auto en = JargonList::load(QStringLiteral("xx"), QString());
        QVERIFY(en);
        QCOMPARE(en->suggestionFor(QStringLiteral("dnsbl")), QStringLiteral("a spam blocklist"));
    }
};

QTEST_GUILESS_MAIN(JargonListTest)
#include "jargonlist_test.moc"
