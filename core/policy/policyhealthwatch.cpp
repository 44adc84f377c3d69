#include "policyhealthwatch.h"

#include "policy/policyversion.h"

#include <QLocale>
#include <cmath>

namespace MailOps {

namespace {

constexpr qint64 BaselineSeconds = 3600;

// 0 tempfail, 1 reject, -1 neither.
int classOf(const MailLogEvent &e)
{
    if (e.kind != MailLogEvent::Kind::Reject || e.smtpCode < 400)
        return -1;
    return e.smtpCode < 500 ? 0 : 1;
}

QString perMinute(double rate)
{
    if (rate > 0 && rate < 1)
        return PolicyHealthWatch::tr("under 1");
    return QLocale().toString(qRound64(rate));
}

} // namespace

PolicyHealthWatch::PolicyHealthWatch(qint64 version)
    : PolicyHealthWatch(version, Thresholds {})
{
}

PolicyHealthWatch::PolicyHealthWatch(qint64 version, Thresholds thresholds)
    : m_version(version)
    , m_thresholds(thresholds)
{
}

template<typename OnEvent>
void PolicyHealthWatch::scan(QByteArrayView bytes, BoundedLineSplitter &lines, bool last, OnEvent &&onEvent)
{
    MailLogEvent e;
    const auto onLine = [&](QByteArrayView line) {
        m_parser.parseForCounters(line, e);
        if (e.kind != MailLogEvent::Kind::Unparsed)
            onEvent(e);
    };
    // A cut line keeps its head, which is all a reject needs.
    const auto onTooLong = [](auto &&...) {};
    lines.feed(bytes, onLine, onTooLong);
    if (last)
        lines.finish(onLine, onTooLong);
}

void PolicyHealthWatch::setBaseline(QByteArrayView logBefore, qint64 deferred)
{
    m_deferredBefore = deferred;
    // Two passes over a bounded tail: the newest stamp first, then the hour
    // before it. Each event's time and class are kept compactly meanwhile.
    QList<std::pair<qint64, int>> events;
    qint64 first = 0;
    qint64 last = 0;
    BoundedLineSplitter lines { 64 * 1024, BoundedLineSplitter::TooLong::KeepHead };
    scan(logBefore, lines, true, [&](const MailLogEvent &e) {
        if (first == 0)
            first = e.time;
        last = qMax(last, e.time);
        if (const int c = classOf(e); c >= 0)
            events.append({ e.time, c });
    });
    const qint64 from = last - BaselineSeconds;
    m_before[0] = m_before[1] = Rate {};
    for (const auto &[time, c] : events) {
        if (time >= from)
            ++m_before[c].events;
    }
    // A log that starts within the hour counts over what it holds; an empty
    // one is a quiet hour.
    const double minutes = first == 0 ? 60.0 : qMax(1.0, (last - qMax(first, from)) / 60.0);
    m_before[0].minutes = m_before[1].minutes = minutes;
}

void PolicyHealthWatch::feed(QByteArrayView logAfter)
{
    scan(logAfter, m_lines, false, [&](const MailLogEvent &e) {
        if (m_firstAfter == 0)
            m_firstAfter = e.time;
        m_lastAfter = qMax(m_lastAfter, e.time);
        if (const int c = classOf(e); c >= 0)
            ++m_afterEvents[c];
    });
}

PolicyHealthWatch::Rate PolicyHealthWatch::after(int which) const
{
    // At least a minute: ten tempfails in the first seconds are ten a minute,
    // not six hundred.
    const double minutes = m_firstAfter == 0 ? 1.0 : qMax(1.0, (m_lastAfter - m_firstAfter) / 60.0);
    return Rate { m_afterEvents[which], minutes };
}

std::optional<PolicyHealthWatch::Verdict> PolicyHealthWatch::judgeRate(int which) const
{
    const Rate before = m_before[which];
    const Rate now = after(which);
    const double b = before.perMinute();
    const double a = now.perMinute();
    if (now.events < m_thresholds.minEvents || a < b * m_thresholds.factor
        || a - b < m_thresholds.minRisePerMinute)
        return std::nullopt;
    const QString label = PolicyVersion::label(m_version);
    Verdict v;
    v.hurt = true;
    v.key = which == 0 ? QStringLiteral("tempfails") : QStringLiteral("rejects");
    v.sentence = (which == 0 ? tr("tempfails rose from %1 to %2 a minute after %3")
                             : tr("rejects rose from %1 to %2 a minute after %3"))
                     .arg(perMinute(b), perMinute(a), label);
    return v;
}

PolicyHealthWatch::Verdict PolicyHealthWatch::judge(
    qint64 deferredNow, const PolicyHealthCheck::Report *probe) const
{
    const QString label = PolicyVersion::label(m_version);
    if (probe && !probe->healthy)
        return Verdict { true, QStringLiteral("probe"),
            tr("the check after %1 failed: %2").arg(label, probe->failure) };
    if (const std::optional<Verdict> v = judgeRate(0))
        return *v;
    if (const std::optional<Verdict> v = judgeRate(1))
        return *v;
    if (m_deferredBefore >= 0 && deferredNow >= 0) {
        const qint64 rise = deferredNow - m_deferredBefore;
        if (rise >= m_thresholds.deferredRise && rise * 2 >= m_deferredBefore)
            return Verdict { true, QStringLiteral("deferred"),
                tr("deferred mail grew from %1 to %2 messages after %3")
                    .arg(QLocale().toString(m_deferredBefore), QLocale().toString(deferredNow), label) };
    }
    return {};
}

} // namespace MailOps
