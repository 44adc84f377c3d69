#include "gatewayprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace MailOps {

QString GatewayProfile::labDirectory()
{
    const QByteArray env = qgetenv("MAILOPS_LAB_DIR");
    return env.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : QString::fromLocal8Bit(env);
}

GatewayProfile GatewayProfile::lab()
{
    // Keep these in step with installer/lab/lab.conf.
    GatewayProfile p;
    p.name = QStringLiteral("Lab gateway");
    p.transport = Transport::Local;
    p.serviceBackend = ServiceBackend::Supervisord;
    p.supervisorUrl = QStringLiteral("http://127.0.0.1:9011/RPC2");
    p.dnsServer = QStringLiteral("127.0.0.1");
    p.dnsPort = 5300;
    p.smtpHost = QStringLiteral("127.0.0.1");
    p.smtpPort = 2525;
    p.mailLogPath = labDirectory() + QStringLiteral("/log/mail.log");
    p.postfixConfigDir = labDirectory() + QStringLiteral("/postfix");
    p.dnsbls = QStringList { QStringLiteral("bl.mailops.test"), QStringLiteral("dead.mailops.test"),
        QStringLiteral("refusing.mailops.test") };
    return p;
}

QString GatewayProfile::transportName(Transport t)
{
    return t == Transport::Ssh ? QStringLiteral("ssh") : QStringLiteral("local");
}

QString GatewayProfile::backendName(ServiceBackend b)
{
    return b == ServiceBackend::Systemd ? QStringLiteral("systemd") : QStringLiteral("supervisord");
}

GatewayProfile::Transport GatewayProfile::transportFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = (n == QLatin1String("ssh") || n == QLatin1String("local"));
    return n == QLatin1String("ssh") ? Transport::Ssh : Transport::Local;
}

GatewayProfile::ServiceBackend GatewayProfile::backendFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = (n == QLatin1String("systemd") || n == QLatin1String("supervisord"));
    return n == QLatin1String("systemd") ? ServiceBackend::Systemd : ServiceBackend::Supervisord;
}

static bool isPlausibleHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                || c == QLatin1Char('_')))
            return false;
    }
    return !host.startsWith(QLatin1Char('-')) && !host.startsWith(QLatin1Char('.'));
}

QStringList GatewayProfile::validate() const
{
    QStringList problems;
    auto tr = [](const char *s) { return QCoreApplication::translate("MailOps::GatewayProfile", s); };
    if (name.trimmed().isEmpty())
        problems << tr("The profile needs a name.");
    if (transport == Transport::Ssh) {
        // The host goes into ssh's argv, never a shell: still refuse anything
        // ssh would read as an option.
        QString host = sshHost.trimmed();
        if (host.contains(QLatin1Char('@')))
            host = host.section(QLatin1Char('@'), 1);
        if (host.contains(QLatin1Char(':')) && QHostAddress(host).isNull())
            host = host.section(QLatin1Char(':'), 0, 0);
        if (sshHost.trimmed().startsWith(QLatin1Char('-')) || !isPlausibleHost(host))
            problems << tr("The SSH host must look like user@host or host.");
    }
    if (!dnsServer.isEmpty() && QHostAddress(dnsServer).isNull())
        problems << tr("The DNS resolver must be an IP address (or empty for the system resolver).");
    if (dnsPort == 0)
        problems << tr("The DNS port must be between 1 and 65535.");
    if (!smtpHost.isEmpty() && !isPlausibleHost(smtpHost))
        problems << tr("The SMTP host is not a valid host name or address.");
    if (smtpPort == 0)
        problems << tr("The SMTP port must be between 1 and 65535.");
    if (serviceBackend == ServiceBackend::Supervisord) {
        const QUrl url(supervisorUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problems << tr(
                "The supervisord address must be an http:// URL such as http://127.0.0.1:9001/RPC2.");
        else if (!url.password().isEmpty())
            problems << tr(
                "Do not put a password in the supervisord URL; it is kept in the system keychain.");
    }
    for (const QString &zone : dnsbls) {
        if (!isPlausibleHost(zone) || !zone.contains(QLatin1Char('.'))) {
            problems << tr("\"%1\" is not a DNS zone name for a blocklist.").arg(zone);
            break;
        }
    }
    if (!mailLogPath.isEmpty() && !mailLogPath.startsWith(QLatin1Char('/')))
        problems << tr("The mail log path must be absolute.");
    return problems;
}

} // namespace MailOps
