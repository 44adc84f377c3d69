// libFuzzer's driver for a fuzz target (see fuzztarget.h). Like the bounded
// driver, it creates the QCoreApplication first, so code that needs one
// (translations, timers, QProcess environment) behaves the same under both.
//
// MAILOPS_FUZZ_DUMP_SEEDS=DIR writes the target's built-in seeds into DIR
// (one file each) and exits: tests/fuzz/run-libfuzzer uses it to start a
// corpus from the same seeds the CTest run uses.
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    const QByteArray dump = qgetenv("MAILOPS_FUZZ_DUMP_SEEDS");
    if (!dump.isEmpty()) {
        const QDir dir(QString::fromLocal8Bit(dump));
        int n = 0;
        for (const QByteArray &seed : fuzzSeeds()) {
            QFile f(dir.filePath(QStringLiteral("seed-%1").arg(++n, 4, 10, QLatin1Char('0'))));
            if (!f.open(QIODevice::WriteOnly) || f.write(seed) != seed.size()) {
                std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(f.fileName()));
                std::exit(1);
            }
        }
        std::printf("fuzz: %d seeds written to %s\n", n, dump.constData());
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzOne(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
