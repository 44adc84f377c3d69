#pragma once

#include "common/result.h"
#include "incident/webhookpayload.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace MailOps {

// POSTs a webhook payload and judges the answer. A 2xx is a success only
// when its body says so too: Slack answers "ok" (its errors are 4xx with a
// word such as "invalid_payload" or "no_text"), Mattermost "ok" or nothing,
// Teams Workflows 202 with nothing; an error in a 2xx body, a redirect, a
// 429 (with its Retry-After), any 4xx or 5xx, and no answer within the
// timeout are failures whose sentence names the service, the host, the
// status and the first line of the body. The URL is a secret: no sentence or
// log line holds more of it than the host, and http:// is taken only for a
// loopback host. Asynchronous on its creator's thread (finished() comes
// once per post()); send() wraps it for the delivery chain, which runs on a
// worker thread because its SMTP path blocks.
class WebhookPost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookPost)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 15000 };
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    explicit WebhookPost(QObject *parent = nullptr);
    ~WebhookPost() override;

    // The whole exchange, connect to last byte; a server that accepts and
    // never answers fails after this long.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    bool isRunning() const { return m_reply != nullptr; }
    void post(WebhookPayload::Kind kind, const QUrl &url, const QByteArray &json);

    // Blocks in an event loop of its own until the answer or the timeout:
    // for worker threads, never the GUI thread.
    static Status send(WebhookPayload::Kind kind, const QUrl &url, const QByteArray &json,
        std::chrono::milliseconds timeout = DefaultTimeout);

    // The verdict on an answer; `host` is all of the URL a sentence may
    // show, `secrets` (the URL's path and query) are blanked from the body.
    static Status judge(WebhookPayload::Kind kind, const QString &host, int status, const QString &reason,
        const QByteArray &body, const QByteArray &retryAfter, const QStringList &secrets = {});
    // Why the URL cannot be posted to; an empty string when it can.
    static QString urlProblem(const QUrl &url);
    // "Slack webhook at hooks.slack.com".
    static QString target(WebhookPayload::Kind kind, const QUrl &url);
    // Seconds from a Retry-After value (delta-seconds or an HTTP date);
    // -1 when there is none or it cannot be read.
    static qint64 retryAfterSeconds(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished(const MailOps::Status &status);

private:
    void finish(const Status &status);
    void onReplyFinished();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_deadline;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    WebhookPayload::Kind m_kind = WebhookPayload::Kind::Slack;
    QUrl m_url;
    bool m_timedOut = false;
};

} // namespace MailOps
