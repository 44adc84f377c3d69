#pragma once

#include "common/boundedlinesplitter.h"
#include "common/error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QObject>
#include <QTimer>

namespace MailOps {

// Follows a growing mail log like `tail -F`: reads appended data on a timer,
// keeps a partial last line until it is completed, notices rotation (a new
// inode at the path) and truncation (the file shrank) and carries on with the
// new file. Lines are capped in length (the excess is dropped and counted) so
// binary junk cannot grow memory. Lives on the thread that created it; reads
// at most a bounded amount per tick so a huge backlog never stalls that
// thread's event loop. Failures (missing file, permission) are reported and
// retried on the next tick.
class MailLogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailLogFollower)

public:
    struct Stats
    {
        qint64 bytesRead = 0;
        qint64 lines = 0;
        qint64 cutLines = 0; // longer than the cap; delivered truncated
        qint64 rotations = 0;
        qint64 truncations = 0;
    };

    explicit MailLogFollower(QObject *parent = nullptr);
    ~MailLogFollower() override;

    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    void setPollInterval(int ms) { m_timer.setInterval(ms); }
    void setMaxLineLength(qsizetype bytes) { m_splitter.setMaxLineLength(bytes); }
    void setMaxBytesPerPoll(qint64 bytes) { m_maxPerPoll = bytes; }
    // true: skip what the file already holds (the default for monitoring);
    // false: read it from the beginning.
    void setStartAtEnd(bool atEnd) { m_startAtEnd = atEnd; }

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Reads what is there now (bounded); start() calls it on every tick.
    void poll();

    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    // Complete lines, without their newline, oldest first.
    void linesRead(const QList<QByteArray> &lines);
    void rotated();
    void truncated();
    void errorOccurred(const MailOps::Error &error);

private:
    bool openCurrent(bool atEnd);
    void readAvailable(QList<QByteArray> &lines, qint64 budget, bool *more);
    void split(QByteArrayView data, QList<QByteArray> &lines);
    void flushPartial(QList<QByteArray> &lines);

    QString m_path;
    QFile m_file;
    QTimer m_timer;
    BoundedLineSplitter m_splitter { 64 * 1024, BoundedLineSplitter::TooLong::KeepHead };
    bool m_startAtEnd = true;
    bool m_reportedError = false;
    qint64 m_maxPerPoll = 8 * 1024 * 1024;
    quint64 m_inode = 0;
    quint64 m_device = 0;
    qint64 m_pos = 0;
    Stats m_stats;
};

} // namespace MailOps
