#include "noticepath.h"

#include "incident/webhookpost.h"

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

} // namespace MailOps
