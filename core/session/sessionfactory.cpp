#include "sessionfactory.h"

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

} // namespace MailOps
