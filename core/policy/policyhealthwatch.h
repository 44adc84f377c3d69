#pragma once

#include "common/boundedlinesplitter.h"
#include "maillog/maillogparser.h"
#include "policy/policyhealthcheck.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace MailOps {

// Whether a policy change visibly hurts mail while its confirm window runs:
// the tempfail and reject rate in the mail log since the change against the
// hour before it, the deferred queue's growth, and a probe as a client the
// new rule should accept. Fed the log in chunks as it grows; judge() says
// "hurt" with one sentence ("tempfails rose from 2 to 180 a minute after
// v42") when the window should end early with a revert. A plain value.
class PolicyHealthWatch final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyHealthWatch)

public:
    struct Thresholds
    {
        // A rate hurts when it is at least `factor` times the hour before,
        // `minRisePerMinute` above it, and `minEvents` lines back it: a
        // quiet gateway's three tempfails are not a storm.
        double factor = 5.0;
        double minRisePerMinute = 5.0;
        int minEvents = 10;
        // Deferred mail that grew by this many messages and by half.
        int deferredRise = 20;
    };

    struct Rate
    {
        qint64 events = 0;
        double minutes = 0;
        double perMinute() const { return minutes > 0 ? events / minutes : 0; }
    };

    struct Verdict
    {
        bool hurt = false;
        QString key; // "tempfails", "rejects", "deferred", "probe"
        QString sentence; // empty unless hurt
    };

    explicit PolicyHealthWatch(qint64 version = 0);
    PolicyHealthWatch(qint64 version, Thresholds thresholds);

    // The log up to the change: its last hour is the baseline. `deferred` is
    // the deferred queue's size then; -1: unknown.
    void setBaseline(QByteArrayView logBefore, qint64 deferred);
    // More of the log since the change, in any chunks.
    void feed(QByteArrayView logAfter);

    Rate tempfailsBefore() const { return m_before[0]; }
    Rate rejectsBefore() const { return m_before[1]; }
    Rate tempfailsAfter() const { return after(0); }
    Rate rejectsAfter() const { return after(1); }

    // `deferredNow` -1: unknown; `probe` null: none was run.
    Verdict judge(qint64 deferredNow = -1, const PolicyHealthCheck::Report *probe = nullptr) const;

private:
    template<typename OnEvent>
    void scan(QByteArrayView bytes, BoundedLineSplitter &lines, bool last, OnEvent &&onEvent);
    Rate after(int which) const;
    std::optional<Verdict> judgeRate(int which) const;

    qint64 m_version;
    Thresholds m_thresholds;
    MailLogParser m_parser;
    BoundedLineSplitter m_lines { 64 * 1024, BoundedLineSplitter::TooLong::KeepHead };
    Rate m_before[2];
    qint64 m_afterEvents[2] = { 0, 0 };
    qint64 m_firstAfter = 0; // log time of the first line since the change
    qint64 m_lastAfter = 0;
    qint64 m_deferredBefore = -1;
};

} // namespace MailOps
