#include "monitor/changeimpact.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace MailOps;

class ChangeImpactTest : public QObject
{
    Q_OBJECT

    static QDateTime start() { return QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()); }

    static qint64 at(double minutes) { return start().toMSecsSinceEpoch() + qint64(minutes * 60000); }

    // "1*15,40*5": fifteen minutes at 1, then five at 40; a point a minute
    // from start(), as the rejects chart holds them.
    static QList<QPointF> points(const QString &runs, double firstMinute = 0)
    {
        QList<QPointF> out;
        double minute = firstMinute;
        const QStringList parts = runs.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &run : parts) {
            const double value = run.section(QLatin1Char('*'), 0, 0).toDouble();
            const int count = run.section(QLatin1Char('*'), 1, 1).toInt();
            for (int i = 0; i < count; ++i)
                out << QPointF(double(at(minute++)), value);
        }
        return out;
    }

    static JournalEvent event(qint64 id, double minute, const QString &kind, qint64 version)
    {
        JournalEvent e;
        e.id = id;
        e.time = QDateTime::fromMSecsSinceEpoch(at(minute), QTimeZone::utc());
        e.profile = QStringLiteral("lab");
        e.kind = QStringLiteral("policy.") + kind;
        e.summary = QStringLiteral("%1 of v%2").arg(kind).arg(version);
        e.subject = QStringLiteral("version:%1").arg(version);
        return e;
    }

    // "15:apply:42" per mark.
    static JournalEventList events(const QStringList &marks)
    {
        JournalEventList out;
        qint64 id = 0;
        for (const QString &m : marks)
            out << event(++id, m.section(QLatin1Char(':'), 0, 0).toDouble(),
                m.section(QLatin1Char(':'), 1, 1), m.section(QLatin1Char(':'), 2, 2).toLongLong());
        return out;
    }

