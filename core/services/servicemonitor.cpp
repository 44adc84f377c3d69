#include "servicemonitor.h"

#include "common/whenfinished.h"
#include "servicebackend.h"

#include <QCoreApplication>

namespace MailOps {

ServiceMonitor::ServiceMonitor(ServiceBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_timer.setInterval(std::chrono::milliseconds(5000));
    connect(&m_timer, &QTimer::timeout, this, &ServiceMonitor::pollNow);
    connect(&m_detector, &CrashLoopDetector::alertRaised, this, [this](const CrashLoopAlert &alert) {
        Q_EMIT alertRaised(alert);
        m_logFetchedAt.insert(alert.service, alert.lastRestart);
        fetchLog(alert.service);
    });
    connect(&m_detector, &CrashLoopDetector::alertUpdated, this, [this](const CrashLoopAlert &alert) {
        Q_EMIT alertUpdated(alert);
        // Each new death may name another message (the first one held, a
        // second poison arrived): the log is read again after every restart,
        // not after the update that brought the log itself.
        if (m_logFetchedAt.value(alert.service) != alert.lastRestart) {
            m_logFetchedAt.insert(alert.service, alert.lastRestart);
            fetchLog(alert.service);
        }
    });
    connect(&m_detector, &CrashLoopDetector::alertCleared, this, &ServiceMonitor::alertCleared);
}

void ServiceMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ServiceMonitor::start()
{
    m_timer.start();
    pollNow();
}

void ServiceMonitor::stop()
{
    m_timer.stop();
}

void ServiceMonitor::pollNow()
{
    if (m_polling)
        return;
    if (!m_backend) {
        Q_EMIT pollFailed(Error { Error::Code::Other,
            QCoreApplication::translate("MailOps::ServiceMonitor", "no service backend") });
        return;
    }
    m_polling = true;
    whenFinished(
        m_backend->poll(), this,
        [this](const Result<ServiceStatusList> &result) {
            m_polling = false;
            if (!result.ok()) {
                Q_EMIT pollFailed(result.error());
                return;
            }
            m_last = result.value();
            m_detector.addSamples(m_last);
            Q_EMIT servicesUpdated(m_last);
        },
        [this] {
            m_polling = false;
            Q_EMIT pollFailed(Error { Error::Code::Cancelled,
                QCoreApplication::translate("MailOps::ServiceMonitor", "poll abandoned") });
        });
}

void ServiceMonitor::fetchLog(const QString &service)
{
    QFuture<Result<QStringList>> lines;
    if (m_logSource)
        lines = m_logSource(service, m_logLines);
    else if (m_backend)
        lines = m_backend->tailLog(service, m_logLines);
    else
        return;
    whenFinished(lines, this, [this, service](const Result<QStringList> &result) {
        m_detector.setLogLines(service,
            result.ok() ? result.value()
                        : QStringList { QCoreApplication::translate("MailOps::ServiceMonitor", "(no log: %1)")
                                            .arg(result.error().message) });
    });
}

} // namespace MailOps
