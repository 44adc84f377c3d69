#include "incident/noticefacts.h"
#include "incident/noticetemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

const QSet<QString> kNames { QStringLiteral("title"), QStringLiteral("services_down"),
    QStringLiteral("next_update") };

} // namespace

class NoticeTemplateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders()
    {
        const NoticeTemplate t = NoticeTemplate::parse(
            QStringLiteral(
                "Subject: Down: {{ title }}\n\n# {{title}}\n\n{{#services_down}}Down: "
                "{{services_down}}.\n{{/services_down}}{{^services_down}}All run.\n{{/services_down}}"
                "\n\n\nNext: {{next_update}}\n"),
            kNames);
        QVERIFY(t.isValid());
        QCOMPARE(t.names(),
            QStringList(
                { QStringLiteral("title"), QStringLiteral("services_down"), QStringLiteral("next_update") }));
        const auto r = t.render({ { QStringLiteral("title"), QStringLiteral("Mail stopped") },
            { QStringLiteral("services_down"), QString() },
            { QStringLiteral("next_update"), QStringLiteral("11:00") } });
        QVERIFY(r);
        QCOMPARE(r->subject, QStringLiteral("Down: Mail stopped"));
        QCOMPARE(r->body, QStringLiteral("# Mail stopped\n\nAll run.\n\nNext: 11:00\n"));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown") << QStringLiteral("a\nb {{servcies_down}}") << 2 << 3
                                 << QStringLiteral("unknown");
        QTest::newRow("unclosed") << QStringLiteral("x {{title\n}}") << 1 << 3
                                  << QStringLiteral("not closed");
        QTest::newRow("bad name") << QStringLiteral("{{Title}}") << 1 << 1
                                  << QStringLiteral("not a placeholder");
        QTest::newRow("section never closed")
            << QStringLiteral("\n  {{#title}}x") << 2 << 3 << QStringLiteral("never closed");
        QTest::newRow("closed out of order") << QStringLiteral("{{#title}}{{#next_update}}{{/title}}") << 1
                                             << 27 << QStringLiteral("out of order");
        QTest::newRow("closed never opened")
            << QStringLiteral("{{/title}}") << 1 << 1 << QStringLiteral("never opened");
    }

    void problems()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const NoticeTemplate t = NoticeTemplate::parse(source, kNames);
        QVERIFY(!t.isValid());
        QCOMPARE(t.problems().constFirst().line, line);
        QCOMPARE(t.problems().constFirst().column, column);
        QVERIFY2(
            t.problems().constFirst().message.contains(words), qPrintable(t.problems().constFirst().message));
        const auto r = t.render({ { QStringLiteral("title"), QStringLiteral("x") } });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
            qPrintable(r.error().message));
    }

    void missingValueFails()
    {
        const NoticeTemplate t = NoticeTemplate::parse(QStringLiteral("{{title}}"), kNames);
        QVERIFY(t.isValid());
        QVERIFY(!t.render({}));
    }

    void shippedTemplatesParseAndRender()
    {
        QCOMPARE(
            NoticeTemplate::shippedLanguages(), QStringList({ QStringLiteral("de"), QStringLiteral("en") }));
        NoticeFacts::Inputs in;
        in.incident.title = QStringLiteral("Mail stopped");
        in.incident.start = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QHash<QString, QString> values = NoticeFacts::build(in);
        for (const QString &lang : NoticeTemplate::shippedLanguages()) {
            for (const auto a : { NoticeKind::Audience::Management, NoticeKind::Audience::Partners,
                     NoticeKind::Audience::EndUsers }) {
                for (const auto p :
                    { NoticeKind::Phase::First, NoticeKind::Phase::Update, NoticeKind::Phase::Resolved }) {
                    const NoticeKind kind { a, p };
                    const auto t = NoticeTemplate::load(kind, lang, NoticeFacts::names(), QString());
                    QVERIFY2(t, qPrintable(lang + kind.key()));
                    QCOMPARE(t->origin(), NoticeTemplate::Origin::Shipped);
                    const auto r = t->render(values);
                    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                    QVERIFY2(!r->subject.isEmpty(), qPrintable(lang + kind.key()));
                    QVERIFY(!r->body.contains(QStringLiteral("{{")));
                }
            }
        }
    }

    void userFileOverrides()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("de"))));
        QFile f(dir.filePath(QStringLiteral("de/partners-update.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Subject: Eigene {{title}}\n\nText {{unbekannt}}\n");
        f.close();
        const NoticeKind kind { NoticeKind::Audience::Partners, NoticeKind::Phase::Update };
        const auto t = NoticeTemplate::load(kind, QStringLiteral("de"), NoticeFacts::names(), dir.path());
        QVERIFY(t);
        QCOMPARE(t->origin(), NoticeTemplate::Origin::User);
        QVERIFY(!t->isValid());
        QCOMPARE(t->problems().constFirst().line, 3);
        // A language with no templates falls back to English.
        const auto en = NoticeTemplate::load(kind, QStringLiteral("fr"), NoticeFacts::names(), dir.path());
        QVERIFY(en);
        QCOMPARE(en->originPath(), QStringLiteral(":/notices/en/partners-update.md"));
    }
};

QTEST_GUILESS_MAIN(NoticeTemplateTest)
#include "noticetemplate_test.moc"
