// Bounded mutation fuzzing for CTest. Runs every seed, then mutations of the
// seeds for MAILOPS_FUZZ_SECONDS (default 5) seconds. MAILOPS_FUZZ_SEED makes
// a run repeatable; the seed used is printed so a finding can be replayed.
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

namespace {

const char *const kDictionary[] = {
    "\r\n",
    "\n",
    "\r",
    "\0",
    " ",
    "\t",
    ":",
    ";",
    "=",
    "-",
    "--",
    "\"",
    "\\",
    "%",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ".",
    "..",
    "/",
    "@",
    "+",
    "?",
    "~",
    "0",
    "-1",
    "65536",
    "4294967296",
    "999999999999999999999",
    "\xff",
    "\xc3\xa9",
    "\xe2\x80\x8b",
    "=?utf-8?b?",
    "base64",
    "quoted-printable",
    "boundary=",
    "250-",
    "250 ",
    "220 ",
    "550 ",
    "v=spf1",
    "include:",
    "redirect=",
    "exp=",
    "%{i}",
    "%{d5r}",
    "ip4:",
    "ip6:",
    "all",
};

QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    const int steps = 1 + int(rng.bounded(8));
    for (int s = 0; s < steps; ++s) {
        const int pos = in.isEmpty() ? 0 : int(rng.bounded(quint32(in.size())));
        switch (rng.bounded(9)) {
        case 0: // flip a bit
            if (!in.isEmpty())
                in[pos] = char(in.at(pos) ^ (1 << rng.bounded(8)));
            break;
        case 1: // random byte
            if (!in.isEmpty())
                in[pos] = char(rng.bounded(256));
            break;
        case 2: // delete a run
            in.remove(pos, 1 + int(rng.bounded(16)));
            break;
        case 3: { // duplicate a run
            const QByteArray run = in.mid(pos, 1 + int(rng.bounded(64)));
            in.insert(pos, run);
            break;
        }
        case 4: { // dictionary token
            const char *tok = kDictionary[rng.bounded(int(std::size(kDictionary)))];
            in.insert(pos, QByteArray(tok, tok[0] ? int(qstrlen(tok)) : 1));
            break;
        }
        case 5: // truncate
            in.truncate(pos);
            break;
        case 6: { // repeat a run many times (length and nesting bombs)
            const QByteArray run = in.mid(pos, 1 + int(rng.bounded(8)));
            in.insert(pos, run.repeated(1 + int(rng.bounded(512))));
            break;
        }
        case 7: // insert a random byte
            in.insert(pos, char(rng.bounded(256)));
            break;
        default: { // swap two runs
            const int other = in.isEmpty() ? 0 : int(rng.bounded(quint32(in.size())));
            const int len = 1 + int(rng.bounded(16));
            const QByteArray a = in.mid(pos, len);
            const QByteArray b = in.mid(other, len);
            in.replace(pos, a.size(), b);
            break;
        }
        }
    }
    // Keep inputs bounded so a run explores variety rather than size.
    if (in.size() > (1 << 20))
        in.truncate(1 << 20);
    return in;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = qEnvironmentVariableIsSet("MAILOPS_FUZZ_SECONDS")
        ? qEnvironmentVariableIntValue("MAILOPS_FUZZ_SECONDS")
        : 5;
    const quint32 seed = qEnvironmentVariableIsSet("MAILOPS_FUZZ_SEED")
        ? quint32(qEnvironmentVariableIntValue("MAILOPS_FUZZ_SEED"))
        : quint32(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator rng(seed);

    // Extra inputs given on the command line (a finding to replay) run first.
    QList<QByteArray> corpus = fuzzSeeds();
    for (int i = 1; i < argc; ++i) {
        QFile f(QString::fromLocal8Bit(argv[i]));
        if (f.open(QIODevice::ReadOnly))
            corpus.prepend(f.readAll());
    }
    if (corpus.isEmpty())
        corpus << QByteArray();

    qint64 runs = 0;
    for (const QByteArray &input : std::as_const(corpus)) {
        fuzzOne(input);
        ++runs;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(seconds) * 1000) {
        const QByteArray &base = corpus.at(int(rng.bounded(quint32(corpus.size()))));
        fuzzOne(mutate(base, rng));
        ++runs;
    }
    std::printf("fuzz: %lld inputs in %.1f s, seed %u, no crash\n", static_cast<long long>(runs),
        timer.elapsed() / 1000.0, seed);
    return 0;
}
