#include "maillogparser.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace MailOps {

namespace {

using Kind = MailLogEvent::Kind;

// Compares n bytes with a literal whose length the compiler knows, by
// overlapping 8- or 4-byte loads: GCC turns memcmp of most such lengths
// (5, 6, 7, 10, ...) into a library call, which costs more than the compare.
template<size_t N> inline bool sameBytes(const char *p, const char (&lit)[N])
{
    constexpr size_t n = N - 1;
    if constexpr (n >= 8) {
        bool same = true;
        for (size_t i = 0; i + 8 <= n; i += 8) {
            quint64 a, b;
            std::memcpy(&a, p + i, 8);
            std::memcpy(&b, lit + i, 8);
            same = same && a == b;
        }
        if constexpr (n % 8 != 0) {
            quint64 a, b;
            std::memcpy(&a, p + n - 8, 8);
            std::memcpy(&b, lit + n - 8, 8);
            same = same && a == b;
        }
        return same;
    } else if constexpr (n >= 4) {
        quint32 a, b, c, d;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, lit, 4);
        std::memcpy(&c, p + n - 4, 4);
        std::memcpy(&d, lit + n - 4, 4);
        return a == b && c == d;
    } else {
        for (size_t i = 0; i < n; ++i) {
            if (p[i] != lit[i])
                return false;
        }
        return true;
    }
}

template<size_t N> inline bool starts(QByteArrayView s, const char (&lit)[N])
{
    return s.size() >= qsizetype(N - 1) && sameBytes(s.data(), lit);
}

template<size_t N> inline bool equals(QByteArrayView s, const char (&lit)[N])
{
    return s.size() == qsizetype(N - 1) && sameBytes(s.data(), lit);
}

// Index of c in s at or after from, or -1. The fields searched are a few
// dozen bytes, where a call to memchr costs more than the search itself;
// with SSE2 (all of x86-64) sixteen bytes are compared at a time.
inline qsizetype indexOf(QByteArrayView s, char c, qsizetype from = 0)
{
    if (from >= s.size())
        return -1;
    const char *p = s.data() + from;
    const char *const end = s.data() + s.size();
#if defined(__SSE2__)
    const __m128i needle = _mm_set1_epi8(c);
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, needle)));
        if (mask)
            return qsizetype(p - s.data()) + std::countr_zero(mask);
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (*p == c)
            return qsizetype(p - s.data());
    }
    return -1;
}

// Literal searches. With SSE2, sixteen candidate starts at a time are kept
// only where both the literal's first and last byte match, which skips the
// many ", " and "=" of a log line at once; then sameBytes() decides.
// QByteArrayView's generic search and memmem's set-up cost several times
// more on lines this short.
template<size_t N> inline qsizetype find(QByteArrayView s, const char (&lit)[N], qsizetype from = 0)
{
    constexpr qsizetype len = N - 1;
    static_assert(len > 0);
    if (from < 0)
        return -1;
    const qsizetype last = s.size() - len; // the last position a match can start at
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(lit[0]);
    const __m128i final = _mm_set1_epi8(lit[len - 1]);
    for (; i + 15 <= last; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + i + len - 1));
        unsigned mask
            = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final))));
        while (mask) {
            const int bit = std::countr_zero(mask);
            if (sameBytes(s.data() + i + bit, lit))
                return i + bit;
            mask &= mask - 1;
        }
    }
#endif
    for (; i <= last; ++i) {
        if (s[i] == lit[0] && sameBytes(s.data() + i, lit))
            return i;
    }
    return -1;
}

template<size_t N> inline bool has(QByteArrayView s, const char (&lit)[N])
{
    return find(s, lit) >= 0;
}

// Program tags are a few dozen bytes: a plain loop beats a call.
inline qsizetype lastIndexOf(QByteArrayView s, char c)
{
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (s[i] == c)
            return i;
    }
    return -1;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

