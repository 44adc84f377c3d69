#pragma once

#include "journal/journalevent.h"

namespace MailOps {

// An event as the tests of the journal and its views write them.
inline JournalEvent journalTestEvent(const QString &kind, const QString &summary,
    const QString &profile = QStringLiteral("mx1"),
    JournalEvent::Severity severity = JournalEvent::Severity::Info, const QString &subject = QString())
{
    JournalEvent e;
    e.kind = kind;
    e.summary = summary;
    e.profile = profile;
    e.severity = severity;
    e.subject = subject;
    return e;
}

} // namespace MailOps
