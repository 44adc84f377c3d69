#include "journal/journalreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace MailOps;

namespace {

JournalEvent ev(qint64 id, const QString &time, const QString &kind, const QString &summary,
    JournalEvent::Severity severity = JournalEvent::Severity::Info, const QString &subject = {})
{
    JournalEvent e;
    e.id = id;
    e.time = QDateTime::fromString(time, Qt::ISODate);
    e.profile = QStringLiteral("lab");
    e.kind = kind;
    e.summary = summary;
    e.severity = severity;
    e.subject = subject;
    return e;
}

} // namespace

class JournalReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("format");
        QTest::newRow("text") << QStringLiteral("text") << true << int(JournalReport::Format::Text);
        QTest::newRow("md") << QStringLiteral("md") << true << int(JournalReport::Format::Markdown);
        QTest::newRow("Markdown") << QStringLiteral("Markdown") << true
                                  << int(JournalReport::Format::Markdown);
        QTest::newRow("json") << QStringLiteral("json") << true << int(JournalReport::Format::Json);
        QTest::newRow("html") << QStringLiteral("html") << false << int(JournalReport::Format::Text);
    }
    void formats()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, format);
        JournalReport::Format f = JournalReport::Format::Text;
        QCOMPARE(JournalReport::formatFromName(name, &f), known);
        QCOMPARE(int(f), format);
    }

    void oldestFirstInEveryFormat()
    {
        JournalReport r;
        r.title = QStringLiteral("Filter hub outage");
        // Newest first, as the store gives them.
        r.events = { ev(2, QStringLiteral("2026-12-07T02:14:00Z"), QStringLiteral("monitor.suspect.held"),
                         QStringLiteral("Held 66F5C10C04C"), JournalEvent::Severity::Notice,
                         QStringLiteral("queue:66F5C10C04C")),
            ev(1, QStringLiteral("2026-12-07T02:10:05Z"), QStringLiteral("monitor.crashloop"),
                QStringLiteral("filterhub restarts in a loop"), JournalEvent::Severity::Critical) };
        const QString text = r.toText();
        QVERIFY(text.startsWith(QStringLiteral("Filter hub outage\nTimes are UTC.\n")));
        QVERIFY(text.indexOf(QStringLiteral("02:10:05")) < text.indexOf(QStringLiteral("02:14:00")));
        QVERIFY(text.contains(QStringLiteral("[queue:66F5C10C04C]")));
        QVERIFY(text.contains(QStringLiteral("critical  monitor.crashloop")));

        const QString md = r.toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("## Filter hub outage\n")));
        QVERIFY(md.contains(
            QStringLiteral("| 2026-12-07 02:10:05 | lab | critical | filterhub restarts in a loop |  |")));
        QVERIFY(md.contains(QStringLiteral("`queue:66F5C10C04C`")));
        QVERIFY(md.indexOf(QStringLiteral("02:10:05")) < md.indexOf(QStringLiteral("02:14:00")));

        const QJsonObject root = QJsonDocument::fromJson(r.toJson().toUtf8()).object();
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("monitor.crashloop"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("time")).toString(),
            QStringLiteral("2026-12-07T02:10:05.000Z"));
        QCOMPARE(root.value(QStringLiteral("title")).toString(), QStringLiteral("Filter hub outage"));
    }

    void hostileSummariesKeepTheTable()
    {
        JournalReport r;
        r.events = { ev(1, QStringLiteral("2026-12-07T02:10:05Z"), QStringLiteral("queue.action"),
            QStringLiteral("a|b\nc\\d"), JournalEvent::Severity::Info, QStringLiteral("queue:`x`")) };
        const QString md = r.toMarkdown();
        const QStringList lines = md.split(QLatin1Char('\n'));
        const QString row = lines.filter(QStringLiteral("02:10:05")).value(0);
        QCOMPARE(row, QStringLiteral("| 2026-12-07 02:10:05 | lab | info | a\\|b c\\\\d | `queue:x` |"));
        QVERIFY(!r.toText().contains(QLatin1Char('\r')));
        QCOMPARE(r.toText().count(QLatin1Char('\n')), 2);
    }

    void controlCharactersAreShownNotObeyed()
    {
        JournalReport r;
        r.events = { ev(1, QStringLiteral("2026-12-07T02:10:05Z"), QStringLiteral("queue.action"),
            QStringLiteral("Held mail from \x1b[2Jx@example.test")) };
        for (const QString &out : { r.toText(), r.toMarkdown() }) {
            QVERIFY(!out.contains(QChar(0x1b)));
            QVERIFY(out.contains(QStringLiteral("\\x1b[2Jx@example.test")));
        }
    }

    void emptySaysSo()
    {
        JournalReport r;
        QVERIFY(r.toText().contains(QStringLiteral("Nothing was recorded.")));
        QVERIFY(r.toMarkdown().startsWith(QStringLiteral("## Timeline\n")));
        QCOMPARE(QJsonDocument::fromJson(r.toJson().toUtf8())
                     .object()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(JournalReportTest)
#include "journalreport_test.moc"
