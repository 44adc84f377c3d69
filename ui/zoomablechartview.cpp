#include "zoomablechartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QKeyEvent>
#include <QLegend>
#include <QMouseEvent>
#include <QWheelEvent>

namespace MailOps {

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(
        tr("Drag to zoom, wheel to zoom, Shift+drag or arrow keys to pan, Home or right click to reset"));
    applyPalette();
}

void ZoomableChartView::applyPalette()
{
    QChart *c = chart();
    if (!c)
        return;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *a : axes) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setGridLineColor(grid);
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    setBackgroundBrush(pal.color(QPalette::Base));
}

void ZoomableChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ZoomableChartView::showEvent(QShowEvent *event)
{
    // Axes added after the view was made get the palette too.
    applyPalette();
    QChartView::showEvent(event);
}

void ZoomableChartView::setZoomed(bool zoomed)
{
    if (m_zoomed == zoomed)
        return;
    m_zoomed = zoomed;
    Q_EMIT zoomChanged(zoomed);
}

void ZoomableChartView::resetZoom()
{
    chart()->zoomReset();
    setZoomed(false);
}

void ZoomableChartView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    // Zoom around the pointer: the time under it stays where it is.
    const QRectF area = chart()->plotArea();
    const qreal x = event->position().x();
    QRectF r = area;
    r.setWidth(area.width() / factor);
    r.moveLeft(x - (x - area.left()) / factor);
    chart()->zoomIn(r);
    setZoomed(true);
    event->accept();
}

void ZoomableChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_panFrom = event->position();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPointF d = event->position() - m_panFrom;
        m_panFrom = event->position();
        chart()->scroll(-d.x(), 0);
        setZoomed(true);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        event->accept();
        return;
    }
    const bool band = event->button() == Qt::LeftButton && rubberBand() != QChartView::NoRubberBand;
    QChartView::mouseReleaseEvent(event);
    if (band)
        setZoomed(chart()->isZoomed());
}

void ZoomableChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = chart()->plotArea().width() / 10;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        setZoomed(true);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        setZoomed(true);
        break;
    case Qt::Key_Plus:
        chart()->zoom(1.25);
        setZoomed(true);
        break;
    case Qt::Key_Minus:
        chart()->zoom(0.8);
        setZoomed(true);
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace MailOps
