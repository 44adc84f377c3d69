#pragma once

#include "journal/journalevent.h"

namespace MailOps {

// What every writer of the journal is given through its constructor: one
// method. Recording never fails from the writer's point of view (the store
// keeps what it cannot write yet and reports that itself), so the monitor or
// a command never stops over the journal. Called on the writer's thread.
class JournalSink
{
public:
    virtual ~JournalSink() = default;
    virtual void record(const JournalEvent &event) = 0;
};

// For writers that run without a journal (a one-off test, a check that
// records nothing).
class NullJournalSink final : public JournalSink
{
public:
    void record(const JournalEvent &) override { }
};

} // namespace MailOps