inline bool digitsAt(QByteArrayView s, qsizetype pos, qsizetype count)
{
    if (pos + count > s.size())
        return false;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i]))
            return false;
    }
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// algorithm); QDate would do, but costs more than the rest of the parse.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int monthFromName(const char *p)
{
    // Switch on the three letters; syslog writes them in English.
    switch (p[0]) {
    case 'J':
        if (p[1] == 'a' && p[2] == 'n')
            return 1;
        if (p[1] == 'u' && p[2] == 'n')
            return 6;
        if (p[1] == 'u' && p[2] == 'l')
            return 7;
        return 0;
    case 'F':
        return p[1] == 'e' && p[2] == 'b' ? 2 : 0;
    case 'M':
        if (p[1] == 'a' && p[2] == 'r')
            return 3;
        if (p[1] == 'a' && p[2] == 'y')
            return 5;
        return 0;
    case 'A':
        if (p[1] == 'p' && p[2] == 'r')
            return 4;
        if (p[1] == 'u' && p[2] == 'g')
            return 8;
        return 0;
    case 'S':
        return p[1] == 'e' && p[2] == 'p' ? 9 : 0;
    case 'O':
        return p[1] == 'c' && p[2] == 't' ? 10 : 0;
    case 'N':
        return p[1] == 'o' && p[2] == 'v' ? 11 : 0;
    case 'D':
        return p[1] == 'e' && p[2] == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

inline bool validClock(int h, int mi, int s)
{
    return h <= 23 && mi <= 59 && s <= 60;
}

constexpr qsizetype kPlainStamp = 16; // "Nov 23 09:12:01 "

QByteArrayView chopNewline(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

// Field by field: assigning a fresh MailLogEvent compiles to a 288-byte
// string store whose start-up alone cost a tenth of the counting time.
void clear(MailLogEvent &e)
{
    e.kind = Kind::Unparsed;
    e.status = MailLogEvent::Status::None;
    e.rejectClass = MailLogEvent::RejectClass::None;
    e.hasUtcOffset = false;
    e.forwarded = false;
    e.utcOffsetSecs = 0;
    e.smtpCode = 0;
    e.time = 0;
    e.size = -1;
    e.host = {};
    e.program = {};
    e.service = {};
    e.pid = {};
    e.queueId = {};
    e.text = {};
    e.client = {};
    e.clientName = {};
    e.clientIp = {};
    e.sender = {};
    e.recipient = {};
    e.relay = {};
    e.dsn = {};
    e.reason = {};
    e.stage = {};
    e.action = {};
}

// The value of key=<...> in text, without the brackets; empty if absent.
template<size_t N> QByteArrayView angleField(QByteArrayView text, const char (&key)[N], qsizetype from = 0)
{
    const qsizetype at = find(text, key, from);
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(N - 1);
    const qsizetype end = indexOf(text, '>', start);
    return end < 0 ? QByteArrayView() : text.sliced(start, end - start);
}

// The value of key=value up to ',' or end; empty if absent.
template<size_t N> QByteArrayView commaField(QByteArrayView text, const char (&key)[N], qsizetype from = 0)
{
    const qsizetype at = find(text, key, from);
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(N - 1);
    qsizetype end = indexOf(text, ',', start);
    if (end < 0)
        end = text.size();
    return text.sliced(start, end - start);
}

#if defined(__SSE2__)
// Bit i set where p[i] == c, for 32 bytes.
inline quint32 byteMask32(__m128i lo, __m128i hi, char c)
{
    const __m128i n = _mm_set1_epi8(c);
    return quint32(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(lo, n))))
        | quint32(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(hi, n)))) << 16;
}

inline quint32 bitsBelow(qsizetype n)
{
    return n >= 32 ? ~quint32(0) : (quint32(1) << n) - 1;
}

inline qsizetype highestBit(quint32 bits)
{
    return 31 - std::countl_zero(bits);
}
#endif

