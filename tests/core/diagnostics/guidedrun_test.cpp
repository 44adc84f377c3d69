#include "diagnostics/guidedrun.h"
#include "evidencelookup.h"
#include "fakequerier.h"
#include "fakesmtpserver.h"
#include "faketransport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace MailOps;
using EvidenceLookup::conclusion;
using EvidenceLookup::find;
using V = CheckItem::Verdict;

namespace {

// A DNS whose answers come late by a different amount per name, so the
// checks of a run finish in an order of the test's choosing.
class DelayingQuerier final : public DnsQuerier
{
public:
    DelayingQuerier(std::shared_ptr<DnsQuerier> inner, uint seed)
        : m_inner(std::move(inner))
        , m_seed(seed)
    {
        m_pool.setMaxThreadCount(64);
    }
    ~DelayingQuerier() override { m_pool.waitForDone(); }

    QFuture<Result<DnsAnswer>> ask(const DnsQuestion &q) override
    {
        const int ms = int(qHash(q.name, m_seed) % 30);
        auto inner = m_inner;
        return QtConcurrent::run(&m_pool, [inner, q, ms] {
            QThread::msleep(ms);
            return inner->ask(q).result();
        });
    }
    QString describe() const override { return QStringLiteral("delaying fake DNS"); }

private:
    std::shared_ptr<DnsQuerier> m_inner;
    uint m_seed;
    QThreadPool m_pool;
};

} // namespace

// The guided run on a DNS in a table, a loopback SMTP server for mx1 and
// nothing for mx2, and a gateway whose postconf output the test writes: one
// severity per finding, whether the gateway uses a dead list, which gateway
// a report is of, and an order that does not depend on timing.
class GuidedRunTest : public QObject
{
    Q_OBJECT

    FakeSmtpServer m_smtp;
    std::shared_ptr<FakeQuerier> m_dns = std::make_shared<FakeQuerier>();

    GuidedRun::Options options() const
    {
        GuidedRun::Options o;
        o.domain = QStringLiteral("mailops.test");
        o.profile = QStringLiteral("edge");
        o.smtpPort = m_smtp.serverPort();
        o.dnsbls = { QStringLiteral("bl.test"), QStringLiteral("dead.test") };
        o.postfixConfigDir = QStringLiteral("/etc/postfix-edge");
        o.timeoutMs = 1500;
        return o;
    }

    static EvidenceReport run(GuidedRun &r, const GuidedRun::Options &o)
    {
        QSignalSpy finished(&r, &GuidedRun::finished);
        r.start(o);
        if (!finished.wait(30000))
            qFatal("guided run did not finish");
        return finished.at(0).at(0).value<EvidenceReport>();
    }

    EvidenceReport runWithPolicy(const QByteArray &postconf, int exitCode = 0, FakeTransport *seen = nullptr)
    {
        FakeTransport own;
        FakeTransport &transport = seen ? *seen : own;
        FakeTransport::Answer answer;
        answer.stdOut = postconf;
        answer.exitCode = exitCode;
        if (exitCode != 0)
            answer.stdErr = "postconf: fatal: no main.cf";
        transport.answers = { answer };
        GuidedRun r;
        r.setQuerier(m_dns);
        r.setTransport(&transport);
        return run(r, options());
    }

