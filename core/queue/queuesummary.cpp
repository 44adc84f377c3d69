#include "queuesummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cctype>

namespace MailOps {

namespace {

constexpr std::array<qint64, QueueSummary::BucketCount - 1> kEdgesMinutes { 5, 10, 20, 40, 80, 160, 320, 640,
    1280 };
constexpr int kReasonCacheLimit = 4096;

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case '<':
    case '>':
    case '[':
    case ']':
    case '(':
    case ')':
    case '"':
    case '\'':
    case ',':
    case ';':
    case ':':
    case '=':
    case '{':
    case '}':
        return true;
    default:
        return c.isSpace();
    }
}

bool allDigits(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
}

bool isIPv4(QStringView s)
{
    int parts = 0;
    for (QStringView p : s.tokenize(u'.')) {
        if (p.size() < 1 || p.size() > 3 || !allDigits(p))
            return false;
        ++parts;
    }
    return parts == 4;
}

// Bracket contents like "192.0.2.1", "2001:db8::1" or "IPv6:2001:db8::1".
bool looksLikeAddressLiteral(QStringView s)
{
    if (s.startsWith(u"IPv6:", Qt::CaseInsensitive))
        return true;
    if (isIPv4(s))
        return true;
    if (!s.contains(u':'))
        return false;
    return std::all_of(s.begin(), s.end(),
        [](QChar c) { return c.unicode() < 128 && (std::isxdigit(c.unicode()) || c == u':' || c == u'.'); });
}

bool isDsnCode(QStringView s)
{
    // 4.7.1, 5.1.1, 2.0.0
    const auto parts = s.split(u'.');
    if (parts.size() != 3 || parts[0].size() != 1 || !allDigits(parts[0]))
        return false;
    const QChar c = parts[0].at(0);
    if (c != u'2' && c != u'4' && c != u'5')
        return false;
    return allDigits(parts[1]) && allDigits(parts[2]) && parts[1].size() <= 3 && parts[2].size() <= 3;
}

bool isReplyCode(QStringView s)
{
    return s.size() == 3 && allDigits(s) && (s[0] == u'2' || s[0] == u'4' || s[0] == u'5');
}

bool looksLikeQueueId(QStringView s)
{
    if (s.size() < 8 || s.size() > 20)
        return false;
    bool digit = false;
    bool letter = false;
    for (QChar c : s) {
        if (c.unicode() >= 128 || !std::isalnum(c.unicode()))
            return false;
        (c.isDigit() ? digit : letter) = true;
    }
    return digit && letter;
}

// "452-4.2.2" or "452-": the prefix of each line of a multi-line reply.
bool isContinuationPrefix(QStringView t, QStringView *code, QStringView *dsn)
{
    if (t.size() < 4 || t[3] != u'-' || !isReplyCode(t.first(3)))
        return false;
    const QStringView rest = t.sliced(4);
    if (!rest.isEmpty() && !isDsnCode(rest))
        return false;
    *code = t.first(3);
    *dsn = rest;
    return true;
}

// Tokens that name one message or one connection at the receiver
// ("q24si6538316pgt.498", "BN8NAM12FT045"): letters mixed with many digits.
bool looksLikeTraceToken(QStringView t)
{
    int digits = 0;
    int letters = 0;
    for (QChar c : t) {
        if (c.unicode() >= 128)
            return false;
        if (c.isDigit())
            ++digits;
        else if (c.isLetter())
            ++letters;
    }
    return digits >= 5 && letters >= 2;
}

QString normaliseToken(QStringView t)
{
    if (t.contains(u'@'))
        return QStringLiteral("ADDR");
    if (isDsnCode(t))
        return t.toString();
    if (isIPv4(t))
        return QStringLiteral("IP");
    if (looksLikeQueueId(t) || looksLikeTraceToken(t))
        return QStringLiteral("ID");
    QString out;
    out.reserve(t.size());
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].isDigit()) {
            while (i + 1 < t.size() && t[i + 1].isDigit())
                ++i;
            out += u'N';
        } else {
            out += t[i];
        }
    }
    return out;
}

} // namespace

QueueSummary::QueueSummary(qint64 now)
    : m_now(now ? now : QDateTime::currentSecsSinceEpoch())
{
}

int QueueSummary::bucketForAge(qint64 ageSeconds)
{
    const qint64 minutes = std::max<qint64>(0, ageSeconds) / 60;
    for (int i = 0; i < int(kEdgesMinutes.size()); ++i) {
        if (minutes < kEdgesMinutes[i])
            return i;
    }
    return BucketCount - 1;
}

QString QueueSummary::bucketLabel(int bucket)
{
    if (bucket < 0 || bucket >= BucketCount)
        return {};
    if (bucket == BucketCount - 1)
        return QString::number(kEdgesMinutes.back()) + u'+';
    return QString::number(kEdgesMinutes[bucket]);
}

