#include "monitor/queuedepthseries.h"

#include <QTest>

using namespace MailOps;

class QueueDepthSeriesTest : public QObject
{
    Q_OBJECT

    static QueueDepthSample sample(const QString &at, qint64 active, qint64 deferred, qint64 hold)
    {
        QueueDepthSample s;
        s.at = QDateTime::fromString(at, Qt::ISODate);
        s.messages[size_t(QueueEntry::Queue::Active)] = active;
        s.messages[size_t(QueueEntry::Queue::Deferred)] = deferred;
        s.messages[size_t(QueueEntry::Queue::Hold)] = hold;
        s.total = active + deferred + hold;
        return s;
    }

private Q_SLOTS:
    void emptyHistory()
    {
        const QueueDepthSeries series(QList<QueueDepthSample> {});
        QVERIFY(series.isEmpty());
        QVERIFY(!series.fit().first.isValid());
        QCOMPARE(series.points().size(), QueueDepthSeries::charted().size());
        for (const QList<QPointF> &line : series.points())
            QVERIFY(line.isEmpty());
    }

    void oneLinePerQueueInReadingOrder()
    {
        const QList<QueueDepthSample> history {
            sample(QStringLiteral("2026-12-07T02:00:00Z"), 3, 10, 0),
            sample(QStringLiteral("2026-12-07T02:01:00Z"), 4, 250, 1),
            sample(QStringLiteral("2026-12-07T02:02:00Z"), 2, 400, 1),
        };
        const QueueDepthSeries series(history);
        QVERIFY(!series.isEmpty());
        QCOMPARE(QueueDepthSeries::charted().constFirst(), QueueEntry::Queue::Active);
        QCOMPARE(series.points().size(), 4);
        const QList<QPointF> &deferred = series.points().at(1);
        QCOMPARE(deferred.size(), 3);
        QCOMPARE(deferred.at(2).y(), 400.0);
        QCOMPARE(qint64(deferred.at(0).x()), history.at(0).at.toMSecsSinceEpoch());
        QCOMPARE(series.points().at(3).at(1).y(), 0.0); // incoming, never seen
        const QueueDepthSeries::Fit fit = series.fit();
        QCOMPARE(fit.first, history.constFirst().at.toLocalTime());
        QCOMPARE(fit.last, history.constLast().at.toLocalTime().addSecs(5));
        // Headroom above the highest point, so the line never runs along the top.
        QCOMPARE(fit.maxCount, 400 * 1.15 + 1);
        QVERIFY(!fit.longSpan);
    }

    void loneSampleGetsRoom()
    {
        const QueueDepthSeries series({ sample(QStringLiteral("2026-12-07T02:00:00Z"), 0, 0, 0) });
        QCOMPARE(series.fit().first.secsTo(series.fit().last), 65);
        QCOMPARE(series.fit().maxCount, 1 * 1.15 + 1); // an empty queue still has an axis
    }

    void longSpanShowsDates()
    {
        const QueueDepthSeries series({ sample(QStringLiteral("2026-12-01T00:00:00Z"), 1, 1, 0),
            sample(QStringLiteral("2026-12-07T00:00:00Z"), 1, 1, 0) });
        QVERIFY(series.fit().longSpan);
    }
};

QTEST_GUILESS_MAIN(QueueDepthSeriesTest)
#include "queuedepthseries_test.moc"
