#pragma once

#include "diagnostics/evidencereport.h"

// Finding a check or a conclusion of an evidence report by what a test
// knows of it: the check's id, a word of the conclusion's headline.
namespace EvidenceLookup {

inline const MailOps::CheckItem *find(const MailOps::EvidenceReport &r, const QString &id)
{
    for (const MailOps::CheckItem &i : r.items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

inline const MailOps::EvidenceReport::Conclusion *conclusion(
    const MailOps::EvidenceReport &r, const QString &needle)
{
    for (const auto &c : r.conclusions) {
        if (c.headline.contains(needle))
            return &c;
    }
    return nullptr;
}

} // namespace EvidenceLookup