// "name[ip]" at the start of s, up to ']' (and ':port' for postscreen's "[ip]:port").
void takeClient(QByteArrayView s, MailLogEvent &e)
{
    qsizetype open = -1, close = -1;
#if defined(__SSE2__)
    // Most clients fit in 32 bytes: the three searches as one pass.
    if (s.size() >= 32) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data()));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + 16));
        const quint32 opens = byteMask32(lo, hi, '[');
        if (opens) {
            open = std::countr_zero(opens);
            const quint32 closes = byteMask32(lo, hi, ']') & ~bitsBelow(open + 1);
            if (closes) {
                close = std::countr_zero(closes);
                // A space before '[' means the bracket belongs to something later.
                if (byteMask32(lo, hi, ' ') & bitsBelow(open))
                    return;
            }
        }
    }
    if (close < 0)
#endif
    {
        open = indexOf(s, '[');
        if (open < 0)
            return;
        close = indexOf(s, ']', open + 1);
        if (close < 0)
            return;
        if (indexOf(s.first(open), ' ') >= 0)
            return;
    }
    e.client = s.first(close + 1);
    e.clientName = s.first(open);
    e.clientIp = s.sliced(open + 1, close - open - 1);
}

// Queue ids are hex or base-52: [0-9A-Za-z]. A table, as this runs for every line.
constexpr std::array<bool, 256> kQueueIdChars = [] {
    std::array<bool, 256> t {};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = true;
    return t;
}();

inline bool isQueueIdChar(char c)
{
    return kQueueIdChars[uchar(c)];
}

// Positions in "host program[pid]: text" (after the stamp): the space
// ending the host, the colon ending the tag, the tag's last '[' when it ends
// in ']' (else -1), and the last '/' of the program name (else -1).
struct HeaderMarks
{
    qsizetype hostEnd = -1;
    qsizetype colon = -1;
    qsizetype open = -1;
    qsizetype slash = -1;
};

// How far a header got: the parse keeps what lies before a failure.
enum class HeaderScan
{
    NoHost,
    NoTag,
    NoPidStart,
    Ok
};

// The tag runs to the first space after the host, which must follow its
// colon: the same as "up to the first ': '" with no space inside the tag.
HeaderScan scanHeaderBytes(QByteArrayView rest, HeaderMarks &m)
{
    const qsizetype sp = indexOf(rest, ' ');
    if (sp <= 0)
        return HeaderScan::NoHost;
    m.hostEnd = sp;
    const qsizetype tagEnd = indexOf(rest, ' ', sp + 1);
    if (tagEnd < sp + 3 || rest[tagEnd - 1] != ':')
        return HeaderScan::NoTag;
    m.colon = tagEnd - 1;
    QByteArrayView tag = rest.sliced(sp + 1, m.colon - sp - 1);
    if (tag.back() == ']') {
        const qsizetype open = lastIndexOf(tag, '[');
        if (open < 0)
            return HeaderScan::NoPidStart;
        m.open = sp + 1 + open;
        tag = tag.first(open);
    }
    const qsizetype slash = lastIndexOf(tag, '/');
    m.slash = slash < 0 ? -1 : sp + 1 + slash;
    return HeaderScan::Ok;
}

// scanHeaderBytes() with the tag's 32 bytes in two SSE registers, where it
// fits in them (nearly always): every line pays for this, and byte loops
// with their unpredictable ends showed in profiles.
HeaderScan scanHeader(QByteArrayView rest, HeaderMarks &m)
{
#if defined(__SSE2__)
    const qsizetype sp = indexOf(rest, ' ');
    if (sp > 0 && rest.size() - (sp + 1) >= 32) {
        const char *tag = rest.data() + sp + 1;
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(tag));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(tag + 16));
        const quint32 spaces = byteMask32(lo, hi, ' ');
        if (spaces) {
            m.hostEnd = sp;
            const qsizetype tagEnd = std::countr_zero(spaces); // relative to tag
            if (tagEnd < 2 || tag[tagEnd - 1] != ':')
                return HeaderScan::NoTag;
            const qsizetype colon = tagEnd - 1;
            m.colon = sp + 1 + colon;
            quint32 inProgram = bitsBelow(colon);
            if (tag[colon - 1] == ']') {
                const quint32 opens = byteMask32(lo, hi, '[') & inProgram;
                if (!opens)
                    return HeaderScan::NoPidStart;
                const qsizetype open = highestBit(opens);
                m.open = sp + 1 + open;
                inProgram = bitsBelow(open);
            }
            const quint32 slashes = byteMask32(lo, hi, '/') & inProgram;
            m.slash = slashes ? sp + 1 + highestBit(slashes) : -1;
            return HeaderScan::Ok;
        }
    }
