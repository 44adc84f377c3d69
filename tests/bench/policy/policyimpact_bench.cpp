// The impact preview of the second story's rule (tempfail clients without
// reverse DNS) over a generated Postfix log, beside pflogsumm on the same file.
// Usage: policyimpact_bench [--lines N] [--hours H] [--generate-only] [--no-pflogsumm] FILE
// Generates FILE when it is missing; --generate-only stops there, so the
// measuring run's peak memory is the preview's own.
#include "maillogsynth.h"
#include "policy/policyimpactpreview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
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

PolicySnapshot policy(const QByteArray &extra)
{
    PolicySnapshot s;
    s.setConfigDir(QStringLiteral("/etc/postfix"));
    // The generator's domains are relayed, its own is local: the current
    // policy accepts what the log shows accepted.
    s.setFile(PolicySnapshot::MainCf,
        "myhostname = gw.example\n"
        "mydestination = $myhostname, localhost\n"
        "relay_domains = example.com, example.net, example.org, mail.example, partner.example,\n"
        "  customer.example, bigisp.example, university.example\n"
        "mynetworks = 127.0.0.0/8\n"
        "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n"
            + extra);
    return s;
}

// The truth to check against: one client= line per accepted session.
qint64 acceptedWithoutPtr(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.contains("postfix/smtpd[") && line.contains(": client=unknown["))
            ++n;
    }
    return n;
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
    cli.addOption({ QStringLiteral("hours"), QStringLiteral("hours to replay, 0: all"), QStringLiteral("h"),
        QStringLiteral("0") });
    cli.addOption({ QStringLiteral("generate-only"), QStringLiteral("write the log and stop") });
    cli.addOption({ QStringLiteral("no-pflogsumm"), QStringLiteral("skip pflogsumm") });
    cli.addHelpOption();
    cli.process(app);
    if (cli.positionalArguments().size() != 1)
        cli.showHelp(2);
    const QString path = cli.positionalArguments().constFirst();

    if (!QFileInfo::exists(path)) {
        MailLogSynth synth(42);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        synth.write(&f, cli.value(QStringLiteral("lines")).toLongLong());
        std::printf("generated %lld lines, %.1f MB: %s\n", qlonglong(synth.totals().lines), f.size() / 1e6,
            qPrintable(path));
    }
    if (cli.isSet(QStringLiteral("generate-only")))
        return 0;

    // From the page cache, as for every tool compared.
    {
        QFile warm(path);
        if (warm.open(QIODevice::ReadOnly))
            while (!warm.read(1 << 22).isEmpty()) { }
    }
    const long rssBefore = peakRssKb();
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    PolicyImpactPreview::Options options;
    options.hours = cli.value(QStringLiteral("hours")).toInt();
    options.referenceDate = QDate(2025, 12, 31);
    const PolicySnapshot current = policy({});
    const PolicySnapshot proposed
        = policy("smtpd_client_restrictions = permit_mynetworks, "
                 "reject_unknown_client_hostname\nunknown_client_reject_code = 450\n");
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    const Result<PolicyImpactPreview::Report> run
        = PolicyImpactPreview::run(&log, current, proposed, options);
    const double wall = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (!run) {
        std::fprintf(stderr, "preview failed: %s\n", qPrintable(run.error().message));
        return 1;
    }
    const PolicyImpactPreview::Report &r = *run;
    std::printf("\n%lld lines, %.1f MB, %lld sessions (%lld accepted, %lld refused)\n", qlonglong(r.lines),
        log.size() / 1e6, qlonglong(r.connections), qlonglong(r.accepted), qlonglong(r.refused));
    std::printf("proposal: %s\n", qPrintable(r.summary()));
    std::printf("undecided %lld, current policy disagrees with the log on %lld\n", qlonglong(r.undecided),
        qlonglong(r.currentDisagrees));
    std::printf("\n%-24s %9s %9s %13s\n", "tool", "wall s", "cpu s", "lines/cpu-s");
    std::printf("%-24s %9.3f %9.3f %13.0f\n", "mailops impact preview", wall, cpu, double(r.lines) / cpu);
    std::printf("peak RSS: %ld KB (%ld KB before the preview)\n", peakRssKb(), rssBefore);

    bool ok = true;
    const qint64 truth = options.hours == 0 ? acceptedWithoutPtr(path) : -1;
    if (truth >= 0) {
        std::printf("accepted sessions without PTR in the log: %lld, tempfailed by the proposal: %lld: %s\n",
            qlonglong(truth), qlonglong(r.wouldTempfail), truth == r.wouldTempfail ? "agree" : "DISAGREE");
        ok = truth == r.wouldTempfail && r.wouldReject == 0;
    }

    if (!cli.isSet(QStringLiteral("no-pflogsumm"))) {
        const QString pflogsumm = QStandardPaths::findExecutable(QStringLiteral("pflogsumm"));
        if (pflogsumm.isEmpty()) {
            std::printf("pflogsumm: not installed\n");
        } else {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            const double c0 = cpuSeconds(RUSAGE_CHILDREN);
            QElapsedTimer t;
            t.start();
            p.start(pflogsumm, { path });
            if (p.waitForFinished(30 * 60 * 1000)) {
                const double pw = t.nsecsElapsed() / 1e9;
                const double pc = cpuSeconds(RUSAGE_CHILDREN) - c0;
                std::printf("%-24s %9.3f %9.3f %13.0f\n", "pflogsumm", pw, pc, double(r.lines) / pc);
                std::printf("pflogsumm / preview: %.1fx the CPU time (wall %.1fx)\n", pc / cpu, pw / wall);
            } else {
                p.kill();
                p.waitForFinished();
                std::printf("pflogsumm: timed out\n");
            }
        }
    }
    return ok ? 0 : 1;
}
