#include "maillogparser.h"

#include <cstring>

namespace MailOps {

namespace {

using Kind = MailLogEvent::Kind;

// Literal searches by memchr and memcmp: QByteArrayView's generic search
// costs several times more on lines this short.
template<size_t N>
inline bool starts(QByteArrayView s, const char (&lit)[N])
{
    return s.size() >= qsizetype(N - 1) && std::memcmp(s.data(), lit, N - 1) == 0;
}

inline qsizetype findBytes(QByteArrayView s, const char *needle, size_t len, qsizetype from)
{
    if (from < 0 || from > s.size() || len == 0)
        return -1;
    // memchr for the first byte, memcmp for the rest: beats memmem's set-up
    // cost on haystacks of a few hundred bytes.
    const char *p = s.data() + from;
    const char *const end = s.data() + s.size();
    while (end - p >= qsizetype(len)) {
        p = static_cast<const char *>(std::memchr(p, needle[0], size_t(end - p) - len + 1));
        if (!p)
            return -1;
        if (std::memcmp(p + 1, needle + 1, len - 1) == 0)
            return qsizetype(p - s.data());
        ++p;
    }
    return -1;
}

template<size_t N>
inline qsizetype find(QByteArrayView s, const char (&lit)[N], qsizetype from = 0)
{
    return findBytes(s, lit, N - 1, from);
}

template<size_t N>
inline bool has(QByteArrayView s, const char (&lit)[N])
{
    return find(s, lit) >= 0;
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
        if (p[1] == 'a' && p[2] == 'n') return 1;
        if (p[1] == 'u' && p[2] == 'n') return 6;
        if (p[1] == 'u' && p[2] == 'l') return 7;
        return 0;
    case 'F': return p[1] == 'e' && p[2] == 'b' ? 2 : 0;
    case 'M':
        if (p[1] == 'a' && p[2] == 'r') return 3;
        if (p[1] == 'a' && p[2] == 'y') return 5;
        return 0;
    case 'A':
        if (p[1] == 'p' && p[2] == 'r') return 4;
        if (p[1] == 'u' && p[2] == 'g') return 8;
        return 0;
    case 'S': return p[1] == 'e' && p[2] == 'p' ? 9 : 0;
    case 'O': return p[1] == 'c' && p[2] == 't' ? 10 : 0;
    case 'N': return p[1] == 'o' && p[2] == 'v' ? 11 : 0;
    case 'D': return p[1] == 'e' && p[2] == 'c' ? 12 : 0;
    default: return 0;
    }
}

inline bool validClock(int h, int mi, int s)
{
    return h <= 23 && mi <= 59 && s <= 60;
}

// The value of key=<...> in text, without the brackets; empty if absent.
QByteArrayView angleField(QByteArrayView text, const char *key, qsizetype from = 0)
{
    const size_t keyLen = std::strlen(key);
    const qsizetype at = findBytes(text, key, keyLen, from);
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(keyLen);
    const qsizetype end = text.indexOf('>', start);
    return end < 0 ? QByteArrayView() : text.sliced(start, end - start);
}

// The value of key=value up to ',' or end; empty if absent.
QByteArrayView commaField(QByteArrayView text, const char *key, qsizetype from = 0)
{
    const size_t keyLen = std::strlen(key);
    const qsizetype at = findBytes(text, key, keyLen, from);
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(keyLen);
    qsizetype end = text.indexOf(',', start);
    if (end < 0)
        end = text.size();
    return text.sliced(start, end - start);
}

// "name[ip]" at the start of s, up to ']' (and ':port' for postscreen's "[ip]:port").
void takeClient(QByteArrayView s, MailLogEvent &e)
{
    const qsizetype open = s.indexOf('[');
    if (open < 0)
        return;
    const qsizetype close = s.indexOf(']', open + 1);
    if (close < 0)
        return;
    // A space before '[' means the bracket belongs to something later.
    if (s.first(open).contains(' '))
        return;
    e.client = s.first(close + 1);
    e.clientName = s.first(open);
    e.clientIp = s.sliced(open + 1, close - open - 1);
}

bool startsWithWord(QByteArrayView s, const char *word)
{
    return s.startsWith(QByteArrayView(word));
}

bool isQueueIdChar(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// "450 4.7.1 Client host rejected: ..." -> code, dsn, reason text up to "; from=<".
void takeReplyAndReason(QByteArrayView s, MailLogEvent &e)
{
    if (digitsAt(s, 0, 3) && (s.size() == 3 || s[3] == ' ')) {
        e.smtpCode = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
        s = s.sliced(std::min<qsizetype>(4, s.size()));
        if (s.size() >= 5 && isDigit(s[0]) && s[1] == '.') {
            qsizetype end = s.indexOf(' ');
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

void parseReject(QByteArrayView body, MailLogEvent &e)
{
    // body: "RCPT from unknown[192.0.2.1]: 554 5.7.1 <x>: Relay access denied; from=<a> to=<b> ..."
    //   or  "header Subject: x from host[ip]; from=<a> to=<b> proto=SMTP helo=<h>: 5.7.1 text"
    qsizetype sp = body.indexOf(' ');
    if (sp < 0)
        return;
    e.stage = body.first(sp);
    QByteArrayView rest = body.sliced(sp + 1);
    if (e.stage == "header" || e.stage == "body" || e.stage == "END-OF-MESSAGE") {
        // cleanup: the DSN and text come after the envelope.
        const qsizetype helo = find(rest, "helo=<");
        qsizetype tail = helo < 0 ? -1 : find(rest, ">: ", helo);
        if (tail >= 0) {
            QByteArrayView t = rest.sliced(tail + 3);
            if (t.size() >= 5 && isDigit(t[0]) && t[1] == '.') {
                const qsizetype end = t.indexOf(' ');
                e.dsn = end < 0 ? t : t.first(end);
                t = end < 0 ? QByteArrayView() : t.sliced(end + 1);
            }
            e.reason = t;
        } else {
            e.reason = rest;
        }
        e.sender = angleField(rest, "from=<");
        e.recipient = angleField(rest, "to=<");
        const qsizetype fromHost = find(rest, " from ");
        if (fromHost >= 0)
            takeClient(rest.sliced(fromHost + 6), e);
        e.rejectClass = MailLogParser::classifyReject(e.reason);
        return;
    }
    if (!startsWithWord(rest, "from "))
        return;
    rest = rest.sliced(5);
    takeClient(rest, e);
    // The reply follows the client and its ": " (postscreen adds ":port").
    qsizetype colon = find(rest, ": ", e.client.size());
    if (colon < 0)
        return;
    const QByteArrayView reply = rest.sliced(colon + 2);
    takeReplyAndReason(reply, e);
    const qsizetype env = find(reply, "; from=<");
    if (env >= 0) {
        e.sender = angleField(reply, "from=<", env);
        e.recipient = angleField(reply, "to=<", env);
    }
    e.rejectClass = MailLogParser::classifyReject(e.reason);
}

void parseDelivery(QByteArrayView t, MailLogEvent &e)
{
    e.kind = Kind::Delivery;
    e.recipient = angleField(t, "to=<");
    const qsizetype afterTo = e.recipient.data() ? (e.recipient.data() - t.data()) + e.recipient.size() : 0;
    e.relay = commaField(t, "relay=", afterTo);
    e.dsn = commaField(t, "dsn=", afterTo);
    const qsizetype st = find(t, ", status=", afterTo);
    if (st < 0) {
        e.status = MailLogEvent::Status::Other;
        return;
    }
    QByteArrayView s = t.sliced(st + 9);
    if (starts(s, "sent"))
        e.status = MailLogEvent::Status::Sent;
    else if (starts(s, "deferred"))
        e.status = MailLogEvent::Status::Deferred;
    else if (starts(s, "bounced"))
        e.status = MailLogEvent::Status::Bounced;
    else
        e.status = MailLogEvent::Status::Other;
    const qsizetype open = find(s, " (");
    if (open >= 0) {
        QByteArrayView detail = s.sliced(open + 2);
        if (detail.endsWith(')'))
            detail.chop(1);
        e.reason = detail;
        if (e.status == MailLogEvent::Status::Sent && starts(detail, "forwarded as "))
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
    const qsizetype open = t.indexOf('[');
    if (open >= 0) {
        const qsizetype close = t.indexOf(']', open + 1);
        if (close > open) {
            e.clientIp = t.sliced(open + 1, close - open - 1);
            e.client = t.sliced(open, close - open + 1);
        }
    }
}

} // namespace

MailLogParser::MailLogParser(QDate reference)
{
    setReferenceDate(reference);
}

void MailLogParser::setReferenceDate(QDate reference)
{
    if (!reference.isValid())
        return;
    m_refYear = reference.year();
    m_refMonth = reference.month();
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
        } else if (i + 6 <= s.size() && (s[i] == '+' || s[i] == '-') && digitsAt(s, i + 1, 2) && s[i + 3] == ':'
                   && digitsAt(s, i + 4, 2)) {
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
    if (s[6] != ' ' || !digitsAt(s, 7, 2) || s[9] != ':' || !digitsAt(s, 10, 2) || s[12] != ':'
        || !digitsAt(s, 13, 2))
        return false;
    const int h = twoDigits(s.data() + 7), mi = twoDigits(s.data() + 10), sec = twoDigits(s.data() + 13);
    if (day < 1 || day > 31 || !validClock(h, mi, sec))
        return false;
    qsizetype i = 15;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    if (i >= s.size() || s[i] != ' ')
        return false;
    const int year = month > m_refMonth ? m_refYear - 1 : m_refYear;
    e.time = daysFromCivil(year, month, day) * 86400 + h * 3600 + mi * 60 + sec;
    rest = s.sliced(i + 1);
    return true;
}

MailLogEvent MailLogParser::parse(QByteArrayView line) const
{
    MailLogEvent e;
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    QByteArrayView rest = line;
    if (!parseStamp(rest, e))
        return e;

    // host
    qsizetype sp = rest.indexOf(' ');
    if (sp <= 0)
        return e;
    e.host = rest.first(sp);
    rest = rest.sliced(sp + 1);

    // program[pid]:
    const qsizetype colon = find(rest, ": ");
    if (colon <= 0)
        return e;
    QByteArrayView tag = rest.first(colon);
    if (tag.contains(' '))
        return e;
    e.text = rest.sliced(colon + 2);
    if (tag.endsWith(']')) {
        const qsizetype open = tag.lastIndexOf('[');
        if (open < 0)
            return e;
        e.pid = tag.sliced(open + 1, tag.size() - open - 2);
        tag = tag.first(open);
    }
    e.program = tag;
    const qsizetype slash = tag.lastIndexOf('/');
    e.service = slash < 0 ? tag : tag.sliced(slash + 1);
    e.kind = Kind::Other;

    QByteArrayView t = e.text;
    if (starts(t, "warning: ") || starts(t, "error: ") || starts(t, "fatal: ") || starts(t, "panic: ")) {
        e.kind = Kind::Warning;
        return e;
    }

    // Queue id (or NOQUEUE) followed by ": ".
    // Short ids are hex, long ones base-52 without vowels; both hold a digit,
    // which is what tells them from words like "statistics:".
    qsizetype q = 0;
    bool digit = false;
    while (q < t.size() && q < 40 && isQueueIdChar(t[q])) {
        digit = digit || isDigit(t[q]);
        ++q;
    }
    if (q >= 5 && q + 1 < t.size() && t[q] == ':' && t[q + 1] == ' ' && (digit || t.first(q) == "NOQUEUE")) {
        e.queueId = t.first(q);
        t = t.sliced(q + 2);
    }

    const QByteArrayView svc = e.service;
    if (svc == "postscreen") {
        if (starts(t, "reject: ")) {
            e.kind = Kind::Reject;
            parseReject(t.sliced(8), e);
        } else if (e.queueId.isEmpty()) {
            parsePostscreen(t, e);
        }
        return e;
    }
    if (starts(t, "reject: ") || starts(t, "milter-reject: ")) {
        e.kind = Kind::Reject;
        parseReject(t.sliced(t[0] == 'r' ? 8 : 15), e);
        return e;
    }
    if (starts(t, "reject_warning: ")) {
        e.kind = Kind::RejectWarning;
        parseReject(t.sliced(16), e);
        return e;
    }
    if (starts(t, "hold: ")) {
        e.kind = Kind::Hold;
        parseReject(t.sliced(6), e);
        return e;
    }
    if (starts(t, "discard: ")) {
        e.kind = Kind::Discard;
        parseReject(t.sliced(9), e);
        return e;
    }
    if (!e.queueId.isEmpty()) {
        if (starts(t, "to=<")) {
            parseDelivery(t, e);
        } else if (starts(t, "client=")) {
            e.kind = Kind::Received;
            takeClient(t.sliced(7), e);
        } else if (starts(t, "from=<")) {
            e.sender = angleField(t, "from=<");
            if (has(t, ", status=expired")) {
                e.kind = Kind::Expired;
            } else {
                e.kind = Kind::QueueFrom;
                const QByteArrayView size = commaField(t, ", size=");
                bool ok = false;
                const qint64 n = size.toLongLong(&ok);
                e.size = ok ? n : -1;
            }
        } else if (starts(t, "message-id=")) {
            e.kind = Kind::MessageId;
        } else if (t == "removed") {
            e.kind = Kind::Removed;
        } else if (svc == "pickup" && (starts(t, "uid=") || starts(t, "sender="))) {
            e.kind = Kind::Pickup;
            e.sender = angleField(t, "from=<");
        }
        return e;
    }
    if (starts(t, "connect from ")) {
        e.kind = Kind::Connect;
        takeClient(t.sliced(13), e);
    } else if (starts(t, "disconnect from ")) {
        e.kind = Kind::Disconnect;
        takeClient(t.sliced(16), e);
    } else if (svc == "anvil" && starts(t, "statistics: ")) {
        e.kind = Kind::Anvil;
        e.reason = t.sliced(12);
    }
    return e;
}

MailLogEvent::RejectClass MailLogParser::classifyReject(QByteArrayView r)
{
    using C = MailLogEvent::RejectClass;
    if (has(r, "blocked using "))
        return C::Dnsbl;
    if (has(r, "cannot find your hostname") || has(r, "cannot find your reverse hostname")
        || has(r, "Client host rejected: cannot find"))
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
    case C::None: return "none";
    case C::ReverseDns: return "reverse-dns";
    case C::Dnsbl: return "dnsbl";
    case C::Spf: return "spf";
    case C::RelayDenied: return "relay-denied";
    case C::Greylisting: return "greylisting";
    case C::Other: return "other";
    }
    return "other";
}

} // namespace MailOps