#endif
    return scanHeaderBytes(rest, m);
}

struct QueueIdRun
{
    qsizetype length = 0; // of the run of [0-9A-Za-z] at the start, at most 40
    bool hasDigit = false;
};

#if defined(__SSE2__)
// For sixteen bytes: bit i set where p[i] is not [0-9A-Za-z], and where it is a digit.
inline void classifyIdBytes(const char *p, unsigned &other, unsigned &digits)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i digit
        = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(
        _mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), lower));
    other = ~unsigned(_mm_movemask_epi8(_mm_or_si128(digit, letter))) & 0xFFFFu;
    digits = unsigned(_mm_movemask_epi8(digit));
}
#endif

QueueIdRun queueIdRun(QByteArrayView t)
{
    constexpr qsizetype maxRun = 40;
    QueueIdRun run;
#if defined(__SSE2__)
    // Sixteen bytes at a time; ids are 10-17 bytes and the words that are
    // not ids are shorter, so the first block nearly always ends the run.
    if (t.size() >= 32) {
        unsigned other, digits;
        classifyIdBytes(t.data(), other, digits);
        if (!other) {
            unsigned other2, digits2;
            classifyIdBytes(t.data() + 16, other2, digits2);
            other = other2 << 16;
            digits |= digits2 << 16;
        }
        if (other) {
            run.length = std::countr_zero(other);
            run.hasDigit = (digits & ((1u << run.length) - 1)) != 0;
            return run;
        }
    }
#endif
    while (run.length < t.size() && run.length < maxRun && isQueueIdChar(t[run.length])) {
        run.hasDigit = run.hasDigit || isDigit(t[run.length]);
        ++run.length;
    }
    return run;
}

// "450 4.7.1 Client host rejected: ..." -> code, dsn, reason text up to "; from=<".
void takeReplyAndReason(QByteArrayView s, MailLogEvent &e)
{
    if (digitsAt(s, 0, 3) && (s.size() == 3 || s[3] == ' ')) {
        e.smtpCode = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
        s = s.sliced(std::min<qsizetype>(4, s.size()));
        if (s.size() >= 5 && isDigit(s[0]) && s[1] == '.') {
            qsizetype end = indexOf(s, ' ');
            if (end < 0)
                end = s.size();
            e.dsn = s.first(end);
            s = s.sliced(std::min(end + 1, s.size()));
        }
    }
    qsizetype end = find(s, "; from=<");
    if (end < 0)
        end = s.size();
    e.reason = s.first(end);
}

