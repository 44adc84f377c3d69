#include "common/printable.h"

#include <QTest>

using namespace MailOps;

class PrintableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("bob@example.org") << QStringLiteral("bob@example.org");
        QTest::newRow("unicode stays")
            << QStringLiteral("jürgen@bücher.example") << QStringLiteral("jürgen@bücher.example");
        QTest::newRow("tab stays") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        // A sender that clears the screen and retitles the terminal.
        QTest::newRow("ESC sequences") << QStringLiteral("\x1b[2J\x1b]0;owned\x07x@example.org")
                                       << QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07x@example.org");
        QTest::newRow("CR hides what came before")
            << QStringLiteral("evil\rgood") << QStringLiteral("evil\\rgood");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("DEL and C1") << QString::fromUtf16(u"a\u007fb\u009bc")
                                    << QStringLiteral("a\\x7fb\\x9bc");
        QTest::newRow("bidi override")
            << QString::fromUtf16(u"invoice\u202Efdp.exe") << QStringLiteral("invoice\\u202efdp.exe");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    }
    void text()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Printable::text(in), out);
        QCOMPARE(Printable::isSafe(in), in == out);
        QVERIFY(Printable::isSafe(Printable::text(in)));
    }

    void newlinesKept()
    {
        QCOMPARE(Printable::text(u"a\nb\x1b", Printable::Newlines::Keep), QStringLiteral("a\nb\\x1b"));
    }
};

QTEST_GUILESS_MAIN(PrintableTest)
#include "printable_test.moc"
