#include "incident/markdownhtml.h"

#include <QtTest>

using namespace MailOps;

class MarkdownHtmlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subset_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("heading") << QStringLiteral("## What happened ##")
                                 << QStringLiteral("<h2>What happened</h2>\n");
        QTest::newRow("paragraph joins lines")
            << QStringLiteral("one\ntwo\n\nthree") << QStringLiteral("<p>one two</p>\n<p>three</p>\n");
        QTest::newRow("lists")
            << QStringLiteral("- a\n- **b**\n1. c")
            << QStringLiteral(
                   "<ul>\n<li>a</li>\n<li><strong>b</strong></li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n");
        QTest::newRow("emphasis and code")
            << QStringLiteral("*x* _y_ `<z>` queue_depth")
            << QStringLiteral("<p><em>x</em> <em>y</em> <code>&lt;z&gt;</code> queue_depth</p>\n");
        QTest::newRow("link")
            << QStringLiteral("[status](https://status.example.org/?a=1&b=2)")
            << QStringLiteral("<p><a href=\"https://status.example.org/?a=1&amp;b=2\">status</a></p>\n");
        QTest::newRow("unsafe link stays text") << QStringLiteral("[x](javascript:alert(1))")
                                                << QStringLiteral("<p>[x](javascript:alert(1))</p>\n");
        QTest::newRow("quote") << QStringLiteral("> ## Sent\n> one\n>\n> - a\nafter")
                               << QStringLiteral("<blockquote>\n<h2>Sent</h2>\n<p>one</p>\n<ul>\n<li>a</li>\n"
                                                 "</ul>\n</blockquote>\n<p>after</p>\n");
        QTest::newRow("a quote in a quote is text")
            << QStringLiteral(">> deep") << QStringLiteral("<blockquote>\n<p>&gt; deep</p>\n</blockquote>\n");
        QTest::newRow("markup is escaped") << QStringLiteral(
            "<script>\"&</script>") << QStringLiteral("<p>&lt;script&gt;&quot;&amp;&lt;/script&gt;</p>\n");
    }

    void subset()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(MarkdownHtml::fragment(markdown), html);
    }

    void document()
    {
        const QString doc = MarkdownHtml::document(QStringLiteral("# A"), QStringLiteral("T<"));
        QVERIFY(doc.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(doc.contains(QStringLiteral("<title>T&lt;</title>")));
        QVERIFY(doc.contains(QStringLiteral("<h1>A</h1>")));
    }
};

QTEST_GUILESS_MAIN(MarkdownHtmlTest)
#include "markdownhtml_test.moc"