// Full = false leaves out the envelope addresses, which the counters do not read.
template<bool Full> void parseReject(QByteArrayView body, MailLogEvent &e)
{
    // body: "RCPT from unknown[192.0.2.1]: 554 5.7.1 <x>: Relay access denied; from=<a> to=<b> ..."
    //   or  "header Subject: x from host[ip]; from=<a> to=<b> proto=SMTP helo=<h>: 5.7.1 text"
    qsizetype sp = indexOf(body, ' ');
    if (sp < 0)
        return;
    e.stage = body.first(sp);
    QByteArrayView rest = body.sliced(sp + 1);
    if (equals(e.stage, "header") || equals(e.stage, "body") || equals(e.stage, "END-OF-MESSAGE")) {
        // cleanup: the DSN and text come after the envelope.
        const qsizetype helo = find(rest, "helo=<");
        qsizetype tail = helo < 0 ? -1 : find(rest, ">: ", helo);
        if (tail >= 0) {
            QByteArrayView t = rest.sliced(tail + 3);
            if (t.size() >= 5 && isDigit(t[0]) && t[1] == '.') {
                const qsizetype end = indexOf(t, ' ');
                e.dsn = end < 0 ? t : t.first(end);
                t = end < 0 ? QByteArrayView() : t.sliced(end + 1);
            }
            e.reason = t;
        } else {
            e.reason = rest;
        }
        if constexpr (Full) {
            e.sender = angleField(rest, "from=<");
            e.recipient = angleField(rest, "to=<");
        }
        const qsizetype fromHost = find(rest, " from ");
        if (fromHost >= 0)
            takeClient(rest.sliced(fromHost + 6), e);
        e.rejectClass = MailLogParser::classifyReject(e.reason);
        return;
    }
    if (!starts(rest, "from "))
        return;
    rest = rest.sliced(5);
    takeClient(rest, e);
    // The reply follows the client and its ": " (postscreen adds ":port").
    qsizetype colon = find(rest, ": ", e.client.size());
    if (colon < 0)
        return;
    const QByteArrayView reply = rest.sliced(colon + 2);
    takeReplyAndReason(reply, e);
    if constexpr (Full) {
        const qsizetype env = find(reply, "; from=<");
        if (env >= 0) {
            e.sender = angleField(reply, "from=<", env);
            e.recipient = angleField(reply, "to=<", env);
        }
    }
    e.rejectClass = MailLogParser::classifyReject(e.reason);
}

// Full = false fills what the counters read: status, forwarded, and the DSN
// of deferrals and bounces.
template<bool Full> void parseDelivery(QByteArrayView t, MailLogEvent &e)
{
    using Status = MailLogEvent::Status;
    e.kind = Kind::Delivery;
    const QByteArrayView recipient = angleField(t, "to=<");
    const qsizetype afterTo = recipient.data() ? (recipient.data() - t.data()) + recipient.size() : 0;
    if constexpr (Full) {
        e.recipient = recipient;
        e.relay = commaField(t, "relay=", afterTo);
        e.dsn = commaField(t, "dsn=", afterTo);
    }
    const qsizetype st = find(t, ", status=", afterTo);
    if (st < 0) {
        e.status = Status::Other;
        return;
    }
    QByteArrayView s = t.sliced(st + 9);
    if (starts(s, "sent"))
        e.status = Status::Sent;
    else if (starts(s, "deferred"))
        e.status = Status::Deferred;
    else if (starts(s, "bounced"))
        e.status = Status::Bounced;
    else
        e.status = Status::Other;
    if constexpr (!Full) {
        if (e.status != Status::Sent) {
            if (e.status != Status::Other)
                e.dsn = commaField(t, "dsn=", afterTo);
            return;
        }
    }
    const qsizetype open = find(s, " (");
    if (open >= 0) {
        QByteArrayView detail = s.sliced(open + 2);
        if (detail.endsWith(')'))
            detail.chop(1);
        e.reason = detail;
        if (e.status == Status::Sent && starts(detail, "forwarded as "))
            e.forwarded = true;
    }
}

void parsePostscreen(QByteArrayView t, MailLogEvent &e)
{
    e.kind = Kind::Postscreen;
    // "CONNECT from [ip]:port to [ip]:port", "PASS NEW [ip]:port", "DNSBL rank 3 for [ip]:port",
    // "PREGREET 11 after 0.1 from [ip]:port: ...", "DISCONNECT [ip]:port".
    qsizetype end = 0;
    while (end < t.size() && ((t[end] >= 'A' && t[end] <= 'Z') || t[end] == ' ' || t[end] == '-')) {
        if (t[end] == ' ' && (end + 1 >= t.size() || t[end + 1] < 'A' || t[end + 1] > 'Z'))
            break;
        ++end;
    }
    e.action = t.first(end).trimmed();
    const qsizetype open = indexOf(t, '[');
    if (open >= 0) {
        const qsizetype close = indexOf(t, ']', open + 1);
        if (close > open) {
            e.clientIp = t.sliced(open + 1, close - open - 1);
            e.client = t.sliced(open, close - open + 1);
        }
    }
}

