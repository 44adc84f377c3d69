#pragma once

#include "queue/queuedepthsample.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <array>
#include <deque>

class QSettings;

namespace MailOps {

// Judges successive queue samples: warning and critical thresholds on the
// total, deferred and hold counts, and on how fast the deferred queue grows
// over a sliding window. Raises at a threshold at once but clears only when
// the value falls below threshold x clearRatio, or stays under the threshold
// for clearAfterSamples samples, so a count bouncing around a threshold does
// not flap. A plain value: use from one thread; cannot fail. Time comes from
// the samples, so tests and replays control the clock.
class QueueAlertPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(QueueAlertPolicy)

public:
    enum class Rule
    {
        Total,
        Deferred,
        Hold,
        DeferredGrowth
    };
    static constexpr int RuleCount = 4;
    enum class Level
    {
        None,
        Warning,
        Critical
    };

    // Counts are messages; growth is messages per minute. 0 turns a limit off.
    struct Settings
    {
        qint64 totalWarning = 2000;
        qint64 totalCritical = 10000;
        qint64 deferredWarning = 1000;
        qint64 deferredCritical = 5000;
        qint64 holdWarning = 100;
        qint64 holdCritical = 1000;
        qint64 growthWarning = 100; // deferred messages per minute
        qint64 growthCritical = 500;
        int growthWindowMinutes = 5;
        double clearRatio = 0.8; // (0, 1]
        int clearAfterSamples = 10;

        bool operator==(const Settings &other) const = default;
    };

    struct Transition
    {
        enum class Kind
        {
            Raised,
            Escalated,
            Deescalated,
            Cleared
        };
        Kind kind = Kind::Raised;
        Rule rule = Rule::Total;
        Level level = Level::None; // after the transition
        qint64 value = 0; // messages, or messages per minute for growth
        qint64 threshold = 0; // the limit crossed (raised, escalated) or the one left
        QDateTime at;
        QString title; // "Deferred queue critical"
        QString text; // "Deferred queue grew by 840 messages in 5 min (168/min)."
    };

    struct Alert
    {
        Rule rule = Rule::Total;
        Level level = Level::None;
        qint64 value = 0;
        QDateTime since;
    };

    QueueAlertPolicy() = default;
    explicit QueueAlertPolicy(const Settings &settings)
        : m_settings(settings)
    {
    }

    // Applies new settings and keeps the state; levels catch up on the next sample.
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // Evaluates one sample. Samples older than the last one are ignored.
    QList<Transition> evaluate(const QueueDepthSample &sample);
    // Alerts now raised, most severe first.
    QList<Alert> activeAlerts() const;
    Level level(Rule rule) const { return m_rules[size_t(rule)].level; }
    void reset();

    // Settings from a QSettings group (e.g. "QueueAlerts"). Missing keys take
    // the defaults; bad values take the defaults too and add a line to
    // *messages saying which and why.
    static Settings load(QSettings &settings, const QString &group, QStringList *messages = nullptr);
    static void save(QSettings &settings, const QString &group, const Settings &values);
    // Empty when the settings are usable; else one line per problem.
    static QStringList validate(const Settings &settings);

    static QString ruleName(Rule rule); // "total", "deferred", "hold", "deferred-growth"
    static QString levelName(Level level); // "ok", "warning", "critical"

private:
    struct RuleState
    {
        Level level = Level::None;
        int cleanSamples = 0; // consecutive samples under the current level's threshold
        qint64 value = 0;
        QDateTime since;
    };

    void judge(Rule rule, qint64 value, const QDateTime &at, QList<Transition> &out);
    bool growthRate(const QueueDepthSample &sample, qint64 *grown, qint64 *perMinute, qint64 *spanSecs) const;
    qint64 warningOf(Rule rule) const;
    qint64 criticalOf(Rule rule) const;
    QString describe(Rule rule, qint64 value) const;

    Settings m_settings;
    std::array<RuleState, RuleCount> m_rules {};
    // (time, deferred count) within the growth window, oldest first.
    std::deque<std::pair<QDateTime, qint64>> m_window;
    QDateTime m_last;
    // The last growth figures, for the text.
    qint64 m_grown = 0;
    qint64 m_spanSecs = 0;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::QueueAlertPolicy::Transition)
