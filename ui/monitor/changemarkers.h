#pragma once

#include "monitor/changeimpact.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDateTimeAxis;
class QFrame;
class QGraphicsItem;
class QValueAxis;

namespace MailOps {

class PolicyMarkFeed;
class ZoomableChartView;

// The policy events of the journal drawn on one of the monitor's time
// charts: a vertical line per event in the visible range with a short label
// ("v42", "rollback to v41", "drift v43") coloured by kind, the journal's line
// as its tooltip; and, beside a change after which a counter jumped
// (ChangeImpact), the sentence and a button that asks for the rollback to
// the version before it (offered while that change is the gateway's latest).
// Follows zoom, pan, resizing and the feed. Lives on the GUI thread.
class ChangeMarkers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeMarkers)

public:
    ChangeMarkers(ZoomableChartView *view, QDateTimeAxis *time, QValueAxis *count, QObject *parent = nullptr);
    ~ChangeMarkers() override;

    void setFeed(PolicyMarkFeed *feed);
    // What the jumps are looked for in, as the chart shows it.
    void setCounters(const QList<ChangeImpact::Counter> &counters);

    const ChangeImpact::MarkList &marks() const { return m_marks; }
    const QList<ChangeImpact::Jump> &jumps() const { return m_jumps; }
    // The labels drawn now (in the visible range), oldest first.
    QStringList visibleLabels() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The admin asked to roll the gateway back to `version`.
    void rollbackRequested(qint64 version);

private:
    struct Drawn;

    void onFeed();
    void evaluate();
    void rebuild();
    void layout();
    void clear();
    QColor colour(const ChangeImpact::Mark &mark) const;
    QFrame *callout(const ChangeImpact::Mark &mark, const ChangeImpact::Jump &jump, bool offerRollback);

    ZoomableChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    QPointer<QObject> m_chart;
    QPointer<PolicyMarkFeed> m_feed;
    ChangeImpact::MarkList m_marks;
    QList<ChangeImpact::Counter> m_counters;
    QList<ChangeImpact::Jump> m_jumps;
    QList<Drawn *> m_drawn;
    bool m_layoutQueued = false;
};

} // namespace MailOps
