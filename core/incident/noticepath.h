#pragma once

#include "common/result.h"
#include "incident/broadcastsettings.h"
#include "incident/noticemessage.h"
#include "incident/webhookpayload.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace MailOps {

// One way a notice can leave: an id the journal and the store record
// ("smtp:corp", "webhook:ops-slack", "eml:/home/a/notice.eml", "clipboard")
// and the call that sends it, blocking, on the delivery's thread. A path
// without a call is offered to the admin instead (the clipboard: core has
// none), and the chain stops there for the GUI to complete. For an SMTP
// relay `host` is its server, so the chain can tell when it is the gateway
// itself. Plain values; the SMTP path is made where its client lives.
struct NoticePath
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticePath)

public:
    using Send = std::function<Status(const NoticeMessage &message, const QStringList &recipients)>;

    QString id;
    QString host;
    Send send;

    bool isOffer() const { return !send; }

    // "smtp:<relay>", sending through `send` (an SMTP submission client).
    static NoticePath smtp(const QString &relay, const QString &host, Send send);
    // "webhook:<name>": the payload for `kind` POSTed with WebhookPost::send.
    // The URL stays inside the call; the id names the webhook, never it.
    static NoticePath webhook(const QString &name, WebhookPayload::Kind kind, const QUrl &url,
        std::chrono::milliseconds timeout, const QString &username = {});
    // "eml:<file>": NoticeMessage::saveEml.
    static NoticePath eml(const QString &file);
    // "clipboard": offered.
    static NoticePath clipboard();

    // A path that cannot be taken, failing with `why` when tried, so the
    // chain goes on and the report says what was missing.
    static NoticePath unavailable(const QString &id, const QString &why);

    // The audience's fallback order in `settings` as paths: "smtp:<relay>"
    // through what `smtp` makes for that relay (the SMTP client's owner
    // knows the password), "webhook:<name>" with the URL `webhookUrl` finds
    // under its keychain key, "eml" as `emlFile`, "clipboard" offered. An
    // id that names nothing, a missing URL or no SMTP client become
    // unavailable paths naming what is missing.
    static QList<NoticePath> chain(const BroadcastSettings &settings, NoticeKind::Audience audience,
        const std::function<Send(const BroadcastSettings::Relay &)> &smtp,
        const std::function<std::optional<QUrl>(const QString &secretKey)> &webhookUrl,
        const QString &emlFile, std::chrono::milliseconds webhookTimeout = std::chrono::milliseconds(15000));
};

} // namespace MailOps
