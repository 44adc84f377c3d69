// MessageLinter throughput on a generated spool of messages (clean and
// malformed, small and large), one file per message as in a queue dump.
// Usage: linter_bench [--count N] DIR
#include "message/messagelinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace MailOps;

namespace {

QByteArray makeMessage(std::mt19937 &rng, int i)
{
    QByteArray m;
    m += "Received: from mx" + QByteArray::number(i % 50) + ".example.net (mx.example.net [192.0.2."
        + QByteArray::number(i % 250) + "])\n\tby gw.example (Postfix) with ESMTP id "
        + QByteArray::number(i, 16).toUpper()
        + "\n\tfor <user@gw.example>; Mon, 23 Nov 2026 09:12:01 +0000 (UTC)\n";
    if (i % 17 != 0)
        m += "From: Sender " + QByteArray::number(i) + " <sender" + QByteArray::number(i) + "@example.net>\n";
    if (i % 23 != 0)
        m += "Date: Mon, 23 Nov 2026 09:12:01 +0000\n";
    m += "To: user@gw.example\nSubject: Report " + QByteArray::number(i) + "\nMessage-ID: <"
        + QByteArray::number(i) + "@example.net>\nMIME-Version: 1.0\n";
    const int kind = int(rng() % 4);
    if (kind == 0) {
        m += "Content-Type: text/plain; charset=utf-8\n\n";
        for (int l = 0; l < 20 + int(rng() % 200); ++l)
            m += "The quick brown fox jumps over the lazy dog, line " + QByteArray::number(l) + ".\n";
    } else {
        m += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\npreamble\n--b"
            + QByteArray::number(i)
            + "\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nHello "
              "=C3=A9t=C3=A9 and soft=\nbreak\n--b"
            + QByteArray::number(i)
            + "\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n";
        QByteArray raw(int(2000 + rng() % (kind == 3 ? 150000 : 20000)), Qt::Uninitialized);
        for (char &c : raw)
            c = char(rng());
        const QByteArray b64 = raw.toBase64();
        for (qsizetype p = 0; p < b64.size(); p += 76)
            m += b64.mid(p, 76) + '\n';
        if (i % 29 != 0)
            m += "--b" + QByteArray::number(i) + "--\n";
    }
    return m;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("spool directory to create and read"));
    cli.addOption({ QStringLiteral("count"), QStringLiteral("messages"), QStringLiteral("n"),
        QStringLiteral("10000") });
    cli.addHelpOption();
    cli.process(app);
    if (cli.positionalArguments().size() != 1)
        cli.showHelp(2);
    QDir dir(cli.positionalArguments().constFirst());
    dir.mkpath(QStringLiteral("."));
    const int count = cli.value(QStringLiteral("count")).toInt();
    std::mt19937 rng(7);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QFile f(dir.filePath(QStringLiteral("%1.eml").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        const QByteArray m = makeMessage(rng, i);
        f.write(m);
        bytes += m.size();
    }
    std::printf("spool: %d messages, %.1f MB in %s\n", count, bytes / 1e6, qPrintable(dir.path()));

    const QStringList files = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    qint64 withDefects = 0;
    qint64 read = 0;
    for (const QString &name : files) {
        const auto r = MessageLinter::lintFile(dir.filePath(name));
        if (!r.ok())
            return 1;
        read += r->bytes;
        withDefects += r->hasErrors() ? 1 : 0;
    }
    const double s = t.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    std::printf("linted %lld files, %.1f MB: wall %.3f s, cpu %.3f s: %.0f MB/cpu-s (%.0f MB/s wall), %.0f "
                "messages/cpu-s; %lld with errors\n",
        qlonglong(files.size()), read / 1e6, s, cpu, read / 1e6 / cpu, read / 1e6 / s, files.size() / cpu,
        qlonglong(withDefects));

    // One big message: a 50 MB header line.
    QByteArray big = "Subject: " + QByteArray(50 * 1024 * 1024, 'x') + "\nFrom: a@b\nDate: x\n\nbody\n";
    const double bcpu0 = cpuSeconds();
    const LintReport r = MessageLinter::lint(big);
    const double bs = cpuSeconds() - bcpu0;
    std::printf("50 MB header line: cpu %.3f s (%.0f MB/cpu-s), %lld defects\n", bs, big.size() / 1e6 / bs,
        qlonglong(r.defects.size()));
    return 0;
}
