#pragma once

#include "servicebackend.h"

#include <QPointer>

namespace MailOps {

class Transport;

// Service states from systemd: `systemctl show` for the given units through a
// Transport (local or ssh), logs from `journalctl -u`. Lives on its creator's
// thread. systemctl's own failures (no systemd, not allowed) and unparsable
// output are Errors; NRestarts is systemd's own counter.
class SystemdBackend final : public ServiceBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemdBackend)
public:
    SystemdBackend(Transport *transport, const QStringList &units, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // systemd >= 251 prints "@epoch" timestamps with --timestamp=unix, which
    // removes any doubt about the gateway's time zone.
    void setUnixTimestamps(bool on) { m_unixTimestamps = on; }

    QStringList showCommand() const;

    QFuture<Result<ServiceStatusList>> poll() override;
    QFuture<Result<QStringList>> tailLog(const QString &service, int maxLines) override;
    QString kind() const override { return QStringLiteral("systemd"); }

private:
    QPointer<Transport> m_transport;
    QStringList m_units;
    std::chrono::milliseconds m_timeout { 15000 };
    bool m_unixTimestamps = false;
};

} // namespace MailOps
