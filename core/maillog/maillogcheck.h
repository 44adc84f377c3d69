#pragma once

#include "common/pluginoutput.h"
#include "common/result.h"
#include "maillog/maillogevent.h"
#include "maillog/maillogparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <array>
#include <optional>

namespace MailOps {

// `mailops check log`: counts rejects, temporary rejects, bounces and
// deferrals in the last minutes of a mail log, reading only its tail (a
// bounded number of bytes, so a 20 GB log costs what 64 MB do), and renders
// a monitoring-plugin status with perfdata per reject class. A plain value;
// use from one thread. An unreadable log is an Error, which renders as UNKNOWN.
class MailLogCheck final
{
    Q_DECLARE_TR_FUNCTIONS(MailLogCheck)

public:
    enum class EventClass
    {
        Rejects,
        Tempfails,
        Bounces,
        Deferred
    };

    struct Counts
    {
        qint64 rejects = 0; // every reject, temporary ones included
        qint64 tempfails = 0; // rejects with a 4xx reply: the client will retry
        qint64 bounces = 0;
        qint64 deferred = 0; // deliveries deferred
        std::array<qint64, MailLogEvent::RejectClassCount> rejectsByClass {};
        qint64 lines = 0; // read, in and out of the window
        qint64 unparsed = 0;
        qint64 bytesRead = 0;
        bool partial = false; // only the tail of the file was read
        qint64 oldest = 0; // seconds before now of the oldest line read, 0 if none

        qint64 count(EventClass cls) const;
    };

    explicit MailLogCheck(int minutes = 15);

    // The clock; the system clock by default. Year-less syslog stamps are
    // local time: they are compared with `now` in the local time zone.
    void setNow(const QDateTime &now);
    void setMaxTailBytes(qint64 bytes) { m_maxTail = qMax<qint64>(1, bytes); }
    void setMaxLineLength(qsizetype bytes) { m_maxLine = qMax<qsizetype>(64, bytes); }
    int minutes() const { return m_minutes; }

    void addLine(QByteArrayView line);
    // Counts the lines of the last maxTailBytes of the file; the first line,
    // likely cut, is skipped.
    Status readTail(const QString &path);
    const Counts &counts() const { return m_counts; }

    // Thresholds apply to the count of `cls`; a negative one is off. At or
    // above critical: CRITICAL, at or above warning: WARNING.
    PluginOutput render(EventClass cls, qint64 warning, qint64 critical) const;
    static PluginOutput renderError(const QString &reason);

    static std::optional<EventClass> classFromName(QStringView name);
    static QString className(EventClass cls); // "rejects", ...
    // Perfdata labels of the reject classes: "rdns", "dnsbl", ...
    static QString rejectClassLabel(MailLogEvent::RejectClass cls);

private:
    MailLogParser m_parser;
    Counts m_counts;
    int m_minutes = 15;
    qint64 m_nowUtc = 0;
    qint64 m_nowWall = 0; // local wall-clock time counted as if UTC, like MailLogEvent::time
    qint64 m_oldestAge = -1;
    qint64 m_maxTail = 64 * 1024 * 1024;
    qsizetype m_maxLine = 64 * 1024;
};

} // namespace MailOps
