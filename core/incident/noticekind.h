#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace MailOps {

// Which notice of an incident: to whom (management in plain words, technical
// partners, end users) and at which phase (the first notice, an update, the
// all-clear). Names a template, a draft and a sent notice. A plain value.
struct NoticeKind
{
    enum class Audience
    {
        Management,
        Partners,
        EndUsers
    };
    enum class Phase
    {
        First,
        Update,
        Resolved
    };

    Audience audience = Audience::Management;
    Phase phase = Phase::First;

    // Plain-words audiences get the jargon check; partners are technical.
    bool wantsPlainWords() const { return audience != Audience::Partners; }

    // Stable words for files, the store and scripts: "management",
    // "partners", "endusers"; "first", "update", "resolved".
    static QString audienceKey(Audience audience);
    static std::optional<Audience> audienceFromKey(const QString &key);
    static QString phaseKey(Phase phase);
    static std::optional<Phase> phaseFromKey(const QString &key);
    // "management-first": the template's file name without ".md".
    QString key() const { return audienceKey(audience) + QLatin1Char('-') + phaseKey(phase); }

    bool operator==(const NoticeKind &other) const = default;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::NoticeKind)
