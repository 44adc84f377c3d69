#include "queuealertpolicy.h"

#include "common/logging.h"

#include <QSettings>
#include <algorithm>

namespace MailOps {

namespace {

// A sample every second for the longest window is far below this; faster
// feeds lose window coverage instead of growing memory.
constexpr size_t kMaxWindowSamples = 20000;
constexpr qint64 kMaxCount = 1000000000;
constexpr int kMaxWindowMinutes = 120;
constexpr int kMaxClearSamples = 10000;

using Level = QueueAlertPolicy::Level;

Level lower(Level level)
{
    return level == Level::Critical ? Level::Warning : Level::None;
}

} // namespace

QString QueueAlertPolicy::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Total:
        return QStringLiteral("total");
    case Rule::Deferred:
        return QStringLiteral("deferred");
    case Rule::Hold:
        return QStringLiteral("hold");
    case Rule::DeferredGrowth:
        return QStringLiteral("deferred-growth");
    }
    return QStringLiteral("total");
}

QString QueueAlertPolicy::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return QStringLiteral("ok");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("ok");
}

qint64 QueueAlertPolicy::warningOf(Rule rule) const
{
    switch (rule) {
    case Rule::Total:
        return m_settings.totalWarning;
    case Rule::Deferred:
        return m_settings.deferredWarning;
    case Rule::Hold:
        return m_settings.holdWarning;
    case Rule::DeferredGrowth:
        return m_settings.growthWarning;
    }
    return 0;
}

qint64 QueueAlertPolicy::criticalOf(Rule rule) const
{
    switch (rule) {
    case Rule::Total:
        return m_settings.totalCritical;
    case Rule::Deferred:
        return m_settings.deferredCritical;
    case Rule::Hold:
        return m_settings.holdCritical;
    case Rule::DeferredGrowth:
        return m_settings.growthCritical;
    }
    return 0;
}

void QueueAlertPolicy::reset()
{
    m_rules = {};
    m_window.clear();
    m_last = QDateTime();
    m_grown = 0;
    m_spanSecs = 0;
}

QString QueueAlertPolicy::describe(Rule rule, qint64 value) const
{
    switch (rule) {
    case Rule::Total:
        return tr("The queue holds %1 messages").arg(value);
    case Rule::Deferred:
        return tr("The deferred queue holds %1 messages").arg(value);
    case Rule::Hold:
        return tr("The hold queue holds %1 messages").arg(value);
    case Rule::DeferredGrowth:
        return tr("Deferred queue grew by %1 messages in %2 min (%3/min)")
            .arg(m_grown)
            .arg((m_spanSecs + 30) / 60)
            .arg(value);
    }
    return QString();
}

bool QueueAlertPolicy::growthRate(
    const QueueDepthSample &sample, qint64 *grown, qint64 *perMinute, qint64 *spanSecs) const
{
    if (m_window.size() < 2)
        return false;
    const qint64 window = qint64(qBound(1, m_settings.growthWindowMinutes, kMaxWindowMinutes)) * 60;
    const qint64 span = m_window.front().first.secsTo(sample.at);
    // Sampling jitter leaves a window a little short; a gap in the samples
    // leaves it far too long to speak of "the last 5 minutes".
    if (span < window * 9 / 10 || span > window * 2)
        return false;
    *grown = sample.count(QueueEntry::Queue::Deferred) - m_window.front().second;
    // In double: a count from a confused source must not overflow.
    *perMinute = qint64(qBound(-1e15, double(*grown) * 60.0 / double(span), 1e15));
    *spanSecs = span;
    return true;
}

QList<QueueAlertPolicy::Transition> QueueAlertPolicy::evaluate(const QueueDepthSample &sample)
{
    QList<Transition> out;
    if (!sample.at.isValid() || (m_last.isValid() && sample.at <= m_last))
        return out;
    m_last = sample.at;

    judge(Rule::Total, sample.total, sample.at, out);
    judge(Rule::Deferred, sample.count(QueueEntry::Queue::Deferred), sample.at, out);
    judge(Rule::Hold, sample.count(QueueEntry::Queue::Hold), sample.at, out);

    const qint64 window = qint64(qBound(1, m_settings.growthWindowMinutes, kMaxWindowMinutes)) * 60;
    m_window.emplace_back(sample.at, sample.count(QueueEntry::Queue::Deferred));
    // Keep one sample at or before the window's start as its anchor.
    while (m_window.size() > 2 && m_window[1].first.secsTo(sample.at) >= window)
        m_window.pop_front();
    while (m_window.size() > kMaxWindowSamples)
        m_window.pop_front();
    qint64 grown = 0, perMinute = 0, span = 0;
    if (growthRate(sample, &grown, &perMinute, &span)) {
        m_grown = grown;
        m_spanSecs = span;
        judge(Rule::DeferredGrowth, perMinute, sample.at, out);
    }
    return out;
}

