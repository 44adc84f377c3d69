#include "fakewebhookserver.h"
#include "incident/webhookpost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;

namespace {

Status postTo(FakeWebhookServer &server, WebhookPayload::Kind kind, const QByteArray &json,
    std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
{
    WebhookPost post;
    post.setTimeout(timeout);
    QSignalSpy spy(&post, &WebhookPost::finished);
    post.post(kind, server.url(), json);
    if (spy.isEmpty() && !spy.wait(int(timeout.count()) + 5000))
        return Status::failure(Error::Code::Other, QStringLiteral("finished() never came"));
    return spy.at(0).at(0).value<Status>();
}

// The secret path and the full URL must never be in a sentence.
void checkNoSecret(const FakeWebhookServer &server, const QString &sentence)
{
    QVERIFY2(!sentence.contains(server.url().toString()), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("s3cr3tT0k3n")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("/hooks/")), qPrintable(sentence));
}

} // namespace

class WebhookPostTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFormatArrivesAsValidJson_data()
    {
        QTest::addColumn<WebhookPayload::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("slack ok") << WebhookPayload::Kind::Slack << 200 << QByteArray("ok");
        QTest::newRow("mattermost ok") << WebhookPayload::Kind::Mattermost << 200 << QByteArray("ok");
        QTest::newRow("teams accepted") << WebhookPayload::Kind::Teams << 202 << QByteArray();
    }
    void eachFormatArrivesAsValidJson()
    {
        QFETCH(WebhookPayload::Kind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        FakeWebhookServer server;
        server.status = status;
        server.reason = status == 202 ? "Accepted" : "OK";
        server.body = answer;
        const Result<QByteArray> json = WebhookPayload::json(
            kind, QStringLiteral("Update: mail stopped"), QStringLiteral("Mail **waits** since 09:12."));
        QVERIFY(json);
        const Status sent = postTo(server, kind, *json);
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requestHeads.at(0).startsWith("POST /hooks/T0001/B0002/s3cr3tT0k3n HTTP/1.1"));
        QVERIFY(server.requestHeads.at(0).toLower().contains("content-type: application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(server.requests.at(0), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        if (kind == WebhookPayload::Kind::Teams) {
            const QJsonObject card = o.value(QStringLiteral("attachments"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("content"))
                                         .toObject();
            QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
            QCOMPARE(card.value(QStringLiteral("body")).toArray().size(), 2);
        } else {
            QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("since 09:12")));
        }
    }

    void failuresSayWhatHappened_data()
    {
        QTest::addColumn<WebhookPayload::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << WebhookPayload::Kind::Mattermost << 500 << QByteArray("Internal Server Error")
                             << QByteArray("database unavailable\nstack trace") << QByteArray()
                             << QStringLiteral(
                                    "The Mattermost webhook at 127.0.0.1 refused the notice: HTTP 500 "
                                    "Internal Server Error: \"database unavailable\".");
        QTest::newRow("429 retry-after")
            << WebhookPayload::Kind::Slack << 429 << QByteArray("Too Many Requests")
            << QByteArray("rate_limited") << QByteArray("Retry-After: 30")
            << QStringLiteral("The Slack webhook at 127.0.0.1 is rate-limiting: HTTP "
                              "429 Too Many Requests (too many requests), retry after "
                              "30 s: \"rate_limited\".");
        QTest::newRow("slack 400 no_text")
            << WebhookPayload::Kind::Slack << 400 << QByteArray("Bad Request") << QByteArray("no_text")
            << QByteArray()
            << QStringLiteral("The Slack webhook at 127.0.0.1 refused the notice: "
                              "HTTP 400 Bad Request: \"no_text\".");
        QTest::newRow("slack 200 with an error word")
            << WebhookPayload::Kind::Slack << 200 << QByteArray("OK") << QByteArray("invalid_payload")
            << QByteArray()
            << QStringLiteral("The Slack webhook at 127.0.0.1 answered HTTP 200 OK but reported an error: "
                              "\"invalid_payload\".");
        QTest::newRow("teams 202 with a JSON error")
            << WebhookPayload::Kind::Teams << 202 << QByteArray("Accepted")
            << QByteArray("{\"error\":{\"code\":\"TriggerInputSchemaMismatch\",\"message\":\"The input body "
                          "does not "
                          "match\"}}")
            << QByteArray()
            << QStringLiteral(
                   "The Microsoft Teams webhook at 127.0.0.1 answered HTTP 202 Accepted but reported an "
                   "error: \"The input body does not match\".");
        QTest::newRow("redirect") << WebhookPayload::Kind::Teams << 302 << QByteArray("Found") << QByteArray()
                                  << QByteArray("Location: https://elsewhere.example/")
                                  << QStringLiteral(
                                         "The Microsoft Teams webhook at 127.0.0.1 answered with a "
                                         "redirect (HTTP 302 Found); a webhook is never followed "
                                         "elsewhere.");
        QTest::newRow("body echoes the url")
            << WebhookPayload::Kind::Mattermost << 404 << QByteArray("Not Found")
            << QByteArray("no hook at /hooks/T0001/B0002/s3cr3tT0k3n") << QByteArray()
            << QStringLiteral("The Mattermost webhook at 127.0.0.1 refused the "
                              "notice: HTTP 404 Not Found: \"no hook at \u2026\".");
    }
    void failuresSayWhatHappened()
    {
        QFETCH(WebhookPayload::Kind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        FakeWebhookServer server;
        server.status = status;
        server.reason = reason;
        server.body = body;
        if (!header.isEmpty())
            server.headers << header;
        const Status sent = postTo(server, kind, "{\"text\":\"x\"}");
        QVERIFY(!sent);
        QCOMPARE(sent.error().message, expected);
        checkNoSecret(server, sent.error().message);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        FakeWebhookServer server;
        server.hang = true;
        QElapsedTimer clock;
        clock.start();
        const Status sent = WebhookPost::send(
            WebhookPayload::Kind::Slack, server.url(), "{\"text\":\"x\"}", std::chrono::milliseconds(500));
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, Error::Code::Timeout);
        QCOMPARE(sent.error().message,
            QStringLiteral("The Slack webhook at 127.0.0.1 did not answer within 500 ms."));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests.size(), 1);
        checkNoSecret(server, sent.error().message);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/s3cr3tT0k3n").arg(port));
        const Status sent = WebhookPost::send(WebhookPayload::Kind::Mattermost, url, "{}");
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, Error::Code::ConnectionRefused);
        QVERIFY(!sent.error().message.contains(QStringLiteral("s3cr3t")));
    }

    void urlsThatAreRefusedBeforeSending()
    {
        QVERIFY(WebhookPost::urlProblem(QUrl(QStringLiteral("https://hooks.slack.com/services/T/B/X")))
                    .isEmpty());
        QVERIFY(WebhookPost::urlProblem(QUrl(QStringLiteral("http://127.0.0.1:8065/hooks/x"))).isEmpty());
        const QString clear
            = WebhookPost::urlProblem(QUrl(QStringLiteral("http://chat.example.org/hooks/tok3n")));
        QVERIFY(clear.contains(QStringLiteral("chat.example.org")));
        QVERIFY(!clear.contains(QStringLiteral("tok3n")));
        QVERIFY(!WebhookPost::urlProblem(QUrl(QStringLiteral("ftp://x.example/y"))).isEmpty());
        QVERIFY(!WebhookPost::urlProblem(QUrl()).isEmpty());
        const Status sent = WebhookPost::send(
            WebhookPayload::Kind::Slack, QUrl(QStringLiteral("http://chat.example.org/hooks/tok3n")), "{}");
        QCOMPARE(sent.error().code, Error::Code::InvalidInput);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        QCOMPARE(WebhookPost::retryAfterSeconds("120", now), 120);
        QCOMPARE(WebhookPost::retryAfterSeconds("Mon, 07 Dec 2026 10:01:30 GMT", now), 90);
        QCOMPARE(WebhookPost::retryAfterSeconds("", now), -1);
        QCOMPARE(WebhookPost::retryAfterSeconds("soon", now), -1);
    }
};

QTEST_GUILESS_MAIN(WebhookPostTest)
#include "webhookpost_test.moc"
