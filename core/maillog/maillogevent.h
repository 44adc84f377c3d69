#pragma once

#include <QByteArrayView>

namespace MailOps {

// One Postfix log line, taken apart. The views point into the line that was
// parsed and are valid only as long as that line is: copy what you keep.
struct MailLogEvent
{
    enum class Kind : quint8
    {
        Unparsed, // no syslog/RFC 3339 prefix: junk, a cut line, another format
        Other, // a well-formed line we do not interpret
        Connect, // smtpd "connect from name[ip]"
        Disconnect, // smtpd "disconnect from name[ip] ..."
        Received, // smtpd "QUEUEID: client=name[ip]"
        Pickup, // pickup "QUEUEID: uid=N from=<sender>"
        MessageId, // cleanup "QUEUEID: message-id=<...>"
        QueueFrom, // qmgr "QUEUEID: from=<sender>, size=N, nrcpt=N"
        Removed, // qmgr "QUEUEID: removed"
        Expired, // qmgr "QUEUEID: from=<sender>, status=expired, returned to sender"
        Delivery, // "QUEUEID: to=<rcpt>, relay=..., dsn=..., status=..."
        Reject, // "NOQUEUE: reject: RCPT from ...", cleanup "reject: header ..."
        RejectWarning,
        Hold,
        Discard,
        Postscreen, // postscreen CONNECT, PASS NEW, DNSBL, PREGREET, ...
        Anvil, // anvil "statistics: ..."
        Warning, // "warning:", "error:", "fatal:", "panic:" from any program
    };
    enum class Status : quint8
    {
        None,
        Sent,
        Deferred,
        Bounced,
        Other
    };
    enum class RejectClass : quint8
    {
        None,
        ReverseDns,
        Dnsbl,
        Spf,
        RelayDenied,
        Greylisting,
        Other
    };
    static constexpr int RejectClassCount = 7;

    Kind kind = Kind::Unparsed;
    Status status = Status::None;
    RejectClass rejectClass = RejectClass::None;
    bool hasUtcOffset = false; // true for RFC 3339 stamps
    bool forwarded = false; // status=sent (forwarded as ...)
    int utcOffsetSecs = 0;
    int smtpCode = 0; // 450, 554, ... (rejects, postscreen rejects)
    // Wall-clock time as written in the log, counted as if it were UTC. Logs
    // without a year get one from the parser's reference date.
    qint64 time = 0;
    qint64 size = -1; // qmgr size=

    QByteArrayView host; // the syslog host field
    QByteArrayView program; // "postfix/smtpd", "postfix/submission/smtpd"
    QByteArrayView service; // "smtpd"
    QByteArrayView pid;
    QByteArrayView queueId; // "3F2A81C0B1", "NOQUEUE", or empty
    QByteArrayView text; // the message after "program[pid]: "
    QByteArrayView client; // "name[ip]" as logged (Connect, Received, Reject)
    QByteArrayView clientName; // "unknown", "mail.example.com"
    QByteArrayView clientIp;
    QByteArrayView sender; // from=<...> without the angle brackets
    QByteArrayView recipient; // to=<...>
    QByteArrayView relay;
    QByteArrayView dsn; // "4.7.1"
    QByteArrayView reason; // reject text, or the parenthesised delivery detail
    QByteArrayView stage; // reject stage: RCPT, CONNECT, header, ...
    QByteArrayView action; // postscreen action word(s), e.g. "PASS NEW", "DNSBL"
};

} // namespace MailOps
