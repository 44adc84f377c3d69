#pragma once

#include "incident/jargonlist.h"
#include "incident/noticekind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MailOps {

// Whether a notice draft suits its audience, in one pass over the text:
//
// - jargon (plain-words audiences only): the words of the JargonList, IP
//   addresses, host names (two labels or more ending in a known top-level
//   domain, or three or more), enhanced status codes (4.7.1) and three-digit
//   reply codes next to "code", "error", "reply", "SMTP" or an enhanced
//   code; each with its offset, length, line and column in the draft and
//   the plainer wording to use. Addresses inside links and e-mail addresses
//   are not jargon.
// - readability: Flesch reading ease for English, Amstad's German version
//   for German (both 0-100, higher is easier; syllables are vowel groups,
//   sentences end at ". ! ?" before a space, at headings, list items and
//   paragraph ends), with a target per audience.
// - the parts a notice needs (what happened, who is affected, what we are
//   doing, what you can do, when the next update comes), found by heading or
//   phrase in either language ("what happened", "was ist passiert",
//   "betroffen", "next update"...); an all-clear needs no next update and
//   no "what you can do". A partner notice must give the next update's time
//   (hh:mm) on the line that names it or the line after.
//
// A 5,000-word draft takes about a millisecond; const and reentrant, so a
// worker thread may run it while the GUI thread keeps another instance.
class AudienceCheck final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::AudienceCheck)

public:
    struct Finding
    {
        enum class Kind
        {
            Jargon,
            Address,
            HostName,
            StatusCode
        };
        Kind kind = Kind::Jargon;
        qsizetype offset = 0; // in UTF-16 code units of the draft
        qsizetype length = 0;
        int line = 0; // 1-based
        int column = 0; // 1-based
        QString text; // as written in the draft
        // For jargon the plainer words to put in its place; for an address,
        // a host name or a status code, advice on what to write instead.
        QString suggestion;

        bool replaceable() const { return kind == Kind::Jargon; }
        // What to tell the writer: "say \"our mail server\"", or the advice.
        QString advice() const;
    };

    enum class Part
    {
        WhatHappened,
        WhoIsAffected,
        WhatWeAreDoing,
        WhatYouCanDo,
        NextUpdate
    };

    struct Readability
    {
        QString formula; // "Flesch" or "Amstad"
        double score = 0;
        double target = 0;
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        bool ok() const { return words == 0 || score >= target; }
    };

    struct Report
    {
        QList<Finding> findings;
        Readability readability;
        QList<Part> missing;
        bool nextUpdateTimeMissing = false; // partner notices only
        bool passes() const
        {
            return findings.isEmpty() && readability.ok() && missing.isEmpty() && !nextUpdateTimeMissing;
        }
        // Every problem in a sentence, for a list or a command's output.
        QStringList problems() const;
    };

    // `language` "de" reads German (Amstad); anything else English (Flesch).
    AudienceCheck(JargonList jargon, const QString &language);

    Report check(const QString &draft, const NoticeKind &kind) const;

    QString language() const { return m_language; }
    static double targetFor(NoticeKind::Audience audience);
    static QString partText(Part part);
    static QString kindText(Finding::Kind kind);

private:
    JargonList m_jargon;
    QString m_language;
};

} // namespace MailOps
