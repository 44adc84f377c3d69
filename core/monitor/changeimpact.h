#pragma once

#include "journal/journalevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace MailOps {

// Whether a counter jumped within minutes of a policy change, said in one
// sentence ("tempfails rose 40x three minutes after v42"). Reads the policy
// events of the journal (apply, rollback, drift, confirm, revert...) as
// marks on a time axis, and per-minute counters (tempfails, rejects) or
// sampled levels (the deferred queue) as points whose x is milliseconds
// since the epoch, as the monitor's charts hold them. Plain values on any
// thread; cannot fail (too little data is no jump).
//
// A jump is attributed to a change when, within WindowMinutes after it (and
// before the next change), a point is at least MinRatio times the baseline
// and at least MinRise above it. The baseline is the mean of the points in
// the BaselineMinutes before the change (at least MinBaselinePoints of them).
// A point that already passes those thresholds in the LeadMinutes before the
// change means the counter was up before it: no jump is attributed then. The
// sentence gives the peak of the window against the baseline, as a ratio
// when the baseline is above zero ("40x") and as "from 0 to 35 a minute"
// when it is zero, and the minutes from the change to the first point that
// passed.
class ChangeImpact final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeImpact)

public:
    static constexpr int BaselineMinutes = 15;
    static constexpr int WindowMinutes = 5;
    static constexpr int LeadMinutes = 3;
    static constexpr double MinRatio = 5.0;
    static constexpr double MinRise = 10.0;
    static constexpr int MinBaselinePoints = 3;

    // What the policy store knows of a version and the journal does not.
    struct VersionFacts
    {
        qint64 parent = 0; // the version it was made from
        qint64 rollbackOf = 0; // for a rollback: the version brought back
    };

    // One policy event of the journal, as a mark on the charts.
    struct Mark
    {
        qint64 eventId = 0;
        qint64 timeMs = 0; // since the epoch
        QString kind; // "policy.apply"
        qint64 version = 0; // the version the event concerns; 0 when it names none
        // The version live before it (what a rollback of the change goes
        // back to); 0 when unknown.
        qint64 previous = 0;
        qint64 rollbackOf = 0; // for "policy.rollback", when known
        QString summary; // the journal's line
        JournalEvent::Severity severity = JournalEvent::Severity::Info;

        // "v42", "rollback to v41", "drift v43", "v42 confirmed",
        // "v42 reverted", "v42 not applied", "v42 failed".
        QString label() const;
        // Put a version on the gateway that was not there before: apply,
        // rollback, drift, revert. Each ends the window of the one before.
        bool changesGateway() const;
        // Can be blamed for a jump and rolled back: apply, rollback, drift.
        bool attributable() const;
    };
    using MarkList = QList<Mark>;

    enum class Unit
    {
        PerMinute, // each point counts one minute starting at x
        Level, // each point is a sample taken at x
    };

    struct Counter
    {
        QString name; // "tempfails", "rejects", "the deferred queue"
        Unit unit = Unit::PerMinute;
        QList<QPointF> points; // oldest first
    };

    struct Jump
    {
        qint64 eventId = 0;
        qint64 version = 0;
        qint64 rollbackTo = 0; // the version before the change; 0 unknown
        QString counter;
        Unit unit = Unit::PerMinute;
        double baseline = 0;
        double peak = 0;
        qint64 onsetMs = 0; // x of the first point that passed
        int minutesAfter = 0;
        QString sentence;
    };

    // The journal's policy events (any order, other kinds ignored) as marks,
    // oldest first, each with the version live before it: from `facts` when
    // it knows the version's parent, else the version the journal last saw
    // put live, else the version numbered one below.
    static MarkList marks(const JournalEventList &events, const QHash<qint64, VersionFacts> &facts = {});

    // The jump `counter` made after marks[index], if any (see the class).
    static std::optional<Jump> jumpAfter(const MarkList &marks, int index, const Counter &counter);
    // At most one jump per mark: of the counters that jumped after it, the
    // one that rose the most above its baseline.
    static QList<Jump> jumps(const MarkList &marks, const QList<Counter> &counters);

    // "tempfails rose 40x three minutes after v42".
    static QString sentence(const Jump &jump);
    // "three minutes after", "a minute after", "within a minute of".
    static QString minutesPhrase(int minutes);
};

} // namespace MailOps
