#include "changemarkers.h"

#include "monitor/policymarkfeed.h"
#include "theme.h"
#include "zoomablechartview.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace MailOps {

namespace {

constexpr int LabelRows = 3; // labels of marks close together stack this deep
constexpr qreal LabelPad = 3;

Theme::Severity severityOf(const QString &kind)
{
    if (kind == QLatin1String("policy.apply"))
        return Theme::Severity::Info;
    if (kind == QLatin1String("policy.rollback") || kind == QLatin1String("policy.confirm"))
        return Theme::Severity::Ok;
    if (kind == QLatin1String("policy.drift"))
        return Theme::Severity::Warning;
    if (kind == QLatin1String("policy.revert") || kind == QLatin1String("policy.failed"))
        return Theme::Severity::Critical;
    return Theme::Severity::Neutral;
}

bool sameJumps(const QList<ChangeImpact::Jump> &a, const QList<ChangeImpact::Jump> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].eventId != b[i].eventId || a[i].sentence != b[i].sentence
            || a[i].rollbackTo != b[i].rollbackTo)
            return false;
    }
    return true;
}

bool sameMarks(const ChangeImpact::MarkList &a, const ChangeImpact::MarkList &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].eventId != b[i].eventId || a[i].previous != b[i].previous
            || a[i].rollbackOf != b[i].rollbackOf || a[i].timeMs != b[i].timeMs)
            return false;
    }
    return true;
}

} // namespace

struct ChangeMarkers::Drawn
{
    ChangeImpact::Mark mark;
    QGraphicsLineItem *line = nullptr;
    QGraphicsRectItem *hover = nullptr; // wider than the line, for its tooltip
    QGraphicsRectItem *box = nullptr;
    QGraphicsSimpleTextItem *label = nullptr;
    QPointer<QFrame> callout;
    bool visible = false;
};

ChangeMarkers::ChangeMarkers(ZoomableChartView *view, QDateTimeAxis *time, QValueAxis *count, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_time(time)
    , m_count(count)
    , m_chart(view->chart())
{
    auto queueLayout = [this] {
        if (m_layoutQueued)
            return;
        m_layoutQueued = true;
        QMetaObject::invokeMethod(this, &ChangeMarkers::layout, Qt::QueuedConnection);
    };
    connect(m_view->chart(), &QChart::plotAreaChanged, this, queueLayout);
    connect(m_time, &QDateTimeAxis::rangeChanged, this, queueLayout);
    connect(m_count, &QValueAxis::rangeChanged, this, queueLayout);
    m_view->installEventFilter(this);
}

bool ChangeMarkers::eventFilter(QObject *watched, QEvent *event)
{
    // A theme switch: the callouts are tinted from the palette.
    if (watched == m_view
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_drawn.isEmpty())
        QMetaObject::invokeMethod(this, &ChangeMarkers::rebuild, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

ChangeMarkers::~ChangeMarkers()
{
    // The chart may have gone first, and its items with it.
    if (!m_chart) {
        qDeleteAll(m_drawn);
        m_drawn.clear();
    }
    clear();
}

void ChangeMarkers::setFeed(PolicyMarkFeed *feed)
{
    if (m_feed)
        m_feed->disconnect(this);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &PolicyMarkFeed::changed, this, &ChangeMarkers::onFeed);
    onFeed();
}

void ChangeMarkers::setCounters(const QList<ChangeImpact::Counter> &counters)
{
    m_counters = counters;
    evaluate();
}

void ChangeMarkers::onFeed()
{
    const ChangeImpact::MarkList marks = m_feed ? m_feed->marks() : ChangeImpact::MarkList();
    if (sameMarks(marks, m_marks) && !m_drawn.isEmpty() == !marks.isEmpty()) {
        evaluate();
        return;
    }
    m_marks = marks;
    m_jumps = ChangeImpact::jumps(m_marks, m_counters);
    rebuild();
}

void ChangeMarkers::evaluate()
{
    const QList<ChangeImpact::Jump> jumps = ChangeImpact::jumps(m_marks, m_counters);
    // The counters are redrawn twice a second: the callouts (and a button
    // being pressed) stay unless what they say changed.
    if (sameJumps(jumps, m_jumps) && m_drawn.size() == m_marks.size()) {
        layout();
        return;
    }
    m_jumps = jumps;
    rebuild();
}

QStringList ChangeMarkers::visibleLabels() const
{
    QStringList out;
    for (const Drawn *d : m_drawn) {
        if (d->visible)
            out << d->label->text();
    }
    return out;
}

QColor ChangeMarkers::colour(const ChangeImpact::Mark &mark) const
{
    // The chart keeps its own light background whatever the palette:
    // the colours are chosen for what they are drawn on.
    QPalette onChart;
    onChart.setColor(QPalette::Base, m_view->chart()->backgroundBrush().color());
    return Theme::colour(severityOf(mark.kind), onChart);
}

void ChangeMarkers::clear()
{
    for (Drawn *d : std::as_const(m_drawn)) {
        delete d->line;
        delete d->hover;
        delete d->box; // and its label
        delete d->callout;
        delete d;
    }
    m_drawn.clear();
}

QFrame *ChangeMarkers::callout(
    const ChangeImpact::Mark &mark, const ChangeImpact::Jump &jump, bool offerRollback)
{
    const QString v = QStringLiteral("v%1").arg(mark.version);
    auto *frame = new QFrame(m_view->viewport());
    frame->setObjectName(QStringLiteral("changeJump_") + v);
    const QPalette app = QApplication::palette();
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }")
            .arg(frame->objectName(), Theme::tint(Theme::Severity::Warning, app).name(),
                Theme::colour(Theme::Severity::Warning, app).name()));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *text = new QLabel(jump.sentence, frame);
    text->setObjectName(QStringLiteral("changeJumpText"));
    text->setWordWrap(true);
    // One line when short, else two of about the same length: not a narrow
    // column, nor a last word alone.
    const int advance = text->fontMetrics().horizontalAdvance(jump.sentence);
    text->setFixedWidth(advance <= 260 ? advance + 6 : advance / 2 + 40);
    QPalette p = text->palette();
    p.setColor(QPalette::WindowText, app.color(QPalette::WindowText));
    text->setPalette(p);
    layout->addWidget(text);
    if (offerRollback && jump.rollbackTo > 0) {
        auto *button = new QPushButton(tr("Roll back to v%1…").arg(jump.rollbackTo), frame);
        button->setObjectName(QStringLiteral("changeRollback"));
        button->setToolTip(
            tr("Opens Policy history with the rollback to v%1 and the diff to confirm").arg(jump.rollbackTo));
        const qint64 to = jump.rollbackTo;
        connect(button, &QPushButton::clicked, this, [this, to] { Q_EMIT rollbackRequested(to); });
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    frame->adjustSize();
    frame->hide();
    return frame;
}

void ChangeMarkers::rebuild()
{
    clear();
    QChart *chart = m_view->chart();
    qint64 latestChange = 0;
    for (const ChangeImpact::Mark &m : std::as_const(m_marks)) {
        if (m.changesGateway())
            latestChange = m.eventId;
    }
    QFont font = chart->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    for (const ChangeImpact::Mark &m : std::as_const(m_marks)) {
        auto *d = new Drawn;
        d->mark = m;
        const QColor c = colour(m);
        QPen pen(c, 1.6);
        if (!m.changesGateway())
            pen.setStyle(Qt::DashLine);
        d->line = new QGraphicsLineItem(chart);
        d->line->setPen(pen);
        d->line->setZValue(20);

        QString tip = QStringLiteral("%1, %2\n%3")
                          .arg(m.label(),
                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.timeMs).toLocalTime(),
                                  QLocale::ShortFormat),
                              m.summary);
        for (const ChangeImpact::Jump &j : std::as_const(m_jumps)) {
            if (j.eventId == m.eventId) {
                tip += QLatin1Char('\n') + j.sentence;
                d->callout = callout(m, j, m.eventId == latestChange);
            }
        }
        d->hover = new QGraphicsRectItem(chart);
        d->hover->setPen(Qt::NoPen);
        d->hover->setBrush(Qt::NoBrush);
        d->hover->setToolTip(tip);
        d->hover->setZValue(21);

        d->box = new QGraphicsRectItem(chart);
        d->box->setPen(Qt::NoPen);
        d->box->setBrush(c);
        d->box->setToolTip(tip);
        d->box->setZValue(22);
        d->label = new QGraphicsSimpleTextItem(m.label(), d->box);
        d->label->setFont(font);
        d->label->setBrush(Theme::textOn(severityOf(m.kind)));
        m_drawn << d;
    }
    layout();
}

