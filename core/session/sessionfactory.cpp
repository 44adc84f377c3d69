#include "sessionfactory.h"

#include "diagnostics/guidedrun.h"
#include "monitor/gatewaymonitor.h"
#include "services/servicebackend.h"
#include "session/gatewaysession.h"
#include "transport/transport.h"

namespace MailOps {

SessionFactory::~SessionFactory() = default;

std::unique_ptr<GatewaySession> SessionFactory::create(const GatewayProfile &profile, JournalSink *journal)
{
    return std::make_unique<GatewaySession>(profile, this, journal);
}

Result<std::unique_ptr<Transport>> SessionFactory::transport(const GatewayProfile &profile)
{
    return Transport::forProfile(profile);
}

std::unique_ptr<ServiceBackend> SessionFactory::serviceBackend(
    const GatewayProfile &profile, Transport *transport)
{
    return GatewayMonitor::makeServiceBackend(profile, transport);
}

std::unique_ptr<GatewayMonitor> SessionFactory::gatewayMonitor(const GatewayProfile &)
{
    return std::make_unique<GatewayMonitor>();
}

std::unique_ptr<GuidedRun> SessionFactory::guidedRun(const GatewayProfile &, JournalSink *journal)
{
    return std::make_unique<GuidedRun>(journal);
}

} // namespace MailOps
