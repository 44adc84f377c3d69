#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class QSettings;

namespace MailOps {

// Everything the console needs to reach one gateway. A plain value: the
// ProfileStore persists it, panels read it. Passwords are never part of it;
// they live in the system keychain under the profile's name.
struct GatewayProfile
{
    enum class Transport
    {
        Local,
        Ssh
    };
    enum class ServiceBackend
    {
        Systemd,
        Supervisord
    };

    QString name;
    Transport transport = Transport::Local;
    QString sshHost; // user@host[:port] for Transport::Ssh
    ServiceBackend serviceBackend = ServiceBackend::Supervisord;
    QString supervisorUrl; // XML-RPC endpoint for ServiceBackend::Supervisord
    QString dnsServer; // empty: the system resolver
    quint16 dnsPort = 53;
    QString smtpHost;
    quint16 smtpPort = 25;
    QString mailLogPath;
    QString postfixConfigDir; // empty: Postfix's default
    QStringList dnsbls; // lists to check addresses against; empty: a default set
    // Sites where one admin must not change acceptance on their own: a new
    // policy version can only be proposed, and someone else applies it.
    bool policyReviewRequired = false;
    // The same four-eyes rule for notices to users, read by the broadcast code.
    bool noticeReviewRequired = false;

    // The lab gateway started by installer/lab: loopback only.
    static GatewayProfile lab();
    static QString labDirectory();

    // Empty when the profile can be used; otherwise one line per problem,
    // phrased for the profile editor.
    QStringList validate() const;

    static QString transportName(Transport t);
    static QString backendName(ServiceBackend b);
    static Transport transportFromName(const QString &name, bool *ok = nullptr);
    static ServiceBackend backendFromName(const QString &name, bool *ok = nullptr);

    bool operator==(const GatewayProfile &other) const = default;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::GatewayProfile)
