#include "incident/incidentstore.h"
#include "incident/noticedelivery.h"
#include "recordingjournalsink.h"
#include "samplenotice.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

NoticeMessage notice()
{
    return sampleNotice();
}

NoticePath failing(const QString &id, const QString &sentence, const QString &host = {})
{
    return NoticePath { id, host, [sentence](const NoticeMessage &, const QStringList &) {
                           return Status::failure(Error::Code::ConnectionRefused, sentence);
                       } };
}

NoticePath working(const QString &id, int *calls)
{
    return NoticePath { id, {}, [calls](const NoticeMessage &, const QStringList &) -> Status {
                           ++*calls;
                           return Ok {};
                       } };
}

const NoticeKind partnersUpdate { NoticeKind::Audience::Partners, NoticeKind::Phase::Update };

} // namespace

class NoticeDeliveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IncidentStore> m_store;
    Incident m_incident;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<IncidentStore>(m_dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(m_store->open());
        Incident i;
        i.profile = QStringLiteral("lab");
        i.title = QStringLiteral("Incoming mail stopped");
        const Result<Incident> created = m_store->create(i);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_incident = *created;
        QVERIFY(m_store->saveDraft(m_incident.id, partnersUpdate, notice().markdown));
    }
    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("incidents.sqlite")));
    }

    void firstFailsSecondCarriesIt()
    {
        RecordingJournalSink journal;
        NoticeDelivery delivery(m_store.get(), &journal);
        int calls = 0;
        const NoticeDelivery::Report report = delivery.deliver(m_incident, partnersUpdate, notice(),
            { QStringLiteral("noc@partner.example") },
            { failing(
                  QStringLiteral("smtp:corp"), QStringLiteral("smtp.example.org refused the connection.")),
                working(QStringLiteral("smtp:backup"), &calls),
                working(QStringLiteral("eml:/tmp/never"), &calls) });
        QVERIFY(report.sent());
        QCOMPARE(report.reachedBy, QStringLiteral("smtp:backup"));
        QCOMPARE(calls, 1);
        QCOMPARE(report.attempts.size(), 2);
        QCOMPARE(report.attempts.at(0).outcome, NoticeDelivery::Attempt::Outcome::Failed);
        QCOMPARE(report.lines(),
            QStringList({ QStringLiteral("smtp:corp: failed: smtp.example.org refused the connection."),
                QStringLiteral("smtp:backup: sent") }));
        QCOMPARE(report.summary(), QStringLiteral("Reached partners by smtp:backup after 1 failed path(s)."));
        QVERIFY(report.problems.isEmpty());

        // Recorded with the path that carried it.
        const Result<Incident> stored = m_store->incident(m_incident.id);
        QVERIFY(stored);
        QCOMPARE(stored->notices.size(), 1);
        QCOMPARE(stored->notices.at(0).path, QStringLiteral("smtp:backup"));
        QCOMPARE(stored->notices.at(0).recipients, QStringList { QStringLiteral("noc@partner.example") });
        QCOMPARE(stored->notices.at(0).subject, QStringLiteral("Update: mail waits"));
        QCOMPARE(stored->notices.at(0).kind, partnersUpdate);
        QCOMPARE(report.recorded->id, stored->notices.at(0).id);

        // The journal names the path, and the one that failed before it.
        const JournalEventList events = journal.ofKind(QStringLiteral("incident.notice"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).profile, QStringLiteral("lab"));
        QCOMPARE(
            events.at(0).payload.value(QStringLiteral("path")).toString(), QStringLiteral("smtp:backup"));
        QCOMPARE(
            events.at(0).payload.value(QStringLiteral("audience")).toString(), QStringLiteral("partners"));
        QVERIFY(events.at(0).summary.contains(QStringLiteral("smtp:backup")));
        const QJsonArray attempts = events.at(0).payload.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(
            attempts.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));

        // The draft is still there.
        QVERIFY(m_store->draft(m_incident.id, partnersUpdate).value().has_value());
    }

    void allFailEverySentenceListedNothingRecorded()
    {
        RecordingJournalSink journal;
        NoticeDelivery delivery(m_store.get(), &journal);
        const NoticeDelivery::Report report = delivery.deliver(m_incident, partnersUpdate, notice(), {},
            { failing(QStringLiteral("smtp:corp"), QStringLiteral("corp refused.")),
                failing(QStringLiteral("webhook:ops-slack"), QStringLiteral("Slack said 500.")),
                failing(QStringLiteral("eml:/readonly/x.eml"), QStringLiteral("cannot write.")) });
        QVERIFY(!report.sent());
        QVERIFY(!report.recorded);
        QCOMPARE(report.lines(),
            QStringList({ QStringLiteral("smtp:corp: failed: corp refused."),
                QStringLiteral("webhook:ops-slack: failed: Slack said 500."),
                QStringLiteral("eml:/readonly/x.eml: failed: cannot write.") }));
        QCOMPARE(report.summary(), QStringLiteral("Not sent: every path for partners failed."));
        QCOMPARE(m_store->incident(m_incident.id)->notices.size(), 0);
        QVERIFY(journal.ofKind(QStringLiteral("incident.notice")).isEmpty());
        const JournalEventList failed = journal.ofKind(QStringLiteral("incident.notice.failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).severity, JournalEvent::Severity::Warning);
        QVERIFY(failed.at(0).summary.contains(QStringLiteral("Slack said 500.")));
        QVERIFY(m_store->draft(m_incident.id, partnersUpdate).value().has_value());
    }

    void clipboardIsOfferedThenCompleted()
    {
        RecordingJournalSink journal;
        NoticeDelivery delivery(m_store.get(), &journal);
        NoticeDelivery::Report report = delivery.deliver(m_incident, partnersUpdate, notice(), {},
            { failing(QStringLiteral("smtp:corp"), QStringLiteral("corp refused.")), NoticePath::clipboard(),
                failing(QStringLiteral("eml:/x"), QStringLiteral("never tried")) });
        QVERIFY(!report.sent());
        QCOMPARE(report.offered, QStringLiteral("clipboard"));
        QCOMPARE(report.attempts.size(), 2);
        QCOMPARE(report.attempts.last().outcome, NoticeDelivery::Attempt::Outcome::Offered);
        QCOMPARE(m_store->incident(m_incident.id)->notices.size(), 0);
        QVERIFY(journal.events.isEmpty());

        delivery.completeOffered(m_incident, notice(), {}, &report);
        QCOMPARE(report.reachedBy, QStringLiteral("clipboard"));
        QCOMPARE(m_store->incident(m_incident.id)->notices.at(0).path, QStringLiteral("clipboard"));
        QCOMPARE(journal.ofKind(QStringLiteral("incident.notice")).size(), 1);
    }

    void warnsWhenTheFirstRelayIsTheGateway_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("relay");
        QTest::addColumn<bool>("warns");
        QTest::newRow("same name") << QStringLiteral("mx1.example.org") << QStringLiteral("MX1.example.org.")
                                   << true;
        QTest::newRow("loopback spellings")
            << QStringLiteral("127.0.0.1") << QStringLiteral("localhost") << true;
        QTest::newRow("another relay")
            << QStringLiteral("mx1.example.org") << QStringLiteral("smtp.example.net") << false;
        QTest::newRow("no gateway host") << QString() << QStringLiteral("mx1.example.org") << false;
    }
    void warnsWhenTheFirstRelayIsTheGateway()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, relay);
        QFETCH(bool, warns);
        RecordingJournalSink journal;
        NoticeDelivery delivery(m_store.get(), &journal, gateway);
        int calls = 0;
        const NoticeDelivery::Report report = delivery.deliver(m_incident, partnersUpdate, notice(), {},
            { failing(QStringLiteral("smtp:gateway"), QStringLiteral("refused."), relay),
                working(QStringLiteral("webhook:ops-slack"), &calls) });
        QCOMPARE(!report.warning.isEmpty(), warns);
        if (warns) {
            QVERIFY2(
                report.warning.contains(QStringLiteral("is the gateway itself")), qPrintable(report.warning));
            QCOMPARE(journal.ofKind(QStringLiteral("incident.notice"))
                         .at(0)
                         .payload.value(QStringLiteral("warning"))
                         .toString(),
                report.warning);
        }
        // A later relay on the gateway is a deliberate fallback: no warning.
        QVERIFY(NoticeDelivery::gatewayWarning(
            { failing(QStringLiteral("smtp:corp"), {}, QStringLiteral("smtp.example.net")),
                failing(QStringLiteral("smtp:gw"), {}, QStringLiteral("mx1.example.org")) },
            QStringLiteral("mx1.example.org"))
                    .isEmpty());
    }

    void noPaths()
    {
        NoticeDelivery delivery(m_store.get(), nullptr);
        const NoticeDelivery::Report report = delivery.deliver(m_incident, partnersUpdate, notice(), {}, {});
        QVERIFY(!report.sent());
        QCOMPARE(report.summary(), QStringLiteral("Not sent: no path is set for partners."));
    }
};

QTEST_GUILESS_MAIN(NoticeDeliveryTest)
#include "noticedelivery_test.moc"
