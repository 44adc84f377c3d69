#include "maillogsynth.h"

#include <QList>

namespace MailOps {

namespace {

const char *const kDomains[] = { "example.com", "example.net", "example.org", "mail.example",
    "partner.example", "customer.example", "bigisp.example", "university.example" };
const char *const kUsers[] = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan",
    "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter" };
const char *const kMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

} // namespace

MailLogSynth::MailLogSynth(quint32 seed, bool rfc3339)
    : m_rng(seed)
    , m_rfc3339(rfc3339)
{
}

QByteArray MailLogSynth::stamp() const
{
    // November, days 1-28. Traditional stamps carry no year; RFC 3339 ones say 2025.
    const qint64 secs = m_time / 1000000;
    const int day = 1 + int(secs / 86400 % 28);
    const int h = int(secs / 3600 % 24), m = int(secs / 60 % 60), s = int(secs % 60);
    char buf[64];
    if (m_rfc3339)
        std::snprintf(
            buf, sizeof buf, "2025-11-%02dT%02d:%02d:%02d.%06d+00:00", day, h, m, s, int(m_time % 1000000));
    else
        std::snprintf(buf, sizeof buf, "%s %2d %02d:%02d:%02d", kMonths[10], day, h, m, s);
    return QByteArray(buf);
}

void MailLogSynth::line(const QByteArray &program, qint64 pid, const QByteArray &text)
{
    m_time += 1000 + pick(400000);
    m_buffer += stamp() + " gw1 postfix/" + program + '[' + QByteArray::number(pid) + "]: " + text + '\n';
    ++m_totals.lines;
}

QByteArray MailLogSynth::queueId()
{
    return QByteArray::number(m_nextId++, 16).toUpper();
}

QByteArray MailLogSynth::ip()
{
    return QByteArray::number(192) + '.' + QByteArray::number(pick(2) ? 0 : 51) + '.'
        + QByteArray::number(pick(3)) + '.' + QByteArray::number(1 + pick(254));
}

QByteArray MailLogSynth::clientName(const QByteArray &ip)
{
    // A host keeps its name: derive it from the address, a quarter without PTR.
    const size_t h = qHash(ip, 0);
    return h % 4 == 0 ? QByteArray("unknown")
                      : QByteArray("mx") + QByteArray::number(h / 4 % 40) + '.' + kDomains[h / 160 % 8];
}

QByteArray MailLogSynth::address(bool remote)
{
    return QByteArray(kUsers[pick(16)]) + (pick(3) ? QByteArray() : QByteArray::number(pick(100))) + '@'
        + (remote ? kDomains[pick(8)] : "gw.example");
}

void MailLogSynth::acceptedMessage()
{
    const qint64 smtpd = 1000 + pick(30000);
    const QByteArray addr = ip();
    const QByteArray client = clientName(addr) + '[' + addr + ']';
    const QByteArray id = queueId();
    line("smtpd", smtpd, "connect from " + client);
    line("smtpd", smtpd, id + ": client=" + client);
    ++m_totals.received;
    line("cleanup", 900 + pick(100),
        id + ": message-id=<" + QByteArray::number(m_time) + '.' + id + "@" + kDomains[pick(8)] + '>');
    const int rcpts = 1 + (pick(4) == 0 ? pick(3) : 0);
    line("qmgr", 800,
        id + ": from=<" + address(true) + ">, size=" + QByteArray::number(800 + pick(200000))
            + ", nrcpt=" + QByteArray::number(rcpts) + " (queue active)");
    line("smtpd", smtpd,
        "disconnect from " + client + " ehlo=1 mail=1 rcpt=" + QByteArray::number(rcpts)
            + " data=1 quit=1 commands=5");
    bool deferred = false;
    for (int r = 0; r < rcpts; ++r) {
        const QByteArray rcpt = address(true);
        const QByteArray relayHost = QByteArray("mx.") + rcpt.mid(rcpt.indexOf('@') + 1);
        const int roll = pick(100);
        const QByteArray head = id + ": to=<" + rcpt + ">, relay=";
        if (roll < 78) {
            line("smtp", 2000 + pick(500),
                head + relayHost + "[" + ip()
                    + "]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued "
                      "as "
                    + queueId() + ")");
            ++m_totals.delivered;
        } else if (roll < 93) {
            const QByteArray target = ip();
            line("smtp", 2000 + pick(500),
                head + "none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to "
                    + relayHost + "[" + target + "]:25: Connection refused)");
            ++m_totals.deferrals;
            deferred = true;
        } else if (roll < 97) {
            line("smtp", 2000 + pick(500),
                head + relayHost + "[" + ip()
                    + "]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.7.1, status=deferred (host " + relayHost
                    + "[" + ip() + "] said: 450 4.7.1 <" + rcpt
                    + ">: Recipient address rejected: Greylisted (in reply to RCPT TO command))");
            ++m_totals.deferrals;
            deferred = true;
        } else {
            line("smtp", 2000 + pick(500),
                head + relayHost + "[" + ip()
                    + "]:25, delay=0.8, delays=0.1/0/0.3/0.4, dsn=5.1.1, status=bounced (host " + relayHost
                    + "[" + ip() + "] said: 550 5.1.1 <" + rcpt
                    + ">: Recipient address rejected: User unknown (in reply to RCPT TO command))");
            ++m_totals.bounced;
        }
    }
    if (deferred) {
        ++m_totals.deferredMessages;
        if (m_deferred.size() < 5000)
            m_deferred.append(id);
    } else {
        line("qmgr", 800, id + ": removed");
    }
}

