#include "profilereport.h"

#include <QJsonObject>

namespace MailOps {

ProfileReport::ProfileReport(const QList<GatewayProfile> &profiles, const QString &currentName)
    : m_profiles(profiles)
    , m_current(currentName)
{
}

QString ProfileReport::toText() const
{
    QString out;
    for (const GatewayProfile &g : m_profiles) {
        out += QStringLiteral("%1%2  (%3%4, %5, SMTP %6:%7)\n")
                   .arg(g.name == m_current ? QStringLiteral("* ") : QStringLiteral("  "), g.name,
                       GatewayProfile::transportName(g.transport),
                       g.transport == GatewayProfile::Transport::Ssh ? QStringLiteral(" ") + g.sshHost
                                                                     : QString(),
                       GatewayProfile::backendName(g.serviceBackend), g.smtpHost)
                   .arg(g.smtpPort);
    }
    return out;
}

QJsonArray ProfileReport::toJson() const
{
    QJsonArray list;
    for (const GatewayProfile &g : m_profiles) {
        list.append(QJsonObject {
            { QStringLiteral("name"), g.name },
            { QStringLiteral("transport"), GatewayProfile::transportName(g.transport) },
            { QStringLiteral("sshHost"), g.sshHost },
            { QStringLiteral("serviceBackend"), GatewayProfile::backendName(g.serviceBackend) },
            { QStringLiteral("dnsServer"), g.dnsServer },
            { QStringLiteral("dnsPort"), g.dnsPort },
            { QStringLiteral("smtpHost"), g.smtpHost },
            { QStringLiteral("smtpPort"), g.smtpPort },
            { QStringLiteral("mailLogPath"), g.mailLogPath },
            { QStringLiteral("current"), g.name == m_current },
        });
    }
    return list;
}

} // namespace MailOps
