// Our counters against pflogsumm on the same generated log.
#include "maillog/logcounters.h"
#include "maillogsynth.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

qint64 figure(const QString &out, const QString &label)
{
    const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+)([km]?)\\s+%1\\b").arg(label), QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    if (!m.hasMatch())
        return -1;
    const qint64 unit = m.captured(2) == u"k" ? 1024 : m.captured(2) == u"m" ? 1024 * 1024 : 1;
    return m.captured(1).toLongLong() * unit;
}

} // namespace

class MailLogPflogsummTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithPflogsumm_data()
    {
        QTest::addColumn<bool>("rfc3339");
        QTest::newRow("traditional syslog stamps") << false;
        QTest::newRow("RFC 3339 stamps") << true;
    }

    void agreesWithPflogsumm()
    {
        QFETCH(bool, rfc3339);
        const QString pflogsumm = QStandardPaths::findExecutable(QStringLiteral("pflogsumm"));
        if (pflogsumm.isEmpty())
            QSKIP("pflogsumm is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        MailLogSynth synth(4711, rfc3339);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            synth.write(&f, 20000);
        }
        LogCounters counters;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd())
            counters.addLine(f.readLine());
        const LogCounters::Totals &t = counters.totals();
        QCOMPARE(t.unparsed, 0);

        QProcess p;
        p.start(pflogsumm, { path });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());

        QCOMPARE(figure(out, QStringLiteral("received")), t.received);
        QCOMPARE(figure(out, QStringLiteral("delivered")), t.delivered);
        QCOMPARE(figure(out, QStringLiteral("deferred")), t.deferredMessages);
        QCOMPARE(figure(out, QStringLiteral("bounced")), t.bounced);
        QCOMPARE(figure(out, QStringLiteral("rejected")), t.rejected);
        const QRegularExpression deferrals(QStringLiteral("\\((\\d+)([km]?)\\s*deferrals\\)"));
        const auto m = deferrals.match(out);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toLongLong() * (m.captured(2).isEmpty() ? 1 : 1024), t.deferrals);
        // And both agree with what was written.
        QCOMPARE(t.received, synth.totals().received);
        QCOMPARE(t.rejected, synth.totals().rejected);
    }
};

QTEST_GUILESS_MAIN(MailLogPflogsummTest)
#include "maillog_pflogsumm_test.moc"
