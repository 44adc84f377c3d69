// PolicyStore and PolicyDiff on a realistic history: a main.cf of ~150 lines
// and three maps of ~2,000 lines each, 10,000 versions that each change one
// line of one file. Prints the time to create them, to list them, to open
// one with content and to diff two, the last beside `diff -u` on the same
// files, and the size of the store.
// Usage: policystore_bench [--versions N] DIR
#include "policy/policydiff.h"
#include "policy/policystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace MailOps;

namespace {

const QString kProfile = QStringLiteral("mx1");

QList<QByteArray> mainCf()
{
    QList<QByteArray> lines { "# Postfix main.cf, generated for the policy bench",
        "myhostname = mx1.example.net", "mydomain = example.net", "myorigin = $mydomain",
        "inet_interfaces = all", "inet_protocols = ipv4, ipv6", "mydestination = $myhostname, localhost",
        "mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8", "smtpd_banner = $myhostname ESMTP",
        "smtpd_helo_required = yes", "smtpd_recipient_restrictions =", "    permit_mynetworks,",
        "    reject_unauth_destination,", "    check_client_access cidr:/etc/postfix/client_access.cidr,",
        "    check_sender_access hash:/etc/postfix/sender_access,",
        "    check_recipient_access hash:/etc/postfix/recipient_access,",
        "    reject_rbl_client zen.spamhaus.org", "message_size_limit = 20480000" };
    for (int i = int(lines.size()); i < 150; ++i)
        lines << "# tuning_parameter_" + QByteArray::number(i) + " = " + QByteArray::number(i * 37 % 1000);
    return lines;
}

QList<QByteArray> map(const char *kind, int count)
{
    QList<QByteArray> lines;
    for (int i = 0; i < count; ++i) {
        if (qstrcmp(kind, "cidr") == 0)
            lines << "10." + QByteArray::number(i / 256 % 256) + '.' + QByteArray::number(i % 256)
                    + ".0/24 REJECT blocked by ticket " + QByteArray::number(10000 + i);
        else
            lines << QByteArray(kind) + QByteArray::number(i) + "@example" + QByteArray::number(i % 97)
                    + ".com REJECT";
    }
    return lines;
}

QByteArray joined(const QList<QByteArray> &lines)
{
    return lines.join('\n') + '\n';
}

bool writeTree(const QString &dir, const PolicySnapshot &s)
{
    QDir().mkpath(dir);
    for (const PolicySnapshot::File &file : s.files()) {
        QFile f(dir + QLatin1Char('/') + file.path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(file.content) != file.content.size())
            return false;
    }
    return true;
}

// Milliseconds of the fastest and the middle of `runs` calls of `f`.
template<typename F> std::pair<double, double> timeIt(int runs, F f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return { ms.first(), ms.at(ms.size() / 2) };
}

double diffU(const QString &a, const QString &b, qint64 *lines)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("diff"), { QStringLiteral("-ruN"), a, b });
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    *lines = p.readAllStandardOutput().count('\n');
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("directory for the store (emptied)"));
    cli.addOption({ QStringLiteral("versions"), QStringLiteral("versions to create"), QStringLiteral("n"),
        QStringLiteral("10000") });
    cli.addOption({ QStringLiteral("reuse"),
        QStringLiteral("keep the store of an earlier run with as many versions") });
    cli.addHelpOption();
    cli.process(app);
    if (cli.positionalArguments().size() != 1)
        cli.showHelp(2);
    QDir dir(cli.positionalArguments().constFirst());
    if (!cli.isSet(QStringLiteral("reuse")))
        dir.removeRecursively();
    dir.mkpath(QStringLiteral("."));
    const int count = qMax(2, cli.value(QStringLiteral("versions")).toInt());

    QList<QList<QByteArray>> files { mainCf(), map("cidr", 2000), map("recipient", 2000),
        map("sender", 2000) };
    const QStringList paths { PolicySnapshot::MainCf, QStringLiteral("client_access.cidr"),
        QStringLiteral("recipient_access"), QStringLiteral("sender_access") };
    const auto snapshotNow = [&] {
        PolicySnapshot s;
        s.setConfigDir(QStringLiteral("/etc/postfix"));
        for (qsizetype i = 0; i < files.size(); ++i)
            s.setFile(paths.at(i), joined(files.at(i)));
        return s;
    };
    qint64 lines = 0;
    qint64 bytes = 0;
    const PolicySnapshot first = snapshotNow();
    for (const PolicySnapshot::File &f : first.files()) {
        lines += f.content.count('\n');
        bytes += f.content.size();
    }
    std::printf("policy: %lld files, %lld lines, %.0f KB; %d versions, one line changed in each\n",
        qlonglong(files.size()), qlonglong(lines), bytes / 1e3, count);

    const QString path = dir.filePath(QStringLiteral("policy.sqlite"));
    PolicyStore store(path);
    if (!store.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    std::mt19937 rng(11);
    QElapsedTimer t;
    t.start();
    const qsizetype existing = store.versions(kProfile).valueOr({}).size();
    if (existing != 0 && existing != count) {
        std::fprintf(
            stderr, "%s holds %lld versions, not %d\n", qPrintable(path), qlonglong(existing), count);
        return 1;
    }
    for (int v = existing ? count + 1 : 1; v <= count; ++v) {
        if (v > 1) {
            auto &file = files[qsizetype(rng() % files.size())];
            const qsizetype line = qsizetype(rng() % file.size());
            file[line] = file.at(line) + " # edit " + QByteArray::number(v);
        }
        PolicyVersion meta;
        meta.origin = v == 1 ? PolicyVersion::Origin::Baseline : PolicyVersion::Origin::Applied;
        meta.state = v == 1 ? PolicyVersion::State::Recorded : PolicyVersion::State::Applied;
        meta.parent = v - 1;
        meta.comment = QStringLiteral("change %1").arg(v);
        const auto added = store.add(kProfile, snapshotNow(), meta);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
    }
    const double createS = t.nsecsElapsed() / 1e9;
    if (!existing)
        std::printf("create:  %d versions in %.1f s (%.2f ms each, one transaction each)\n", count, createS,
            createS * 1e3 / count);

    qsizetype listed = 0;
    const auto [listMin, listMid] = timeIt(5, [&] { listed = store.versions(kProfile).value().size(); });
    std::printf(
        "list:    %lld versions in %.1f ms (median %.1f ms of 5)\n", qlonglong(listed), listMin, listMid);

    const qint64 middle = count / 2;
    PolicyVersion a;
    PolicyVersion b;
    const auto [openMin, openMid] = timeIt(5, [&] { a = store.version(kProfile, middle).value(); });
    b = store.version(kProfile, middle + 1).value();
    std::printf("open:    %s with content in %.1f ms (median %.1f ms of 5)\n", qPrintable(a.label()), openMin,
        openMid);

    const auto compare = [&](const PolicyVersion &x, const PolicyVersion &y) {
        QString diff;
        const auto [diffMin, diffMid]
            = timeIt(5, [&] { diff = PolicyDiff::unified(x.snapshot, y.snapshot, 3, x.label(), y.label()); });
        const QString da = dir.filePath(x.label());
        const QString db = dir.filePath(y.label());
        if (!writeTree(da, x.snapshot) || !writeTree(db, y.snapshot))
            return;
        qint64 gnuLines = 0;
        QList<double> gnu;
        for (int i = 0; i < 5; ++i)
            gnu << diffU(da, db, &gnuLines);
        std::sort(gnu.begin(), gnu.end());
        std::printf("diff:    %s..%s: %.1f ms (median %.1f), %lld lines; diff -ruN %.1f ms (median %.1f, "
                    "process start included), %lld lines; ratio %.2f\n",
            qPrintable(x.label()), qPrintable(y.label()), diffMin, diffMid,
            qlonglong(diff.count(QLatin1Char('\n'))), gnu.first(), gnu.at(2), qlonglong(gnuLines),
            diffMin / gnu.first());
    };
    compare(a, b);
    compare(store.version(kProfile, 1).value(), store.version(kProfile, count).value());

    store.close();
    qint64 size = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        size += QFileInfo(path + suffix).size();
    std::printf("store:   %.1f MB on disk for %d versions of %.0f KB each (%.0f MB if stored whole)\n",
        size / 1e6, count, bytes / 1e3, double(bytes) * count / 1e6);
    return 0;
}
