#include "logcounters.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace MailOps {

namespace {

constexpr int kDeferredIdCap = 500000;

} // namespace

LogCounters::LogCounters(const MailLogParser &parser)
    : m_parser(parser)
{
}

LogCounters::LogCounters(const LogCounters &other)
{
    *this = other;
}

LogCounters &LogCounters::operator=(const LogCounters &other)
{
    if (this == &other)
        return *this;
    m_parser = other.m_parser;
    m_totals = other.m_totals;
    m_rejectsByClass = other.m_rejectsByClass;
    m_dsnPacked = other.m_dsnPacked;
    m_minutes = other.m_minutes;
    m_lastMinute = nullptr; // it pointed into the other object's map
    m_scratch = other.m_scratch;
    m_clients = other.m_clients;
    m_rejectedClients = other.m_rejectedClients;
    m_senders = other.m_senders;
    m_deferredIds = other.m_deferredIds;
    m_retention = other.m_retention;
    m_topCapacity = other.m_topCapacity;
    return *this;
}

namespace {

// Keys of a few dozen bytes: a word at a time inline beats a call to memcmp.
// The tail of a key of eight bytes or more is one more load that overlaps
// the words before it, not a byte loop.
bool sameKey(const char *stored, QByteArrayView key)
{
    const char *p = key.data();
    const qsizetype n = key.size();
    const auto word = [](const char *at) {
        quint64 v;
        std::memcpy(&v, at, 8);
        return v;
    };
    if (n < 8) {
        for (qsizetype i = 0; i < n; ++i) {
            if (p[i] != stored[i])
                return false;
        }
        return true;
    }
    for (qsizetype i = 0; i + 8 <= n; i += 8) {
        if (word(p + i) != word(stored + i))
            return false;
    }
    return word(p + n - 8) == word(stored + n - 8);
}

} // namespace

quint64 LogCounters::CountTable::hashKey(QByteArrayView key)
{
    // Eight bytes a step with a multiply-xorshift mix: keys are host[ip] and
    // address strings of some 20-40 bytes, where a byte-wise FNV-1a took a
    // tenth of the counting time.
    const char *p = key.data();
    qsizetype n = key.size();
    quint64 h = 0x9E3779B97F4A7C15ULL ^ quint64(n);
    const auto mix = [](quint64 x) {
        x *= 0xBF58476D1CE4E5B9ULL;
        return x ^ (x >> 31);
    };
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = mix(h ^ v);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        // The tail as two overlapping loads, or bytes when shorter than four.
        quint64 v;
        if (n >= 4) {
            quint32 a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            v = (quint64(a) << 32) | b;
        } else {
            v = (quint64(uchar(p[0])) << 16) | (quint64(uchar(p[n / 2])) << 8) | uchar(p[n - 1]);
        }
        h = mix(h ^ v);
    }
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 32);
}

QByteArrayView LogCounters::CountTable::keyOf(const Entry &entry) const
{
    if (entry.length <= InlineKey)
        return QByteArrayView(entry.key, entry.length);
    qsizetype offset;
    std::memcpy(&offset, entry.key, sizeof offset);
    return QByteArrayView(m_longKeys.data() + offset, entry.length);
}

template<typename F> void LogCounters::CountTable::forEach(F &&f) const
{
    for (const Entry &entry : m_entries)
        f(keyOf(entry), entry.count);
}

qint64 *LogCounters::CountTable::find(QByteArrayView key)
{
    if (m_index.empty())
        return nullptr;
    const quint64 h = hashKey(key);
    const size_t mask = m_index.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        const quint64 slot = m_index[i];
        if (slot == 0)
            return nullptr;
        if ((slot >> 32) != (h >> 32))
            continue;
        Entry &entry = m_entries[size_t(slot & 0xFFFFFFFFu) - 1];
        if (entry.length == key.size()
            && sameKey(entry.length <= InlineKey ? entry.key : keyOf(entry).data(), key))
            return &entry.count;
    }
}

void LogCounters::CountTable::index(quint64 hash, quint64 entryNumber)
{
    const size_t mask = m_index.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_index[i] != 0)
        i = (i + 1) & mask;
    m_index[i] = (hash >> 32 << 32) | (entryNumber + 1);
}

void LogCounters::CountTable::insert(QByteArrayView key, qint64 count)
{
    if (m_index.size() < 2 * (m_entries.size() + 1)) {
        m_index.assign(std::max<size_t>(64, m_index.size() * 2), 0);
        for (size_t n = 0; n < m_entries.size(); ++n)
            index(m_entries[n].hash, n);
    }
    Entry entry;
    entry.hash = hashKey(key);
    entry.count = count;
    entry.length = key.size();
    if (key.size() <= InlineKey) {
        std::memcpy(entry.key, key.data(), size_t(key.size()));
    } else {
        const qsizetype offset = qsizetype(m_longKeys.size());
        m_longKeys.insert(m_longKeys.end(), key.data(), key.data() + key.size());
        std::memcpy(entry.key, &offset, sizeof offset);
    }
    index(entry.hash, m_entries.size());
    m_entries.push_back(entry);
}

