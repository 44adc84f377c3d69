// Mail-log counters beside pflogsumm and `wc -l` on the same generated log.
// Usage: maillog_bench [--lines N] [--rfc3339] [--no-pflogsumm] FILE
// Generates FILE first when it does not exist (or has a different size).
#include "maillog/logcounters.h"
#include "maillogsynth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstdio>
#include <cstring>
#include <sys/mman.h>
#include <sys/resource.h>

using namespace MailOps;

namespace {

struct Run
{
    double seconds = -1; // wall clock
    double cpu = -1; // user + system
    QByteArray out;
};

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Run runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    Run r;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return r;
    QProcess p;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    p.start(path, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    r.out = p.readAllStandardOutput();
    return r;
}

qint64 pflogsummFigure(const QByteArray &out, const char *label)
{
    const QRegularExpression re(QStringLiteral("^\\s*(\\d+)([km]?)\\s+%1\\b").arg(QLatin1String(label)),
        QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch())
        return -1;
    qint64 v = m.captured(1).toLongLong();
    if (m.captured(2) == u"k")
        v *= 1024;
    else if (m.captured(2) == u"m")
        v *= 1024 * 1024;
    return v;
}

// Maps the file rather than reading it: read() copies every byte once more
// from the page cache, which for a 128 MB log costs about as much as wc -l
// spends in all. The page faults of the mapping are counted in our time.
Run countFile(const QString &path, LogCounters *counters)
{
    Run r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    const qint64 size = f.size();
    const uchar *map = size > 0 ? f.map(0, size) : nullptr;
    if (!map) {
        // Not mappable (a pipe, an empty file): read it whole instead.
        const QByteArray all = f.readAll();
        QByteArrayView rest(all);
        while (!rest.isEmpty()) {
            const qsizetype nl = rest.indexOf('\n');
            counters->addLine(nl < 0 ? rest : rest.first(nl));
            rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        }
    } else {
        madvise(const_cast<uchar *>(map), size_t(size), MADV_SEQUENTIAL);
        const char *p = reinterpret_cast<const char *>(map);
        const char *const end = p + size;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl)
                nl = end;
            counters->addLine(QByteArrayView(p, nl - p));
            p = nl + 1;
        }
        f.unmap(const_cast<uchar *>(map));
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("mail log to create (if missing) and read"));
    cli.addOption({ QStringLiteral("lines"), QStringLiteral("lines to generate"), QStringLiteral("n"),
        QStringLiteral("1000000") });
    cli.addOption({ QStringLiteral("rfc3339"), QStringLiteral("RFC 3339 timestamps") });
    cli.addOption({ QStringLiteral("no-pflogsumm"), QStringLiteral("skip pflogsumm") });
    cli.addHelpOption();
    cli.process(app);
    if (cli.positionalArguments().size() != 1)
        cli.showHelp(2);
    const QString path = cli.positionalArguments().constFirst();
    const qint64 lines = cli.value(QStringLiteral("lines")).toLongLong();

    MailLogSynth synth(42, cli.isSet(QStringLiteral("rfc3339")));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        synth.write(&f, lines);
        std::printf("generated %lld lines, %.1f MB in %.2f s: %s\n", qlonglong(synth.totals().lines),
            f.size() / 1e6, t.nsecsElapsed() / 1e9, qPrintable(path));
    }
    const double mb = QFileInfo(path).size() / 1e6;

    // Warm the page cache so every tool reads from memory.
    runTool(QStringLiteral("cat"), { path }, 60000);
    const Run wc = runTool(QStringLiteral("wc"), { QStringLiteral("-l"), path }, 60000);

    LogCounters counters;
    const Run ours = countFile(path, &counters);
    const LogCounters::Totals &t = counters.totals();
    const double n = double(synth.totals().lines);
    // CPU time is the fair figure on a shared machine; wall time is shown too.
    std::printf("\n%-22s %9s %9s %13s %9s\n", "tool", "wall s", "cpu s", "lines/cpu-s", "MB/cpu-s");
    const auto row = [&](const char *name, const Run &r) {
        std::printf("%-22s %9.3f %9.3f %13.0f %9.0f\n", name, r.seconds, r.cpu, n / r.cpu, mb / r.cpu);
    };
    row("wc -l", wc);
    row("mailops LogCounters", ours);

    Run pfl;
    if (!cli.isSet(QStringLiteral("no-pflogsumm"))) {
        pfl = runTool(QStringLiteral("pflogsumm"), { path }, 30 * 60 * 1000);
        if (pfl.seconds > 0)
            row("pflogsumm", pfl);
        else
            std::printf("pflogsumm: not run (missing or timed out)\n");
    }
    std::printf("\nours / wc -l:        %.1fx the CPU time (wall %.1fx)\n", ours.cpu / wc.cpu,
        ours.seconds / wc.seconds);
    if (pfl.seconds > 0)
        std::printf("pflogsumm / ours:    %.1fx faster in CPU time (wall %.1fx)\n", pfl.cpu / ours.cpu,
            pfl.seconds / ours.seconds);

    struct Row
    {
        const char *label;
        qint64 ours;
        qint64 truth;
    };
    const Row rows[] = {
        { "received", t.received, synth.totals().received },
        { "delivered", t.delivered, synth.totals().delivered },
        { "deferred", t.deferredMessages, synth.totals().deferredMessages },
        { "bounced", t.bounced, synth.totals().bounced },
        { "rejected", t.rejected, synth.totals().rejected },
    };
    bool agree = true;
    std::printf("\n%-10s %10s %10s %10s\n", "total", "ours", "pflogsumm", "generated");
    for (const Row &r : rows) {
        const qint64 p = pfl.seconds > 0 ? pflogsummFigure(pfl.out, r.label) : -1;
        std::printf(
            "%-10s %10lld %10lld %10lld\n", r.label, qlonglong(r.ours), qlonglong(p), qlonglong(r.truth));
        agree = agree && r.ours == r.truth && (p < 0 || p == r.ours);
    }
    std::printf("deferrals %lld, unparsed lines %lld\n", qlonglong(t.deferrals), qlonglong(t.unparsed));
    std::printf("%s\n", agree ? "totals agree" : "TOTALS DISAGREE");
    return agree ? 0 : 1;
}