// Everything after the stamp: host, program[pid], queue id and message.
// Full = false skips the fields the counters do not read.
template<bool Full> void parseBody(QByteArrayView rest, MailLogEvent &e)
{
    HeaderMarks m;
    const HeaderScan scan = scanHeader(rest, m);
    if (scan == HeaderScan::NoHost)
        return;
    e.host = rest.first(m.hostEnd);
    if (scan == HeaderScan::NoTag)
        return;
    e.text = rest.sliced(m.colon + 2);
    if (scan == HeaderScan::NoPidStart)
        return;
    const qsizetype programEnd = m.open >= 0 ? m.open : m.colon;
    if (m.open >= 0)
        e.pid = rest.sliced(m.open + 1, m.colon - m.open - 2);
    e.program = rest.sliced(m.hostEnd + 1, programEnd - m.hostEnd - 1);
    e.service = m.slash < 0 ? e.program : rest.sliced(m.slash + 1, programEnd - m.slash - 1);
    e.kind = Kind::Other;

    QByteArrayView t = e.text;
    if (starts(t, "warning: ") || starts(t, "error: ") || starts(t, "fatal: ") || starts(t, "panic: ")) {
        e.kind = Kind::Warning;
        return;
    }

    // Queue id (or NOQUEUE) followed by ": ".
    // Short ids are hex, long ones base-52 without vowels; both hold a digit,
    // which is what tells them from words like "statistics:".
    const QueueIdRun id = queueIdRun(t);
    const qsizetype q = id.length;
    if (q >= 5 && q + 1 < t.size() && t[q] == ':' && t[q + 1] == ' '
        && (id.hasDigit || equals(t.first(q), "NOQUEUE"))) {
        e.queueId = t.first(q);
        t = t.sliced(q + 2);
    }

    const QByteArrayView svc = e.service;
    if (equals(svc, "postscreen")) {
        if (starts(t, "reject: ")) {
            e.kind = Kind::Reject;
            parseReject<Full>(t.sliced(8), e);
        } else if (e.queueId.isEmpty()) {
            if constexpr (Full)
                parsePostscreen(t, e);
            else
                e.kind = Kind::Postscreen;
        }
        return;
    }
    // One switch on the first byte rather than a chain of prefix tests; the
    // prefixes that share a first byte exclude each other.
    const bool queued = !e.queueId.isEmpty();
    switch (t.isEmpty() ? '\0' : t[0]) {
    case 'r':
        if (starts(t, "reject: ")) {
            e.kind = Kind::Reject;
            parseReject<Full>(t.sliced(8), e);
        } else if (starts(t, "reject_warning: ")) {
            e.kind = Kind::RejectWarning;
            parseReject<Full>(t.sliced(16), e);
        } else if (queued && equals(t, "removed")) {
            e.kind = Kind::Removed;
        }
        return;
    case 'm':
        if (starts(t, "milter-reject: ")) {
            e.kind = Kind::Reject;
            parseReject<Full>(t.sliced(15), e);
        } else if (queued && starts(t, "message-id=")) {
            e.kind = Kind::MessageId;
        }
        return;
    case 'h':
        if (starts(t, "hold: ")) {
            e.kind = Kind::Hold;
            parseReject<Full>(t.sliced(6), e);
        }
        return;
    case 'd':
        if (starts(t, "discard: ")) {
            e.kind = Kind::Discard;
            parseReject<Full>(t.sliced(9), e);
        } else if (!queued && starts(t, "disconnect from ")) {
            e.kind = Kind::Disconnect;
            if constexpr (Full)
                takeClient(t.sliced(16), e);
        }
        return;
    case 't':
        if (queued && starts(t, "to=<"))
            parseDelivery<Full>(t, e);
        return;
    case 'c':
        if (queued) {
            if (starts(t, "client=")) {
                e.kind = Kind::Received;
                if constexpr (Full)
                    takeClient(t.sliced(7), e);
            }
        } else if (starts(t, "connect from ")) {
            e.kind = Kind::Connect;
            takeClient(t.sliced(13), e);
        }
        return;
    case 'f':
        if (queued && starts(t, "from=<")) {
            e.sender = angleField(t, "from=<");
            if (has(t, ", status=expired")) {
                e.kind = Kind::Expired;
            } else {
                e.kind = Kind::QueueFrom;
                if constexpr (Full) {
                    const QByteArrayView size = commaField(t, ", size=");
                    bool ok = false;
                    const qint64 n = size.toLongLong(&ok);
                    e.size = ok ? n : -1;
                }
            }
        }
        return;
    case 'u':
    case 's':
        if (queued) {
            if (equals(svc, "pickup") && (starts(t, "uid=") || starts(t, "sender="))) {
                e.kind = Kind::Pickup;
                if constexpr (Full)
                    e.sender = angleField(t, "from=<");
            }
        } else if (equals(svc, "anvil") && starts(t, "statistics: ")) {
            e.kind = Kind::Anvil;
            e.reason = t.sliced(12);
        }
        return;
    default:
        return;
    }
}

} // namespace

