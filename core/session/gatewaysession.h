#pragma once

#include "common/result.h"
#include "settings/gatewayprofile.h"

#include <QObject>
#include <memory>
#include <optional>

namespace MailOps {

class GatewayMonitor;
class GuidedRun;
class JournalSink;
class PolicyHistory;
class ServiceBackend;
class SessionFactory;
class Transport;

// Everything the console holds for one gateway profile: the profile as it
// was when the session began, its transport and the engines built on it.
// A profile switch ends the session and starts another, so nothing of the
// old gateway (a pending listing, a crash-loop alert, a diagnostics run)
// can reach the new one. Lives on the GUI or command thread.
class GatewaySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySession)

public:
    GatewaySession(const GatewayProfile &profile, SessionFactory *factory, JournalSink *journal,
        QObject *parent = nullptr);
    ~GatewaySession() override;

    const GatewayProfile &profile() const { return m_profile; }
    SessionFactory *factory() const { return m_factory; }
    JournalSink *journal() const { return m_journal; }

    // The profile's transport, made on first use; an Error when the profile
    // names an unusable target (never a fallback to this machine).
    Result<Transport *> transport();

    // Gateway monitor.
    // The profile's monitor, made and bound to the session's transport and
    // service backend on first use, writing to the session's journal; not
    // started (the panel showing it starts it). Never null.
    GatewayMonitor *monitor();

    // Diagnostics.
    // The "why is mail not arriving?" run for this profile, made on first
    // use, writing to the session's journal. Never null.
    GuidedRun *guidedRun();

    // Policy history.
    // The profile's policy versions and safe apply, made on first use with
    // the console's version store, writing to the session's journal; not
    // started (the panel showing it starts it). Never null.
    PolicyHistory *policyHistory();

private:
    GatewayProfile m_profile;
    SessionFactory *m_factory;
    JournalSink *m_journal;
    std::unique_ptr<Transport> m_transport;
    std::optional<Error> m_transportError;

    // Gateway monitor; declared after the transport so it goes first.
    std::unique_ptr<ServiceBackend> m_serviceBackend;
    std::unique_ptr<GatewayMonitor> m_monitor;

    std::unique_ptr<GuidedRun> m_guidedRun;
    std::unique_ptr<PolicyHistory> m_policyHistory;
};

} // namespace MailOps
