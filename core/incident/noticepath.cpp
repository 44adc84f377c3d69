#include "noticepath.h"

#include "incident/webhookpost.h"
#include "settings/secretstore.h"

namespace MailOps {

NoticePath NoticePath::smtp(const QString &relay, const QString &host, Send send)
{
    return NoticePath { QStringLiteral("smtp:") + relay, host, std::move(send) };
}

NoticePath NoticePath::webhook(const QString &name, WebhookPayload::Kind kind, const QUrl &url,
    std::chrono::milliseconds timeout, const QString &username)
{
    return NoticePath { QStringLiteral("webhook:") + name, {},
        [kind, url, timeout, username](const NoticeMessage &message, const QStringList &) -> Status {
            const Result<QByteArray> json
                = WebhookPayload::json(kind, message.subject, message.markdown, username);
            if (!json)
                return json.error();
            return WebhookPost::send(kind, url, *json, timeout);
        } };
}

NoticePath NoticePath::eml(const QString &file)
{
    return NoticePath { QStringLiteral("eml:") + file, {},
        [file](const NoticeMessage &message, const QStringList &) { return message.saveEml(file); } };
}

NoticePath NoticePath::clipboard()
{
    return NoticePath { QStringLiteral("clipboard"), {}, {} };
}

NoticePath NoticePath::unavailable(const QString &id, const QString &why)
{
    return NoticePath { id, {}, [why](const NoticeMessage &, const QStringList &) {
                           return Status::failure(Error::Code::Unsupported, why);
                       } };
}

QList<NoticePath> NoticePath::chain(const BroadcastSettings &settings, NoticeKind::Audience audience,
    const std::function<Send(const BroadcastSettings::Relay &)> &smtp,
    const std::function<std::optional<QUrl>(const QString &secretKey)> &webhookUrl, const QString &emlFile,
    std::chrono::milliseconds webhookTimeout)
{
    QList<NoticePath> out;
    for (const QString &id : settings.fallbackFor(audience)) {
        const QString name = id.section(QLatin1Char(':'), 1);
        if (id == QLatin1String("clipboard")) {
            out << clipboard();
        } else if (id == QLatin1String("eml")) {
            out << (emlFile.isEmpty() ? unavailable(id, tr("No file is chosen for the .eml copy."))
                                      : eml(emlFile));
        } else if (id.startsWith(QLatin1String("smtp:"))) {
            const BroadcastSettings::Relay *relay = settings.relay(name);
            Send send = relay && smtp ? smtp(*relay) : Send();
            if (!relay)
                out << unavailable(id, tr("There is no relay named \"%1\".").arg(name));
            else if (!send)
                out << unavailable(id, tr("Sending through relay \"%1\" is not available here.").arg(name));
            else
                out << NoticePath::smtp(name, relay->host, std::move(send));
        } else if (id.startsWith(QLatin1String("webhook:"))) {
            const BroadcastSettings::Webhook *hook = settings.webhook(name);
            const QString key = SecretStore::webhookKey(settings.profile, name);
            const std::optional<QUrl> url = hook && webhookUrl ? webhookUrl(key) : std::nullopt;
            if (!hook)
                out << unavailable(id, tr("There is no webhook named \"%1\".").arg(name));
            else if (!url || url->isEmpty())
                out << unavailable(
                    id, tr("The URL of webhook \"%1\" is not in the keychain (%2).").arg(name, key));
            else
                out << webhook(name, hook->kind, *url, webhookTimeout, hook->username);
        } else {
            out << unavailable(id, tr("\"%1\" is no kind of path.").arg(id));
        }
    }
    return out;
}

} // namespace MailOps
