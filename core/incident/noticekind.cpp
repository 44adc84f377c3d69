#include "noticekind.h"

namespace MailOps {

QString NoticeKind::audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::Management:
        return QStringLiteral("management");
    case Audience::Partners:
        return QStringLiteral("partners");
    case Audience::EndUsers:
        break;
    }
    return QStringLiteral("endusers");
}

std::optional<NoticeKind::Audience> NoticeKind::audienceFromKey(const QString &key)
{
    for (const Audience a : { Audience::Management, Audience::Partners, Audience::EndUsers })
        if (key == audienceKey(a))
            return a;
    return std::nullopt;
}

QString NoticeKind::phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::First:
        return QStringLiteral("first");
    case Phase::Update:
        return QStringLiteral("update");
    case Phase::Resolved:
        break;
    }
    return QStringLiteral("resolved");
}

std::optional<NoticeKind::Phase> NoticeKind::phaseFromKey(const QString &key)
{
    for (const Phase p : { Phase::First, Phase::Update, Phase::Resolved })
        if (key == phaseKey(p))
            return p;
    return std::nullopt;
}

} // namespace MailOps
