#pragma once

#include "policy/policysnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace MailOps {

// One stored version of a profile's policy: who made it, when, from what, what
// happened to it since (its state and every change of state), and the files
// when it was loaded with content. A plain value, usable on any thread; the
// store numbers versions per profile from 1.
class PolicyVersion final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyVersion)

public:
    // Where the content came from. Stored by key: append, never reorder.
    enum class Origin
    {
        Baseline, // what the gateway had when the console first connected
        Applied, // written to the gateway from the console
        Rollback, // an older version applied again (see rollbackOf)
        Drift, // changed on the gateway outside the console
        Imported, // from a file or the command line
        Shadow, // a proposal's new restrictions behind warn_if_reject (see rollbackOf)
    };

    enum class State
    {
        Proposed,
        Applying,
        Applied,
        Confirmed,
        Reverted,
        Failed,
        Recorded, // drift and baselines: what the gateway had, not something we did
    };

    struct StateChange
    {
        State state = State::Proposed;
        QDateTime time; // UTC
        QString note;
        bool operator==(const StateChange &other) const = default;
    };

    qint64 number = 0; // 0 until stored
    QString profile;
    QDateTime time; // UTC; the store fills it when empty
    QString author; // OS user; the store fills it when empty
    QString comment;
    qint64 parent = 0; // the version this one was made from; 0 for none
    Origin origin = Origin::Applied;
    // For Origin::Rollback: the version brought back; for Origin::Shadow: the
    // proposed version it tries out.
    qint64 rollbackOf = 0;
    State state = State::Proposed;
    QList<StateChange> history; // oldest first
    QByteArray digest; // PolicySnapshot::digest()
    PolicySnapshot snapshot; // empty unless loaded with content
    QString driftDiff; // for Origin::Drift: the diff against what was expected

    // "v42".
    QString label() const;
    static QString label(qint64 number);

    // Stable lowercase words for JSON, the command line and the store
    // ("baseline", "applying"); the parsers take them in any case.
    static QString originKey(Origin origin);
    static QString stateKey(State state);
    static std::optional<Origin> originFromKey(const QString &key);
    static std::optional<State> stateFromKey(const QString &key);

    // The same in the user's language, for display.
    static QString originName(Origin origin);
    static QString stateName(State state);

    static const QList<Origin> &allOrigins();
    static const QList<State> &allStates();
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::PolicyVersion)
