// The mail-log parser and counters on arbitrary lines. Every view the parser
// returns must lie inside the line it was given.
#include "fuzztarget.h"
#include "maillog/logcounters.h"
#include "maillog/maillogparser.h"

#include <cstdio>
#include <cstdlib>

using namespace MailOps;

namespace {

void checkInside(QByteArrayView line, QByteArrayView part, const char *what)
{
    if (part.isNull() || part.isEmpty())
        return;
    if (part.data() < line.data() || part.data() + part.size() > line.data() + line.size()) {
        std::fprintf(stderr, "%s points outside the line\n", what);
        std::abort();
    }
}

} // namespace

void fuzzOne(const QByteArray &data)
{
    const MailLogParser parser(QDate(2026, 11, 23));
    LogCounters counters(parser);
    counters.setTopCapacity(64);
    counters.setRetentionMinutes(16);
    // The counters' own fast path (parseForCounters) must count exactly what
    // the full parse does.
    LogCounters fast(parser);
    fast.setTopCapacity(64);
    fast.setRetentionMinutes(16);
    QByteArrayView rest(data);
    while (!rest.isEmpty()) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView line = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        const MailLogEvent e = parser.parse(line);
        checkInside(line, e.host, "host");
        checkInside(line, e.program, "program");
        checkInside(line, e.queueId, "queueId");
        checkInside(line, e.text, "text");
        checkInside(line, e.client, "client");
        checkInside(line, e.clientIp, "clientIp");
        checkInside(line, e.sender, "sender");
        checkInside(line, e.recipient, "recipient");
        checkInside(line, e.relay, "relay");
        checkInside(line, e.dsn, "dsn");
        checkInside(line, e.reason, "reason");
        checkInside(line, e.stage, "stage");
        checkInside(line, e.action, "action");
        counters.add(e);
        fast.addLine(line);
    }
    const LogCounters::Totals &a = counters.totals();
    const LogCounters::Totals &b = fast.totals();
    if (a.received != b.received || a.delivered != b.delivered || a.deferrals != b.deferrals
        || a.bounced != b.bounced || a.rejected != b.rejected || a.connects != b.connects || a.held != b.held
        || a.expired != b.expired) {
        std::fprintf(stderr, "the counters' fast path disagrees with the full parse\n");
        std::abort();
    }
    (void)counters.topClients(5);
    (void)counters.minutes();
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "Nov 23 09:12:01 gw postfix/smtpd[101]: connect from unknown[192.0.2.1]\n"
        "Nov 23 09:12:01 gw postfix/smtpd[101]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.1 "
        "Client host rejected: cannot find your hostname, [192.0.2.1]; from=<spam@example.biz> "
        "to=<bob@gw.example> proto=ESMTP helo=<x>\n",
        "2026-11-23T09:13:01.123456+01:00 gw postfix/smtp[105]: 3F2A81C0B1: to=<b@example.net>, orig_to=<b>, "
        "relay=mx.example.net[192.0.2.7]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 "
        "2.0.0 Ok: queued as 4ABC)\n",
        "Nov  3 09:13:06 gw postfix/postscreen[107]: NOQUEUE: reject: RCPT from [203.0.113.5]:4711: 550 "
        "5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org; from=<a@x>, "
        "to=<b@gw.example>, proto=ESMTP, helo=<x>\n"
        "Nov  3 09:13:05 gw postfix/postscreen[107]: CONNECT from [203.0.113.5]:4711 to [127.0.0.1]:25\n",
        "Nov 23 09:12:01 gw postfix/cleanup[5]: 3F2A81C0B1: reject: header Subject: poison from "
        "unknown[192.0.2.1]; from=<a@x> to=<b@y> proto=ESMTP helo=<x>: 5.7.1 message content rejected\n"
        "Nov 23 09:12:01 gw postfix/qmgr[9]: 3F2A81C0B1: from=<a@b>, size=12, nrcpt=1 (queue active)\nNov 23 "
        "09:12:01 gw postfix/anvil[5]: statistics: max connection rate 1/60s for (smtp:192.0.2.1) at Nov 23 "
        "09:10:00\n",
    };
}