void LogCounters::CountTable::clear()
{
    std::fill(m_index.begin(), m_index.end(), 0);
    m_entries.clear();
    m_longKeys.clear();
}

void LogCounters::CountTable::keepAbove(qint64 threshold)
{
    CountTable kept;
    forEach([&](QByteArrayView key, qint64 count) {
        if (count > threshold)
            kept.insert(key, count);
    });
    *this = std::move(kept);
}

void LogCounters::addLine(QByteArrayView line)
{
    m_parser.parseForCounters(line, m_line);
    add(m_line);
}

LogCounters::MinuteData &LogCounters::minute(qint64 time)
{
    // Most lines land in the minute of the line before: two compares instead
    // of the two divisions that round the time down.
    if (m_lastMinute && time >= m_lastMinute->start && time - m_lastMinute->start < 60)
        return *m_lastMinute;
    const qint64 start = time - ((time % 60) + 60) % 60;
    auto it = m_minutes.find(start);
    if (it != m_minutes.end()) {
        m_lastMinute = &it->second;
        return it->second;
    }
    if (qsizetype(m_minutes.size()) >= m_retention && start < m_minutes.begin()->first) {
        // A line older than the retained window: count it in totals only.
        m_scratch = MinuteData { start, 0, 0, 0, 0, 0, {}, {} };
        return m_scratch;
    }
    it = m_minutes.emplace(start, MinuteData { start, 0, 0, 0, 0, 0, {}, {} }).first;
    while (qsizetype(m_minutes.size()) > m_retention)
        m_minutes.erase(m_minutes.begin()); // never `it`: it is newer than the first
    m_lastMinute = &it->second;
    return it->second;
}

void LogCounters::bump(Table &table, QByteArrayView key)
{
    if (key.isEmpty())
        return;
    if (qint64 *count = table.find(key)) {
        ++*count;
        return;
    }
    if (table.size() >= m_topCapacity) {
        // Space-saving style pruning: drop the lower half, keep the heavy hitters.
        std::vector<qint64> counts;
        counts.reserve(size_t(table.size()));
        table.forEach([&](QByteArrayView, qint64 count) { counts.push_back(count); });
        auto mid = counts.begin() + qsizetype(counts.size()) / 2;
        std::nth_element(counts.begin(), mid, counts.end());
        table.keepAbove(*mid);
        if (table.size() >= m_topCapacity)
            table.clear();
    }
    table.insert(key, 1);
}

namespace {

// DSN codes ("4.7.1") and reply codes ("554") fit in 8 bytes.
quint64 packCode(QByteArrayView code)
{
    quint64 v = 0;
    std::memcpy(&v, code.data(), size_t(std::min<qsizetype>(code.size(), 8)));
    return v;
}

QByteArray unpackCode(quint64 v)
{
    char buf[8];
    std::memcpy(buf, &v, 8);
    return QByteArray(buf, qsizetype(qstrnlen(buf, 8)));
}

// "postfix/smtpd" and the usual "postfix/submission/smtpd", "postfix/smtps/smtpd"
// receive new mail; any other middle name is a re-injection listener.
bool isReinjection(QByteArrayView program)
{
    // Plain loops: program names are short, and this runs for every received message.
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < program.size(); ++i) {
        if (program[i] == '/') {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0 || first == last)
        return false;
    const QByteArrayView middle = program.sliced(first + 1, last - first - 1);
    return middle != "submission" && middle != "smtps";
}

} // namespace

void LogCounters::CodeCounts::add(quint64 code, qint64 n)
{
    if (2 * (m_used + 1) > m_slots.size()) {
        std::vector<Slot> old(std::max<size_t>(8, m_slots.size() * 2));
        old.swap(m_slots);
        m_used = 0;
        for (const Slot &slot : old) {
            if (slot.count)
                add(slot.code, slot.count);
        }
    }
    const size_t mask = m_slots.size() - 1;
    // Packed codes differ in their low bytes ("4.7.1" vs "5.7.1"): a multiply
    // and the high bits spread them.
    for (size_t i = size_t((code * 0x9E3779B97F4A7C15ULL) >> 40) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.count == 0) {
            slot = { code, n };
            ++m_used;
            return;
        }
        if (slot.code == code) {
            slot.count += n;
            return;
        }
    }
}

template<typename F> void LogCounters::CodeCounts::forEach(F &&f) const
{
    for (const Slot &slot : m_slots) {
        if (slot.count)
            f(slot.code, slot.count);
    }
}

void LogCounters::countDsn(MinuteData &m, QByteArrayView code)
{
    const quint64 key = packCode(code);
    m.byDsn.add(key);
    m_dsnPacked.add(key);
}

