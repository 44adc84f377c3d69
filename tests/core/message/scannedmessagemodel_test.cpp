#include "message/messagelinter.h"
#include "message/scannedmessagemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace MailOps;

namespace {

constexpr qint64 kNow = 1795000000;

ScannedMessage scanned(const QString &id,
    const QByteArray &raw = "From: a@example.com\nDate: Mon, 23 Nov 2026 09:12:01 +0000\n\nhi\n",
    int recipients = 1)
{
    ScannedMessage m;
    m.entry.queueId = id;
    m.entry.queue = QueueEntry::Queue::Deferred;
    m.entry.queueName = QStringLiteral("deferred");
    m.entry.arrivalTime = kNow - 3 * 3600 - 5 * 60;
    m.entry.messageSize = raw.size();
    m.entry.sender = QStringLiteral("alice@example.com");
    for (int i = 0; i < recipients; ++i)
        m.entry.recipients.append(QueueRecipient { QStringLiteral("r%1@example.net").arg(i), {} });
    m.report = MessageLinter::lint(raw);
    m.fetched = true;
    return m;
}

QStringList ids(const ScannedMessageModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, ScannedMessageModel::QueueId).data().toString());
    return out;
}

} // namespace

class ScannedMessageModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void display();
    void roles();
    void defectSummary_data();
    void defectSummary();
    void age_data();
    void age();
    void updatesKeepRows();
    void noOverlapResets();
    void duplicateIds();
    void suspects();
    void notFetched();
    void randomRescans();
    void largeRescan();
};

void ScannedMessageModelTest::display()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(kNow);
    ScannedMessage m = scanned(QStringLiteral("4XyZ1"), "Subject: x\n\nhi\n", 3);
    m.entry.sender.clear();
    model.setMessages({ m });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ScannedMessageModel::ColumnCount));
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(ScannedMessageModel::QueueId), QStringLiteral("4XyZ1"));
    QCOMPARE(text(ScannedMessageModel::Queue), QStringLiteral("deferred"));
    QCOMPARE(text(ScannedMessageModel::Arrived), QStringLiteral("3h 05m"));
    QCOMPARE(text(ScannedMessageModel::Sender), QStringLiteral("<>"));
    QCOMPARE(text(ScannedMessageModel::Recipients), QStringLiteral("r0@example.net +2"));
    QCOMPARE(text(ScannedMessageModel::Size), QLocale().formattedDataSize(15));
    QCOMPARE(text(ScannedMessageModel::Defects), QStringLiteral("2 errors: missing-from, missing-date"));
    QCOMPARE(text(ScannedMessageModel::Suspect), QString());
    QCOMPARE(model.index(0, ScannedMessageModel::Recipients).data(Qt::ToolTipRole).toString(),
        QStringLiteral("r0@example.net\nr1@example.net\nr2@example.net"));
    QCOMPARE(
        model.headerData(ScannedMessageModel::Defects, Qt::Horizontal).toString(), QStringLiteral("Defects"));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
    // A sender that spoofs with a bidi override is shown as it is.
    m.entry.sender = QString::fromUtf16(u"ceo@\u202Eelpmaxe.org");
    model.setMessages({ m });
    QCOMPARE(text(ScannedMessageModel::Sender), QStringLiteral("ceo@\\u202eelpmaxe.org"));
    QCOMPARE(model.message(5).entry.queueId, QString());
    QCOMPARE(model.message(-1).entry.queueId, QString());
}