private Q_SLOTS:
    void jumps_data()
    {
        QTest::addColumn<QStringList>("marks");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<bool>("level");
        QTest::addColumn<QString>("runs");
        QTest::addColumn<double>("firstMinute");
        QTest::addColumn<QStringList>("sentences");
        QTest::addColumn<QList<qint64>>("rollbackTo");

        const QString tempfails = QStringLiteral("tempfails");
        const QStringList v42 { QStringLiteral("15:apply:42") };
        QTest::newRow("no jump") << v42 << tempfails << false << QStringLiteral("2*30") << 0.0
                                 << QStringList() << QList<qint64>();
        QTest::newRow("a rise of 5x but only 4 more a minute")
            << v42 << tempfails << false << QStringLiteral("1*15,5*15") << 0.0 << QStringList()
            << QList<qint64>();
        QTest::newRow("a rise of 3x") << v42 << tempfails << false << QStringLiteral("10*15,30*15") << 0.0
                                      << QStringList() << QList<qint64>();
        QTest::newRow("jump three minutes after")
            << v42 << tempfails << false << QStringLiteral("1*18,40*12") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x three minutes after v42") }
            << QList<qint64> { 41 };
        QTest::newRow("the peak, not the first minute that passed")
            << v42 << tempfails << false << QStringLiteral("2*17,20*1,80*1,30*11") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x two minutes after v42") }
            << QList<qint64> { 41 };
        QTest::newRow("jump two minutes before the change (not attributed)")
            << v42 << tempfails << false << QStringLiteral("1*13,40*17") << 0.0 << QStringList()
            << QList<qint64>();
        QTest::newRow("jump the minute before the change (not attributed)")
            << v42 << tempfails << false << QStringLiteral("1*14,40*16") << 0.0 << QStringList()
            << QList<qint64>();
        QTest::newRow("jump long before the change, still high")
            << v42 << tempfails << false << QStringLiteral("1*5,40*25") << 0.0 << QStringList()
            << QList<qint64>();
        QTest::newRow("jump after the window") << v42 << tempfails << false << QStringLiteral("1*21,40*9")
                                               << 0.0 << QStringList() << QList<qint64>();
        QTest::newRow("jump in the minute of the change")
            << QStringList { QStringLiteral("15.5:apply:42") } << tempfails << false
            << QStringLiteral("1*15,40*15") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x within a minute of v42") }
            << QList<qint64> { 41 };
        QTest::newRow("two changes close together: the nearer earlier one")
            << QStringList { QStringLiteral("15:apply:42"), QStringLiteral("17:apply:43") } << tempfails
            << false << QStringLiteral("1*19,40*11") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x two minutes after v43") }
            << QList<qint64> { 42 };
        QTest::newRow("two changes, the jump between them")
            << QStringList { QStringLiteral("15:apply:42"), QStringLiteral("18:apply:43") } << tempfails
            << false << QStringLiteral("1*16,40*14") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x a minute after v42") }
            << QList<qint64> { 41 };
        QTest::newRow("zero baseline")
            << v42 << QStringLiteral("rejects") << false << QStringLiteral("0*17,35*13") << 0.0
            << QStringList { QStringLiteral("rejects rose from 0 to 35 a minute two minutes after v42") }
            << QList<qint64> { 41 };
        QTest::newRow("zero baseline, a level")
            << v42 << QStringLiteral("the deferred queue") << true << QStringLiteral("0*19,35*11") << 0.0
            << QStringList { QStringLiteral("the deferred queue rose from 0 to 35 four minutes after v42") }
            << QList<qint64> { 41 };
        QTest::newRow("too little before the change to compare")
            << v42 << tempfails << false << QStringLiteral("0*2,35*13") << 13.0 << QStringList()
            << QList<qint64>();
        QTest::newRow("a confirmation is no change")
            << QStringList { QStringLiteral("15:confirm:42") } << tempfails << false
            << QStringLiteral("1*17,40*13") << 0.0 << QStringList() << QList<qint64>();
        QTest::newRow("a revert ends the change's window")
            << QStringList { QStringLiteral("15:apply:42"), QStringLiteral("16:revert:42") } << tempfails
            << false << QStringLiteral("1*18,40*12") << 0.0 << QStringList() << QList<qint64>();
        QTest::newRow("a rollback is blamed too")
            << QStringList { QStringLiteral("5:apply:42"), QStringLiteral("15:rollback:43") } << tempfails
            << false << QStringLiteral("1*18,40*12") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x three minutes after v43") }
            << QList<qint64> { 42 };
        QTest::newRow("drift is blamed too")
            << QStringList { QStringLiteral("15:drift:43") } << tempfails << false
            << QStringLiteral("1*18,40*12") << 0.0
            << QStringList { QStringLiteral("tempfails rose 40x three minutes after v43") }
            << QList<qint64> { 42 };
    }

    void jumps()
    {
        QFETCH(QStringList, marks);
        QFETCH(QString, counter);
        QFETCH(bool, level);
        QFETCH(QString, runs);
        QFETCH(double, firstMinute);
        QFETCH(QStringList, sentences);
        QFETCH(QList<qint64>, rollbackTo);

        ChangeImpact::Counter c;
        c.name = counter;
        c.unit = level ? ChangeImpact::Unit::Level : ChangeImpact::Unit::PerMinute;
        c.points = points(runs, firstMinute);
        const QList<ChangeImpact::Jump> found
            = ChangeImpact::jumps(ChangeImpact::marks(events(marks)), { c });
        QStringList got;
        QList<qint64> to;
        for (const ChangeImpact::Jump &j : found) {
            got << j.sentence;
            to << j.rollbackTo;
        }
        QCOMPARE(got, sentences);
        QCOMPARE(to, rollbackTo);
    }

    void theCounterThatRoseMostSpeaks()
    {
        ChangeImpact::Counter bounces { QStringLiteral("bounces"), ChangeImpact::Unit::PerMinute,
            points(QStringLiteral("1*18,20*12")) };
        ChangeImpact::Counter tempfails { QStringLiteral("tempfails"), ChangeImpact::Unit::PerMinute,
            points(QStringLiteral("2*18,80*12")) };
        const ChangeImpact::MarkList marks = ChangeImpact::marks(events({ QStringLiteral("15:apply:42") }));
        const QList<ChangeImpact::Jump> found = ChangeImpact::jumps(marks, { bounces, tempfails });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().counter, QStringLiteral("tempfails"));
        QCOMPARE(found.constFirst().peak, 80.0);
        QCOMPARE(found.constFirst().baseline, 2.0);
        QCOMPARE(found.constFirst().onsetMs, at(18));
        QCOMPARE(found.constFirst().minutesAfter, 3);
        QCOMPARE(found.constFirst().eventId, marks.constFirst().eventId);
    }

    void marksAreLabelledAndKnowTheVersionBefore()
    {
        // Newest first, as the journal reads them; other modules ignored.
        JournalEventList journal = events({ QStringLiteral("1:apply:42"), QStringLiteral("2:confirm:42"),
            QStringLiteral("3:invalid:43"), QStringLiteral("4:apply:44"), QStringLiteral("5:revert:44"),
            QStringLiteral("6:drift:45"), QStringLiteral("7:rollback:46"), QStringLiteral("8:failed:47") });
        JournalEvent other = event(99, 2.5, QStringLiteral("x"), 1);
        other.kind = QStringLiteral("queue.alert");
        journal << other;
        std::reverse(journal.begin(), journal.end());

        QHash<qint64, ChangeImpact::VersionFacts> facts;
        facts.insert(46, { 45, 42 });
        const ChangeImpact::MarkList m = ChangeImpact::marks(journal, facts);
        QStringList labels;
        QList<qint64> previous;
        for (const ChangeImpact::Mark &mark : m) {
            labels << mark.label();
            previous << mark.previous;
        }
        QCOMPARE(labels,
            QStringList(
                { QStringLiteral("v42"), QStringLiteral("v42 confirmed"), QStringLiteral("v43 not applied"),
                    QStringLiteral("v44"), QStringLiteral("v44 reverted"), QStringLiteral("drift v45"),
                    QStringLiteral("rollback to v42"), QStringLiteral("v47 failed") }));
        // v42: nothing before it in the journal, so the one numbered below.
        // v44 follows v42, not the invalid v43; its revert brings v42 back.
        QCOMPARE(previous, QList<qint64>({ 41, 41, 42, 42, 42, 42, 45, 46 }));
        QVERIFY(m[0].attributable());
        QVERIFY(!m[1].attributable() && !m[1].changesGateway());
        QVERIFY(!m[2].changesGateway());
        QVERIFY(m[4].changesGateway() && !m[4].attributable());
        QCOMPARE(m[6].rollbackOf, 42);
        QCOMPARE(m[0].summary, QStringLiteral("apply of v42"));
        QCOMPARE(m[0].timeMs, at(1));
    }

    void minutesInWords_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("0") << 0 << QStringLiteral("within a minute of");
        QTest::newRow("1") << 1 << QStringLiteral("a minute after");
        QTest::newRow("3") << 3 << QStringLiteral("three minutes after");
        QTest::newRow("10") << 10 << QStringLiteral("ten minutes after");
        QTest::newRow("12") << 12 << QStringLiteral("12 minutes after");
    }

    void minutesInWords()
    {
        QFETCH(int, minutes);
        QFETCH(QString, phrase);
        QCOMPARE(ChangeImpact::minutesPhrase(minutes), phrase);
    }
};

QTEST_GUILESS_MAIN(ChangeImpactTest)
#include "changeimpact_test.moc"
