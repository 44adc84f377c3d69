#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace MailOps {

// What supervisord's own log (supervisor.readLog) says happened to its
// processes: spawns, exits, stops and give-ups, in order. supervisord keeps
// no restart counter, so this is the only record of a crash loop that began
// before the console was watching. Timestamps are read as written (the
// gateway's wall clock, no zone) into UTC-spec QDateTimes; the caller places
// them on its own clock. Lines that are not events (or are garbage) are
// skipped. Plain functions, cannot fail.
class SupervisordLog final
{
public:
    struct Event
    {
        enum class Kind
        {
            Spawned,
            Exited, // ended on its own: a respawn after it is a restart
            Stopped, // stopped on request
            GaveUp, // entered FATAL
        };
        QDateTime at;
        Kind kind = Kind::Spawned;
        QString process;
        qint64 pid = 0; // Spawned only
        bool expected = false; // Exited only
    };

    static QList<Event> parse(QStringView text);
    // When `process` was started again after it had exited on its own, the
    // oldest first: the restarts a restart counter would have counted.
    static QList<QDateTime> restarts(const QList<Event> &events, const QString &process);
    // The log's time of the spawn of `process` with `pid`, invalid when the
    // log does not have it: the anchor that puts the log on the caller's clock.
    static QDateTime spawnedAt(const QList<Event> &events, const QString &process, qint64 pid);
};

} // namespace MailOps
