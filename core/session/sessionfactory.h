#pragma once

#include "common/result.h"
#include "settings/gatewayprofile.h"

#include <memory>

namespace MailOps {

class GatewaySession;
class JournalSink;
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
};

} // namespace MailOps
