#pragma once

#include "common/result.h"
#include "servicestatus.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace MailOps {

// Where service states come from (systemd over a Transport, supervisord over
// XML-RPC). Lives on its creator's thread; every call returns at once and
// its future finishes on that thread. A backend that cannot answer (not
// reachable, garbage reply, timeout) gives an Error, never a partial list.
class ServiceBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBackend)
public:
    explicit ServiceBackend(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~ServiceBackend() override = default;

    virtual QFuture<Result<ServiceStatusList>> poll() = 0;

    // The service's most recent log lines, oldest first. Default: Unsupported.
    virtual QFuture<Result<QStringList>> tailLog(const QString &service, int maxLines);

    // "systemd" or "supervisord", for messages and the model.
    virtual QString kind() const = 0;
};

} // namespace MailOps