LogCounters::Minute LogCounters::toMinute(const MinuteData &m)
{
    Minute out { m.start, m.received, m.delivered, m.deferred, m.bounced, m.rejected, m.rejectsByClass, {} };
    // += as codes with a NUL byte pack differently but read back alike.
    m.byDsn.forEach([&](quint64 code, qint64 count) { out.byDsn[unpackCode(code)] += count; });
    return out;
}

QHash<QByteArray, qint64> LogCounters::dsnTotals() const
{
    QHash<QByteArray, qint64> out;
    m_dsnPacked.forEach([&](quint64 code, qint64 count) { out[unpackCode(code)] += count; });
    return out;
}

void LogCounters::add(const MailLogEvent &e)
{
    ++m_totals.lines;
    using Kind = MailLogEvent::Kind;
    switch (e.kind) {
    case Kind::Unparsed:
        ++m_totals.unparsed;
        return;
    case Kind::Other:
    case Kind::MessageId:
    case Kind::Removed:
    case Kind::Disconnect:
    case Kind::Anvil:
        return;
    case Kind::Warning:
        ++m_totals.warnings;
        return;
    case Kind::Connect:
        ++m_totals.connects;
        if (e.clientName == "unknown")
            ++m_totals.unknownClientConnects;
        bump(m_clients, e.client);
        return;
    case Kind::Received:
        if (isReinjection(e.program)) {
            ++m_totals.reinjected;
            return;
        }
        ++m_totals.received;
        ++minute(e.time).received;
        return;
    case Kind::Pickup:
        ++m_totals.received;
        ++minute(e.time).received;
        return;
    case Kind::QueueFrom:
        bump(m_senders, e.sender.isEmpty() ? QByteArrayView("<>") : e.sender);
        return;
    case Kind::Expired:
        ++m_totals.expired;
        return;
    case Kind::Postscreen:
        ++m_totals.postscreenEvents;
        return;
    case Kind::RejectWarning:
        ++m_totals.rejectWarnings;
        return;
    case Kind::Hold:
        ++m_totals.held;
        return;
    case Kind::Discard:
        ++m_totals.discarded;
        return;
    case Kind::Reject: {
        ++m_totals.rejected;
        const int cls
            = int(e.rejectClass == MailLogEvent::RejectClass::None ? MailLogEvent::RejectClass::Other
                                                                   : e.rejectClass);
        ++m_rejectsByClass[cls];
        MinuteData &m = minute(e.time);
        ++m.rejected;
        ++m.rejectsByClass[cls];
        QByteArrayView code = e.dsn;
        QByteArray codeBuf;
        if (code.isEmpty() && e.smtpCode) {
            codeBuf = QByteArray::number(e.smtpCode);
            code = codeBuf;
        }
        if (!code.isEmpty())
            countDsn(m, code);
        bump(m_rejectedClients, e.client);
        return;
    }
    case Kind::Delivery:
        break;
    }

    MinuteData &m = minute(e.time);
    switch (e.status) {
    case MailLogEvent::Status::Sent:
        if (e.forwarded) {
            ++m_totals.forwarded;
            return;
        }
        ++m_totals.delivered;
        ++m.delivered;
        return;
    case MailLogEvent::Status::Deferred:
        ++m_totals.deferrals;
        ++m.deferred;
        if (!e.queueId.isEmpty()) {
            if (m_deferredIds.size() >= kDeferredIdCap)
                m_deferredIds.clear(); // bounded; later repeats may count twice
            if (!m_deferredIds.find(e.queueId)) {
                m_deferredIds.insert(e.queueId, 0);
                ++m_totals.deferredMessages;
            }
        }
        break;
    case MailLogEvent::Status::Bounced:
        ++m_totals.bounced;
        ++m.bounced;
        break;
    case MailLogEvent::Status::Other:
    case MailLogEvent::Status::None:
        return;
    }
    if (!e.dsn.isEmpty())
        countDsn(m, e.dsn);
}

QList<LogCounters::Minute> LogCounters::minutes() const
{
    QList<Minute> out;
    out.reserve(qsizetype(m_minutes.size()));
    for (const auto &entry : m_minutes)
        out.append(toMinute(entry.second));
    return out;
}

QList<LogCounters::Minute> LogCounters::minutesSince(qint64 wallClockSecs) const
{
    QList<Minute> out;
    for (auto it = m_minutes.lower_bound(wallClockSecs - ((wallClockSecs % 60) + 60) % 60);
         it != m_minutes.end(); ++it)
        out.append(toMinute(it->second));
    return out;
}

QList<LogCounters::Count> LogCounters::top(const Table &table, int n)
{
    QList<Count> all;
    all.reserve(table.size());
    table.forEach([&](QByteArrayView key, qint64 count) { all.append({ key.toByteArray(), count }); });
    const auto cmp = [](const Count &a, const Count &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    };
    if (n < all.size()) {
        std::partial_sort(all.begin(), all.begin() + n, all.end(), cmp);
        all.resize(n);
    } else {
        std::sort(all.begin(), all.end(), cmp);
    }
    return all;
}

} // namespace MailOps
