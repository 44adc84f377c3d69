#include "incident/markdownsyntax.h"

#include <QtTest>

using namespace MailOps;

namespace {

// A markup of brackets, so each span's kind shows in the output.
const MarkdownSyntax::Style &brackets()
{
    static const MarkdownSyntax::Style style {
        [](QStringView text) -> QString { return text.toString().toUpper(); },
        [](QStringView code) -> QString {
            return QStringLiteral("{code:") + code.toString() + QLatin1Char('}');
        },
        [](QStringView url, const QString &label) -> QString {
            return QStringLiteral("{link:") + url.toString() + QLatin1Char('|') + label + QLatin1Char('}');
        },
        QStringLiteral("{b:"),
        QStringLiteral("}"),
        QStringLiteral("{i:"),
        QStringLiteral("}"),
    };
    return style;
}

} // namespace

class MarkdownSyntaxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("mail waits") << QStringLiteral("MAIL WAITS");
        QTest::newRow("strong") << QStringLiteral("a **b** c") << QStringLiteral("A {b:B} C");
        QTest::newRow("emphasis star") << QStringLiteral("*now*") << QStringLiteral("{i:NOW}");
        QTest::newRow("emphasis underscore") << QStringLiteral("_now_ x") << QStringLiteral("{i:NOW} X");
        QTest::newRow("underscore in a word")
            << QStringLiteral("queue_depth_x") << QStringLiteral("QUEUE_DEPTH_X");
        QTest::newRow("code keeps its inside")
            << QStringLiteral("run `postqueue -p`") << QStringLiteral("RUN {code:postqueue -p}");
        QTest::newRow("link") << QStringLiteral("see [the **status**](https://status.example.org/)")
                              << QStringLiteral("SEE {link:https://status.example.org/|THE {b:STATUS}}");
        QTest::newRow("unsafe link stays text")
            << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("[X](JAVASCRIPT:ALERT(1))");
        QTest::newRow("unclosed markers") << QStringLiteral("**a *b `c") << QStringLiteral("**A *B `C");
        QTest::newRow("empty") << QString() << QString();
    }
    void spans()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownSyntax::spans(markdown, brackets()), expected);
    }

    void blocks()
    {
        QStringView content;
        QCOMPARE(MarkdownSyntax::heading(u"## Next update #", &content), 2);
        QCOMPARE(content.toString(), QStringLiteral("Next update"));
        QCOMPARE(MarkdownSyntax::heading(u"#hashtag", &content), 0);
        QCOMPARE(MarkdownSyntax::listItem(u"- one", &content), 1);
        QCOMPARE(content.toString(), QStringLiteral("one"));
        QCOMPARE(MarkdownSyntax::listItem(u"12. twelve", &content), 2);
        QCOMPARE(content.toString(), QStringLiteral("twelve"));
        QCOMPARE(MarkdownSyntax::listItem(u"-not a list", &content), 0);
        QVERIFY(MarkdownSyntax::safeUrl(u"mailto:ops@example.org"));
        QVERIFY(!MarkdownSyntax::safeUrl(u"file:///etc/passwd"));
    }
};

QTEST_GUILESS_MAIN(MarkdownSyntaxTest)
#include "markdownsyntax_test.moc"
