#include "incident/broadcastsettings.h"

#include <QJsonDocument>
#include <QtTest>

using namespace MailOps;

namespace {

BroadcastSettings lab()
{
    BroadcastSettings s;
    s.profile = QStringLiteral("lab");
    s.sender = QStringLiteral("Ops Desk <ops@example.org>");
    s.relays << BroadcastSettings::Relay { QStringLiteral("corp"), QStringLiteral("smtp.example.org"), 587,
        BroadcastSettings::Security::StartTls, QStringLiteral("ops"), {} };
    s.relays << BroadcastSettings::Relay { QStringLiteral("backup"),
        QStringLiteral("smtp.backup.example.net"), 465, BroadcastSettings::Security::ImplicitTls, {},
        QStringLiteral("/etc/ssl/backup-ca.pem") };
    s.relays << BroadcastSettings::Relay { QStringLiteral("local"), QStringLiteral("127.0.0.1"), 25,
        BroadcastSettings::Security::PlainLoopbackOnly, {}, {} };
    s.webhooks << BroadcastSettings::Webhook { QStringLiteral("ops-slack"), WebhookPayload::Kind::Slack, {} };
    s.webhooks << BroadcastSettings::Webhook { QStringLiteral("partners-teams"), WebhookPayload::Kind::Teams,
        {} };
    s.recipients.insert(NoticeKind::Audience::Management,
        { QStringLiteral("cio@example.org"), QStringLiteral("\"Board, Office\" <board@example.org>") });
    s.recipients.insert(NoticeKind::Audience::Partners, { QStringLiteral("noc@partner.example") });
    s.fallback.insert(NoticeKind::Audience::Partners,
        { QStringLiteral("smtp:corp"), QStringLiteral("smtp:backup"),
            QStringLiteral("webhook:partners-teams"), QStringLiteral("eml"), QStringLiteral("clipboard") });
    return s;
}

} // namespace

class BroadcastSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const BroadcastSettings s = lab();
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join(QLatin1Char('\n'))));
        const QByteArray json = QJsonDocument(s.toJson()).toJson();
        const Result<BroadcastSettings> back
            = BroadcastSettings::fromJson(QStringLiteral("lab"), QJsonDocument::fromJson(json).object());
        QVERIFY(back);
        QVERIFY(*back == s);
        // Nothing secret is written.
        QVERIFY(!json.contains("password"));
        QVERIFY(!json.contains("url"));
    }

    void fallbackDefaultsToEveryPath()
    {
        const BroadcastSettings s = lab();
        QCOMPARE(s.fallbackFor(NoticeKind::Audience::Partners).first(), QStringLiteral("smtp:corp"));
        QCOMPARE(s.fallbackFor(NoticeKind::Audience::EndUsers),
            QStringList(
                { QStringLiteral("smtp:corp"), QStringLiteral("smtp:backup"), QStringLiteral("smtp:local"),
                    QStringLiteral("webhook:ops-slack"), QStringLiteral("webhook:partners-teams"),
                    QStringLiteral("eml"), QStringLiteral("clipboard") }));
        QCOMPARE(BroadcastSettings::defaultFallback(BroadcastSettings {}),
            QStringList({ QStringLiteral("eml"), QStringLiteral("clipboard") }));
    }

    void validateNamesEachProblem()
    {
        BroadcastSettings s = lab();
        s.sender = QStringLiteral("ops@");
        s.recipients[NoticeKind::Audience::Partners] << QStringLiteral("bob@")
                                                     << QStringLiteral("x y@example.org");
        s.relays << BroadcastSettings::Relay { QStringLiteral("clear"), QStringLiteral("smtp.example.org"),
            25, BroadcastSettings::Security::PlainLoopbackOnly, {}, {} };
        s.relays << BroadcastSettings::Relay { QStringLiteral("corp"), {}, 0,
            BroadcastSettings::Security::StartTls, {}, {} };
        s.fallback[NoticeKind::Audience::Management] = { QStringLiteral("webhook:gone") };
        const QStringList problems = s.validate();
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Sender:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Recipients for partners: \"bob@\"")), qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("Recipients for partners: \"x y@example.org\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("relay \"clear\": without TLS only a relay on this machine")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("relay \"corp\": two relays have this name.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("relay \"corp\": no host is set.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Fallback for management: \"webhook:gone\"")), qPrintable(all));
        QCOMPARE(problems.size(), 8);
    }

    void wrongTypesAreNamed()
    {
        const QJsonObject bad
            = QJsonDocument::fromJson("{\"relays\": [{\"name\": \"corp\", \"security\": \"ssl3\"}]}")
                  .object();
        const Result<BroadcastSettings> s = BroadcastSettings::fromJson(QStringLiteral("lab"), bad);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("relays.corp.security")),
            qPrintable(s.error().message));
        QVERIFY(!BroadcastSettings::fromJson(QStringLiteral("lab"),
            QJsonDocument::fromJson("{\"recipients\": {\"partners\": [1]}}").object()));
        QVERIFY(!BroadcastSettings::fromJson(
            QStringLiteral("lab"), QJsonDocument::fromJson("{\"sender\": 5}").object()));
    }
};

QTEST_GUILESS_MAIN(BroadcastSettingsTest)
#include "broadcastsettings_test.moc"
