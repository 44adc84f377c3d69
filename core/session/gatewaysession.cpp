#include "gatewaysession.h"

#include "diagnostics/guidedrun.h"
#include "monitor/gatewaymonitor.h"
#include "policy/policyhistory.h"
#include "policy/policystore.h"
#include "services/servicebackend.h"
#include "session/sessionfactory.h"
#include "transport/transport.h"

namespace MailOps {

GatewaySession::GatewaySession(
    const GatewayProfile &profile, SessionFactory *factory, JournalSink *journal, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_factory(factory)
    , m_journal(journal)
{
}

GatewaySession::~GatewaySession()
{
    // The monitor first: its jobs end while the transport they run on
    // exists; what the backend or the transport still has in flight then
    // ends without a listener (the monitor's waits die with it).
    m_policyHistory.reset();
    m_guidedRun.reset();
    m_monitor.reset();
    m_serviceBackend.reset();
}

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

GatewayMonitor *GatewaySession::monitor()
{
    if (m_monitor)
        return m_monitor.get();
    m_monitor = m_factory->gatewayMonitor(m_profile);
    m_monitor->setJournal(m_journal);
    const Result<Transport *> t = transport();
    if (t)
        m_serviceBackend = m_factory->serviceBackend(m_profile, t.value());
    m_monitor->bind(m_profile, t, m_serviceBackend.get());
    return m_monitor.get();
}

GuidedRun *GatewaySession::guidedRun()
{
    if (!m_guidedRun)
        m_guidedRun = m_factory->guidedRun(m_profile, m_journal);
    return m_guidedRun.get();
}

PolicyHistory *GatewaySession::policyHistory()
{
    if (!m_policyHistory)
        m_policyHistory = std::make_unique<PolicyHistory>(m_profile, PolicyStore::defaultPath(), m_journal);
    return m_policyHistory.get();
}

} // namespace MailOps
