#pragma once

#include "common/result.h"
#include "settings/gatewayprofile.h"

#include <memory>

namespace MailOps {

class GatewayMonitor;
class GatewaySession;
class GuidedRun;
class JournalSink;
class ServiceBackend;
class Transport;

// Makes what serves one gateway profile: its transport and, through the
// session, its engines. The one place that turns a profile into working
// parts, so panels and commands never build their own; a test replaces it
// (override the virtual parts) to hand the same panels fakes that need
// neither root nor the lab.
class SessionFactory
{
public:
    SessionFactory() = default;
    virtual ~SessionFactory();
    Q_DISABLE_COPY_MOVE(SessionFactory)

    // A session for `profile`; its engines write to `journal` (not owned;
    // must outlive the session).
    std::unique_ptr<GatewaySession> create(const GatewayProfile &profile, JournalSink *journal);

    // The transport the profile asks for (Transport::forProfile by default).
    virtual Result<std::unique_ptr<Transport>> transport(const GatewayProfile &profile);

    // Gateway monitor parts.
    // Where the profile's service states come from, over its transport
    // (GatewayMonitor::makeServiceBackend by default).
    virtual std::unique_ptr<ServiceBackend> serviceBackend(
        const GatewayProfile &profile, Transport *transport);
    // The monitor of a session, before it is bound to the session's parts
    // (a plain GatewayMonitor by default); a test sets its intervals here.
    virtual std::unique_ptr<GatewayMonitor> gatewayMonitor(const GatewayProfile &profile);

    // Diagnostics parts.
    // The guided run of a session, recording to `journal`.
    virtual std::unique_ptr<GuidedRun> guidedRun(const GatewayProfile &profile, JournalSink *journal);
};

} // namespace MailOps
