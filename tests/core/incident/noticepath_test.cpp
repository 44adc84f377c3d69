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