QString QueueSummary::otherDomainsLabel()
{
    return QCoreApplication::translate("MailOps::QueueSummary", "(other domains)");
}

void QueueSummary::add(const QueueEntry &entry)
{
    ++m_messages;
    ++m_perQueue[int(entry.queue)];
    m_bytes += entry.messageSize;
    if (entry.arrivalTime > 0 && (m_oldest == 0 || entry.arrivalTime < m_oldest))
        m_oldest = entry.arrivalTime;
    const int bucket = bucketForAge(m_now - entry.arrivalTime);
    ++m_ageHistogram[bucket];

    for (const QueueRecipient &r : entry.recipients) {
        ++m_recipients;
        const qsizetype at = r.address.lastIndexOf(u'@');
        QString domain = at < 0 ? QStringLiteral("(local)") : r.address.sliced(at + 1).toLower();
        auto it = m_domains.find(domain);
        if (it == m_domains.end()) {
            if (m_domains.size() >= m_maxDomains)
                domain = otherDomainsLabel();
            it = m_domains.find(domain);
            if (it == m_domains.end())
                it = m_domains.insert(domain, DomainRow { domain, 0, {}, 0, 0, {} });
        }
        ++it->total;
        ++it->buckets[bucket];
        if (entry.queue == QueueEntry::Queue::Deferred) {
            ++it->deferred;
            if (entry.arrivalTime > 0 && (it->oldestDeferred == 0 || entry.arrivalTime < it->oldestDeferred))
                it->oldestDeferred = entry.arrivalTime;
            if (it->reason.isEmpty())
                it->reason = r.delayReason;
        }

        if (r.delayReason.isEmpty())
            continue;
        auto cached = m_reasonCache.constFind(r.delayReason);
        QString pattern;
        if (cached != m_reasonCache.constEnd()) {
            pattern = *cached;
        } else {
            pattern = normaliseReason(r.delayReason);
            if (m_reasonCache.size() < kReasonCacheLimit)
                m_reasonCache.insert(r.delayReason, pattern);
        }
        auto rit = m_reasons.find(pattern);
        if (rit == m_reasons.end()) {
            if (m_reasons.size() >= m_maxReasons)
                pattern = QCoreApplication::translate("MailOps::QueueSummary", "(other reasons)");
            rit = m_reasons.find(pattern);
            if (rit == m_reasons.end())
                rit = m_reasons.insert(pattern, ReasonGroup { pattern, r.delayReason, 0 });
        }
        ++rit->recipients;
    }
}

QList<QueueSummary::DomainRow> QueueSummary::domainTable() const
{
    QList<DomainRow> rows = m_domains.values();
    std::sort(rows.begin(), rows.end(), [](const DomainRow &a, const DomainRow &b) {
        return a.total != b.total ? a.total > b.total : a.domain < b.domain;
    });
    return rows;
}

QList<QueueSummary::ReasonGroup> QueueSummary::reasonGroups() const
{
    QList<ReasonGroup> groups = m_reasons.values();
    std::sort(groups.begin(), groups.end(), [](const ReasonGroup &a, const ReasonGroup &b) {
        return a.recipients != b.recipients ? a.recipients > b.recipients : a.pattern < b.pattern;
    });
    return groups;
}

QString QueueSummary::normaliseReason(QStringView reason)
{
    QString out;
    out.reserve(reason.size());
    qsizetype i = 0;
    const qsizetype n = reason.size();
    bool sawContinuation = false;
    while (i < n) {
        const QChar c = reason[i];
        if (c == u'[') {
            const qsizetype close = reason.indexOf(u']', i + 1);
            if (close > i && close - i < 64 && looksLikeAddressLiteral(reason.sliced(i + 1, close - i - 1))) {
                out += u"[IP]";
                i = close + 1;
                continue;
            }
        }
        if (isSeparator(c)) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !isSeparator(reason[j]))
            ++j;
        const QStringView token = reason.sliced(i, j - i);
        // A multi-line reply repeats "452-4.2.2" on every line: the first
        // is the reply's code and status, the others are dropped.
        QStringView code;
        QStringView dsn;
        if (isContinuationPrefix(token, &code, &dsn)) {
            if (!sawContinuation) {
                sawContinuation = true;
                out += code;
                if (!dsn.isEmpty())
                    out += u' ' + dsn.toString();
            } else {
                while (j < n && reason[j] == u' ')
                    ++j;
            }
            i = j;
            continue;
        }
        // A reply code is kept where it is one: after "said:" or before an enhanced status code.
        if (isReplyCode(token)) {
            qsizetype k = j;
            while (k < n && reason[k] == u' ')
                ++k;
            qsizetype e = k;
            while (e < n && !isSeparator(reason[e]))
                ++e;
            if (out.endsWith(u"said: ") || (k > j && isDsnCode(reason.sliced(k, e - k)))) {
                out += token;
                i = j;
                continue;
            }
        }
        out += normaliseToken(token);
        i = j;
    }
    return out;
}

} // namespace MailOps