void ScannedMessageModelTest::roles()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(
        { scanned(QStringLiteral("A1")), scanned(QStringLiteral("B2"), "From: a@b\n\n\x01\n") });
    const QModelIndex clean = model.index(0, ScannedMessageModel::Defects);
    const QModelIndex bad = model.index(1, ScannedMessageModel::Defects);
    QCOMPARE(clean.data(ScannedMessageModel::WorstSeverityRole).toInt(), -1);
    QCOMPARE(bad.data(ScannedMessageModel::WorstSeverityRole).toInt(), int(MessageDefect::Severity::Error));
    QCOMPARE(bad.data(ScannedMessageModel::QueueIdRole).toString(), QStringLiteral("B2"));
    QCOMPARE(bad.data(ScannedMessageModel::SuspectRole).toBool(), false);
    QCOMPARE(bad.data(ScannedMessageModel::RawValueRole).toLongLong(), 1);
    const auto m = bad.data(ScannedMessageModel::MessageRole).value<ScannedMessage>();
    QCOMPARE(m.entry.queueId, QStringLiteral("B2"));
    QVERIFY(m.report.has(MessageDefect::Code::MissingDate));
    QCOMPARE(
        model.index(0, ScannedMessageModel::Arrived).data(ScannedMessageModel::RawValueRole).toLongLong(),
        kNow - 3 * 3600 - 5 * 60);
    QCOMPARE(model.rowOf(QStringLiteral("B2")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void ScannedMessageModelTest::defectSummary_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("summary");
    const QByteArray head = "From: a@example.com\r\nDate: Mon, 23 Nov 2026 09:12:01 +0000\r\n";
    QTest::newRow("clean") << head + "\r\nhi\r\n" << QString();
    QTest::newRow("one error") << QByteArray("From: a@example.com\n\nhi\n")
                               << QStringLiteral("1 error: missing-date");
    QTest::newRow("errors counted past the listed ones")
        << head + "\r\n" + QByteArray("x\n").repeated(25) << QStringLiteral("25 errors: bare-lf");
    QTest::newRow("warning after errors, whatever the order found")
        << QByteArray("From: a@example.com\nX-Old : 1\n\n")
        << QStringLiteral("1 error, 1 warning: missing-date, invalid-header");
    QTest::newRow("note") << QByteArray(
        "From x\nFrom: a@example.com\nDate: Mon, 23 Nov 2026 09:12:01 +0000\n\nhi\n")
                          << QStringLiteral("1 note: invalid-header");
}

void ScannedMessageModelTest::defectSummary()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, summary);
    QCOMPARE(ScannedMessageModel::defectSummary(MessageLinter::lint(raw)), summary);
}

void ScannedMessageModelTest::age_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative (clock skew)") << qint64(-5) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("59s");
    QTest::newRow("minutes") << qint64(61) << QStringLiteral("1m");
    QTest::newRow("hours") << qint64(3600 + 60) << QStringLiteral("1h 01m");
    QTest::newRow("days") << qint64(2 * 86400 + 4 * 3600 + 59) << QStringLiteral("2d 04h");
}

void ScannedMessageModelTest::age()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ScannedMessageModel::formatAge(seconds), text);
}

void ScannedMessageModelTest::updatesKeepRows()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages({ scanned(QStringLiteral("A")), scanned(QStringLiteral("B")),
        scanned(QStringLiteral("C")), scanned(QStringLiteral("D")) });
    const QPersistentModelIndex c = model.index(2, 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ScannedMessage newC = scanned(QStringLiteral("C"), "From: a@example.com\n\nbroken now\n");
    model.setMessages({ scanned(QStringLiteral("E")), newC, scanned(QStringLiteral("A")) });
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 2); // B and D, each its own run
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ids(model), (QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("E") }));
    QVERIFY(c.isValid());
    QCOMPARE(c.row(), 1);
    QCOMPARE(model.index(1, ScannedMessageModel::Defects).data().toString(),
        QStringLiteral("1 error: missing-date"));
    QCOMPARE(model.rowOf(QStringLiteral("E")), 2);

    model.setMessages({});
    QCOMPARE(model.rowCount(), 0);
    model.setMessages({ scanned(QStringLiteral("Z")) });
    QCOMPARE(ids(model), QStringList { QStringLiteral("Z") });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("Z")), -1);
}

void ScannedMessageModelTest::noOverlapResets()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages({ scanned(QStringLiteral("A")), scanned(QStringLiteral("B")) });
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setMessages({ scanned(QStringLiteral("X")) });
    QCOMPARE(resets.size(), 1);
    QCOMPARE(ids(model), QStringList { QStringLiteral("X") });
}

void ScannedMessageModelTest::duplicateIds()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScannedMessage later = scanned(QStringLiteral("A"));
    later.entry.sender = QStringLiteral("later@example.com");
    model.setMessages({ scanned(QStringLiteral("A")), scanned(QStringLiteral("B")), later, scanned(QString()),
        scanned(QString()) });
    QCOMPARE(ids(model), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QString() }));
    QCOMPARE(
        model.index(0, ScannedMessageModel::Sender).data().toString(), QStringLiteral("later@example.com"));
    model.setMessages({ later, later });
    QCOMPARE(ids(model), QStringList { QStringLiteral("A") });
}

