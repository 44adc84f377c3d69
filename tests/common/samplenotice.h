#pragma once

#include "incident/noticemessage.h"

// A partner update as the delivery tests send it.
inline MailOps::NoticeMessage sampleNotice()
{
    MailOps::NoticeMessage m;
    m.from = MailOps::MailAddress { QStringLiteral("Ops Desk"), QStringLiteral("ops@example.org") };
    m.to = { MailOps::MailAddress { {}, QStringLiteral("noc@partner.example") } };
    m.subject = QStringLiteral("Update: mail waits");
    m.markdown = QStringLiteral("Mail **waits** since 09:12.\n\nNext update at 10:00.");
    return m;
}
