#include "policy/policydiff.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <random>

using namespace MailOps;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// "l1\nl2\n...": `count` numbered lines.
QByteArray numbered(int count, const char *stem = "line")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += QByteArray(stem) + ' ' + QByteArray::number(i) + '\n';
    return out;
}

// `text` with line `n` (1-based) replaced.
QByteArray replaced(const QByteArray &text, int n, const QByteArray &line)
{
    QList<QByteArray> lines = text.split('\n');
    lines[n - 1] = line;
    return lines.join('\n');
}

// The hunks GNU diff prints, without the two header lines (they carry
// timestamps).
QString gnuHunks(const QByteArray &a, const QByteArray &b, int context)
{
    QTemporaryDir dir;
    if (!writeFile(dir.filePath(QStringLiteral("a")), a) || !writeFile(dir.filePath(QStringLiteral("b")), b))
        return QStringLiteral("<cannot write>");
    QProcess diff;
    diff.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    diff.setProcessEnvironment(env);
    diff.start(QStringLiteral("diff"),
        { QStringLiteral("-U%1").arg(context), QStringLiteral("a"), QStringLiteral("b") });
    if (!diff.waitForFinished(30000))
        return QStringLiteral("<diff did not finish>");
    const QString out = QString::fromUtf8(diff.readAllStandardOutput());
    return out.section(QLatin1Char('\n'), 2);
}

QString ourHunks(const QByteArray &a, const QByteArray &b, int context)
{
    const QString out = PolicyDiff::unifiedFile(a, b, QStringLiteral("a"), QStringLiteral("b"), context);
    return out.section(QLatin1Char('\n'), 2);
}

PolicySnapshot snapshot(std::initializer_list<std::pair<const char *, QByteArray>> files)
{
    PolicySnapshot s;
    for (const auto &[path, content] : files)
        s.setFile(QString::fromUtf8(path), content);
    return s;
}

} // namespace