void ScannedMessageModelTest::suspects()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScannedMessage flagged = scanned(QStringLiteral("C"));
    flagged.suspect = true;
    flagged.suspectReason = QStringLiteral("seen by the scan");
    model.setMessages({ scanned(QStringLiteral("A")), scanned(QStringLiteral("B")), flagged });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString reason = QStringLiteral("logged by filterhub just before 3 of its crashes");
    model.setSuspects({ QStringLiteral("B"), QStringLiteral("gone") }, reason);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        model.index(1, ScannedMessageModel::Suspect).data().toString(), QStringLiteral("poison suspect"));
    QCOMPARE(model.index(1, ScannedMessageModel::Suspect).data(Qt::ToolTipRole).toString(), reason);
    QVERIFY(model.index(1, 0).data(ScannedMessageModel::SuspectRole).toBool());
    QCOMPARE(model.message(1).suspectReason, reason);
    QVERIFY(!model.index(0, 0).data(ScannedMessageModel::SuspectRole).toBool());
    QCOMPARE(model.message(2).suspectReason, QStringLiteral("seen by the scan"));

    // A rescan keeps the suspect; a new alert replaces it.
    model.setMessages({ scanned(QStringLiteral("A")), scanned(QStringLiteral("B")) });
    QVERIFY(model.index(1, 0).data(ScannedMessageModel::SuspectRole).toBool());
    changed.clear();
    model.setSuspects({ QStringLiteral("A") }, reason);
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.message(0).suspect);
    QVERIFY(!model.message(1).suspect);
    model.setSuspects({}, {});
    QVERIFY(!model.message(0).suspect);
}

void ScannedMessageModelTest::notFetched()
{
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScannedMessage m;
    m.entry.queueId = QStringLiteral("GONE1");
    m.fetchError = QStringLiteral("no such message");
    model.setMessages({ m });
    QCOMPARE(model.index(0, ScannedMessageModel::Defects).data().toString(),
        QStringLiteral("not read: no such message"));
    QCOMPARE(
        model.index(0, ScannedMessageModel::Defects).data(ScannedMessageModel::WorstSeverityRole).toInt(),
        -1);
    QCOMPARE(model.index(0, ScannedMessageModel::Arrived).data().toString(), QString());
    QCOMPARE(model.index(0, ScannedMessageModel::Recipients).data().toString(), QString());
}

void ScannedMessageModelTest::randomRescans()
{
    // Rows come and go at random; the tester checks every signal against the
    // rows it sees, and the surviving rows keep their order.
    ScannedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261123);
    const ScannedMessage base = scanned(QString());
    QStringList expected;
    for (int round = 0; round < 30; ++round) {
        ScannedMessageList next;
        QStringList kept;
        for (const QString &id : std::as_const(expected)) {
            if (random.bounded(3) != 0)
                kept.append(id);
        }
        QStringList fresh;
        for (int i = 0, n = int(random.bounded(40)); i < n; ++i)
            fresh.append(QStringLiteral("R%1N%2").arg(round).arg(i));
        // The scan may list kept and new messages in any order.
        QStringList listed = kept + fresh;
        for (qsizetype i = listed.size() - 1; i > 0; --i)
            listed.swapItemsAt(i, random.bounded(i + 1));
        for (const QString &id : std::as_const(listed)) {
            ScannedMessage m = base;
            m.entry.queueId = id;
            m.entry.messageSize = round;
            next.append(m);
        }
        model.setMessages(next);
        QStringList newOnes;
        for (const QString &id : std::as_const(listed)) {
            if (fresh.contains(id))
                newOnes.append(id);
        }
        expected = kept + newOnes;
        QCOMPARE(ids(model), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOf(expected.at(row)), row);
            QCOMPARE(model.index(row, 0)
                         .data(ScannedMessageModel::MessageRole)
                         .value<ScannedMessage>()
                         .entry.messageSize,
                qint64(round));
        }
    }
}

void ScannedMessageModelTest::largeRescan()
{
    // A large queue rescanned with half of it gone: linear, a few signals.
    ScannedMessageModel model;
    ScannedMessageList all;
    ScannedMessageList half;
    const ScannedMessage base = scanned(QString());
    for (int i = 0; i < 20000; ++i) {
        ScannedMessage m = base;
        m.entry.queueId = QString::number(i, 16).toUpper();
        all.append(m);
        if (i % 2 == 0 || i > 15000)
            half.append(m);
    }
    model.setMessages(all);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QElapsedTimer timer;
    timer.start();
    model.setMessages(half);
    QCOMPARE(model.rowCount(), int(half.size()));
    QCOMPARE(removed.size(), 7500);
    qInfo("rescan of 20000 rows, 7500 removed: %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(model.rowOf(QString::number(15002, 16).toUpper()), 7502);
}

QTEST_GUILESS_MAIN(ScannedMessageModelTest)
#include "scannedmessagemodel_test.moc"
