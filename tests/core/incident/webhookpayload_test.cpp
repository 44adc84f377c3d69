#include "incident/webhookpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace MailOps;

namespace {

const QString draft = QStringLiteral("# Update\n\n"
                                     "Mail to **partners** waits since 09:12 & <counting>.\n"
                                     "\n"
                                     "- the filter hub restarts\n"
                                     "- see [status](https://status.example.org/)\n"
                                     "\n"
                                     "> quoted line\n"
                                     "\n"
                                     "Next update at _10:00_.");

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
    return doc.object();
}

} // namespace

class WebhookPayloadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slack()
    {
        const Result<QByteArray> json = WebhookPayload::json(
            WebhookPayload::Kind::Slack, QStringLiteral("[critical] Update: mail <stopped>"), draft);
        QVERIFY(json);
        const QJsonObject o = parse(*json);
        QCOMPARE(o.keys(), QStringList { QStringLiteral("text") });
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY2(text.startsWith(QStringLiteral("*[critical] Update: mail &lt;stopped&gt;*\n\n*Update*\n")),
            qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("Mail to *partners* waits since 09:12 &amp; &lt;counting&gt;.")));
        QVERIFY(text.contains(QStringLiteral("\u2022 the filter hub restarts")));
        QVERIFY(text.contains(QStringLiteral("\u2022 see <https://status.example.org/|status>")));
        QVERIFY(text.contains(QStringLiteral("\n> quoted line")));
        QVERIFY(text.endsWith(QStringLiteral("Next update at _10:00_.")));
    }

    void slackLinkLabelCannotBreakTheLink()
    {
        const QString text = WebhookPayload::slackText(QStringLiteral("[a|b>c](https://x.example/)"));
        QCOMPARE(text, QStringLiteral("<https://x.example/|a\u2223b&gt;c>"));
    }

    void mattermost()
    {
        const Result<QByteArray> json = WebhookPayload::json(WebhookPayload::Kind::Mattermost,
            QStringLiteral("Update"), draft, QStringLiteral("MailOps Console"));
        QVERIFY(json);
        const QJsonObject o = parse(*json);
        QCOMPARE(o.value(QStringLiteral("username")).toString(), QStringLiteral("MailOps Console"));
        // Mattermost renders Markdown itself: the draft goes as written.
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("#### Update\n\n") + draft);
        const Result<QJsonObject> anonymous
            = WebhookPayload::build(WebhookPayload::Kind::Mattermost, QStringLiteral("Update"), draft);
        QVERIFY(!anonymous->contains(QStringLiteral("username")));
    }

    void teams()
    {
        const Result<QByteArray> json = WebhookPayload::json(
            WebhookPayload::Kind::Teams, QStringLiteral("Update: mail stopped"), draft);
        QVERIFY(json);
        const QJsonObject o = parse(*json);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject a = attachments.at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("contentType")).toString(),
            QStringLiteral("application/vnd.microsoft.card.adaptive"));
        QVERIFY(a.contains(QStringLiteral("contentUrl")) && a.value(QStringLiteral("contentUrl")).isNull());
        const QJsonObject card = a.value(QStringLiteral("content")).toObject();
        QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
        QCOMPARE(card.value(QStringLiteral("version")).toString(), QStringLiteral("1.4"));
        const QJsonArray body = card.value(QStringLiteral("body")).toArray();
        QStringList texts;
        for (const QJsonValue &v : body) {
            const QJsonObject b = v.toObject();
            QCOMPARE(b.value(QStringLiteral("type")).toString(), QStringLiteral("TextBlock"));
            QVERIFY(b.value(QStringLiteral("wrap")).toBool());
            texts << b.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(texts,
            QStringList({ QStringLiteral("Update: mail stopped"), QStringLiteral("Update"),
                QStringLiteral("Mail to **partners** waits since 09:12 & <counting>."),
                QStringLiteral("- the filter hub restarts\n- see [status](https://status.example.org/)"),
                QStringLiteral("quoted line"), QStringLiteral("Next update at _10:00_.") }));
        QCOMPARE(body.at(0).toObject().value(QStringLiteral("size")).toString(), QStringLiteral("Large"));
        QCOMPARE(body.at(1).toObject().value(QStringLiteral("weight")).toString(), QStringLiteral("Bolder"));
        QVERIFY(body.at(4).toObject().value(QStringLiteral("isSubtle")).toBool());
    }

    void tooLongIsRefusedWithTheLimit_data()
    {
        QTest::addColumn<WebhookPayload::Kind>("kind");
        QTest::newRow("slack") << WebhookPayload::Kind::Slack;
        QTest::newRow("mattermost") << WebhookPayload::Kind::Mattermost;
        QTest::newRow("teams") << WebhookPayload::Kind::Teams;
    }
    void tooLongIsRefusedWithTheLimit()
    {
        QFETCH(WebhookPayload::Kind, kind);
        // A 5 MB draft.
        const QString huge = QString(5 * 1024 * 1024, QLatin1Char('x'));
        const Result<QByteArray> json = WebhookPayload::json(kind, QStringLiteral("Update"), huge);
        QVERIFY(!json);
        QCOMPARE(json.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            json.error().message.contains(WebhookPayload::kindName(kind)), qPrintable(json.error().message));
        QVERIFY(json.error().message.contains(QStringLiteral("at most")));
    }

    void keys()
    {
        for (const WebhookPayload::Kind k :
            { WebhookPayload::Kind::Slack, WebhookPayload::Kind::Mattermost, WebhookPayload::Kind::Teams })
            QCOMPARE(WebhookPayload::kindFromKey(WebhookPayload::kindKey(k)), k);
        QVERIFY(!WebhookPayload::kindFromKey(QStringLiteral("discord")));
    }
};

QTEST_GUILESS_MAIN(WebhookPayloadTest)
#include "webhookpayload_test.moc"
