#include "journal/journalevent.h"

#include <QTest>

using namespace MailOps;

class JournalEventTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityNames_data();
    void severityNames();
    void moduleIsTheKindsFirstWord();
};

void JournalEventTest::severityNames_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("name");
    QTest::newRow("info") << int(JournalEvent::Severity::Info) << QStringLiteral("info");
    QTest::newRow("notice") << int(JournalEvent::Severity::Notice) << QStringLiteral("notice");
    QTest::newRow("warning") << int(JournalEvent::Severity::Warning) << QStringLiteral("warning");
    QTest::newRow("critical") << int(JournalEvent::Severity::Critical) << QStringLiteral("critical");
}

void JournalEventTest::severityNames()
{
    QFETCH(int, severity);
    QFETCH(QString, name);
    QCOMPARE(JournalEvent::severityName(JournalEvent::Severity(severity)), name);
    QCOMPARE(int(JournalEvent::severityFromName(name)), severity);
}

void JournalEventTest::moduleIsTheKindsFirstWord()
{
    JournalEvent e;
    e.kind = QStringLiteral("monitor.crashloop");
    QCOMPARE(e.module(), QStringLiteral("monitor"));
    e.kind = QStringLiteral("note");
    QCOMPARE(e.module(), QStringLiteral("note"));
    QCOMPARE(int(JournalEvent::severityFromName(QStringLiteral("bogus"))), int(JournalEvent::Severity::Info));
}

QTEST_GUILESS_MAIN(JournalEventTest)
#include "journalevent_test.moc"
