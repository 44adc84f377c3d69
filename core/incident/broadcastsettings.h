#pragma once

#include "common/result.h"
#include "incident/noticekind.h"
#include "incident/webhookpayload.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace MailOps {

// How one gateway profile's notices go out, without a secret in it: the SMTP
// relays (their passwords and the webhooks' URLs live in the keychain under
// SecretStore's keys), the webhooks, the sender, the stakeholder groups per
// audience, the fallback order of paths per audience ("smtp:corp",
// "smtp:backup", "webhook:ops-slack", "eml", "clipboard"). Whether a notice
// needs a second look is the profile's (GatewayProfile). A plain value;
// BroadcastSettingsStore keeps it.
struct BroadcastSettings
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::BroadcastSettings)

public:
    enum class Security
    {
        StartTls, // submission on 587
        ImplicitTls, // submissions on 465
        PlainLoopbackOnly // no TLS, only to a relay on this machine
    };

    struct Relay
    {
        QString name;
        QString host;
        quint16 port = 587;
        Security security = Security::StartTls;
        QString username; // empty: no AUTH
        QString caFile; // empty: the system's trust store
        bool operator==(const Relay &) const = default;
    };

    struct Webhook
    {
        QString name;
        WebhookPayload::Kind kind = WebhookPayload::Kind::Slack;
        QString username; // the poster's name where the service takes one
        bool operator==(const Webhook &) const = default;
    };

    QString profile;
    QString sender; // "Ops Desk <ops@example.org>"
    QList<Relay> relays;
    QList<Webhook> webhooks;
    QMap<NoticeKind::Audience, QStringList> recipients; // one address per entry
    QMap<NoticeKind::Audience, QStringList> fallback; // path ids, first tried first

    // Every relay, then every webhook, then "eml" and "clipboard".
    static QStringList defaultFallback(const BroadcastSettings &settings);
    // The audience's order, or the default when none is set.
    QStringList fallbackFor(NoticeKind::Audience audience) const;

    const Relay *relay(const QString &name) const;
    const Webhook *webhook(const QString &name) const;

    // Every problem, one sentence each, naming the bad address, relay,
    // webhook or path; empty when all is usable.
    QStringList validate() const;

    // "localhost" or a loopback address: where a relay may go without TLS
    // and a webhook over http://.
    static bool isLoopbackHost(const QString &host);

    static QString securityKey(Security security);
    static std::optional<Security> securityFromKey(const QString &key);

    QJsonObject toJson() const;
    // Unknown keys are ignored; a value of the wrong type is an Error
    // naming it.
    static Result<BroadcastSettings> fromJson(const QString &profile, const QJsonObject &json);

    bool operator==(const BroadcastSettings &) const = default;
};

} // namespace MailOps
