#pragma once

#include "gateway/maillogevent.h"

#include <QByteArrayView>
#include <QDate>

namespace MailOps {

// Takes apart Postfix log lines in the traditional syslog format
// ("Nov 23 09:12:01 host postfix/smtpd[123]: ...") and the RFC 3339 one that
// rsyslog and journald write ("2026-11-23T09:12:01.123456+00:00 host ...").
// Pure function of the line (plus the reference date for year-less stamps):
// no allocation, safe on any bytes, cheap enough for millions of lines.
class MailLogParser final
{
public:
    // Year-less stamps take the reference date's year, or the one before if
    // their month lies after the reference month (a log read in January that
    // still holds December). Default: today.
    explicit MailLogParser(QDate reference = QDate::currentDate());

    void setReferenceDate(QDate reference);

    MailLogEvent parse(QByteArrayView line) const;

    static MailLogEvent::RejectClass classifyReject(QByteArrayView reason);
    static const char *rejectClassName(MailLogEvent::RejectClass rejectClass);

private:
    bool parseStamp(QByteArrayView &rest, MailLogEvent &event) const;

    int m_refYear = 1970;
    int m_refMonth = 1;
};

} // namespace MailOps
