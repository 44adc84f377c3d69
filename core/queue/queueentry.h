#pragma once

#include <QList>
#include <QString>

namespace MailOps {

// One recipient of a queued message, with the reason its delivery is waiting
// (empty while nothing has been tried yet).
struct QueueRecipient
{
    QString address;
    QString delayReason;
};

// One queued message as `postqueue -j` (or a `mailq` listing) describes it.
// A plain value: parsers produce them, summaries and models consume them.
struct QueueEntry
{
    enum class Queue
    {
        Active,
        Deferred,
        Hold,
        Incoming,
        Maildrop,
        Other
    };

    Queue queue = Queue::Other;
    QString queueName; // as written by the source, e.g. "deferred"
    QString queueId;
    qint64 arrivalTime = 0; // seconds since the epoch (UTC)
    qint64 messageSize = 0;
    bool forcedExpire = false;
    QString sender; // empty for the null sender <>
    QList<QueueRecipient> recipients;

    static Queue queueFromName(QStringView name);
    static QString nameOfQueue(Queue queue);
};

} // namespace MailOps
