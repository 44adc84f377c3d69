#include "monitorwidgets.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineSeries>
#include <QTableView>
#include <QValueAxis>

namespace MailOps {

QTableView *MonitorWidgets::table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QChart *MonitorWidgets::timeChart(const QString &title, QDateTimeAxis **time, QValueAxis **count)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    *time = new QDateTimeAxis(chart);
    (*time)->setFormat(QStringLiteral("HH:mm"));
    *count = new QValueAxis(chart);
    (*count)->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(*time, Qt::AlignBottom);
    chart->addAxis(*count, Qt::AlignLeft);
    return chart;
}

void MonitorWidgets::fitTimeAxis(QDateTimeAxis *axis, const QDateTime &first, const QDateTime &last)
{
    const qint64 span = qMax<qint64>(1, first.secsTo(last));
    qint64 unit = 60; // the step the format can tell apart
    if (span > 2 * 24 * 3600) {
        axis->setFormat(QStringLiteral("dd.MM HH:mm"));
    } else if (span >= 5 * 60) {
        axis->setFormat(QStringLiteral("HH:mm"));
    } else {
        axis->setFormat(QStringLiteral("HH:mm:ss"));
        unit = 1;
    }
    axis->setTickCount(int(qBound(qint64(2), span / unit + 1, qint64(6))));
    axis->setRange(first, last);
}

QLineSeries *MonitorWidgets::addSeries(
    QChart *chart, const QString &name, QDateTimeAxis *time, QValueAxis *count)
{
    auto *series = new QLineSeries(chart);
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(time);
    series->attachAxis(count);
    return series;
}

} // namespace MailOps
