#pragma once

#include "maillog/maillogevent.h"

#include <QByteArrayView>
#include <QDate>
#include <array>

namespace MailOps {

// Takes apart Postfix log lines in the traditional syslog format
// ("Nov 23 09:12:01 host postfix/smtpd[123]: ...") and the RFC 3339 one that
// rsyslog and journald write ("2026-11-23T09:12:01.123456+00:00 host ...").
// parse() is a pure function of the line (plus the reference date for
// year-less stamps); parseForCounters() also remembers the last stamp. No
// allocation, safe on any bytes, cheap enough for millions of lines.
class MailLogParser final
{
public:
    // Year-less stamps take the reference date's year, or the one before if
    // their month lies after the reference month (a log read in January that
    // still holds December). Default: today.
    explicit MailLogParser(QDate reference = QDate::currentDate());

    void setReferenceDate(QDate reference);

    MailLogEvent parse(QByteArrayView line) const;
    // Like parse(), into an event the caller reuses (a fresh one costs more
    // to clear than many lines cost to parse), and filling only what
    // LogCounters reads: kind, time, program, service, queueId, status,
    // forwarded, a delivery's dsn when deferred or bounced, a reject's
    // client, dsn, smtpCode and rejectClass, a connect's client and
    // clientName, a QueueFrom's sender; the other fields may stay empty.
    // Remembers the last stamp, hence not const: one parser per stream.
    void parseForCounters(QByteArrayView line, MailLogEvent &event);

    static MailLogEvent::RejectClass classifyReject(QByteArrayView reason);
    static const char *rejectClassName(MailLogEvent::RejectClass rejectClass);

private:
    bool parseStamp(QByteArrayView &rest, MailLogEvent &event) const;
    void setReference(int year, int month);

    // Days since 1970-01-01 of the first of each month (index 1-12) in the
    // year a year-less stamp of that month is given.
    std::array<qint64, 13> m_monthStart {};
    // parseForCounters(): the last plain stamp ("Nov 23 09:12:01 ") and the
    // time of its minute.
    std::array<char, 16> m_lastStamp {};
    qint64 m_lastMinuteTime = 0;
    bool m_lastStampValid = false;
};

} // namespace MailOps
