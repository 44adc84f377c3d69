#include "diagnostics/guidedrun.h"
#include "evidencelookup.h"
#include "labenvironment.h"
#include "settings/gatewayprofile.h"
#include "transport/localtransport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;
using EvidenceLookup::conclusion;
using EvidenceLookup::find;
using V = CheckItem::Verdict;

// The guided run against the lab, each story's fault with its verdict.
class LabGuidedRunTest : public QObject
{
    Q_OBJECT

    static GuidedRun::Options labOptions(const QString &domain = QStringLiteral("mailops.test"))
    {
        const GatewayProfile lab = GatewayProfile::lab();
        GuidedRun::Options o;
        o.domain = domain;
        o.dnsServer = lab.dnsServer;
        o.dnsPort = lab.dnsPort;
        o.smtpPort = lab.smtpPort;
        o.dnsbls = lab.dnsbls;
        o.profile = lab.name;
        o.postfixConfigDir = LabEnvironment::postfixConfigDirectory();
        o.timeoutMs = 3000;
        return o;
    }

    static EvidenceReport run(const GuidedRun::Options &o)
    {
        // The lab's Postfix policy is read as the console reads it: postconf
        // on this machine, which is the lab gateway.
        LocalTransport transport;
        GuidedRun r;
        r.setTransport(&transport);
        QSignalSpy finished(&r, &GuidedRun::finished);
        r.start(o);
        if (!finished.wait(60000))
            qFatal("guided run did not finish");
        return finished.at(0).at(0).value<EvidenceReport>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EvidenceReport>(); }

