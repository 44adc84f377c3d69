#pragma once

#include "journal/journalevent.h"

#include <QCoreApplication>
#include <QString>

namespace MailOps {

// The journal written out for people who were not watching: the draft of a
// postmortem's timeline. Oldest first (the order a story is told in),
// whatever order the events come in; times in UTC, said once, because the
// reader may be in another time zone. The GUI's export and `mailops
// timeline` print the same text.
class JournalReport final
{
    Q_DECLARE_TR_FUNCTIONS(JournalReport)

public:
    enum class Format
    {
        Text,
        Markdown,
        Json
    };

    // "text", "markdown"/"md", "json"; false for anything else.
    static bool formatFromName(const QString &name, Format *format);

    QString title; // "Timeline of mx1 from 02:10 to 04:45", or empty
    JournalEventList events;

    QString render(Format format) const;
    QString toText() const;
    QString toMarkdown() const;
    QString toJson() const;

private:
    JournalEventList chronological() const;
};

} // namespace MailOps
