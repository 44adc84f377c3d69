#pragma once

#include "journal/journalevent.h"

#include <QDateTime>
#include <QString>

namespace MailOps {

// Which events of the journal a reader wants, newest first. Empty fields
// match everything.
struct JournalFilter
{
    // "monitor." (ending in a dot) matches every kind of that module; any
    // other word matches that kind only.
    QString kind;
    QString profile;
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // inclusive; invalid: no upper bound
    JournalEvent::Severity minSeverity = JournalEvent::Severity::Info;
    // Found in the summary, the subject or the kind, ignoring ASCII case.
    QString text;
    int limit = 500;
    qint64 beforeId = 0; // > 0: only events older than this one (the next page)
    qint64 afterId = 0; // > 0: only events newer than this one (what arrived since)
};

} // namespace MailOps
