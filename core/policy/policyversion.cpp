#include "policyversion.h"

namespace MailOps {

QString PolicyVersion::label() const
{
    return label(number);
}

QString PolicyVersion::label(qint64 number)
{
    return QStringLiteral("v%1").arg(number);
}

const QList<PolicyVersion::Origin> &PolicyVersion::allOrigins()
{
    static const QList<Origin> all { Origin::Baseline, Origin::Applied, Origin::Rollback, Origin::Drift,
        Origin::Imported, Origin::Shadow };
    return all;
}

const QList<PolicyVersion::State> &PolicyVersion::allStates()
{
    static const QList<State> all { State::Proposed, State::Applying, State::Applied, State::Confirmed,
        State::Reverted, State::Failed, State::Recorded };
    return all;
}

QString PolicyVersion::originKey(Origin origin)
{
    switch (origin) {
    case Origin::Baseline:
        return QStringLiteral("baseline");
    case Origin::Applied:
        return QStringLiteral("applied");
    case Origin::Rollback:
        return QStringLiteral("rollback");
    case Origin::Drift:
        return QStringLiteral("drift");
    case Origin::Imported:
        return QStringLiteral("imported");
    case Origin::Shadow:
        return QStringLiteral("shadow");
    }
    return QStringLiteral("applied");
}

QString PolicyVersion::stateKey(State state)
{
    switch (state) {
    case State::Proposed:
        return QStringLiteral("proposed");
    case State::Applying:
        return QStringLiteral("applying");
    case State::Applied:
        return QStringLiteral("applied");
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::Reverted:
        return QStringLiteral("reverted");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Recorded:
        return QStringLiteral("recorded");
    }
    return QStringLiteral("proposed");
}

std::optional<PolicyVersion::Origin> PolicyVersion::originFromKey(const QString &key)
{
    // The store lists thousands: the exact key first, without a copy.
    for (const Origin origin : allOrigins()) {
        if (key == originKey(origin))
            return origin;
    }
    const QString k = key.trimmed();
    for (const Origin origin : allOrigins()) {
        if (k.compare(originKey(origin), Qt::CaseInsensitive) == 0)
            return origin;
    }
    return std::nullopt;
}

std::optional<PolicyVersion::State> PolicyVersion::stateFromKey(const QString &key)
{
    for (const State state : allStates()) {
        if (key == stateKey(state))
            return state;
    }
    const QString k = key.trimmed();
    for (const State state : allStates()) {
        if (k.compare(stateKey(state), Qt::CaseInsensitive) == 0)
            return state;
    }
    return std::nullopt;
}

QString PolicyVersion::originName(Origin origin)
{
    switch (origin) {
    case Origin::Baseline:
        return tr("Baseline");
    case Origin::Applied:
        return tr("Applied from the console");
    case Origin::Rollback:
        return tr("Rollback");
    case Origin::Drift:
        return tr("Changed outside the console");
    case Origin::Imported:
        return tr("Imported");
    case Origin::Shadow:
        return tr("Shadow: new rules only logged");
    }
    return QString();
}

QString PolicyVersion::stateName(State state)
{
    switch (state) {
    case State::Proposed:
        return tr("Proposed");
    case State::Applying:
        return tr("Applying");
    case State::Applied:
        return tr("Applied");
    case State::Confirmed:
        return tr("Confirmed");
    case State::Reverted:
        return tr("Reverted");
    case State::Failed:
        return tr("Failed");
    case State::Recorded:
        return tr("Recorded");
    }
    return QString();
}

} // namespace MailOps
