#include "gatewaymonitorpanel.h"
#include "labenvironment.h"
#include "settings/gatewayprofile.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace MailOps;

// The third story on the lab: a poison message makes the filter hub
// crash-loop; the panel raises the alert, names the message, and holding it
// from the panel ends the loop.
class LabGatewayMonitorPanelTest : public QObject
{
    Q_OBJECT

    static QString postqueueJson()
    {
        const auto r = LabEnvironment::run(QStringLiteral("postqueue"),
                                           { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(), QStringLiteral("-j") });
        return r.ok() ? QString::fromUtf8(r.value().standardOutput) : QString();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        LabEnvironment::run(QStringLiteral("postsuper"), { QStringLiteral("-c"), LabEnvironment::postfixConfigDirectory(),
                                                           QStringLiteral("-d"), QStringLiteral("ALL") });
    }

    void servicesQueueAndCrashLoop()
    {
        GatewayMonitorPanel panel;
        panel.monitor()->setServiceInterval(500);
        panel.monitor()->setQueueInterval(1000);
        panel.setProfile(GatewayProfile::lab());
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        auto *services = panel.findChild<QTableView *>(QStringLiteral("serviceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(services->model()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.queueText().startsWith(QStringLiteral("Queue:")), 10000);
        QVERIFY(panel.alertText().isEmpty());

        const auto poison = LabEnvironment::runLab({ QStringLiteral("poison") });
        QVERIFY(poison.ok());
        const QRegularExpression idRe(QStringLiteral("-h ([0-9A-F]+)"));
        const QString poisonId = idRe.match(QString::fromUtf8(poison.value().standardOutput + poison.value().standardError)).captured(1);
        QVERIFY2(!poisonId.isEmpty(), poison.value().standardOutput.constData());

        // The filter hub dies on each delivery attempt; three restarts raise the alert.
        QTRY_VERIFY_WITH_TIMEOUT(!panel.alertText().isEmpty(), 150000);
        QVERIFY2(panel.alertText().contains(QStringLiteral("filterhub")), qPrintable(panel.alertText()));
        // The suspect is named, and it is a message that is really in the queue.
        const QRegularExpression suspectRe(QStringLiteral("Suspect: queued message ([0-9A-Za-z]+)"));
        // The alert comes first; the service's log lines (and with them the
        // suspect) follow as soon as they are read.
        QTRY_VERIFY_WITH_TIMEOUT(suspectRe.match(panel.alertText()).hasMatch(), 15000);
        const QString suspect = suspectRe.match(panel.alertText()).captured(1);
        QVERIFY2(!suspect.isEmpty(), qPrintable(panel.alertText()));
        QVERIFY(postqueueJson().contains(suspect));

        auto *hold = panel.findChild<QPushButton *>(QStringLiteral("holdButton"));
        QVERIFY(hold->isVisible());
        QTest::mouseClick(hold, Qt::LeftButton);
        auto *status = panel.findChild<QLabel *>(QStringLiteral("monitorStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("on hold")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(postqueueJson().contains(QStringLiteral("\"queue_name\": \"hold\"")), 10000);
        Q_UNUSED(poisonId);
    }
};

QTEST_MAIN(LabGatewayMonitorPanelTest)
#include "lab_gatewaymonitorpanel_test.moc"
