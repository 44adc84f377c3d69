#include "fakewebhookserver.h"
#include "incident/noticepath.h"
#include "samplenotice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace MailOps;

namespace {

NoticeMessage notice()
{
    return sampleNotice();
}

} // namespace

class NoticePathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emlWritesTheMessage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notice.eml"));
        const NoticePath path = NoticePath::eml(file);
        QCOMPARE(path.id, QStringLiteral("eml:") + file);
        QVERIFY(!path.isOffer());
        QVERIFY(path.send(notice(), {}));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Subject: Update: mail waits"));
        NoticeMessage bad = notice();
        bad.subject = QStringLiteral("x\r\nBcc: all@example.org");
        QVERIFY(!path.send(bad, {}));
    }

    void clipboardIsOffered()
    {
        const NoticePath path = NoticePath::clipboard();
        QCOMPARE(path.id, QStringLiteral("clipboard"));
        QVERIFY(path.isOffer());
    }

    void smtpKeepsItsHost()
    {
        int calls = 0;
        const NoticePath path = NoticePath::smtp(QStringLiteral("corp"), QStringLiteral("smtp.example.org"),
            [&](const NoticeMessage &, const QStringList &recipients) -> Status {
                ++calls;
                return recipients.isEmpty()
                    ? Status::failure(Error::Code::InvalidInput, QStringLiteral("none"))
                    : Status(Ok {});
            });
        QCOMPARE(path.id, QStringLiteral("smtp:corp"));
        QCOMPARE(path.host, QStringLiteral("smtp.example.org"));
        QVERIFY(path.send(notice(), { QStringLiteral("noc@partner.example") }));
        QCOMPARE(calls, 1);
    }

    void chainFromSettings()
    {
        BroadcastSettings s;
        s.profile = QStringLiteral("lab");
        s.relays << BroadcastSettings::Relay { QStringLiteral("corp"), QStringLiteral("smtp.example.org"),
            587, BroadcastSettings::Security::StartTls, {}, {} };
        s.relays << BroadcastSettings::Relay { QStringLiteral("nosmtp"), QStringLiteral("smtp.example.net"),
            587, BroadcastSettings::Security::StartTls, {}, {} };
        s.webhooks << BroadcastSettings::Webhook { QStringLiteral("ops-slack"), WebhookPayload::Kind::Slack,
            {} };
        s.webhooks << BroadcastSettings::Webhook { QStringLiteral("nourl"), WebhookPayload::Kind::Teams, {} };
        s.fallback.insert(NoticeKind::Audience::Partners,
            { QStringLiteral("smtp:corp"), QStringLiteral("smtp:nosmtp"), QStringLiteral("smtp:gone"),
                QStringLiteral("webhook:ops-slack"), QStringLiteral("webhook:nourl"), QStringLiteral("eml"),
                QStringLiteral("clipboard") });
        QStringList keysAsked;
        const QList<NoticePath> chain = NoticePath::chain(
            s, NoticeKind::Audience::Partners,
            [](const BroadcastSettings::Relay &relay) -> NoticePath::Send {
                if (relay.name != QLatin1String("corp"))
                    return {};
                return [](const NoticeMessage &, const QStringList &) -> Status { return Ok {}; };
            },
            [&](const QString &key) -> std::optional<QUrl> {
                keysAsked << key;
                if (key == QLatin1String("webhook:lab:ops-slack"))
                    return QUrl(QStringLiteral("https://hooks.slack.com/services/T/B/X"));
                return std::nullopt;
            },
            QStringLiteral("/tmp/notice.eml"));
        QStringList ids;
        for (const NoticePath &p : chain)
            ids << p.id;
        QCOMPARE(ids,
            s.fallback.value(NoticeKind::Audience::Partners)
                .replaceInStrings(QStringLiteral("eml"), QStringLiteral("eml:/tmp/notice.eml")));
        QCOMPARE(chain.at(0).host, QStringLiteral("smtp.example.org"));
        QVERIFY(chain.at(0).send(notice(), {}));
        QVERIFY(chain.at(1).send(notice(), {}).error().message.contains(QStringLiteral("not available")));
        QVERIFY(chain.at(2)
                    .send(notice(), {})
                    .error()
                    .message.contains(QStringLiteral("no relay named \"gone\"")));
        QVERIFY(chain.at(4).send(notice(), {}).error().message.contains(QStringLiteral("webhook:lab:nourl")));
        QVERIFY(chain.last().isOffer());
        QCOMPARE(keysAsked,
            QStringList({ QStringLiteral("webhook:lab:ops-slack"), QStringLiteral("webhook:lab:nourl") }));
    }

    void webhookPostsFromAWorkerThread()
    {
        FakeWebhookServer server;
        server.status = 202;
        server.body = {};
        const NoticePath path = NoticePath::webhook(QStringLiteral("partners-teams"),
            WebhookPayload::Kind::Teams, server.url(), std::chrono::milliseconds(5000));
        QCOMPARE(path.id, QStringLiteral("webhook:partners-teams"));
        QVERIFY(!path.id.contains(QStringLiteral("s3cr3t")));
        // The chain runs on a worker thread; the test's thread keeps
        // serving the fake server meanwhile.
        QFuture<Status> sent = QtConcurrent::run([path] { return path.send(notice(), {}); });
        QTRY_VERIFY_WITH_TIMEOUT(sent.isFinished(), 10000);
        QVERIFY2(sent.result(), sent.result() ? "" : qPrintable(sent.result().error().message));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(server.requests.at(0)).object().value(QStringLiteral("type")).toString(),
            QStringLiteral("message"));
    }
};

QTEST_GUILESS_MAIN(NoticePathTest)
#include "noticepath_test.moc"
