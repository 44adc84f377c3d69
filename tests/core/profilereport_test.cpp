#include "golden.h"
#include "settings/profilereport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace MailOps;

class ProfileReportTest : public QObject
{
    Q_OBJECT

    static QList<GatewayProfile> profiles()
    {
        GatewayProfile edge;
        edge.name = QStringLiteral("Edge 1");
        edge.transport = GatewayProfile::Transport::Ssh;
        edge.sshHost = QStringLiteral("admin@edge1.example.net");
        edge.serviceBackend = GatewayProfile::ServiceBackend::Systemd;
        edge.smtpHost = QStringLiteral("edge1.example.net");
        edge.smtpPort = 25;
        return { GatewayProfile::lab(), edge };
    }

private Q_SLOTS:
    void text()
    {
        MAILOPS_COMPARE_GOLDEN("profiles.txt", ProfileReport(profiles(), QStringLiteral("Edge 1")).toText());
    }

    void json()
    {
        const QJsonArray list = ProfileReport(profiles(), GatewayProfile::lab().name).toJson();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("current")).toBool());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("transport")).toString(), QStringLiteral("ssh"));
        MAILOPS_COMPARE_GOLDEN(
            "profiles.json", QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
    }
};

QTEST_GUILESS_MAIN(ProfileReportTest)
#include "profilereport_test.moc"
