#include "common/error.h"
#include "golden.h"
#include "queue/queuecheck.h"
#include "queue/queuesummary.h"

#include <QTest>

using namespace MailOps;

class QueueCheckTest : public QObject
{
    Q_OBJECT

    static QueueSummary summary(int active, int deferred, int hold)
    {
        QueueSummary s;
        const auto add = [&s](QueueEntry::Queue q, int n) {
            for (int i = 0; i < n; ++i) {
                QueueEntry e;
                e.queue = q;
                e.queueName = QueueEntry::nameOfQueue(q);
                e.queueId = QStringLiteral("%1%2").arg(int(q)).arg(i);
                e.messageSize = 1000;
                s.add(e);
            }
        };
        add(QueueEntry::Queue::Active, active);
        add(QueueEntry::Queue::Deferred, deferred);
        add(QueueEntry::Queue::Hold, hold);
        return s;
    }

private Q_SLOTS:
    void thresholds_data()
    {
        QTest::addColumn<int>("warning");
        QTest::addColumn<int>("critical");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("none set") << -1 << -1 << 0;
        QTest::newRow("below") << 10 << 20 << 0;
        QTest::newRow("at warning") << 6 << 20 << 1;
        QTest::newRow("at critical") << 2 << 6 << 2;
        QTest::newRow("critical only") << -1 << 5 << 2;
    }
    void thresholds()
    {
        QFETCH(int, warning);
        QFETCH(int, critical);
        QFETCH(int, exitCode);
        QCOMPARE(int(QueueCheck::render(summary(1, 4, 1), warning, critical).exitCode), exitCode);
    }

    void output()
    {
        const QString text = QueueCheck::render(summary(2, 5, 1), 5, 20).text + QLatin1Char('\n')
            + QueueCheck::render(summary(0, 0, 0), -1, -1).text + QLatin1Char('\n')
            + QueueCheck::renderError(
                Error { Error::Code::IoError, QStringLiteral("postqueue: fatal: |no queue") })
                  .text
            + QLatin1Char('\n');
        MAILOPS_COMPARE_GOLDEN("queuecheck.txt", text);
    }
};

QTEST_GUILESS_MAIN(QueueCheckTest)
#include "queuecheck_test.moc"