// PolicyDiff is what an admin reads before applying or rolling back: its
// hunks must be the ones diff(1) prints, and no file may make it hang.
class PolicyDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("diff")).isEmpty())
            QSKIP("GNU diff is not installed");
    }

    void sameHunksAsGnuDiff_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<int>("context");

        const QByteArray ten = numbered(10);
        const QByteArray forty = numbered(40);
        QTest::newRow("one line changed in the middle") << ten << replaced(ten, 5, "changed") << 3;
        QTest::newRow("first line changed") << ten << replaced(ten, 1, "changed") << 3;
        QTest::newRow("last line changed") << ten << replaced(ten, 10, "changed") << 3;
        QTest::newRow("line added at the top") << ten << QByteArray("new\n" + ten) << 3;
        QTest::newRow("line added at the end") << ten << QByteArray(ten + "new\n") << 3;
        QTest::newRow("line removed at the top") << ten << ten.mid(ten.indexOf('\n') + 1) << 3;
        QTest::newRow("lines inserted in the middle")
            << ten << QByteArray(numbered(5) + "x\ny\n" + ten.mid(numbered(5).size())) << 3;
        QTest::newRow("lines removed in the middle")
            << ten << QByteArray(numbered(4) + ten.mid(numbered(7).size())) << 3;
        QTest::newRow("from empty") << QByteArray() << numbered(3) << 3;
        QTest::newRow("to empty") << numbered(3) << QByteArray() << 3;
        QTest::newRow("single line file changed") << QByteArray("a\n") << QByteArray("b\n") << 3;
        QTest::newRow("two hunks far apart") << forty << replaced(replaced(forty, 5, "x"), 30, "y") << 3;
        QTest::newRow("changes 6 lines apart share a hunk")
            << forty << replaced(replaced(forty, 10, "x"), 17, "y") << 3;
        QTest::newRow("changes 7 lines apart get two hunks")
            << forty << replaced(replaced(forty, 10, "x"), 18, "y") << 3;
        QTest::newRow("context 0") << forty << replaced(replaced(forty, 10, "x"), 12, "y") << 0;
        QTest::newRow("context 1") << forty << replaced(replaced(forty, 10, "x"), 13, "y") << 1;
        QTest::newRow("context 5") << forty << replaced(replaced(forty, 10, "x"), 30, "y") << 5;
        QTest::newRow("context larger than the file") << ten << replaced(ten, 5, "x") << 20;
        QTest::newRow("pure insertion, context 0")
            << ten << QByteArray(numbered(5) + "x\n" + ten.mid(numbered(5).size())) << 0;
        QTest::newRow("pure deletion, context 0")
            << ten << QByteArray(numbered(4) + ten.mid(numbered(5).size())) << 0;
        QTest::newRow("block replaced by a longer one")
            << forty << QByteArray(numbered(10) + "p\nq\nr\ns\nt\n" + forty.mid(numbered(13).size())) << 3;
        QTest::newRow("no newline at the end of a") << QByteArray("a\nb\nc") << QByteArray("a\nb\nc\n") << 3;
        QTest::newRow("no newline at the end of b") << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nc") << 3;
        QTest::newRow("no newline at either end, last line changed")
            << QByteArray("a\nb\nc") << QByteArray("a\nb\nd") << 3;
        QTest::newRow("no newline at either end, change before it")
            << QByteArray("a\nb\nc") << QByteArray("x\nb\nc") << 3;
        QTest::newRow("CRLF lines") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nB\r\nc\r\n") << 3;
        QTest::newRow("CRLF turned into LF") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << 3;
        QTest::newRow("UTF-8 text") << QByteArray("# Zürich\nsmtpd_banner = $myhostname ESMTP\n")
                                    << QByteArray("# Zürich – Genève\nsmtpd_banner = $myhostname ESMTP\n")
                                    << 3;
        QTest::newRow("main.cf parameter edited")
            << QByteArray("myhostname = mx1.example\nsmtpd_recipient_restrictions =\n    permit_mynetworks,\n"
                          "    reject_unauth_destination,\n    reject_rbl_client zen.spamhaus.org\n"
                          "message_size_limit = 10240000\n")
            << QByteArray("myhostname = mx1.example\nsmtpd_recipient_restrictions =\n    permit_mynetworks,\n"
                          "    reject_unauth_destination,\n    reject_rbl_client bl.example.net,\n"
                          "    reject_rbl_client zen.spamhaus.org\nmessage_size_limit = 20480000\n")
            << 3;
        QTest::newRow("many scattered changes") << numbered(300) << [] {
            QByteArray b = numbered(300);
            for (int n = 7; n <= 300; n += 23)
                b = replaced(b, n, "edited " + QByteArray::number(n));
            return b;
        }() << 3;
    }

    void sameHunksAsGnuDiff()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(int, context);
        const QString gnu = gnuHunks(a, b, context);
        QVERIFY(gnu.startsWith(QLatin1String("@@ -")));
        QCOMPARE(ourHunks(a, b, context), gnu);
    }

    // Accepted difference: where several shortest edits exist, dtl may pick
    // another than diff(1) (which also slides changes to line up with blank
    // lines). Both are correct; patch(1) turns a into b with ours.
    void ambiguousEditsStillApply_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("repeated line inserted")
            << QByteArray("x\nx\nx\ny\n") << QByteArray("x\nx\nx\nx\ny\n");
        QTest::newRow("swap") << QByteArray("a\nb\nc\n") << QByteArray("b\na\nc\n");
        QTest::newRow("blocks with blank lines")
            << QByteArray("a\n\nb\n\nc\n") << QByteArray("a\n\nb\n\nx\n\nc\n");
        QTest::newRow("shuffled") << numbered(200) << [] {
            QList<QByteArray> lines = numbered(200).split('\n');
            lines.removeLast();
            std::mt19937 rng(3);
            std::shuffle(lines.begin(), lines.end(), rng);
            return QByteArray(lines.join('\n') + '\n');
        }();
        // Most lines edited many times over, between repeated ones: what
        // diffing a first version against its ten-thousandth looks like.
        QTest::newRow("edited over and over") <<
            [] {
                QByteArray a;
                for (int i = 0; i < 400; ++i)
                    a += i % 5 == 0 ? QByteArray("#\n") : "line " + QByteArray::number(i) + '\n';
                return a;
            }() <<
            [] {
                QList<QByteArray> lines;
                for (int i = 0; i < 400; ++i)
                    lines << (i % 5 == 0 ? QByteArray("#") : "line " + QByteArray::number(i));
                std::mt19937 rng(5);
                for (int edit = 0; edit < 1500; ++edit) {
                    const size_t at = rng() % lines.size();
                    lines[qsizetype(at)] += " # edit " + QByteArray::number(edit);
                }
                lines.insert(100, "inserted");
                lines.removeAt(300);
                return QByteArray(lines.join('\n') + '\n');
            }();
    }

    void ambiguousEditsStillApply()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        if (QStandardPaths::findExecutable(QStringLiteral("patch")).isEmpty())
            QSKIP("patch is not installed");
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f")), a));
        const QString diff = PolicyDiff::unifiedFile(a, b, QStringLiteral("f"), QStringLiteral("f"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d.patch")), diff.toUtf8()));
        QProcess patch;
        patch.setWorkingDirectory(dir.path());
        patch.start(QStringLiteral("patch"),
            { QStringLiteral("-s"), QStringLiteral("-i"), QStringLiteral("d.patch"), QStringLiteral("f") });
        QVERIFY(patch.waitForFinished(30000));
        QCOMPARE(patch.exitCode(), 0);
        QFile f(dir.filePath(QStringLiteral("f")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), b);
    }

    void headersAndFilesOverSnapshots()
    {
        const PolicySnapshot a = snapshot({ { "main.cf", "a = 1\nb = 2\n" },
            { "old.cidr", "10.0.0.0/8 OK\n" }, { "/etc/postfix-maps/access", "x OK\n" }, { "same", "s\n" } });
        const PolicySnapshot b
            = snapshot({ { "main.cf", "a = 1\nb = 3\n" }, { "new.cidr", "192.0.2.0/24 REJECT\n" },
                { "/etc/postfix-maps/access", "x OK\ny REJECT\n" }, { "same", "s\n" } });
        const QString expected
            = QStringLiteral("--- v41/etc/postfix-maps/access\n+++ v42/etc/postfix-maps/access\n@@ -1 +1,2 "
                             "@@\n x OK\n+y REJECT\n"
                             "--- v41/main.cf\n+++ v42/main.cf\n@@ -1,2 +1,2 @@\n a = 1\n-b = 2\n+b = 3\n"
                             "--- /dev/null\n+++ v42/new.cidr\n@@ -0,0 +1 @@\n+192.0.2.0/24 REJECT\n"
                             "--- v41/old.cidr\n+++ /dev/null\n@@ -1 +0,0 @@\n-10.0.0.0/8 OK\n");
        QCOMPARE(PolicyDiff::unified(a, b, 3, QStringLiteral("v41"), QStringLiteral("v42")), expected);
        QVERIFY(PolicyDiff::unified(a, a).isEmpty());
    }

    void emptyFileAddedStillShows()
    {
        const PolicySnapshot a = snapshot({ { "main.cf", "a\n" } });
        const PolicySnapshot b = snapshot({ { "main.cf", "a\n" }, { "empty", "" } });
        QCOMPARE(PolicyDiff::unified(a, b), QStringLiteral("--- /dev/null\n+++ b/empty\n"));
        QCOMPARE(PolicyDiff::changes(a, b),
            (QList<PolicyDiff::FileChange> {
                { QStringLiteral("empty"), PolicyDiff::FileChange::Kind::Added, 0, 0 } }));
    }

    void binaryFilesDiffer()
    {
        const PolicySnapshot a = snapshot({ { "access.db", QByteArray("\x00\x01hash", 6) } });
        const PolicySnapshot b = snapshot({ { "access.db", QByteArray("\x00\x02hash", 6) } });
        QCOMPARE(PolicyDiff::unified(a, b, 3, QStringLiteral("v1"), QStringLiteral("v2")),
            QStringLiteral("Binary files v1/access.db and v2/access.db differ\n"));
        const auto changes = PolicyDiff::changes(a, b);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().binary);
        QVERIFY(PolicyDiff::unified(a, a).isEmpty());
    }

    void changes_data()
    {
        using Kind = PolicyDiff::FileChange::Kind;
        QTest::addColumn<QByteArray>("a"); // empty: the file is not in a
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("inA");
        QTest::addColumn<bool>("inB");
        QTest::addColumn<int>("kind"); // -1: no change listed
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("removed");
        QTest::newRow("unchanged") << numbered(5) << numbered(5) << true << true << -1 << 0 << 0;
        QTest::newRow("one line edited")
            << numbered(5) << replaced(numbered(5), 2, "x") << true << true << int(Kind::Changed) << 1 << 1;
        QTest::newRow("two lines added") << numbered(5) << QByteArray(numbered(5) + "x\ny\n") << true << true
                                         << int(Kind::Changed) << 2 << 0;
        QTest::newRow("added file") << QByteArray() << numbered(4) << false << true << int(Kind::Added) << 4
                                    << 0;
        QTest::newRow("removed file")
            << numbered(3) << QByteArray() << true << false << int(Kind::Removed) << 0 << 3;
        QTest::newRow("newline added at the end")
            << QByteArray("a\nb") << QByteArray("a\nb\n") << true << true << int(Kind::Changed) << 1 << 1;
    }

    void changes()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, inA);
        QFETCH(bool, inB);
        QFETCH(int, kind);
        QFETCH(int, added);
        QFETCH(int, removed);
        PolicySnapshot sa;
        PolicySnapshot sb;
        if (inA)
            sa.setFile(QStringLiteral("f"), a);
        if (inB)
            sb.setFile(QStringLiteral("f"), b);
        const auto changes = PolicyDiff::changes(sa, sb);
        if (kind < 0) {
            QVERIFY(changes.isEmpty());
            return;
        }
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().path, QStringLiteral("f"));
        QCOMPARE(int(changes.first().kind), kind);
        QCOMPARE(changes.first().linesAdded, added);
        QCOMPARE(changes.first().linesRemoved, removed);
    }

    // 10 MB of map with one line changed: the shared ends are set apart, so
    // only the changed line goes to dtl.
    void tenMegabytesOneLineChanged()
    {
        const QByteArray a = numbered(200000, "192.0.2.1 REJECT listed by the abuse desk, ticket"); // ~11 MB
        QVERIFY(a.size() > 10 * 1000 * 1000);
        const QByteArray b = replaced(a, 100000, "198.51.100.7 OK");
        QElapsedTimer t;
        t.start();
        const QString diff = PolicyDiff::unifiedFile(a, b, QStringLiteral("a"), QStringLiteral("b"));
        const qint64 ms = t.elapsed();
        qInfo("%lld MB, one line changed: %lld ms", qlonglong(a.size() / 1000000), qlonglong(ms));
        QCOMPARE(diff.count(QLatin1String("\n-")), 1);
        QCOMPARE(diff.count(QLatin1String("\n+")), 2); // "+++" and the line
        QCOMPARE(ourHunks(a, b, 3), gnuHunks(a, b, 3));
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    // 200,000 lines rewritten, or shuffled (every line still there, in
    // another order): dtl's bound on the edit path keeps it to moments.
    void bigRewritesDoNotHang_data()
    {
        QTest::addColumn<bool>("shuffle");
        QTest::newRow("every line rewritten") << false;
        QTest::newRow("every line moved") << true;
    }

    void bigRewritesDoNotHang()
    {
        QFETCH(bool, shuffle);
        const int n = 200000;
        const QByteArray a = numbered(n, "old");
        QByteArray b;
        if (shuffle) {
            QList<QByteArray> lines = a.split('\n');
            lines.removeLast();
            std::mt19937 rng(5);
            std::shuffle(lines.begin(), lines.end(), rng);
            b = lines.join('\n') + '\n';
        } else {
            b = numbered(n, "new");
        }
        PolicySnapshot sa;
        sa.setFile(QStringLiteral("big.map"), a);
        PolicySnapshot sb;
        sb.setFile(QStringLiteral("big.map"), b);
        QElapsedTimer t;
        t.start();
        const auto changes = PolicyDiff::changes(sa, sb);
        const qint64 changesMs = t.restart();
        const QString diff = PolicyDiff::unified(sa, sb);
        const qint64 diffMs = t.elapsed();
        qInfo("200,000 lines %s: changes() %lld ms, unified() %lld ms, %lld MB of diff",
            shuffle ? "moved" : "rewritten", qlonglong(changesMs), qlonglong(diffMs),
            qlonglong(diff.size() * 2 / 1000000));
        QCOMPARE(changes.size(), 1);
        if (!shuffle) {
            QCOMPARE(changes.first().linesAdded, n);
            QCOMPARE(changes.first().linesRemoved, n);
        }
        // Not the shortest edit, but every line that differs is in it.
        QVERIFY(changes.first().linesAdded >= n - 1000);
        QCOMPARE(changes.first().linesAdded, changes.first().linesRemoved);
        QVERIFY2(changesMs + diffMs < 20000, qPrintable(QStringLiteral("%1 ms").arg(changesMs + diffMs)));
    }
};

QTEST_GUILESS_MAIN(PolicyDiffTest)
#include "policydiff_test.moc"