void MailLogSynth::retry()
{
    if (m_deferred.isEmpty())
        return;
    const QByteArray id = m_deferred.takeAt(pick(int(m_deferred.size())));
    const QByteArray rcpt = address(true);
    if (pick(2)) {
        line("smtp", 2000 + pick(500),
            id + ": to=<" + rcpt
                + ">, relay=none, delay=1830, delays=1800/0/30/0, dsn=4.4.1, status=deferred (connect to "
                  "mx.example.net["
                + ip() + "]:25: Connection timed out)");
        ++m_totals.deferrals;
        m_deferred.append(id);
    } else {
        line("smtp", 2000 + pick(500),
            id + ": to=<" + rcpt + ">, relay=mx.example.net[" + ip()
                + "]:25, delay=1830, delays=1800/0/29/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)");
        ++m_totals.delivered;
        line("qmgr", 800, id + ": removed");
    }
}

void MailLogSynth::localPickup()
{
    const QByteArray id = queueId();
    line("pickup", 700, id + ": uid=0 from=<root>");
    ++m_totals.received;
    line("cleanup", 900 + pick(100), id + ": message-id=<" + QByteArray::number(m_time) + "@gw.example>");
    line("qmgr", 800,
        id + ": from=<root@gw.example>, size=" + QByteArray::number(300 + pick(3000))
            + ", nrcpt=1 (queue active)");
    line("local", 3000 + pick(100),
        id
            + ": to=<root@gw.example>, orig_to=<root>, relay=local, delay=0.01, delays=0/0/0/0, dsn=2.0.0, "
              "status=sent (delivered to mailbox)");
    ++m_totals.delivered;
    line("qmgr", 800, id + ": removed");
}

void MailLogSynth::reject()
{
    const qint64 smtpd = 1000 + pick(30000);
    const QByteArray addr = ip();
    const bool unknown = pick(3) == 0;
    const QByteArray client = (unknown ? QByteArray("unknown") : clientName(addr)) + '[' + addr + ']';
    const QByteArray from = address(true);
    const QByteArray to = address(pick(5) == 0);
    line("smtpd", smtpd, "connect from " + client);
    QByteArray text;
    switch (pick(6)) {
    case 0:
        text = "450 4.7.1 Client host rejected: cannot find your hostname, [" + addr + "]";
        break;
    case 1:
        text = "554 5.7.1 Service unavailable; Client host [" + addr
            + "] blocked using zen.spamhaus.example; https://www.spamhaus.example/query/ip/" + addr;
        break;
    case 2:
        text = "550 5.7.23 <" + to
            + ">: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see "
              "http://www.openspf.net/Why?s=mfrom;id="
            + from + ";ip=" + addr + ";r=<UNKNOWN>";
        break;
    case 3:
        text = "554 5.7.1 <" + to + ">: Relay access denied";
        break;
    case 4:
        text = "450 4.2.0 <" + to
            + ">: Recipient address rejected: Greylisted, see "
              "http://postgrey.schweikert.example/help/gw.example.html";
        break;
    default:
        text = "550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual mailbox table";
        break;
    }
    line("smtpd", smtpd,
        "NOQUEUE: reject: RCPT from " + client + ": " + text + "; from=<" + from + "> to=<" + to
            + "> proto=ESMTP helo=<" + clientName(addr) + ">");
    ++m_totals.rejected;
    line("smtpd", smtpd, "disconnect from " + client + " ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
}

void MailLogSynth::postscreen()
{
    const qint64 pid = 500 + pick(10);
    const QByteArray peer = "[" + ip() + "]:" + QByteArray::number(30000 + pick(30000));
    line("postscreen", pid, "CONNECT from " + peer + " to [127.0.0.1]:25");
    if (pick(2)) {
        line("dnsblog", 600,
            "addr " + peer.mid(1, peer.indexOf(']') - 1)
                + " listed by domain zen.spamhaus.example as 127.0.0.2");
        line("postscreen", pid, "DNSBL rank 3 for " + peer);
        line("postscreen", pid,
            "NOQUEUE: reject: RCPT from " + peer + ": 550 5.7.1 Service unavailable; client ["
                + peer.mid(1, peer.indexOf(']') - 1) + "] blocked using zen.spamhaus.example; from=<"
                + address(true) + ">, to=<" + address(false) + ">, proto=ESMTP, helo=<spam.example>");
        ++m_totals.rejected;
        line("postscreen", pid, "DISCONNECT " + peer);
    } else {
        line("postscreen", pid, "PASS NEW " + peer);
    }
}

void MailLogSynth::write(QIODevice *out, qint64 lines)
{
    const qint64 target = m_totals.lines + lines;
    while (m_totals.lines < target) {
        const int roll = pick(100);
        if (roll < 52)
            acceptedMessage();
        else if (roll < 80)
            reject();
        else if (roll < 88)
            postscreen();
        else if (roll < 93)
            localPickup();
        else if (roll < 99)
            retry();
        else
            line("anvil", 400,
                "statistics: max connection rate 12/60s for (smtp:" + ip() + ") at " + stamp().left(15));
        if (m_buffer.size() > (1 << 20)) {
            out->write(m_buffer);
            m_buffer.clear();
        }
    }
    out->write(m_buffer);
    m_buffer.clear();
}

} // namespace MailOps
