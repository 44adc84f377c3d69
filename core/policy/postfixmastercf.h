#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailOps {

// master.cf read as Postfix's master reads it: one service per logical line
// (indented lines continue it), eight fields and the command's arguments,
// "-o name=value" and "-o { name = value }" overrides. A plain value, usable
// on any thread; lines with too few fields become problems(), never a crash.
class PostfixMasterCf final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PostfixMasterCf)

public:
    struct Service
    {
        QString service; // "smtp", "127.0.0.1:10025", "submission"
        QString type; // inet, unix, unix-dgram, fifo, pass
        QString privateFlag;
        QString unprivileged;
        QString chroot;
        QString wakeup;
        QString maxProcesses;
        QString command; // "smtpd"
        QStringList arguments; // after the command, as written ("-o", "a=b", ...)
        int line = 0;
        int lastLine = 0;
        QString key() const { return service + QLatin1Char('/') + type; } // "smtp/inet"
    };

    struct Override
    {
        QString service;
        QString type;
        QString name;
        QString value;
        int line = 0; // the service's first line
    };

    struct Problem
    {
        int line = 0;
        QString message; // translated
    };

    static PostfixMasterCf parse(const QByteArray &text);

    const QList<Service> &services() const { return m_services; }
    const QList<Override> &overrides() const { return m_overrides; }
    const QList<Problem> &problems() const { return m_problems; }
    // The overrides of one service ("smtp/inet"), in order.
    QList<Override> overridesOf(const QString &key) const;

private:
    QList<Service> m_services;
    QList<Override> m_overrides;
    QList<Problem> m_problems;
};

} // namespace MailOps
