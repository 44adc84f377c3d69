#pragma once

#include "diagnostics/guidedrun.h"
#include "fakeservicebackend.h"
#include "faketransport.h"
#include "monitor/gatewaymonitor.h"
#include "session/sessionfactory.h"

#include <QPointer>
#include <functional>

namespace MailOps {

// A session factory for widget and engine tests: every session gets a
// FakeTransport and a FakeServiceBackend, which `prepare` may script before
// the engines see them; the last ones made stay reachable (they belong to
// their session and die with it). The monitor polls fast.
class FakeSessionFactory final : public SessionFactory
{
public:
    std::function<void(const GatewayProfile &, FakeTransport *)> prepareTransport;
    std::function<void(const GatewayProfile &, FakeServiceBackend *)> prepareBackend;
    QPointer<FakeTransport> lastTransport;
    QPointer<FakeServiceBackend> lastBackend;
    int serviceInterval = 50;
    int queueInterval = 0; // no queue samples unless a test asks
    int socketInterval = 0;
    // The DNS of every session's guided run (a FakeQuerier); null: real lookups.
    std::shared_ptr<DnsQuerier> querier;

    Result<std::unique_ptr<Transport>> transport(const GatewayProfile &profile) override
    {
        auto t = std::make_unique<FakeTransport>();
        lastTransport = t.get();
        if (prepareTransport)
            prepareTransport(profile, t.get());
        return std::unique_ptr<Transport>(std::move(t));
    }

    std::unique_ptr<ServiceBackend> serviceBackend(const GatewayProfile &profile, Transport *) override
    {
        auto b = std::make_unique<FakeServiceBackend>();
        lastBackend = b.get();
        if (prepareBackend)
            prepareBackend(profile, b.get());
        return b;
    }

    std::unique_ptr<GatewayMonitor> gatewayMonitor(const GatewayProfile &) override
    {
        auto m = std::make_unique<GatewayMonitor>();
        m->setServiceInterval(serviceInterval);
        m->setQueueInterval(queueInterval);
        m->setSocketInterval(socketInterval);
        return m;
    }

    std::unique_ptr<GuidedRun> guidedRun(const GatewayProfile &, JournalSink *journal) override
    {
        auto run = std::make_unique<GuidedRun>(journal);
        run->setQuerier(querier);
        return run;
    }
};

} // namespace MailOps
