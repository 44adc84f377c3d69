#pragma once

#include <QChartView>

namespace MailOps {

// A chart view an admin can explore: drag a rectangle to zoom, the wheel to
// zoom in and out around the pointer's time, Shift+drag or the arrow keys to
// pan, Home or a right click to see everything again. Stops following new
// samples while zoomed, so the range being read does not move away. Drawn
// in the widget's palette, so a dark theme gives a dark chart.
class ZoomableChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomableChartView)

public:
    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    bool isZoomed() const { return m_zoomed; }
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(bool zoomed);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setZoomed(bool zoomed);
    // Qt Charts paints in its own light theme whatever the palette says: the
    // background, title, legend and axes follow the palette instead.
    void applyPalette();

    QPointF m_panFrom;
    bool m_panning = false;
    bool m_zoomed = false;
};

} // namespace MailOps