void QueueAlertPolicy::judge(Rule rule, qint64 value, const QDateTime &at, QList<Transition> &out)
{
    RuleState &state = m_rules[size_t(rule)];
    state.value = value;
    const qint64 warning = warningOf(rule);
    const qint64 critical = criticalOf(rule);
    auto thresholdOf = [&](Level level) {
        return level == Level::Critical ? critical : level == Level::Warning ? warning : 0;
    };
    Level target = Level::None;
    if (critical > 0 && value >= critical)
        target = Level::Critical;
    else if (warning > 0 && value >= warning)
        target = Level::Warning;

    // Built only for a transition: most samples change nothing.
    auto subjectOf = [rule] {
        switch (rule) {
        case Rule::Total:
            return tr("Mail queue");
        case Rule::Deferred:
            return tr("Deferred queue");
        case Rule::Hold:
            return tr("Hold queue");
        case Rule::DeferredGrowth:
            return tr("Deferred queue growth");
        }
        return QString();
    };
    auto unitOf = [rule] { return rule == Rule::DeferredGrowth ? tr("/min") : QString(); };

    if (target > state.level) {
        const QString subject = subjectOf();
        const QString unit = unitOf();
        Transition t;
        t.kind = state.level == Level::None ? Transition::Kind::Raised : Transition::Kind::Escalated;
        t.rule = rule;
        t.level = target;
        t.value = value;
        t.threshold = thresholdOf(target);
        t.at = at;
        t.title
            = target == Level::Critical ? tr("%1: critical").arg(subject) : tr("%1: warning").arg(subject);
        t.text = (target == Level::Critical ? tr("%1; critical at %2%3.") : tr("%1; warning at %2%3."))
                     .arg(describe(rule, value))
                     .arg(t.threshold)
                     .arg(unit);
        if (state.level == Level::None)
            state.since = at;
        state.level = target;
        state.cleanSamples = 0;
        qCInfo(lcQueue).noquote() << "queue alert:" << t.title << '-' << t.text;
        out.append(t);
        return;
    }
    if (target == state.level) {
        state.cleanSamples = 0;
        return;
    }

    // Under the current level's threshold: step down only when clearly under
    // it, or when it has stayed under for long enough.
    ++state.cleanSamples;
    const double ratio
        = m_settings.clearRatio > 0 && m_settings.clearRatio <= 1 ? m_settings.clearRatio : 1.0;
    const int patience = qMax(1, m_settings.clearAfterSamples);
    const Level from = state.level;
    Level level = state.level;
    bool first = true;
    while (level > target) {
        const qint64 threshold = thresholdOf(level);
        const bool clearlyUnder = threshold <= 0 || double(value) < double(threshold) * ratio;
        const bool longUnder = first && state.cleanSamples >= patience;
        if (!clearlyUnder && !longUnder)
            break;
        level = lower(level);
        first = false;
    }
    if (level == from)
        return;

    const QString subject = subjectOf();
    const QString unit = unitOf();
    Transition t;
    t.kind = level == Level::None ? Transition::Kind::Cleared : Transition::Kind::Deescalated;
    t.rule = rule;
    t.level = level;
    t.value = value;
    t.threshold = thresholdOf(from);
    t.at = at;
    if (level == Level::None) {
        t.title = tr("%1: back to normal").arg(subject);
        t.text = tr("%1; under %2%3 again.")
                     .arg(describe(rule, value))
                     .arg(warning > 0 ? warning : t.threshold)
                     .arg(unit);
    } else {
        t.title = tr("%1: down to warning").arg(subject);
        t.text = tr("%1; under the critical level of %2%3.")
                     .arg(describe(rule, value))
                     .arg(t.threshold)
                     .arg(unit);
    }
    state.level = level;
    state.cleanSamples = 0;
    if (level == Level::None)
        state.since = QDateTime();
    qCInfo(lcQueue).noquote() << "queue alert:" << t.title << '-' << t.text;
    out.append(t);
}

QList<QueueAlertPolicy::Alert> QueueAlertPolicy::activeAlerts() const
{
    QList<Alert> alerts;
    for (int r = 0; r < RuleCount; ++r) {
        const RuleState &s = m_rules[size_t(r)];
        if (s.level != Level::None)
            alerts.append({ Rule(r), s.level, s.value, s.since });
    }
    std::stable_sort(
        alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) { return a.level > b.level; });
    return alerts;
}

QStringList QueueAlertPolicy::validate(const Settings &s)
{
    QStringList problems;
    auto pair = [&](const QString &what, qint64 warning, qint64 critical) {
        if (warning < 0 || critical < 0 || warning > kMaxCount || critical > kMaxCount)
            problems << tr("%1: limits must lie between 0 and %2.").arg(what).arg(kMaxCount);
        else if (warning > 0 && critical > 0 && critical < warning)
            problems << tr("%1: the critical limit (%2) is below the warning limit (%3).")
                            .arg(what)
                            .arg(critical)
                            .arg(warning);
    };
    pair(tr("Queue total"), s.totalWarning, s.totalCritical);
    pair(tr("Deferred queue"), s.deferredWarning, s.deferredCritical);
    pair(tr("Hold queue"), s.holdWarning, s.holdCritical);
    pair(tr("Deferred queue growth"), s.growthWarning, s.growthCritical);
    if (s.growthWindowMinutes < 1 || s.growthWindowMinutes > kMaxWindowMinutes)
        problems << tr("The growth window must be 1 to %1 minutes.").arg(kMaxWindowMinutes);
    if (!(s.clearRatio > 0 && s.clearRatio <= 1))
        problems << tr("The clear ratio must be above 0 and at most 1.");
    if (s.clearAfterSamples < 1 || s.clearAfterSamples > kMaxClearSamples)
        problems << tr("Clearing after 1 to %1 samples is allowed.").arg(kMaxClearSamples);
    return problems;
}

