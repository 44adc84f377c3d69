#include "maillog/maillogfollower.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

void append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

QList<QByteArray> collect(QSignalSpy &spy)
{
    QList<QByteArray> all;
    for (const QList<QVariant> &args : std::as_const(spy))
        all += args.at(0).value<QList<QByteArray>>();
    spy.clear();
    return all;
}

} // namespace

class MailLogFollowerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partialLinesWaitForTheirEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, "already there\n");
        MailLogFollower f;
        f.setPath(path);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        f.start(); // at the end by default
        f.poll();
        QCOMPARE(collect(spy), QList<QByteArray>());
        append(path, "a\nb");
        f.poll();
        QCOMPARE(collect(spy), QList<QByteArray> { "a" });
        append(path, "c\n\n");
        f.poll();
        QCOMPARE(collect(spy), (QList<QByteArray> { "bc", "" }));
        f.stop();
    }

    void timerDrivenFollow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, "");
        MailLogFollower f;
        f.setPath(path);
        f.setPollInterval(20);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        f.start();
        append(path, "one\ntwo\n");
        QTRY_COMPARE(f.stats().lines, 2);
        QCOMPARE(collect(spy), (QList<QByteArray> { "one", "two" }));
    }

    void rotationFinishesOldFileThenFollowsNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, "x\n");
        MailLogFollower f;
        f.setPath(path);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        QSignalSpy rotated(&f, &MailLogFollower::rotated);
        f.start();
        append(path, "before\nlate-par");
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        append(path + QStringLiteral(".1"), "tial\n"); // the writer still had the old file open
        append(path, "new1\nnew2\n");
        f.poll();
        QCOMPARE(collect(spy), (QList<QByteArray> { "before", "late-partial", "new1", "new2" }));
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(f.stats().rotations, 1);
        append(path, "new3\n");
        f.poll();
        QCOMPARE(collect(spy), QList<QByteArray> { "new3" });
    }

    void truncationStartsOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, "0123456789 0123456789\n");
        MailLogFollower f;
        f.setPath(path);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        QSignalSpy truncated(&f, &MailLogFollower::truncated);
        f.start();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("t1\n");
        }
        f.poll();
        QCOMPARE(truncated.size(), 1);
        QCOMPARE(collect(spy), QList<QByteArray> { "t1" });
    }

    void longAndBinaryLinesAreCut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, "");
        MailLogFollower f;
        f.setPath(path);
        f.setMaxLineLength(100);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        f.start();
        QByteArray junk(5000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char(i * 7 % 251 + 1 == '\n' ? 1 : i * 7 % 251 + 1);
        append(path, junk + "\nok\n");
        f.poll();
        const QList<QByteArray> lines = collect(spy);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].size(), 100);
        QCOMPARE(lines[1], QByteArray("ok"));
        QCOMPARE(f.stats().cutLines, 1);
    }

    void bigBacklogIsReadInSlices()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        append(path, QByteArray("line of a mail log\n").repeated(20000));
        MailLogFollower f;
        f.setPath(path);
        f.setStartAtEnd(false);
        f.setMaxBytesPerPoll(64 * 1024);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        f.start();
        QVERIFY(f.stats().lines < 20000); // the first tick read one slice only
        QTRY_COMPARE(f.stats().lines, 20000);
        QVERIFY(spy.size() > 1);
    }

    void missingFileIsReportedOnceThenPickedUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("later.log"));
        MailLogFollower f;
        f.setPath(path);
        QSignalSpy errors(&f, &MailLogFollower::errorOccurred);
        QSignalSpy spy(&f, &MailLogFollower::linesRead);
        f.start();
        f.poll();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>().code, Error::Code::NotFound);
        append(path, "hello\n");
        f.poll();
        QCOMPARE(collect(spy), QList<QByteArray> { "hello" });
    }
};

QTEST_GUILESS_MAIN(MailLogFollowerTest)
#include "maillogfollower_test.moc"
