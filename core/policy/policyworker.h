#pragma once

#include "policy/policyapplier.h"
#include "policy/policyhealthwatch.h"
#include "settings/gatewayprofile.h"

#include <QObject>
#include <memory>

namespace MailOps {

class PolicyGateway;
class PolicyHistory;
class PolicyRevertGuard;
class PolicyStore;
class Transport;

// PolicyHistory's hands on its worker thread: the transport, the store
// connection and the applier are made there on first use and never leave
// it. Each call runs to its end (the applier blocks) and hands its result to
// the history on the GUI thread.
class PolicyWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyWorker)

public:
    PolicyWorker(const GatewayProfile &profile, const QString &storePath, PolicyHistory *history);
    ~PolicyWorker() override;

    // Each one is called on the worker thread (queued).
    void refresh(bool recover);
    void load(qint64 number);
    void apply(const PolicyApplier::Request &request, bool rollback);
    void rollback(qint64 number, int confirmWithinSeconds, const QList<PolicyHealthCheck::Probe> &clients);
    void confirm();
    void propose(const PolicySnapshot &proposed, const QString &comment);
    void preview(const PolicySnapshot &proposed, int hours);
    void applyExisting(PolicyApplier::Request request, const QList<PolicyHealthCheck::Probe> &clients);
    // One look at mail flow while a confirm window runs; reverts early when
    // the change hurts.
    void watch(const QList<PolicyHealthCheck::Probe> &clients);

private:
    bool ready();
    void fail(const Error &error);
    void list(const QString &recovered, const std::optional<PolicyVersion> &drift);
    void audit(const PolicySnapshot &snapshot);

    GatewayProfile m_profile;
    QString m_storePath;
    PolicyHistory *m_history; // outlives this: its destructor waits for the thread
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<PolicyGateway> m_gateway;
    std::unique_ptr<PolicyStore> m_store;
    std::unique_ptr<PolicyRevertGuard> m_guard;
    std::unique_ptr<PolicyApplier> m_applier;
    QByteArray m_auditedDigest;
    std::unique_ptr<PolicyHealthWatch> m_watch;
    qint64 m_watchVersion = 0;
    qint64 m_watchOffset = 0;
    bool m_watching = false; // a watch() is under way
    PolicyHealthCheck::Options m_watchHealth;
};

} // namespace MailOps
