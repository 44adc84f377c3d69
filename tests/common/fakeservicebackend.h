#pragma once

#include "services/servicebackend.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QStringList>

namespace MailOps {

// A service manager that is not there: each poll answers with the next of
// `polls` (the last one again once they run out), or fails with `pollError`
// when set; tailLog answers with `logLines`, or Unsupported when empty (as
// supervisord does for a service without a log of its own). Counts its calls.
class FakeServiceBackend final : public ServiceBackend
{
public:
    using ServiceBackend::ServiceBackend;

    QList<ServiceStatusList> polls;
    std::optional<Error> pollError;
    QStringList logLines;
    int pollCount = 0;
    QStringList tailedServices;

    QFuture<Result<ServiceStatusList>> poll() override
    {
        ++pollCount;
        if (pollError)
            return QtFuture::makeReadyFuture(Result<ServiceStatusList>(*pollError));
        if (polls.isEmpty())
            return QtFuture::makeReadyFuture(Result<ServiceStatusList>(ServiceStatusList()));
        const ServiceStatusList next = polls.size() > 1 ? polls.takeFirst() : polls.constFirst();
        return QtFuture::makeReadyFuture(Result<ServiceStatusList>(next));
    }

    QFuture<Result<QStringList>> tailLog(const QString &service, int maxLines) override
    {
        tailedServices << service;
        if (logLines.isEmpty())
            return ServiceBackend::tailLog(service, maxLines);
        return QtFuture::makeReadyFuture(
            Result<QStringList>(logLines.mid(qMax(0, int(logLines.size()) - maxLines))));
    }

    QString kind() const override { return QStringLiteral("fake"); }

    // One running service as a poll reports it, restarted `restarts` times,
    // seen `secondsLater` after `base`.
    static ServiceStatus running(const QString &name, int restarts, const QDateTime &base, int secondsLater)
    {
        ServiceStatus s;
        s.name = name;
        s.state = ServiceStatus::State::Running;
        s.rawState = QStringLiteral("RUNNING");
        s.pid = 1000 + restarts;
        s.since = base.addSecs(secondsLater);
        s.restartCount = restarts;
        s.lastExitStatus = restarts > 0 ? 70 : 0;
        s.observedAt = base.addSecs(secondsLater);
        return s;
    }

    // Polls of `name` restarting once a poll, `restarts` times after the
    // baseline, a second apart: a crash loop by the default settings (3 in
    // 5 min) once restarts reaches 3; then `quietPolls` polls 10 minutes on
    // without a restart, which ends it.
    static QList<ServiceStatusList> crashLoop(const QString &name, int restarts, int quietPolls = 0)
    {
        const QDateTime base = QDateTime::currentDateTimeUtc();
        QList<ServiceStatusList> out;
        for (int i = 0; i <= restarts; ++i)
            out << ServiceStatusList { running(name, i, base, i) };
        for (int i = 0; i < quietPolls; ++i)
            out << ServiceStatusList { running(name, restarts, base, restarts + 600 + i * 300) };
        return out;
    }
};

} // namespace MailOps
