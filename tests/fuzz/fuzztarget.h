#pragma once

#include <QByteArray>
#include <QList>
#include <cstdio>
#include <cstdlib>

// A fuzz target is one .cpp that defines these two functions. The same file
// builds into a bounded-time CTest (fuzzmain.cpp: seeds, then seeded random
// mutations of them) and, with clang and -DMAILOPS_LIBFUZZER=ON, into a
// libFuzzer binary (fuzzmain_libfuzzer.cpp) for long unattended runs.
//
// fuzzOne must return normally for every input: a crash, an assertion, a
// sanitizer report or a hang (CTest's timeout) is a finding.
void fuzzOne(const QByteArray &data);
QList<QByteArray> fuzzSeeds();

// An invariant a target checks: always on, in every build type (Q_ASSERT is
// compiled out of release-like builds, where a fuzzer would then find nothing).
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