    // Every finding and the checks it names tell one severity: a check that
    // shows a problem shows the finding's.
    static void verifySeveritiesAgree(const EvidenceReport &r)
    {
        for (const EvidenceReport::Conclusion &c : r.conclusions) {
            for (const QString &id : c.evidenceIds) {
                const CheckItem *item = find(r, id);
                QVERIFY2(item, qPrintable(id));
                if (item->verdict == V::Warning || item->verdict == V::Fail)
                    QVERIFY2(item->verdict == c.severity,
                        qPrintable(QStringLiteral("%1 is %2 in the tree, %3 in \"%4\"")
                                       .arg(id, CheckItem::verdictName(item->verdict),
                                           CheckItem::verdictName(c.severity), c.headline)));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<EvidenceReport>();
        // Off 127.0.0.1 and .2, the addresses the lists' test points use.
        m_smtp.close();
        QVERIFY(m_smtp.listen(QHostAddress(QStringLiteral("127.0.0.3"))));
        m_dns->mx(QStringLiteral("mailops.test"), 10, QStringLiteral("mx1.mailops.test"));
        m_dns->mx(QStringLiteral("mailops.test"), 20, QStringLiteral("mx2.mailops.test"));
        m_dns->a(QStringLiteral("mx1.mailops.test"), QStringLiteral("127.0.0.3"));
        // Nothing listens on mx2's address: connections are refused.
        m_dns->a(QStringLiteral("mx2.mailops.test"), QStringLiteral("127.0.0.4"));
        m_dns->txt(QStringLiteral("mailops.test"), QStringLiteral("v=spf1 ip4:127.0.0.3 -all"));
        m_dns->txt(QStringLiteral("_dmarc.mailops.test"), QStringLiteral("v=DMARC1; p=reject"));
        // bl.test works (RFC 5782 test points); dead.test lists everything.
        m_dns->a(QStringLiteral("2.0.0.127.bl.test"), QStringLiteral("127.0.0.2"));
        for (const char *name :
            { "1.0.0.127.dead.test", "2.0.0.127.dead.test", "3.0.0.127.dead.test", "4.0.0.127.dead.test" })
            m_dns->a(QString::fromLatin1(name), QStringLiteral("127.0.0.2"));
    }

    void backupMxDownIsOneWarningEverywhere()
    {
        const EvidenceReport r = runWithPolicy("compatibility_level = 3.6\n");
        const QString mx2 = QStringLiteral("mx/mx2.mailops.test/127.0.0.4");
        const auto *down = conclusion(r, QStringLiteral("mx2.mailops.test"));
        QVERIFY(down);
        QCOMPARE(down->severity, V::Warning);
        QCOMPARE(find(r, mx2 + QStringLiteral("/smtp"))->verdict, V::Warning);
        // The host line of mx2 in the tree, too.
        QCOMPARE(find(r, mx2)->verdict, V::Warning);
        QCOMPARE(find(r, mx2 + QStringLiteral("/smtp"))->data.value(QStringLiteral("connect")).toString(),
            QStringLiteral("refused"));
        verifySeveritiesAgree(r);
        // The text and JSON reports are written from the same items.
        QVERIFY(r.toText().contains(
            QStringLiteral("[WARNING] SMTP on port %1 (%2/smtp)").arg(m_smtp.serverPort()).arg(mx2)));
        const QJsonArray checks = r.toJson().value(QStringLiteral("checks")).toArray();
        for (const QJsonValue &c : checks) {
            if (c.toObject().value(QStringLiteral("id")).toString().startsWith(mx2))
                QVERIFY(c.toObject().value(QStringLiteral("verdict")).toString() != QLatin1String("fail"));
        }
    }

    void deadListThePolicyQueriesFails()
    {
        FakeTransport transport;
        const EvidenceReport r
            = runWithPolicy("compatibility_level = 3.6\nsmtpd_recipient_restrictions = permit_mynetworks, "
                            "reject_unauth_destination, reject_rbl_client dead.test\n",
                0, &transport);
        QCOMPARE(transport.commands.size(), 1);
        QCOMPARE(transport.commands.constFirst(),
            (QStringList { QStringLiteral("postconf"), QStringLiteral("-c"),
                QStringLiteral("/etc/postfix-edge"), QStringLiteral("-n") }));
        const auto *dead = conclusion(r, QStringLiteral("dead.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Fail);
        QVERIFY2(
            dead->headline.contains(QStringLiteral("mail is rejected here")), qPrintable(dead->headline));
        QVERIFY(dead->explanation.contains(
            QStringLiteral("used by this gateway's policy (smtpd_recipient_restrictions)")));
        const CheckItem *list = find(r, QStringLiteral("dnsbl/list/dead.test"));
        QVERIFY(list);
        QCOMPARE(list->verdict, V::Fail);
        QVERIFY(list->summary.contains(
            QStringLiteral("used by this gateway's policy (smtpd_recipient_restrictions)")));
        QCOMPARE(list->data.value(QStringLiteral("usage")).toString(), QStringLiteral("queried"));
        QCOMPARE(find(r, QStringLiteral("dnsbl"))->verdict, V::Fail);
        QVERIFY(find(r, QStringLiteral("dnsbl/list/bl.test"))
                    ->summary.contains(QStringLiteral("this gateway's policy does not query it")));
        QCOMPARE(r.overall(), V::Fail);
        verifySeveritiesAgree(r);
    }

    void deadListThePolicyDoesNotQueryWarns()
    {
        const EvidenceReport r = runWithPolicy("compatibility_level = 3.6\n"
                                               "smtpd_recipient_restrictions = reject_rbl_client bl.test\n");
        const auto *dead = conclusion(r, QStringLiteral("dead.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Warning);
        QVERIFY(dead->headline.contains(QStringLiteral("this gateway's policy does not query it")));
        QVERIFY(dead->explanation.contains(QStringLiteral("remove it from the profile's lists")));
        QCOMPARE(find(r, QStringLiteral("dnsbl/list/dead.test"))->verdict, V::Warning);
        QCOMPARE(find(r, QStringLiteral("dnsbl"))->verdict, V::Warning);
        QVERIFY(find(r, QStringLiteral("dnsbl/list/bl.test"))
                    ->summary.contains(
                        QStringLiteral("used by this gateway's policy (smtpd_recipient_restrictions)")));
        // mx2 being down and the unused dead list are warnings; nothing fails.
        QCOMPARE(r.overall(), V::Warning);
        verifySeveritiesAgree(r);
    }

    void deadListBehindWarnIfRejectWarns()
    {
        const EvidenceReport r
            = runWithPolicy("smtpd_recipient_restrictions = warn_if_reject reject_rbl_client dead.test\n");
        const auto *dead = conclusion(r, QStringLiteral("dead.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Warning);
        QVERIFY(dead->headline.contains(QStringLiteral("warn_if_reject")));
        verifySeveritiesAgree(r);
    }

    void unreadablePolicyKeepsTheFailure_data()
    {
        QTest::addColumn<QByteArray>("postconf");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("why");
        QTest::newRow("postconf fails") << QByteArray() << 1 << QStringLiteral("postconf: fatal: no main.cf");
        QTest::newRow("postconf prints nothing")
            << QByteArray() << 0 << QStringLiteral("printed no settings");
        QTest::newRow("garbage") << QByteArray("\x01\x02 garbage\n") << 0
                                 << QStringLiteral("printed no settings");
    }

    void unreadablePolicyKeepsTheFailure()
    {
        QFETCH(QByteArray, postconf);
        QFETCH(int, exitCode);
        QFETCH(QString, why);
        const EvidenceReport r = runWithPolicy(postconf, exitCode);
        const auto *dead = conclusion(r, QStringLiteral("dead.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Fail);
        QVERIFY2(dead->explanation.contains(QStringLiteral("is unknown")), qPrintable(dead->explanation));
        QVERIFY2(dead->explanation.contains(why), qPrintable(dead->explanation));
        QCOMPARE(
            find(r, QStringLiteral("dnsbl/list/dead.test"))->data.value(QStringLiteral("usage")).toString(),
            QStringLiteral("unknown"));
        verifySeveritiesAgree(r);
    }

    void withoutATransportTheUsageIsUnknown()
    {
        GuidedRun r;
        r.setQuerier(m_dns);
        r.setTransport(nullptr, QStringLiteral("ssh target unusable"));
        const EvidenceReport report = run(r, options());
        const auto *dead = conclusion(report, QStringLiteral("dead.test"));
        QVERIFY(dead);
        QCOMPARE(dead->severity, V::Fail);
        QVERIFY(dead->explanation.contains(QStringLiteral("ssh target unusable")));
    }

    void reportNamesItsGateway()
    {
        const EvidenceReport r = runWithPolicy("compatibility_level = 3.6\n");
        QCOMPARE(r.profile, QStringLiteral("edge"));
        QVERIFY(r.stamp().startsWith(QStringLiteral("edge — ")));
        QVERIFY(r.toText().contains(QStringLiteral("Gateway:      edge\n")));
        QVERIFY(r.toMarkdown().contains(QStringLiteral("| Gateway | edge |")));
        QCOMPARE(r.toJson().value(QStringLiteral("profile")).toString(), QStringLiteral("edge"));
    }

    void orderDoesNotDependOnWhichCheckAnswersFirst()
    {
        const QStringList topLevel { QStringLiteral("mx"), QStringLiteral("dnsbl"), QStringLiteral("spf"),
            QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("dnssec"),
            QStringLiteral("dane"), QStringLiteral("propagation"), QStringLiteral("ports") };
        QStringList first;
        QStringList firstFindings;
        for (uint seed : { 1u, 2u, 3u, 4u }) {
            GuidedRun r;
            r.setQuerier(std::make_shared<DelayingQuerier>(m_dns, seed));
            const EvidenceReport report = run(r, options());
            QStringList ids;
            QStringList roots;
            for (const CheckItem &i : report.treeOrder()) {
                ids << i.id;
                if (i.parentId.isEmpty())
                    roots << i.id;
            }
            QCOMPARE(roots, topLevel);
            // Within a host, reverse DNS comes before SMTP, whichever answered first.
            const QString mx1 = QStringLiteral("mx/mx1.mailops.test/127.0.0.3");
            QVERIFY(ids.indexOf(mx1 + QStringLiteral("/ptr")) < ids.indexOf(mx1 + QStringLiteral("/smtp")));
            // Findings of one severity come in the order of their checks.
            QStringList findings;
            for (const EvidenceReport::Conclusion &c : report.conclusions)
                findings << c.headline;
            QVERIFY(!findings.isEmpty());
            if (first.isEmpty()) {
                first = ids;
                firstFindings = findings;
            } else {
                QCOMPARE(ids, first);
                QCOMPARE(findings, firstFindings);
            }
        }
    }
};

QTEST_GUILESS_MAIN(GuidedRunTest)
#include "guidedrun_test.moc"