namespace {

struct CountKey
{
    const char *key;
    qint64 QueueAlertPolicy::Settings::*field;
};

const CountKey kCountKeys[] = {
    { "totalWarning", &QueueAlertPolicy::Settings::totalWarning },
    { "totalCritical", &QueueAlertPolicy::Settings::totalCritical },
    { "deferredWarning", &QueueAlertPolicy::Settings::deferredWarning },
    { "deferredCritical", &QueueAlertPolicy::Settings::deferredCritical },
    { "holdWarning", &QueueAlertPolicy::Settings::holdWarning },
    { "holdCritical", &QueueAlertPolicy::Settings::holdCritical },
    { "growthWarning", &QueueAlertPolicy::Settings::growthWarning },
    { "growthCritical", &QueueAlertPolicy::Settings::growthCritical },
};

} // namespace

QueueAlertPolicy::Settings QueueAlertPolicy::load(
    QSettings &settings, const QString &group, QStringList *messages)
{
    const Settings defaults;
    Settings s;
    QStringList problems;
    settings.beginGroup(group);
    auto bad = [&](const QString &key, const QVariant &v) {
        problems << tr("Queue alerts: %1 = \"%2\" is not valid; using the default.")
                        .arg(key, v.toString().left(40));
    };
    for (const CountKey &k : kCountKeys) {
        const QString key = QLatin1String(k.key);
        if (!settings.contains(key))
            continue;
        const QVariant v = settings.value(key);
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0 && n <= kMaxCount)
            s.*k.field = n;
        else
            bad(key, v);
    }
    if (settings.contains(QStringLiteral("growthWindowMinutes"))) {
        const QVariant v = settings.value(QStringLiteral("growthWindowMinutes"));
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok && n >= 1 && n <= kMaxWindowMinutes)
            s.growthWindowMinutes = n;
        else
            bad(QStringLiteral("growthWindowMinutes"), v);
    }
    if (settings.contains(QStringLiteral("clearRatio"))) {
        const QVariant v = settings.value(QStringLiteral("clearRatio"));
        bool ok = false;
        const double r = v.toString().trimmed().toDouble(&ok);
        if (ok && r > 0 && r <= 1)
            s.clearRatio = r;
        else
            bad(QStringLiteral("clearRatio"), v);
    }
    if (settings.contains(QStringLiteral("clearAfterSamples"))) {
        const QVariant v = settings.value(QStringLiteral("clearAfterSamples"));
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok && n >= 1 && n <= kMaxClearSamples)
            s.clearAfterSamples = n;
        else
            bad(QStringLiteral("clearAfterSamples"), v);
    }
    settings.endGroup();

    // Each value may be fine alone and the pair still wrong: reset the pair.
    auto pair = [&](qint64 Settings::*warning, qint64 Settings::*critical, const QString &what) {
        if (s.*warning > 0 && s.*critical > 0 && s.*critical < s.*warning) {
            problems << tr(
                "Queue alerts: the %1 critical limit (%2) is below its warning limit (%3); using the "
                "defaults.")
                            .arg(what)
                            .arg(s.*critical)
                            .arg(s.*warning);
            s.*warning = defaults.*warning;
            s.*critical = defaults.*critical;
        }
    };
    pair(&Settings::totalWarning, &Settings::totalCritical, tr("total"));
    pair(&Settings::deferredWarning, &Settings::deferredCritical, tr("deferred"));
    pair(&Settings::holdWarning, &Settings::holdCritical, tr("hold"));
    pair(&Settings::growthWarning, &Settings::growthCritical, tr("growth"));

    for (const QString &p : std::as_const(problems))
        qCWarning(lcSettings).noquote() << p;
    if (messages)
        *messages += problems;
    return s;
}

void QueueAlertPolicy::save(QSettings &settings, const QString &group, const Settings &values)
{
    settings.beginGroup(group);
    for (const CountKey &k : kCountKeys)
        settings.setValue(QLatin1String(k.key), values.*k.field);
    settings.setValue(QStringLiteral("growthWindowMinutes"), values.growthWindowMinutes);
    settings.setValue(QStringLiteral("clearRatio"), values.clearRatio);
    settings.setValue(QStringLiteral("clearAfterSamples"), values.clearAfterSamples);
    settings.endGroup();
}

} // namespace MailOps
