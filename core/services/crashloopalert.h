#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <chrono>

namespace MailOps {

// A service restarting too often: what a crash-loop banner and a notice need
// to say. Plain data.
struct CrashLoopAlert
{
    QString service;
    int restarts = 0; // since the first restart of the loop, not just in the window
    int threshold = 0;
    std::chrono::seconds window { 0 };
    QDateTime firstRestart;
    QDateTime lastRestart;
    QDateTime raisedAt;
    QString state; // the service's state at the last sample
    int lastExitStatus = 0;
    QString lastMessage; // spawn error or systemd result
    QStringList logLines; // the service's last log lines, when the caller supplied them

    // "filterhub restarted 4 times in 2 min (threshold 3 in 5 min), last exit status 70"
    QString summary() const;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::CrashLoopAlert)
