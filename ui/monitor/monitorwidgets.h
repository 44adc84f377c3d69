#pragma once

#include <QDateTime>
#include <QString>

class QAbstractItemModel;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QTableView;
class QValueAxis;
class QWidget;

namespace MailOps {

// The table and chart every tab of the Gateway monitor builds the same way.
class MonitorWidgets final
{
public:
    // Read-only, whole rows selected, alternating rows, the last column stretched.
    static QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent);
    // A chart over time: a time axis below, a count axis on the left.
    static QChart *timeChart(const QString &title, QDateTimeAxis **time, QValueAxis **count);
    // Sets the time axis to [first, last] with a label format and a number
    // of ticks that give every tick a label of its own: no "12:45, 12:45,
    // 12:46" over a span of two minutes.
    static void fitTimeAxis(QDateTimeAxis *axis, const QDateTime &first, const QDateTime &last);
    static QLineSeries *addSeries(QChart *chart, const QString &name, QDateTimeAxis *time, QValueAxis *count);
};

} // namespace MailOps
