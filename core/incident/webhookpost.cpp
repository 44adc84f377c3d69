#include "webhookpost.h"

#include "common/logging.h"
#include "common/printable.h"
#include "incident/broadcastsettings.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace MailOps {

namespace {

// The body's first line as a reader should see it: the message of a JSON
// error where there is one, escaped, short, and without any of the URL.
QString firstLine(const QByteArray &body, const QStringList &secrets)
{
    QString text = QString::fromUtf8(body).trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (error.isObject() && error.toObject().value(QStringLiteral("message")).isString())
            text = error.toObject().value(QStringLiteral("message")).toString();
        else if (error.isString())
            text = error.toString();
        else if (o.value(QStringLiteral("message")).isString())
            text = o.value(QStringLiteral("message")).toString();
    }
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QString &s : secrets) {
        if (s.size() > 1)
            text.replace(s, QStringLiteral("\u2026"));
    }
    if (text.size() > 160)
        text = text.left(159) + QStringLiteral("\u2026");
    return Printable::text(text);
}

// Does a 2xx body carry an error all the same?
bool bodySaysError(WebhookPayload::Kind kind, const QByteArray &body)
{
    const QByteArray t = body.trimmed();
    if (t.isEmpty() || t == "ok" || t == "1")
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(t);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("error")) || o.value(QStringLiteral("ok")) == QJsonValue(false))
            return true;
        // Mattermost's AppError: {"id": ..., "message": ..., "status_code": 400}.
        if (o.value(QStringLiteral("status_code")).toInt() >= 400)
            return true;
        return false;
    }
    // Slack's only success is "ok"; any other word is one of its errors.
    return kind == WebhookPayload::Kind::Slack;
}

} // namespace

WebhookPost::WebhookPost(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    // A redirect would carry the notice (and with some clients the secret
    // path) somewhere the admin never configured.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

WebhookPost::~WebhookPost()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString WebhookPost::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The webhook URL is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (BroadcastSettings::isLoopbackHost(url.host()))
            return {};
        return tr("The webhook URL for %1 uses http://: the URL is a secret and would travel in clear; use "
                  "https://.")
            .arg(url.host());
    }
    return tr("The webhook URL for %1 is not an https:// URL.").arg(url.host());
}

QString WebhookPost::target(WebhookPayload::Kind kind, const QUrl &url)
{
    return tr("%1 webhook at %2").arg(WebhookPayload::kindName(kind), url.host());
}

qint64 WebhookPost::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray t = value.trimmed();
    if (t.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = t.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP dates end in "GMT", which RFC 2822 parsing does not take.
    QString date = QString::fromLatin1(t);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, now.secsTo(at));
}

Status WebhookPost::judge(WebhookPayload::Kind kind, const QString &host, int status, const QString &reason,
    const QByteArray &body, const QByteArray &retryAfter, const QStringList &secrets)
{
    const QString who = tr("%1 webhook at %2").arg(WebhookPayload::kindName(kind), host);
    const QString said = firstLine(body, secrets);
    const QString saidPart = said.isEmpty() ? QString() : tr(": \"%1\"").arg(said);
    const QString statusText = reason.trimmed().isEmpty()
        ? QStringLiteral("HTTP %1").arg(status)
        : QStringLiteral("HTTP %1 %2").arg(status).arg(Printable::text(reason.trimmed()));
    if (status >= 200 && status < 300) {
        if (!bodySaysError(kind, body))
            return Ok {};
        return Status::failure(Error::Code::ProtocolError,
            tr("The %1 answered %2 but reported an error%3.").arg(who, statusText, saidPart));
    }
    if (status >= 300 && status < 400)
        return Status::failure(Error::Code::ProtocolError,
            tr("The %1 answered with a redirect (%2); a webhook is never followed elsewhere.")
                .arg(who, statusText));
    if (status == 429) {
        const qint64 wait = retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
        const QString when
            = wait >= 0 ? tr(", retry after %n s", nullptr, int(std::min<qint64>(wait, 1 << 30))) : QString();
        return Status::failure(Error::Code::ProtocolError,
            tr("The %1 is rate-limiting: %2 (too many requests)%3%4.").arg(who, statusText, when, saidPart));
    }
    if (status >= 400)
        return Status::failure(Error::Code::ProtocolError,
            tr("The %1 refused the notice: %2%3.").arg(who, statusText, saidPart));
    return Status::failure(
        Error::Code::ProtocolError, tr("The %1 gave no HTTP answer that can be read.").arg(who));
}

void WebhookPost::post(WebhookPayload::Kind kind, const QUrl &url, const QByteArray &json)
{
    Q_ASSERT(!m_reply);
    m_kind = kind;
    m_url = url;
    m_timedOut = false;
    if (const QString problem = urlProblem(url); !problem.isEmpty()) {
        // Later, so a caller that connects after post() still hears it.
        QTimer::singleShot(
            0, this, [this, problem] { finish(Status::failure(Error::Code::InvalidInput, problem)); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MailOps-Console"));
    request.setTransferTimeout(int(m_timeout.count()));
    m_reply = m_network->post(request, json);
    m_deadline->start(m_timeout);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAnswerBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &WebhookPost::onReplyFinished);
}

void WebhookPost::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    m_deadline->stop();
    reply->deleteLater();
    const QString who = target(m_kind, m_url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // errorString() can hold the whole URL: every sentence here is our own.
    if (m_timedOut || error == QNetworkReply::TimeoutError
        || (error == QNetworkReply::OperationCanceledError && status == 0)) {
        const qint64 ms = m_timeout.count();
        finish(Status::failure(Error::Code::Timeout,
            ms % 1000 == 0 ? tr("The %1 did not answer within %n s.", nullptr, int(ms / 1000)).arg(who)
                           : tr("The %1 did not answer within %2 ms.").arg(who).arg(ms)));
        return;
    }
    if (status == 0) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            finish(Status::failure(
                Error::Code::ConnectionRefused, tr("The %1 refused the connection.").arg(who)));
            return;
        case QNetworkReply::HostNotFoundError:
            finish(Status::failure(Error::Code::HostNotFound,
                tr("The %1 cannot be reached: %2 was not found in DNS.").arg(who, m_url.host())));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            finish(Status::failure(Error::Code::TlsError,
                tr("The %1 failed the TLS handshake; its certificate is not trusted here.").arg(who)));
            return;
        case QNetworkReply::RemoteHostClosedError:
            finish(Status::failure(
                Error::Code::ProtocolError, tr("The %1 closed the connection without an answer.").arg(who)));
            return;
        default:
            finish(Status::failure(Error::Code::Other,
                tr("The %1 could not be reached (network error %2).").arg(who).arg(int(error))));
            return;
        }
    }
    const QByteArray body = reply->read(MaxAnswerBytes);
    QStringList secrets { m_url.toString(), m_url.path(), m_url.query() };
    finish(judge(m_kind, m_url.host(), status,
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), body,
        reply->rawHeader(QByteArrayLiteral("Retry-After")), secrets));
}

void WebhookPost::finish(const Status &status)
{
    if (!status)
        qCInfo(lcIncident).noquote() << status.error().message;
    Q_EMIT finished(status);
}

Status WebhookPost::send(
    WebhookPayload::Kind kind, const QUrl &url, const QByteArray &json, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    WebhookPost post;
    post.setTimeout(timeout);
    Status result;
    bool done = false;
    QObject::connect(&post, &WebhookPost::finished, &loop, [&](const Status &s) {
        result = s;
        done = true;
        loop.quit();
    });
    post.post(kind, url, json);
    if (!done)
        loop.exec();
    return result;
}

} // namespace MailOps