void ChangeMarkers::layout()
{
    m_layoutQueued = false;
    QChart *chart = m_view->chart();
    const QRectF plot = chart->plotArea();
    const qint64 min = m_time->min().toMSecsSinceEpoch();
    const qint64 max = m_time->max().toMSecsSinceEpoch();
    QList<qreal> rowEnds(LabelRows, -1e9);
    QRect lastCallout;
    for (Drawn *d : std::as_const(m_drawn)) {
        d->visible = max > min && d->mark.timeMs >= min && d->mark.timeMs <= max && plot.width() > 0;
        d->line->setVisible(d->visible);
        d->hover->setVisible(d->visible);
        d->box->setVisible(d->visible);
        if (d->callout)
            d->callout->setVisible(d->visible);
        if (!d->visible)
            continue;
        const qreal x = plot.left() + plot.width() * qreal(d->mark.timeMs - min) / qreal(max - min);
        d->line->setLine(x, plot.top(), x, plot.bottom());
        d->hover->setRect(x - 4, plot.top(), 8, plot.height());

        // The lowest row where the label does not run into the one before.
        const QRectF text = d->label->boundingRect();
        const QSizeF size(text.width() + 2 * LabelPad, text.height() + LabelPad);
        int row = 0;
        while (row < LabelRows - 1 && rowEnds[row] > x)
            ++row;
        // Right of the line, unless that leaves the plot.
        const qreal left = x + size.width() > plot.right() ? x - size.width() : x;
        rowEnds[row] = left + size.width() + 4;
        d->box->setRect(0, 0, size.width(), size.height());
        d->box->setPos(left, plot.top() + row * (size.height() + 2));
        d->label->setPos(LabelPad, LabelPad / 2);

        if (d->callout) {
            const QPoint at = m_view->mapFromScene(chart->mapToScene(QPointF(x, plot.top())));
            const QSize s = d->callout->sizeHint();
            // Left of the line, where the counter was still low, unless
            // that leaves the plot.
            const int plotLeft = m_view->mapFromScene(chart->mapToScene(plot.topLeft())).x();
            int cx = at.x() - 8 - s.width();
            if (cx < plotLeft)
                cx = at.x() + 8;
            int cy = at.y() + LabelRows * int(size.height() + 2) + 4;
            const QRect r(QPoint(cx, cy), s);
            if (lastCallout.isValid() && r.intersects(lastCallout))
                cy = lastCallout.bottom() + 4;
            d->callout->setGeometry(QRect(QPoint(cx, cy), s));
            d->callout->raise();
            lastCallout = d->callout->geometry();
        }
    }
}

} // namespace MailOps
