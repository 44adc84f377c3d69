#include "systemdbackend.h"

#include "common/translation.h"
#include "systemdshowparser.h"
#include "transport/transport.h"

#include <QCoreApplication>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SystemdBackend", text);
}

Error commandError(const QString &what, const CommandOutput &out)
{
    const QString err = QString::fromUtf8(out.stdErr).trimmed();
    if (err.contains(QLatin1String("not been booted with systemd"))
        || err.contains(QLatin1String("Failed to connect to bus")))
        return Error { Error::Code::Unsupported,
            tr("the gateway does not run systemd: %1").arg(err.section(QLatin1Char('\n'), 0, 0)) };
    if (err.contains(QLatin1String("Access denied")) || err.contains(QLatin1String("Permission denied")))
        return Error { Error::Code::PermissionDenied, tr("%1 was not allowed: %2").arg(what, err) };
    return Error { Error::Code::ProcessFailed,
        tr("%1 failed with exit code %2: %3").arg(what).arg(out.exitCode).arg(err.left(500)) };
}

} // namespace

SystemdBackend::SystemdBackend(Transport *transport, const QStringList &units, QObject *parent)
    : ServiceBackend(parent)
    , m_transport(transport)
    , m_units(units)
{
}

QStringList SystemdBackend::showCommand() const
{
    QStringList argv { QStringLiteral("systemctl"), QStringLiteral("show"), QStringLiteral("--no-pager") };
    if (m_unixTimestamps)
        argv << QStringLiteral("--timestamp=unix");
    argv << QStringLiteral("--property=") + SystemdShowParser::properties().join(QLatin1Char(','));
    argv << QStringLiteral("--") << m_units;
    return argv;
}

QFuture<Result<ServiceStatusList>> SystemdBackend::poll()
{
    if (!m_transport)
        return QtFuture::makeReadyFuture(
            Result<ServiceStatusList>::failure(Error::Code::Other, tr("no transport to the gateway")));
    if (m_units.isEmpty())
        return QtFuture::makeReadyFuture(Result<ServiceStatusList>(ServiceStatusList {}));
    CommandOptions options;
    options.timeout = m_timeout;
    options.maxStdoutBytes = SystemdShowParser::MaxInputBytes;
    return m_transport->run(showCommand(), options).then([](const Result<CommandOutput> &out) {
        if (!out.ok())
            return Result<ServiceStatusList>(out.error());
        if (out->exitCode != 0)
            return Result<ServiceStatusList>(commandError(QStringLiteral("systemctl show"), out.value()));
        return SystemdShowParser::parse(out->stdOut, QDateTime::currentDateTimeUtc());
    });
}

QFuture<Result<QStringList>> SystemdBackend::tailLog(const QString &service, int maxLines)
{
    if (!m_transport)
        return QtFuture::makeReadyFuture(
            Result<QStringList>::failure(Error::Code::Other, tr("no transport to the gateway")));
    CommandOptions options;
    options.timeout = m_timeout;
    options.maxStdoutBytes = 1024 * 1024;
    const QStringList argv { QStringLiteral("journalctl"), QStringLiteral("--no-pager"),
        QStringLiteral("--quiet"), QStringLiteral("-o"), QStringLiteral("short-iso"), QStringLiteral("-n"),
        QString::number(qBound(1, maxLines, 1000)), QStringLiteral("-u"), service };
    return m_transport->run(argv, options).then([](const Result<CommandOutput> &out) {
        if (!out.ok())
            return Result<QStringList>(out.error());
        if (out->exitCode != 0)
            return Result<QStringList>(commandError(QStringLiteral("journalctl"), out.value()));
        return Result<QStringList>(
            QString::fromUtf8(out->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    });
}

} // namespace MailOps