    void theLabAsItIs()
    {
        const EvidenceReport r = run(labOptions());
        const CheckItem *mx = find(r, QStringLiteral("mx"));
        QVERIFY(mx);
        QCOMPARE(mx->verdict, V::Pass);

        const CheckItem *mx1 = find(r, QStringLiteral("mx/mx1.mailops.test/127.0.0.10/smtp"));
        QVERIFY(mx1);
        QCOMPARE(mx1->data.value(QStringLiteral("rcptCode")).toInt(), 250);
        QVERIFY(mx1->data.value(QStringLiteral("starttls")).toBool());
        QCOMPARE(mx1->verdict, V::Warning); // the lab's certificate is self-signed
        // The probe never sends DATA: no client line of the transcript is DATA.
        QVERIFY(!QRegularExpression(QStringLiteral("\\sC\\s+DATA\\s*$"), QRegularExpression::MultilineOption)
                     .match(mx1->evidence)
                     .hasMatch());
        QVERIFY(mx1->evidence.contains(QStringLiteral("RCPT TO:<relaytest@example.net>")));

        const CheckItem *mx2 = find(r, QStringLiteral("mx/mx2.mailops.test/127.0.0.11/smtp"));
        QVERIFY(mx2);
        QCOMPARE(mx2->data.value(QStringLiteral("connect")).toString(), QStringLiteral("refused"));
        // mx1 takes the mail, so mx2 being down is a warning of the run, not
        // its failure: in the finding, its check and its host line alike.
        const auto *down = conclusion(r, QStringLiteral("mx2.mailops.test"));
        QVERIFY(down);
        QCOMPARE(down->severity, V::Warning);
        QCOMPARE(mx2->verdict, V::Warning);
        QCOMPARE(find(r, QStringLiteral("mx/mx2.mailops.test/127.0.0.11"))->verdict, V::Warning);

        const CheckItem *ptr2 = find(r, QStringLiteral("mx/mx2.mailops.test/127.0.0.11/ptr"));
        QVERIFY(ptr2);
        QCOMPARE(ptr2->verdict, V::Warning);
        QCOMPARE(ptr2->data.value(QStringLiteral("verdict")).toString(), QStringLiteral("missing-ptr"));

        // The dead list of the fourth story is in the profile's lists, but the
        // lab's Postfix policy queries no list: a warning that says so.
        const auto *dead = conclusion(r, QStringLiteral("dead.mailops.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Warning);
        QVERIFY2(dead->headline.contains(QStringLiteral("this gateway's policy does not query it")),
            qPrintable(dead->headline));
        QCOMPARE(find(r, QStringLiteral("dnsbl/list/dead.mailops.test"))->verdict, V::Warning);
        QCOMPARE(find(r, QStringLiteral("dnsbl"))->verdict, V::Warning);
        // ... and the refusing list is never reported as a listing.
        QVERIFY(!conclusion(r, QStringLiteral("refusing.mailops.test")));
        QCOMPARE(find(r, QStringLiteral("dnsbl/127.0.0.10"))->verdict, V::Pass);

        QCOMPARE(find(r, QStringLiteral("spf"))->verdict, V::Pass);
        QCOMPARE(find(r, QStringLiteral("dmarc"))->verdict, V::Pass);
        // The lab publishes _mta-sts but serves no policy: announced, not fetchable.
        QCOMPARE(find(r, QStringLiteral("mta-sts"))->verdict, V::Warning);
        QVERIFY(conclusion(r, QStringLiteral("MTA-STS")));
        QCOMPARE(r.overall(), V::Warning);
        QVERIFY(r.toText().contains(QStringLiteral("dead.mailops.test")));
        QVERIFY(r.toText().contains(QStringLiteral("Gateway:      Lab gateway")));
    }

    void deadListTheLabsPolicyQueriesFails()
    {
        // The policy as postconf reads it from main.cf; the running Postfix
        // is not reloaded, so the lab's mail flow does not change meanwhile.
        const QString dir = LabEnvironment::postfixConfigDirectory();
        const auto restore = qScopeGuard([dir] {
            LabEnvironment::run(QStringLiteral("postconf"),
                { QStringLiteral("-c"), dir, QStringLiteral("-X"),
                    QStringLiteral("smtpd_recipient_restrictions") });
        });
        const Result<LabEnvironment::ProcessOutput> set = LabEnvironment::run(QStringLiteral("postconf"),
            { QStringLiteral("-c"), dir, QStringLiteral("-e"),
                QStringLiteral("smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, "
                               "reject_rbl_client dead.mailops.test") });
        QVERIFY(set);
        QCOMPARE(set->exitCode, 0);
        const EvidenceReport r = run(labOptions());
        const auto *dead = conclusion(r, QStringLiteral("dead.mailops.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Fail);
        QVERIFY2(
            dead->headline.contains(QStringLiteral("mail is rejected here")), qPrintable(dead->headline));
        QVERIFY(dead->explanation.contains(
            QStringLiteral("used by this gateway's policy (smtpd_recipient_restrictions)")));
        const CheckItem *list = find(r, QStringLiteral("dnsbl/list/dead.mailops.test"));
        QVERIFY(list);
        QCOMPARE(list->verdict, V::Fail);
        QVERIFY(list->evidence.contains(
            QStringLiteral("smtpd_recipient_restrictions: reject_rbl_client dead.mailops.test")));
        QCOMPARE(r.conclusions.constFirst().severity, V::Fail);
        QCOMPARE(r.overall(), V::Fail);
    }

    void forgedPtrAndListedSender()
    {
        GuidedRun::Options o = labOptions();
        o.senderIp = QStringLiteral("127.0.0.12");
        o.helo = QStringLiteral("mx1.mailops.test");
        const EvidenceReport r = run(o);
        const CheckItem *sender = find(r, QStringLiteral("sender"));
        QVERIFY(sender);
        QCOMPARE(sender->verdict, V::Warning);
        QCOMPARE(sender->data.value(QStringLiteral("ptr")).toString(), QStringLiteral("forged-ptr"));
        QVERIFY(conclusion(r, QStringLiteral("forged PTR")));
        const CheckItem *listed = find(r, QStringLiteral("dnsbl/127.0.0.12"));
        QVERIFY(listed);
        QCOMPARE(listed->verdict, V::Fail);
        const auto *c = conclusion(r, QStringLiteral("127.0.0.12 is listed on bl.mailops.test"));
        QVERIFY(c);
        QVERIFY(c->explanation.contains(QStringLiteral("spam trap")));
        // SPF of mailops.test does not name 127.0.0.12.
        QCOMPARE(find(r, QStringLiteral("spf"))->verdict, V::Fail);
    }

    void brokenSpf()
    {
        GuidedRun::Options o = labOptions();
        o.senderIp = QStringLiteral("127.0.0.10");
        o.senderDomain = QStringLiteral("loop.mailops.test");
        const EvidenceReport r = run(o);
        QCOMPARE(find(r, QStringLiteral("spf"))->verdict, V::Fail);
        QVERIFY(conclusion(r, QStringLiteral("permerror")));
    }

    void withoutStartTls()
    {
        QVERIFY(LabEnvironment::runLab({ QStringLiteral("tls"), QStringLiteral("off") }).ok());
        const auto restore = qScopeGuard([] {
            LabEnvironment::runLab({ QStringLiteral("tls"), QStringLiteral("on") });
        });
        const EvidenceReport r = run(labOptions());
        const CheckItem *mx1 = find(r, QStringLiteral("mx/mx1.mailops.test/127.0.0.10/smtp"));
        QVERIFY(mx1);
        QVERIFY(!mx1->data.value(QStringLiteral("starttls")).toBool());
        QCOMPARE(mx1->verdict, V::Warning);
        QVERIFY(mx1->summary.contains(QStringLiteral("does not offer STARTTLS")));
    }

    void domainThatDoesNotExist()
    {
        const EvidenceReport r = run(labOptions(QStringLiteral("nope.mailops.test")));
        QCOMPARE(find(r, QStringLiteral("mx"))->verdict, V::Fail);
        QVERIFY(!r.conclusions.isEmpty());
        QCOMPARE(r.overall(), V::Fail);
    }

    void deadDnsServerIsNotMissingRecords()
    {
        GuidedRun::Options o = labOptions();
        o.dnsPort = 5399; // nothing listens here
        o.timeoutMs = 1000;
        const EvidenceReport r = run(o);
        QCOMPARE(find(r, QStringLiteral("mx"))->verdict, V::Error);
        QVERIFY(conclusion(r, QStringLiteral("lookup")));
        QVERIFY(!conclusion(r, QStringLiteral("no reachable mail server")));
    }

    void cancelIsImmediate()
    {
        GuidedRun r;
        QSignalSpy finished(&r, &GuidedRun::finished);
        GuidedRun::Options o = labOptions();
        o.dnsPort = 5399;
        o.timeoutMs = 5000;
        r.start(o);
        QElapsedTimer t;
        t.start();
        r.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(t.elapsed() < 500);
        QVERIFY(!r.isRunning());
        const EvidenceReport rep = finished.at(0).at(0).value<EvidenceReport>();
        QVERIFY(find(rep, QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(LabGuidedRunTest)
#include "lab_guidedrun_test.moc"