MailLogParser::MailLogParser(QDate reference)
{
    setReference(1970, 1);
    setReferenceDate(reference);
}

void MailLogParser::setReferenceDate(QDate reference)
{
    if (reference.isValid())
        setReference(reference.year(), reference.month());
}

void MailLogParser::setReference(int year, int month)
{
    m_lastStampValid = false;
    // A year-less stamp's day count is the first of its month plus the day,
    // so the twelve firsts are worked out once here rather than per line.
    m_monthStart[0] = 0;
    for (int m = 1; m <= 12; ++m)
        m_monthStart[size_t(m)] = daysFromCivil(m > month ? year - 1 : year, m, 1);
}

bool MailLogParser::parseStamp(QByteArrayView &rest, MailLogEvent &e) const
{
    const QByteArrayView s = rest;
    if (s.size() >= 20 && isDigit(s[0]) && s[4] == '-') {
        // 2026-11-23T09:12:01[.123456](Z|+00:00)
        if (!digitsAt(s, 0, 4) || !digitsAt(s, 5, 2) || s[7] != '-' || !digitsAt(s, 8, 2)
            || (s[10] != 'T' && s[10] != ' ') || !digitsAt(s, 11, 2) || s[13] != ':' || !digitsAt(s, 14, 2)
            || s[16] != ':' || !digitsAt(s, 17, 2))
            return false;
        const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + twoDigits(s.data() + 2);
        const int month = twoDigits(s.data() + 5);
        const int day = twoDigits(s.data() + 8);
        const int h = twoDigits(s.data() + 11), mi = twoDigits(s.data() + 14), sec = twoDigits(s.data() + 17);
        if (month < 1 || month > 12 || day < 1 || day > 31 || !validClock(h, mi, sec))
            return false;
        qsizetype i = 19;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
        }
        if (i < s.size() && s[i] == 'Z') {
            e.hasUtcOffset = true;
            ++i;
        } else if (i + 6 <= s.size() && (s[i] == '+' || s[i] == '-') && digitsAt(s, i + 1, 2)
            && s[i + 3] == ':' && digitsAt(s, i + 4, 2)) {
            const int off = twoDigits(s.data() + i + 1) * 3600 + twoDigits(s.data() + i + 4) * 60;
            e.utcOffsetSecs = s[i] == '-' ? -off : off;
            e.hasUtcOffset = true;
            i += 6;
        }
        if (i >= s.size() || s[i] != ' ')
            return false;
        e.time = daysFromCivil(year, month, day) * 86400 + h * 3600 + mi * 60 + sec;
        rest = s.sliced(i + 1);
        return true;
    }
    // "Nov 23 09:12:01 " or "Nov  3 09:12:01 ", optionally with ".123456".
    if (s.size() < 16 || s[3] != ' ')
        return false;
    const int month = monthFromName(s.data());
    if (month == 0)
        return false;
    int day;
    if (s[4] == ' ' && isDigit(s[5]))
        day = s[5] - '0';
    else if (isDigit(s[4]) && isDigit(s[5]))
        day = twoDigits(s.data() + 4);
    else
        return false;
    if (s[6] != ' ' || !isDigit(s[7]) || !isDigit(s[8]) || s[9] != ':' || !isDigit(s[10]) || !isDigit(s[11])
        || s[12] != ':' || !isDigit(s[13]) || !isDigit(s[14]))
        return false;
    const int h = twoDigits(s.data() + 7), mi = twoDigits(s.data() + 10), sec = twoDigits(s.data() + 13);
    if (day < 1 || day > 31 || !validClock(h, mi, sec))
        return false;
    qsizetype i = 15;
    if (s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    if (i >= s.size() || s[i] != ' ')
        return false;
    // daysFromCivil() is linear in the day, even past the month's end.
    e.time = (m_monthStart[size_t(month)] + day - 1) * 86400 + h * 3600 + mi * 60 + sec;
    rest = s.sliced(i + 1);
    return true;
}

