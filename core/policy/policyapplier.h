#pragma once

#include "common/result.h"
#include "journal/journalevent.h"
#include "policy/policygateway.h"
#include "policy/policyhealthcheck.h"
#include "policy/policyshadowcount.h"
#include "policy/policyversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace MailOps {

class PolicyRevertGuard;
class PolicyStore;

// The one safe path by which a policy reaches the gateway, for an apply and a
// rollback alike: read what the gateway has (recorded as drift when it is not
// the newest version), validate the proposal in a staging copy, write it beside
// the live files and rename, reload, check that mail is still taken, and on any
// failure put the previous files back and reload. The store knows at each step
// what is under way, so a console that dies mid-apply leaves a record that
// recover() finishes: the gateway always ends on a version the store holds.
// Blocking (see PolicyGateway): for a worker thread or a command-line process.
class PolicyApplier final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyApplier)
    Q_DISABLE_COPY_MOVE(PolicyApplier)

public:
    PolicyApplier(PolicyGateway *gateway, PolicyStore *store, const QString &profile);

    // A timer on the gateway that restores the previous version when a
    // confirm window passes, even with the console gone; used where the
    // gateway has systemd. Not owned; null: the console's countdown only.
    void setGuard(PolicyRevertGuard *guard) { m_guard = guard; }

    struct Request
    {
        PolicySnapshot proposed;
        QString comment;
        PolicyVersion::Origin origin = PolicyVersion::Origin::Applied;
        qint64 rollbackOf = 0;
        // > 0: the previous version comes back unless confirm() is called
        // within this many seconds.
        int confirmWithinSeconds = 0;
        // > 0: only the proposal's new restrictions go live, behind
        // warn_if_reject, for this long; the proposal waits as a proposed
        // version to be enforced or dropped.
        int shadowSeconds = 0;
        // A proposed version to apply (a shadow's proposal, a reviewed one)
        // instead of making a new version of `proposed`.
        qint64 existing = 0;
        PolicyHealthCheck::Options health;
    };

    enum class Outcome
    {
        Applied, // live and healthy; confirmed unless a window runs
        Unchanged, // the gateway already has exactly this
        Invalid, // refused by Postfix in staging: nothing was written
        Reverted, // written, then the check failed: the previous files are back
        Failed // could not finish; the sentence says where the gateway stands
    };

    struct Step
    {
        QString name;
        qint64 ms = 0;
    };

    struct Report
    {
        Outcome outcome = Outcome::Failed;
        QString sentence; // one sentence for the admin
        std::optional<PolicyVersion> version; // the version this made
        std::optional<PolicyVersion> previous; // what the gateway had before
        PolicyGateway::Validation validation;
        std::optional<PolicyHealthCheck::Report> health;
        QList<Step> steps;
        QDateTime confirmBy; // valid while a window runs
        QString guard; // which guard watches the window, in words
        qint64 shadowOf = 0; // a shadow apply: the proposed version it tries out
        QStringList shadowed; // "smtpd_client_restrictions: reject_unknown_client_hostname"
    };

    // What a live shadow has counted so far.
    struct ShadowReport
    {
        PolicyVersion shadow;
        qint64 proposal = 0; // the version it tries out
        QDateTime until; // when the shadow time ends
        QList<PolicyShadowCount::Rule> rules;
        QStringList sentences;
    };

    // Reads the gateway and makes sure the store's newest gateway version is
    // what it has: a first version ("baseline") for a new store, a drift
    // version when it was changed outside the console.
    Result<PolicyVersion> sync(bool *recorded = nullptr);

    Report apply(const Request &request);

    // Keeps `proposed` as a proposed version for a second look; nothing goes
    // to the gateway until apply() with Request::existing.
    Result<PolicyVersion> propose(const PolicySnapshot &proposed, const QString &comment);

    // The live shadow's counts from the log since it went live; nullopt when
    // the live version is not a shadow. What is after the reload is decided by
    // the log offset recorded at it, not by log times (the gateway's wall
    // clock, in a time zone the console does not know), and each call reads
    // only what the log gained since the one before.
    Result<std::optional<ShadowReport>> shadowReport();
    // When a shadow version's time ends; invalid for other versions.
    static QDateTime shadowUntil(const PolicyVersion &version);
    // Where the mail log ended at a shadow version's reload; -1 when not kept.
    static qint64 shadowLogOffset(const PolicyVersion &version);

    // Keeps the applied version for good.
    Status confirm(const QString &note = {});

    // Ends a confirm window early: the previous version comes back, and the
    // sentence says why ("tempfails rose from 2 to 180 a minute after v42:
    // reverted to v41").
    Result<QString> revert(const QString &why);

    // The confirm window under way: the version, the one before it, when it
    // ends, and where the mail log stood at its reload (-1: unknown) with
    // the deferred queue then, for the health watch. nullopt: none runs.
    struct Window
    {
        qint64 version = 0;
        qint64 previous = 0;
        QDateTime confirmBy;
        qint64 logOffset = -1;
        qint64 deferredBefore = -1;
    };
    Result<std::optional<Window>> window();

    // What a console must do first: finish an apply that was cut off (the
    // gateway goes back to the previous version) and revert one whose confirm
    // window has passed. Returns a sentence when it did something.
    Result<QString> recover();

    static QString outcomeName(Outcome outcome);

    // What the journal keeps of each step, as the console and the commands
    // write it; `version` 0: none to link to.
    static JournalEvent event(const QString &profile, JournalEvent::Severity severity, const QString &kind,
        const QString &summary, qint64 version);
    // An apply's or a rollback's outcome; nothing for Unchanged.
    static std::optional<JournalEvent> applyEvent(
        const QString &profile, const Report &report, bool rollback);
    static JournalEvent driftEvent(const QString &profile, const PolicyVersion &drift);
    static JournalEvent confirmEvent(const QString &profile, qint64 version);

private:
    Report applyOnce(const Request &request);
    Status restore(const PolicySnapshot &previous, QList<Step> *steps);
    Result<QString> revertPending(qint64 number, qint64 previous, const QString &why);
    QString armGuard(
        qint64 number, qint64 previous, int seconds, const PolicySnapshot &from, const PolicySnapshot &to);
    Status disarmGuard(qint64 number);
    void timed(QList<Step> *steps, const QString &name, const std::function<void()> &work);

    // The live shadow's count so far, and where in the log it stopped.
    struct ShadowTally
    {
        qint64 version = 0;
        qint64 offset = -1;
        PolicyShadowCount count;
    };

    PolicyGateway *m_gateway;
    PolicyStore *m_store;
    ShadowTally m_shadowTally;
    PolicyRevertGuard *m_guard = nullptr;
    QString m_profile;
};

} // namespace MailOps
