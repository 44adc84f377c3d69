#include "maillog/logcounters.h"
#include "maillog/maillogevent.h"
#include "monitor/rejectrateseries.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace MailOps;

class RejectRateSeriesTest : public QObject
{
    Q_OBJECT

    // The log's wall clock counted as UTC, as the counters keep it.
    static qint64 wall(const QString &iso)
    {
        return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
    }

    static LogCounters counters()
    {
        LogCounters c;
        const QByteArray tempfail = " gw postfix/smtpd[101]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: "
                                    "450 4.7.1 Client host rejected: "
                                    "cannot find your hostname, [192.0.2.1]; from=<a@example.biz> "
                                    "to=<b@gw.example> proto=ESMTP helo=<x>";
        c.addLine(QByteArray("2026-12-07T02:10:01Z" + tempfail));
        c.addLine(QByteArray("2026-12-07T02:10:30Z" + tempfail));
        c.addLine(QByteArray("2026-12-07T02:13:05Z" + tempfail));
        c.addLine("2026-12-07T02:13:06Z gw postfix/smtpd[102]: connect from mail.example.org[198.51.100.7]");
        return c;
    }

private Q_SLOTS:
    void seriesNames()
    {
        const QStringList names = RejectRateSeries::seriesNames();
        QCOMPARE(names.size(), 2 + MailLogEvent::RejectClassCount - 1);
        QCOMPARE(names.at(0), QStringLiteral("tempfail"));
        QCOMPARE(names.at(1), QStringLiteral("bounced"));
    }

    void quietMinutesAreZerosNotGaps()
    {
        RejectRateSeries series;
        series.update(counters(), wall(QStringLiteral("2026-12-07T02:30:00Z")));
        QVERIFY(!series.isEmpty());
        QCOMPARE(series.points().size(), RejectRateSeries::seriesNames().size());
        // 02:10, 02:11, 02:12, 02:13: every line has a point each minute.
        for (const QList<QPointF> &line : series.points())
            QCOMPARE(line.size(), 4);
        QCOMPARE(series.lastX() - series.firstX(), 3 * 60 * 1000.0);
        // The 450 is counted among the rejects, and no minute is missing.
        double rejects = 0;
        for (int i = 2; i < series.points().size(); ++i)
            rejects += series.points().at(i).at(0).y();
        QCOMPARE(rejects, 2.0);
        QVERIFY(series.maxCount() > 2.0);
    }

    void olderThanADayIsLeftOut()
    {
        RejectRateSeries series;
        series.update(counters(), wall(QStringLiteral("2026-12-09T02:30:00Z")));
        QVERIFY(series.isEmpty());
    }

    void counterRows()
    {
        const auto rows = RejectRateSeries::counterRows(counters());
        QCOMPARE(rows.constFirst().first, QStringLiteral("received"));
        QCOMPARE(rows.constFirst().second, 0);
        bool dsn = false;
        qint64 rejected = -1;
        for (const auto &[label, n] : rows) {
            dsn |= label == QLatin1String("  DSN 4.7.1") && n == 3;
            if (label == QLatin1String("rejected"))
                rejected = n;
        }
        QVERIFY(dsn);
        QCOMPARE(rejected, 3);
    }
};

QTEST_GUILESS_MAIN(RejectRateSeriesTest)
#include "rejectrateseries_test.moc"
