#pragma once

#include "maillog/maillogevent.h"
#include "maillog/maillogparser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <array>
#include <map>
#include <vector>

namespace MailOps {

// Counters over a Postfix mail log: totals in pflogsumm's terms (received,
// delivered, deferred, bounced, rejected), per-minute counts by DSN code and
// reject class, and the top clients and senders. Memory is bounded: minutes
// beyond the retention are dropped, top-N tables are pruned (their small
// counts become approximate), the deferred-message set is capped. A plain
// value; feed it from one thread.
class LogCounters final
{
public:
    struct Totals
    {
        qint64 lines = 0;
        qint64 unparsed = 0; // junk, cut lines, foreign formats
        qint64 received = 0; // smtpd client= and pickup lines
        // client= lines of an smtpd with its own syslog name (postfix/reinject/smtpd):
        // a content filter handing mail back, not new mail. pflogsumm skips them too.
        qint64 reinjected = 0;
        qint64 delivered = 0; // status=sent, not forwards
        qint64 forwarded = 0;
        qint64 deferrals = 0; // status=deferred lines
        qint64 deferredMessages = 0; // distinct queue ids with a deferral
        qint64 bounced = 0;
        qint64 expired = 0;
        qint64 rejected = 0; // smtpd, postscreen and cleanup rejects
        qint64 rejectWarnings = 0;
        qint64 held = 0;
        qint64 discarded = 0;
        qint64 connects = 0;
        qint64 unknownClientConnects = 0; // "connect from unknown[...]"
        qint64 postscreenEvents = 0;
        qint64 warnings = 0;
    };

    struct Minute
    {
        qint64 start = 0; // wall-clock seconds (see MailLogEvent::time), a multiple of 60
        qint64 received = 0;
        qint64 delivered = 0;
        qint64 deferred = 0;
        qint64 bounced = 0;
        qint64 rejected = 0;
        std::array<qint64, MailLogEvent::RejectClassCount> rejectsByClass {};
        // Rejects, deferrals and bounces by DSN code ("4.7.1"; the SMTP code
        // when a reject has none).
        QHash<QByteArray, qint64> byDsn;
    };

    struct Count
    {
        QByteArray key;
        qint64 count = 0;
    };

    explicit LogCounters(const MailLogParser &parser = MailLogParser());
    LogCounters(const LogCounters &other);
    LogCounters &operator=(const LogCounters &other);

    void setRetentionMinutes(int minutes) { m_retention = minutes; }
    void setTopCapacity(int entries) { m_topCapacity = entries; }

    // Parses and counts one line (without or with its newline).
    void addLine(QByteArrayView line);
    // Counts an event parsed elsewhere.
    void add(const MailLogEvent &event);

    const Totals &totals() const { return m_totals; }
    const std::array<qint64, MailLogEvent::RejectClassCount> &rejectsByClass() const
    {
        return m_rejectsByClass;
    }
    QHash<QByteArray, qint64> dsnTotals() const;
    // Oldest first.
    QList<Minute> minutes() const;
    QList<Minute> minutesSince(qint64 wallClockSecs) const;

    QList<Count> topClients(int n) const { return top(m_clients, n); } // by connections
    QList<Count> topRejectedClients(int n) const { return top(m_rejectedClients, n); }
    QList<Count> topSenders(int n) const { return top(m_senders, n); } // by queued messages

private:
    // Byte-string keys and their counts. A dense array of 64-byte entries
    // (hash, count, the key itself when it fits in 40 bytes) in insertion
    // order, found through an open-addressing index of 8-byte slots (entry
    // number and high hash bits) small enough to stay in cache: counting a
    // key already present is one probe and one cache line, no allocation.
    // Removal is by rebuilding (pruning is rare).
    class CountTable
    {
    public:
        qint64 *find(QByteArrayView key);
        void insert(QByteArrayView key, qint64 count); // the key must be absent
        qsizetype size() const { return qsizetype(m_entries.size()); }
        void clear();
        // Keeps the entries counted more than threshold.
        void keepAbove(qint64 threshold);
        template<typename F> void forEach(F &&f) const; // f(QByteArrayView key, qint64 count)

    private:
        static constexpr qsizetype InlineKey = 40;
        struct alignas(64) Entry
        {
            quint64 hash = 0;
            qint64 count = 0;
            qsizetype length = 0;
            char key[InlineKey]; // the key, or where it starts in m_longKeys
        };
        static quint64 hashKey(QByteArrayView key);
        QByteArrayView keyOf(const Entry &entry) const;
        void index(quint64 hash, quint64 entryNumber);

        std::vector<quint64>
            m_index; // 0 or (hash >> 32) << 32 | entry number + 1; a power of two, at most half full
        std::vector<Entry> m_entries;
        std::vector<char> m_longKeys;
    };
    using Table = CountTable;

    // DSN codes packed into an integer (see packCode()) and their counts, in
    // an open-addressing array: a QHash lookup cost ten times the probe, and
    // a minute sees a handful of distinct codes. Grows at half full.
    class CodeCounts
    {
    public:
        void add(quint64 code, qint64 n = 1);
        template<typename F> void forEach(F &&f) const; // f(quint64 code, qint64 count)

    private:
        struct Slot
        {
            quint64 code = 0;
            qint64 count = 0; // 0: empty; a code once counted stays above 0
        };
        std::vector<Slot> m_slots; // a power of two in size, or empty
        size_t m_used = 0;
    };

    // Internal form of a Minute: DSN codes packed into an integer so that
    // counting one costs a trivial hash.
    struct MinuteData
    {
        qint64 start = 0;
        qint64 received = 0;
        qint64 delivered = 0;
        qint64 deferred = 0;
        qint64 bounced = 0;
        qint64 rejected = 0;
        std::array<qint64, MailLogEvent::RejectClassCount> rejectsByClass {};
        CodeCounts byDsn;
    };

    MinuteData &minute(qint64 time);
    void bump(Table &table, QByteArrayView key);
    void countDsn(MinuteData &m, QByteArrayView code);
    static Minute toMinute(const MinuteData &m);
    static QList<Count> top(const Table &table, int n);

    MailLogParser m_parser;
    // Reused for every line; its views are stale between calls of addLine().
    MailLogEvent m_line;
    Totals m_totals;
    std::array<qint64, MailLogEvent::RejectClassCount> m_rejectsByClass {};
    std::map<qint64, MinuteData> m_minutes;
    // Lines come in time order: most land in the minute before.
    MinuteData *m_lastMinute = nullptr;
    MinuteData m_scratch;
    CodeCounts m_dsnPacked;
    Table m_clients;
    Table m_rejectedClients;
    Table m_senders;
    CountTable m_deferredIds; // counts unused
    int m_retention = 7 * 24 * 60;
    int m_topCapacity = 20000;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::LogCounters)
