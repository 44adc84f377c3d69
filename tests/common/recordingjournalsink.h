#pragma once

#include "journal/journalsink.h"

#include <QList>

namespace MailOps {

// Keeps every event it is given, in order, for a test to read.
class RecordingJournalSink final : public JournalSink
{
public:
    JournalEventList events;

    void record(const JournalEvent &event) override { events << event; }

    JournalEventList ofKind(const QString &kind) const
    {
        JournalEventList out;
        for (const JournalEvent &e : events) {
            if (e.kind == kind)
                out << e;
        }
        return out;
    }
};

} // namespace MailOps
