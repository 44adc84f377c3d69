#pragma once

#include <QByteArray>
#include <QList>

// A fuzz target is one .cpp that defines these two functions. The same file
// builds into a bounded-time CTest (fuzzmain.cpp: seeds, then seeded random
// mutations of them) and, with clang and -DMAILOPS_LIBFUZZER=ON, into a
// libFuzzer binary (fuzzmain_libfuzzer.cpp) for long unattended runs.
//
// fuzzOne must return normally for every input: a crash, an assertion, a
// sanitizer report or a hang (CTest's timeout) is a finding.
void fuzzOne(const QByteArray &data);
QList<QByteArray> fuzzSeeds();
