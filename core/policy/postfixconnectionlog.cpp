#include "postfixconnectionlog.h"

#include <QStringList>

namespace MailOps {

namespace {

using Kind = MailLogEvent::Kind;
using Outcome = PostfixConnectionLog::Connection::Outcome;

// Deliveries of a message follow its session's disconnect within seconds;
// a session waits this long (log time) for them before it is handed over.
constexpr qint64 kDeliveryWaitSecs = 120;
constexpr qsizetype kMaxPending = 20000;
constexpr qsizetype kMaxListings = 1000000;
// Far beyond a real name or address; a longer one is junk and is cut.
constexpr qsizetype kMaxField = 512;

bool isSmtpd(const MailLogEvent &e)
{
    return e.service == QByteArrayView("smtpd");
}

// The pid of "postfix/smtpd[123]" together with which smtpd it is
// (submission and port 25 share pids only by chance, but may).
quint64 processKey(const MailLogEvent &e)
{
    quint64 pid = 0;
    for (const char c : e.pid) {
        if (c < '0' || c > '9')
            break;
        pid = pid * 10 + quint64(c - '0');
    }
    return (quint64(qHash(e.program, 0)) << 32) ^ pid;
}

QByteArray bounded(QByteArrayView v)
{
    return v.first(qMin(v.size(), kMaxField)).toByteArray();
}

// The value of key=<...> in text, without the brackets; null if absent.
QByteArrayView angle(QByteArrayView text, QByteArrayView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    const qsizetype end = text.indexOf('>', start);
    return end < 0 ? QByteArrayView() : text.sliced(start, end - start);
}

void addBounded(QList<QByteArray> &list, QByteArrayView value)
{
    if (list.size() >= PostfixConnectionLog::MaxAddresses)
        return;
    const QByteArray v = bounded(value);
    if (!list.contains(v))
        list << v;
}

QByteArrayView word(QByteArrayView text, qsizetype from)
{
    if (from < 0 || from >= text.size())
        return {};
    qsizetype end = from;
    while (end < text.size() && text[end] != ' ' && text[end] != ':' && text[end] != ',' && text[end] != ';')
        ++end;
    return text.sliced(from, end - from);
}

} // namespace

PostfixConnectionLog::PostfixConnectionLog(QDate reference)
    : m_parser(reference)
{
}

void PostfixConnectionLog::addData(QByteArrayView chunk)
{
    m_splitter.feed(
        chunk, [this](QByteArrayView line) { addLine(line); }, [this] { ++m_stats.cutLines; });
}

PostfixConnectionLog::Session *PostfixConnectionLog::openSession(quint64 key, const MailLogEvent &e)
{
    if (const auto it = m_open.constFind(key); it != m_open.cend()) {
        const auto s = m_sessions.find(it.value());
        if (s != m_sessions.end())
            return &s.value();
    }
    // At the cap, the oldest open session goes first, handed over as it is.
    while (m_open.size() >= m_maxOpen && !m_openOrder.empty()) {
        const quint64 id = m_openOrder.front();
        m_openOrder.pop_front();
        const auto s = m_sessions.find(id);
        if (s == m_sessions.end() || s->done)
            continue;
        for (auto o = m_open.begin(); o != m_open.end(); ++o) {
            if (o.value() == id) {
                m_open.erase(o);
                break;
            }
        }
        ++m_stats.evicted;
        s->done = true;
        s->c.endTime = e.time;
        m_pending.push_back(id);
    }
    if (qsizetype(m_openOrder.size()) > 4 * qsizetype(m_maxOpen) + 64) {
        std::deque<quint64> live;
        for (const quint64 id : m_openOrder) {
            const auto s = m_sessions.constFind(id);
            if (s != m_sessions.cend() && !s->done)
                live.push_back(id);
        }
        m_openOrder.swap(live);
    }
    const quint64 id = m_nextId++;
    Session &s = m_sessions[id];
    s.c.time = e.time;
    s.c.endTime = e.time;
    m_open.insert(key, id);
    m_openOrder.push_back(id);
    return &s;
}

void PostfixConnectionLog::takeClient(Session &s, const MailLogEvent &e)
{
    if (e.clientIp.isEmpty())
        return;
    if (s.c.clientIp.isEmpty())
        s.c.clientIp = bounded(e.clientIp);
    if (s.c.clientName.isEmpty())
        s.c.clientName = bounded(e.clientName);
    // A verified name is a PTR name; "unknown" alone does not say which check failed.
    if (s.c.reverse == Connection::Reverse::Unknown && s.c.nameVerified())
        s.c.reverse = Connection::Reverse::Present;
}

void PostfixConnectionLog::readWarning(quint64 key, QByteArrayView text)
{
    // smtpd warns about a PTR name it cannot confirm just before it logs the
    // connect as "unknown[ip]":
    //   warning: hostname NAME does not resolve to address IP[: reason]
    //   warning: IP: address not listed for hostname NAME
    //   warning: IP: hostname NAME verification failed: reason
    if (!text.startsWith("warning: "))
        return;
    text = text.sliced(9);
    if (text.startsWith("hostname ")) {
        const QByteArrayView name = word(text, 9);
        const qsizetype at = text.indexOf(" does not resolve to address ");
        if (name.isEmpty() || at < 0)
            return;
        const QByteArrayView ip = word(text, at + 29);
        if (!ip.isEmpty())
            m_unverified.insert(key, { bounded(ip), bounded(name) });
        return;
    }
    const qsizetype colon = text.indexOf(": ");
    if (colon <= 0 || colon > 64)
        return;
    const QByteArrayView ip = text.first(colon);
    const QByteArrayView rest = text.sliced(colon + 2);
    QByteArrayView name;
    if (rest.startsWith("address not listed for hostname "))
        name = word(rest, 32);
    else if (rest.startsWith("hostname ") && rest.indexOf(" verification failed") > 0)
        name = word(rest, 9);
    if (!name.isEmpty())
        m_unverified.insert(key, { bounded(ip), bounded(name) });
}

void PostfixConnectionLog::remember(QByteArrayView zone, QByteArrayView ip)
{
    if (zone.isEmpty() || ip.isEmpty() || m_stats.listings >= kMaxListings)
        return;
    QByteArray z = bounded(zone).toLower();
    if (z.endsWith('.'))
        z.chop(1);
    QSet<QByteArray> &set = m_listed[z];
    const qsizetype before = set.size();
    set.insert(bounded(ip));
    m_stats.listings += set.size() - before;
}

void PostfixConnectionLog::readDnsblog(QByteArrayView text)
{
    // "addr 192.0.2.1 listed by domain zen.example as 127.0.0.2"
    if (!text.startsWith("addr "))
        return;
    const QByteArrayView ip = word(text, 5);
    const qsizetype at = text.indexOf(" listed by domain ");
    if (at < 0)
        return;
    remember(word(text, at + 18), ip);
}

bool PostfixConnectionLog::listedInLog(const QByteArray &zone, const QByteArray &ip) const
{
    QByteArray z = zone.toLower();
    if (z.endsWith('.'))
        z.chop(1);
    const auto it = m_listed.constFind(z);
    return it != m_listed.cend() && it->contains(ip);
}

QStringList PostfixConnectionLog::listingZones() const
{
    QStringList out;
    for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
        out << QString::fromLatin1(it.key());
    out.sort();
    return out;
}

void PostfixConnectionLog::addLine(QByteArrayView line)
{
    ++m_stats.lines;
    const MailLogEvent e = m_parser.parse(line);
    if (e.kind == Kind::Unparsed) {
        ++m_stats.unparsed;
        return;
    }
    if (e.time > m_stats.newestTime)
        m_stats.newestTime = e.time;
    if (m_stats.oldestTime == 0 || e.time < m_stats.oldestTime)
        m_stats.oldestTime = e.time;

    switch (e.kind) {
    case Kind::Connect: {
        if (!isSmtpd(e))
            break;
        const quint64 key = processKey(e);
        // A process logs one session at a time: an open one it never
        // disconnected (a cut log, a crash) is over now.
        if (m_open.contains(key))
            close(key, e.time);
        Session *s = openSession(key, e);
        s->c.sawConnect = true;
        takeClient(*s, e);
        s->c.reverse = Connection::Reverse::Present;
        if (!s->c.nameVerified()) {
            s->c.reverse = Connection::Reverse::Absent;
            const auto w = m_unverified.constFind(key);
            if (w != m_unverified.cend() && w->first == s->c.clientIp) {
                s->c.reverse = Connection::Reverse::Present;
                s->c.reverseName = w->second;
            }
        }
        m_unverified.remove(key);
        break;
    }
    case Kind::Warning:
        if (isSmtpd(e))
            readWarning(processKey(e), e.text);
        break;
    case Kind::Received: {
        if (!isSmtpd(e) || e.queueId.isEmpty())
            break;
        Session *s = openSession(processKey(e), e);
        takeClient(*s, e);
        ++s->c.messages;
        s->c.outcome = Outcome::Accepted;
        const qsizetype sasl = e.text.indexOf("sasl_username=");
        if (sasl >= 0 && s->c.saslUser.isEmpty())
            s->c.saslUser = bounded(word(e.text, sasl + 14));
        const QByteArray id = e.queueId.toByteArray();
        const quint64 sessionId = m_open.value(processKey(e));
        if (s->queueIds.size() < 64) {
            s->queueIds << id;
            m_byQueueId.insert(id, sessionId);
        }
        break;
    }
    case Kind::Reject: {
        if (!isSmtpd(e)) {
            // postscreen's own DNSBL verdicts still say who is listed.
            if (e.rejectClass == MailLogEvent::RejectClass::Dnsbl) {
                const qsizetype at = e.reason.indexOf("blocked using ");
                if (at >= 0)
                    remember(word(e.reason, at + 14), e.clientIp);
            }
            break;
        }
        // Only the NOQUEUE refusals of a session's commands; a queued
        // message refused later (cleanup, milter at DATA) is still a reject.
        Session *s = openSession(processKey(e), e);
        takeClient(*s, e);
        ++s->c.rejects;
        if (s->c.rejectCode == 0) {
            s->c.rejectCode = e.smtpCode;
            s->c.rejectDsn = bounded(e.dsn);
            s->c.rejectStage = bounded(e.stage);
            s->c.rejectReason = bounded(e.reason);
            s->c.rejectSender = bounded(e.sender);
            s->c.rejectRecipient = bounded(e.recipient);
        }
        if (s->c.outcome != Outcome::Accepted && e.smtpCode >= 400 && e.smtpCode < 600) {
            // A 5xx for one recipient outweighs a 4xx for another.
            if (e.smtpCode >= 500)
                s->c.outcome = Outcome::Rejected;
            else if (s->c.outcome != Outcome::Rejected)
                s->c.outcome = Outcome::Tempfailed;
        }
        const QByteArrayView helo = angle(e.text, "helo=<");
        if (!helo.isNull() && s->c.helo.isEmpty())
            s->c.helo = bounded(helo);
        if (!e.sender.isNull())
            addBounded(s->c.senders, e.sender);
        if (e.rejectClass == MailLogEvent::RejectClass::Dnsbl) {
            const qsizetype at = e.reason.indexOf("blocked using ");
            if (at >= 0)
                remember(word(e.reason, at + 14), e.clientIp);
        }
        break;
    }
    case Kind::Disconnect: {
        if (!isSmtpd(e))
            break;
        const quint64 key = processKey(e);
        if (!m_open.contains(key))
            break;
        Session *s = openSession(key, e);
        s->c.sawDisconnect = true;
        const qsizetype counts = e.client.isEmpty() ? -1 : e.text.indexOf(e.client);
        if (counts >= 0 && counts + e.client.size() + 1 < e.text.size())
            s->c.commands = bounded(e.text.sliced(counts + e.client.size() + 1));
        close(key, e.time);
        break;
    }
    case Kind::QueueFrom: {
        const auto it = m_byQueueId.constFind(e.queueId.toByteArray());
        if (it == m_byQueueId.cend())
            break;
        const auto s = m_sessions.find(it.value());
        if (s != m_sessions.end() && !e.sender.isNull())
            addBounded(s->c.senders, e.sender);
        break;
    }
    case Kind::Delivery: {
        const auto it = m_byQueueId.constFind(e.queueId.toByteArray());
        if (it == m_byQueueId.cend())
            break;
        const auto s = m_sessions.find(it.value());
        if (s == m_sessions.end())
            break;
        // The address the client gave, before aliases rewrote it.
        const QByteArrayView original = angle(e.text, ", orig_to=<");
        const QByteArrayView rcpt = original.isNull() ? e.recipient : original;
        if (!rcpt.isNull())
            addBounded(s->c.recipients, rcpt);
        break;
    }
    case Kind::Removed:
        m_byQueueId.remove(e.queueId.toByteArray());
        break;
    case Kind::Other:
        if (e.service == QByteArrayView("dnsblog"))
            readDnsblog(e.text);
        break;
    default:
        break;
    }
    flushPending(false);
}

void PostfixConnectionLog::close(quint64 key, qint64 time)
{
    const quint64 id = m_open.take(key);
    const auto s = m_sessions.find(id);
    if (s == m_sessions.end())
        return;
    s->done = true;
    s->c.endTime = time;
    // Without messages nothing more can be learnt about it.
    if (s->queueIds.isEmpty())
        emitSession(id);
    else
        m_pending.push_back(id);
}

void PostfixConnectionLog::flushPending(bool all)
{
    while (!m_pending.empty()) {
        const quint64 id = m_pending.front();
        const auto s = m_sessions.constFind(id);
        if (s != m_sessions.cend() && !all && qsizetype(m_pending.size()) <= kMaxPending
            && m_stats.newestTime - s->c.endTime < kDeliveryWaitSecs)
            return;
        m_pending.pop_front();
        emitSession(id);
    }
}

void PostfixConnectionLog::emitSession(quint64 id)
{
    const auto s = m_sessions.find(id);
    if (s == m_sessions.end())
        return;
    for (const QByteArray &q : std::as_const(s->queueIds)) {
        const auto it = m_byQueueId.constFind(q);
        if (it != m_byQueueId.cend() && it.value() == id)
            m_byQueueId.erase(it);
    }
    if (m_sink && (m_windowStart == 0 || s->c.time >= m_windowStart)) {
        ++m_stats.connections;
        m_sink(s->c);
    }
    m_sessions.erase(s);
}

void PostfixConnectionLog::finish()
{
    m_splitter.finish([this](QByteArrayView line) { addLine(line); }, [this] { ++m_stats.cutLines; });
    while (!m_open.isEmpty())
        close(m_open.cbegin().key(), m_stats.newestTime);
    flushPending(true);
    m_openOrder.clear();
    m_byQueueId.clear();
    m_unverified.clear();
}

} // namespace MailOps
