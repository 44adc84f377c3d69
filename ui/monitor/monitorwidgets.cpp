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