MailLogEvent MailLogParser::parse(QByteArrayView line) const
{
    MailLogEvent e;
    line = chopNewline(line);
    if (parseStamp(line, e))
        parseBody<true>(line, e);
    return e;
}

void MailLogParser::parseForCounters(QByteArrayView line, MailLogEvent &e)
{
    clear(e);
    line = chopNewline(line);
    // Lines come in time order: a plain stamp ("Nov 23 09:12:01 ") whose
    // first 13 bytes, up to the seconds, equal those of the last one parsed
    // has its minute already, and only the seconds are left to check. That
    // spares the full parse on the first line of each second, too.
    const auto word = [](const char *at) {
        quint64 v;
        std::memcpy(&v, at, 8);
        return v;
    };
    const char *s = line.data();
    if (m_lastStampValid && line.size() >= kPlainStamp && word(s) == word(m_lastStamp.data())
        && word(s + 5) == word(m_lastStamp.data() + 5) && isDigit(s[13]) && isDigit(s[14]) && s[15] == ' '
        && twoDigits(s + 13) <= 60) {
        e.time = m_lastMinuteTime + twoDigits(s + 13);
        line = line.sliced(kPlainStamp);
    } else {
        const QByteArrayView whole = line;
        if (!parseStamp(line, e))
            return;
        if (line.data() == whole.data() + kPlainStamp && !e.hasUtcOffset) {
            std::memcpy(m_lastStamp.data(), whole.data(), size_t(kPlainStamp));
            m_lastMinuteTime = e.time - twoDigits(whole.data() + 13);
            m_lastStampValid = true;
        }
    }
    parseBody<false>(line, e);
}

MailLogEvent::RejectClass MailLogParser::classifyReject(QByteArrayView r)
{
    using C = MailLogEvent::RejectClass;
    if (has(r, "blocked using "))
        return C::Dnsbl;
    // All three contain "cannot find": one search rules them out on most rejects.
    if (has(r, "cannot find")
        && (has(r, "cannot find your hostname") || has(r, "cannot find your reverse hostname")
            || has(r, "Client host rejected: cannot find")))
        return C::ReverseDns;
    if (has(r, "SPF") || has(r, "spf"))
        return C::Spf;
    if (has(r, "Relay access denied"))
        return C::RelayDenied;
    if (has(r, "reylist"))
        return C::Greylisting;
    return C::Other;
}

const char *MailLogParser::rejectClassName(MailLogEvent::RejectClass c)
{
    using C = MailLogEvent::RejectClass;
    switch (c) {
    case C::None:
        return "none";
    case C::ReverseDns:
        return "reverse-dns";
    case C::Dnsbl:
        return "dnsbl";
    case C::Spf:
        return "spf";
    case C::RelayDenied:
        return "relay-denied";
    case C::Greylisting:
        return "greylisting";
    case C::Other:
        return "other";
    }
    return "other";
}

} // namespace MailOps
