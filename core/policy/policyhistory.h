#pragma once

#include "common/result.h"
#include "policy/policyapplier.h"
#include "policy/policydnsblaudit.h"
#include "policy/policyversion.h"
#include "settings/gatewayprofile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QThread;

namespace MailOps {

class JournalSink;
class PolicyWorker;

// One gateway profile's policy history as the GUI sees it: the versions, the
// one that is live, drift noticed on connect and on every poll, and the safe
// apply, rollback and confirm (PolicyApplier) run on a worker thread of its
// own with its own transport and store connection, so the window never waits
// on ssh or SQLite. Keeps the confirm window's clock and restores the
// previous version when it runs out. Every apply, confirm, revert, rollback
// and drift goes to the journal. Lives on the GUI thread.
class PolicyHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyHistory)

public:
    PolicyHistory(const GatewayProfile &profile, const QString &storePath, JournalSink *journal,
        QObject *parent = nullptr);
    ~PolicyHistory() override;

    const GatewayProfile &profile() const { return m_profile; }
    // How often the gateway's files are read again for drift; 0: never.
    void setPollInterval(int ms);

    // Finishes what a cut-off apply left, reads the gateway, lists versions.
    void start();
    void refresh();
    // versionLoaded() follows, with content.
    void load(qint64 number);

    bool isBusy() const { return m_busy; }
    const QList<PolicyVersion> &versions() const { return m_versions; }
    qint64 liveNumber() const { return m_live; }
    // Valid while an applied version waits for confirmation.
    QDateTime confirmBy() const { return m_confirmBy; }
    qint64 awaitingConfirmation() const { return m_awaiting; }

    void apply(const PolicyApplier::Request &request);
    // Replays the last `hours` of the mail log through the live and the
    // proposed policy; previewed() follows.
    void preview(const PolicySnapshot &proposed, int hours = 24);

    // Keeps `proposed` as a proposed version for a second look.
    void propose(const PolicySnapshot &proposed, const QString &comment);
    // Applies a proposed version (a shadow's proposal, a reviewed one).
    void applyProposed(qint64 number, const QString &comment = {});
    // Ends the live shadow: back to the version before it.
    void dropShadow();
    // The live shadow's counts so far; nullopt when the live version is none.
    const std::optional<PolicyApplier::ShadowReport> &shadow() const { return m_shadow; }
    // The same path for an older version's content, as "rollback to vN".
    void rollback(qint64 number, int confirmWithinSeconds = 0);
    void confirm();

    // The lists the live version uses, each tested now (after every read).
    const QList<PolicyDnsblAudit::List> &audit() const { return m_audit; }

    // How often mail flow is looked at while a confirm window runs; 0: never.
    void setWatchInterval(int ms);

    // Health-check clients (XCLIENT) added to every apply's check.
    void setCheckClients(const QList<PolicyHealthCheck::Probe> &clients) { m_clients = clients; }
    const QList<PolicyHealthCheck::Probe> &checkClients() const { return m_clients; }

Q_SIGNALS:
    void versionsChanged();
    void versionLoaded(const MailOps::PolicyVersion &version);
    void busyChanged(bool busy, const QString &step);
    void applyFinished(const MailOps::PolicyApplier::Report &report);
    // A plain sentence: a recovery, a confirmation, a revert at the window's end.
    void message(const QString &text, bool bad);
    void failed(const MailOps::Error &error);
    // Seconds left in the confirm window, each second; -1 when it closed.
    void confirmCountdown(int secondsLeft);
    void auditChanged();
    // What the health watch saw at its last look while the window runs.
    void watched(const QString &text);
    void shadowChanged();
    // The impact preview's words: the summary, by rule with an example, and
    // what it could not evaluate; `harms`: mail accepted now would be refused.
    void previewed(const QString &text, bool harms);

private:
    friend class PolicyWorker;
    void onListed(const QList<PolicyVersion> &versions, qint64 live, qint64 awaiting,
        const QDateTime &confirmBy, const QString &recovered, const std::optional<PolicyVersion> &drift);
    void onApplied(const PolicyApplier::Report &report, bool rollback);
    void setBusy(bool busy, const QString &step = {});
    void tick();
    void record(const JournalEvent &event);

    GatewayProfile m_profile;
    JournalSink *m_journal;
    QThread *m_thread;
    PolicyWorker *m_worker; // lives on m_thread
    QTimer m_poll;
    QTimer m_countdown;
    QTimer m_watch;
    QList<PolicyVersion> m_versions;
    QList<PolicyHealthCheck::Probe> m_clients;
    QList<PolicyDnsblAudit::List> m_audit;
    std::optional<PolicyApplier::ShadowReport> m_shadow;
    qint64 m_live = 0;
    qint64 m_awaiting = 0;
    QDateTime m_confirmBy;
    bool m_busy = false;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::PolicyApplier::Report)
