#include "changeimpact.h"

#include <algorithm>

namespace MailOps {

namespace {

constexpr qint64 MinuteMs = 60000;

const QString Apply = QStringLiteral("policy.apply");
const QString Rollback = QStringLiteral("policy.rollback");
const QString Drift = QStringLiteral("policy.drift");
const QString Confirm = QStringLiteral("policy.confirm");
const QString Revert = QStringLiteral("policy.revert");
const QString Invalid = QStringLiteral("policy.invalid");
const QString Failed = QStringLiteral("policy.failed");

QString versionLabel(qint64 number)
{
    return QStringLiteral("v%1").arg(number);
}

qint64 versionOf(const JournalEvent &event)
{
    static const QLatin1String prefix("version:");
    if (!event.subject.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 n = event.subject.mid(prefix.size()).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

bool passes(double value, double baseline)
{
    return value >= baseline + ChangeImpact::MinRise && value >= ChangeImpact::MinRatio * baseline;
}

} // namespace

QString ChangeImpact::Mark::label() const
{
    const QString v = versionLabel(version);
    if (version <= 0)
        return kind.section(QLatin1Char('.'), 1);
    if (kind == Apply)
        return v;
    if (kind == Rollback)
        return rollbackOf > 0 ? tr("rollback to %1").arg(versionLabel(rollbackOf))
                              : tr("%1 (rollback)").arg(v);
    if (kind == Drift)
        return tr("drift %1").arg(v);
    if (kind == Confirm)
        return tr("%1 confirmed").arg(v);
    if (kind == Revert)
        return tr("%1 reverted").arg(v);
    if (kind == Invalid)
        return tr("%1 not applied").arg(v);
    if (kind == Failed)
        return tr("%1 failed").arg(v);
    return QStringLiteral("%1 %2").arg(v, kind.section(QLatin1Char('.'), 1));
}

bool ChangeImpact::Mark::changesGateway() const
{
    return attributable() || kind == Revert;
}

bool ChangeImpact::Mark::attributable() const
{
    return version > 0 && (kind == Apply || kind == Rollback || kind == Drift);
}

ChangeImpact::MarkList ChangeImpact::marks(
    const JournalEventList &events, const QHash<qint64, VersionFacts> &facts)
{
    JournalEventList policy;
    for (const JournalEvent &e : events) {
        if (e.module() == QLatin1String("policy") && e.time.isValid())
            policy << e;
    }
    std::sort(policy.begin(), policy.end(), [](const JournalEvent &a, const JournalEvent &b) {
        return a.time != b.time ? a.time < b.time : a.id < b.id;
    });

    MarkList out;
    out.reserve(policy.size());
    qint64 live = 0; // as far as the journal tells
    QHash<qint64, qint64> liveBefore; // version -> what was live when it went live
    for (const JournalEvent &e : std::as_const(policy)) {
        Mark m;
        m.eventId = e.id;
        m.timeMs = e.time.toMSecsSinceEpoch();
        m.kind = e.kind;
        m.version = versionOf(e);
        m.summary = e.summary;
        m.severity = e.severity;
        const VersionFacts f = facts.value(m.version);
        m.rollbackOf = f.rollbackOf;
        if (m.version > 0) {
            if (f.parent > 0)
                m.previous = f.parent;
            else if (liveBefore.contains(m.version) && m.kind != Apply && m.kind != Rollback
                && m.kind != Drift)
                m.previous = liveBefore.value(m.version);
            else if (live > 0 && live != m.version)
                m.previous = live;
            else if (m.version > 1)
                // The journal may start after the store did: versions of a
                // profile are numbered one by one.
                m.previous = m.version - 1;
        }
        if (m.attributable()) {
            liveBefore.insert(m.version, m.previous);
            live = m.version;
        } else if (m.kind == Revert) {
            live = m.previous;
        } else if (m.kind == Confirm && m.version > 0) {
            live = m.version;
        }
        out << m;
    }
    return out;
}

std::optional<ChangeImpact::Jump> ChangeImpact::jumpAfter(
    const MarkList &marks, int index, const Counter &counter)
{
    if (index < 0 || index >= marks.size() || !marks[index].attributable())
        return std::nullopt;
    const Mark &m = marks[index];
    const qint64 t = m.timeMs;
    qint64 end = t + WindowMinutes * MinuteMs;
    for (int j = index + 1; j < marks.size(); ++j) {
        if (marks[j].changesGateway()) {
            // What rises after the next change is that change's.
            end = qMin(end, marks[j].timeMs);
            break;
        }
    }
    // A minute is before the change only when it ended by then.
    const qint64 span = counter.unit == Unit::PerMinute ? MinuteMs : 0;

    double sum = 0;
    int n = 0;
    for (const QPointF &p : counter.points) {
        const qint64 x = qint64(p.x());
        if (x + span <= t && x >= t - BaselineMinutes * MinuteMs) {
            sum += p.y();
            ++n;
        }
    }
    if (n < MinBaselinePoints)
        return std::nullopt;
    const double baseline = sum / n;

    std::optional<qint64> onset;
    double peak = 0;
    for (const QPointF &p : counter.points) {
        const qint64 x = qint64(p.x());
        if (x + span <= t) {
            // Already up before the change: not the change's doing.
            if (x + span > t - LeadMinutes * MinuteMs && passes(p.y(), baseline))
                return std::nullopt;
            continue;
        }
        if (x >= end)
            break;
        if (!onset && passes(p.y(), baseline))
            onset = x;
        if (onset)
            peak = qMax(peak, p.y());
    }
    if (!onset)
        return std::nullopt;

    Jump j;
    j.eventId = m.eventId;
    j.version = m.version;
    j.rollbackTo = m.previous;
    j.counter = counter.name;
    j.unit = counter.unit;
    j.baseline = baseline;
    j.peak = peak;
    j.onsetMs = *onset;
    j.minutesAfter = int(qMax<qint64>(0, qRound64(double(*onset - t) / MinuteMs)));
    j.sentence = sentence(j);
    return j;
}

QList<ChangeImpact::Jump> ChangeImpact::jumps(const MarkList &marks, const QList<Counter> &counters)
{
    QList<Jump> out;
    for (int i = 0; i < marks.size(); ++i) {
        std::optional<Jump> best;
        for (const Counter &c : counters) {
            const std::optional<Jump> j = jumpAfter(marks, i, c);
            if (j && (!best || j->peak - j->baseline > best->peak - best->baseline))
                best = j;
        }
        if (best)
            out << *best;
    }
    return out;
}

QString ChangeImpact::sentence(const Jump &jump)
{
    const QString when = minutesPhrase(jump.minutesAfter);
    const QString v = versionLabel(jump.version);
    const QString peak = QString::number(qRound64(jump.peak));
    if (jump.baseline > 0) {
        return tr("%1 rose %2x %3 %4")
            .arg(jump.counter, QString::number(qRound64(jump.peak / jump.baseline)), when, v);
    }
    if (jump.unit == Unit::PerMinute)
        return tr("%1 rose from 0 to %2 a minute %3 %4").arg(jump.counter, peak, when, v);
    return tr("%1 rose from 0 to %2 %3 %4").arg(jump.counter, peak, when, v);
}

QString ChangeImpact::minutesPhrase(int minutes)
{
    if (minutes <= 0)
        return tr("within a minute of");
    if (minutes == 1)
        return tr("a minute after");
    const QStringList words { tr("two"), tr("three"), tr("four"), tr("five"), tr("six"), tr("seven"),
        tr("eight"), tr("nine"), tr("ten") };
    const QString count = minutes - 2 < words.size() ? words[minutes - 2] : QString::number(minutes);
    return tr("%1 minutes after").arg(count);
}

} // namespace MailOps
