#include "gatewaysession.h"

#include "session/sessionfactory.h"
#include "transport/transport.h"

namespace MailOps {

GatewaySession::GatewaySession(const GatewayProfile &profile, SessionFactory *factory, JournalSink *journal,
                               QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_factory(factory)
    , m_journal(journal)
{
}

GatewaySession::~GatewaySession() = default;

Result<Transport *> GatewaySession::transport()
{
    if (m_transport)
        return m_transport.get();
    if (m_transportError)
        return *m_transportError;
    Result<std::unique_ptr<Transport>> made = m_factory->transport(m_profile);
    if (!made) {
        m_transportError = made.error();
        return made.error();
    }
    m_transport = std::move(made).value();
    return m_transport.get();
}

} // namespace MailOps
