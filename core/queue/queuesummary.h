#pragma once

#include "queue/queueentry.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <array>

namespace MailOps {

// What an admin wants from a queue listing at a glance: counts per queue, an
// age histogram, a qshape-like table (recipient domain x age) and deferral
// reasons grouped by their shape. Built one entry at a time; memory is
// bounded by the caps on distinct domains and reasons, never by the queue. A
// plain value, cheap to copy into a signal or a model.
class QueueSummary final
{
public:
    // qshape's default buckets, in minutes: 0-5, 5-10, 10-20, ... 640-1280, 1280+.
    static constexpr int BucketCount = 10;
    static constexpr int QueueCount = 6; // QueueEntry::Queue values
    using Buckets = std::array<qint64, BucketCount>;

    struct DomainRow
    {
        QString domain;
        qint64 total = 0;
        Buckets buckets {};
        // Of those, in the deferred queue: how many, the oldest one's
        // arrival (seconds since the epoch, 0: none) and the first delay
        // reason seen, for a partner's notice.
        qint64 deferred = 0;
        qint64 oldestDeferred = 0;
        QString reason;
    };

    struct ReasonGroup
    {
        QString pattern; // the normalised reason
        QString example; // the first raw reason seen with this pattern
        qint64 recipients = 0;
    };

    // A summary as of `now` (seconds since the epoch); 0 means the current time.
    explicit QueueSummary(qint64 now = 0);

    void setMaxDomains(int count) { m_maxDomains = count; }
    void setMaxReasons(int count) { m_maxReasons = count; }

    void add(const QueueEntry &entry);

    qint64 now() const { return m_now; }
    qint64 messages() const { return m_messages; }
    qint64 messages(QueueEntry::Queue queue) const { return m_perQueue[int(queue)]; }
    qint64 recipients() const { return m_recipients; }
    qint64 bytes() const { return m_bytes; }
    qint64 oldestArrival() const { return m_oldest; } // 0 when empty
    // Messages per age bucket.
    const Buckets &ageHistogram() const { return m_ageHistogram; }
    // Recipients per domain and age bucket, largest total first; the domain
    // "(other domains)" collects what exceeded the cap.
    QList<DomainRow> domainTable() const;
    // Recipients with a delay reason, grouped; largest first.
    QList<ReasonGroup> reasonGroups() const;

    static int bucketForAge(qint64 ageSeconds);
    static QString bucketLabel(int bucket);
    static QString otherDomainsLabel();
    // "connect to 192.0.2.1[192.0.2.1]:25: Connection refused" ->
    // "connect to IP[IP]:N: Connection refused"; addresses become ADDR, queue
    // ids ID, other numbers N. SMTP reply codes and enhanced status codes are
    // kept, because they are what tells two reasons apart.
    static QString normaliseReason(QStringView reason);

private:
    qint64 m_now = 0;
    int m_maxDomains = 5000;
    int m_maxReasons = 1000;
    qint64 m_messages = 0;
    qint64 m_recipients = 0;
    qint64 m_bytes = 0;
    qint64 m_oldest = 0;
    std::array<qint64, QueueCount> m_perQueue {};
    Buckets m_ageHistogram {};
    QHash<QString, DomainRow> m_domains;
    QHash<QString, ReasonGroup> m_reasons;
    // Raw reason -> pattern; the same few reasons repeat across a queue.
    QHash<QString, QString> m_reasonCache;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::QueueSummary)
