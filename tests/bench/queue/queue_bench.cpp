// Queue listing benchmark driver: our postqueue -j parser and QueueSummary,
// timed the way queue-bench.sh compares them with postqueue and qshape.
//
//   queue_bench --run PROGRAM [ARG...]   end to end: PROGRAM's output streamed
//                                        through QueueReader (as the console does)
//   queue_bench FILE [--messages N]      parse alone: a saved listing read in
//                                        64 KB chunks, stopping after N messages
//
// Prints one line of key=value figures (times in seconds, peak RSS in KB) and
// the summary's totals, so that the script can check both tools saw the same
// queue. Exit 1 when the listing could not be read or had bad lines.
#include "queue/queueparser.h"
#include "queue/queuereader.h"
#include "queue/queuesummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <sys/resource.h>

using namespace MailOps;

namespace {

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

void report(
    const char *mode, const QueueSummary &s, qint64 badLines, double wall, double cpu, double childCpu)
{
    const QList<QueueSummary::DomainRow> domains = s.domainTable();
    std::printf("mode=%s messages=%lld recipients=%lld deferred=%lld domains=%lld reasons=%lld bad=%lld "
                "wall=%.3f cpu=%.3f child_cpu=%.3f maxrss_kb=%ld\n",
        mode, qlonglong(s.messages()), qlonglong(s.recipients()),
        qlonglong(s.messages(QueueEntry::Queue::Deferred)), qlonglong(domains.size()),
        qlonglong(s.reasonGroups().size()), qlonglong(badLines), wall, cpu, childCpu, peakRssKb());
    // The largest domains, to set beside qshape's rows.
    for (qsizetype i = 0; i < std::min<qsizetype>(3, domains.size()); ++i)
        std::printf("domain %s %lld\n", qPrintable(domains[i].domain), qlonglong(domains[i].total));
}

int runCommand(const QStringList &argv)
{
    QueueReader reader;
    reader.setTimeout(15 * 60 * 1000);
    int status = 1;
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double child0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    QObject::connect(&reader, &QueueReader::finished, [&](const Result<QueueSummary> &result) {
        const double wall = t.nsecsElapsed() / 1e9;
        if (!result) {
            std::fprintf(stderr, "queue_bench: %s\n", qPrintable(result.error().message));
        } else {
            report("run", *result, reader.badLines(), wall, cpuSeconds(RUSAGE_SELF) - cpu0,
                cpuSeconds(RUSAGE_CHILDREN) - child0);
            status = reader.badLines() == 0 ? 0 : 1;
        }
        QCoreApplication::exit(status);
    });
    reader.start(argv.first(), argv.mid(1));
    QCoreApplication::exec();
    return status;
}

int parseFile(const QString &path, qint64 maxMessages)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "queue_bench: cannot read %s\n", qPrintable(path));
        return 1;
    }
    QueueSummary summary;
    qint64 seen = 0;
    QueueParser parser([&](const QueueEntry &e) {
        if (maxMessages <= 0 || seen < maxMessages)
            summary.add(e);
        ++seen;
    });
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        parser.feed(QByteArrayView(chunk.constData(), n));
        if (maxMessages > 0 && seen >= maxMessages)
            break;
    }
    // Stopped early, the rest of the chunk ends in a cut line: not a bad one.
    if (maxMessages <= 0 || seen < maxMessages)
        parser.finish();
    report("parse", summary, parser.badLines(), t.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0, 0);
    return parser.badLines() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.first() == QLatin1String("--run"))
        return runCommand(args.mid(1));
    if (args.size() == 1)
        return parseFile(args.first(), 0);
    if (args.size() == 3 && args.at(1) == QLatin1String("--messages"))
        return parseFile(args.first(), args.at(2).toLongLong());
    std::fprintf(stderr, "usage: queue_bench --run PROGRAM [ARG...] | queue_bench FILE [--messages N]\n");
    return 2;
}
