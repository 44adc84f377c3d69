#include "diagnostics/evidencereport.h"

#include <QJsonArray>
#include <QtTest>

using namespace MailOps;
using V = CheckItem::Verdict;

class EvidenceReportTest : public QObject
{
    Q_OBJECT

    static EvidenceReport sample()
    {
        EvidenceReport r;
        r.question = QStringLiteral("Why is mail for example.org not arriving?");
        r.target = QStringLiteral("example.org");
        r.vantage = QStringLiteral("console.example.net (192.0.2.7)");
        r.started = QDateTime(QDate(2026, 11, 23), QTime(3, 0, 0), Qt::UTC);
        r.finished = r.started.addMSecs(850);
        CheckItem mx;
        mx.id = QStringLiteral("mx");
        mx.title = QStringLiteral("MX records");
        mx.verdict = V::Pass;
        mx.summary = QStringLiteral("10 mx1.example.org");
        mx.evidence = QStringLiteral("example.org. 300 IN MX 10 mx1.example.org.");
        CheckItem port;
        port.id = QStringLiteral("mx/mx1/port25");
        port.parentId = QStringLiteral("mx");
        port.title = QStringLiteral("Port 25 | mx1");
        port.verdict = V::Fail;
        port.summary = QStringLiteral("filtered: no answer in 5 s");
        port.evidence = QStringLiteral("``` sneaky fence\nline two");
        r.items = { mx, port };
        r.conclusions = { { V::Fail, QStringLiteral("Port 25 of mx1.example.org is filtered"),
            QStringLiteral("Connections time out: a firewall drops them."),
            { QStringLiteral("mx/mx1/port25") } } };
        return r;
    }

private Q_SLOTS:
    void everyFormatNamesTheGatewayAndTheTime()
    {
        EvidenceReport r = sample();
        r.profile = QStringLiteral("lab");
        const QString local = r.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        QCOMPARE(r.stamp(), QStringLiteral("lab — ") + local);
        QVERIFY(r.toText().contains(QStringLiteral("Gateway:      lab\n")));
        QVERIFY(r.toMarkdown().contains(QStringLiteral("| Gateway | lab |")));
        QCOMPARE(r.toJson().value(QStringLiteral("profile")).toString(), QStringLiteral("lab"));
        // A run without a profile says so instead of leaving the line blank.
        r.profile.clear();
        QVERIFY(r.toText().contains(QStringLiteral("Gateway:      no gateway profile\n")));
        QVERIFY(r.stamp().startsWith(QStringLiteral("no gateway profile — ")));
    }

    void textPutsConclusionsFirst()
    {
        const QString text = sample().toText();
        QVERIFY(text.indexOf(QStringLiteral("CONCLUSIONS")) < text.indexOf(QStringLiteral("CHECKS")));
        QVERIFY(text.contains(QStringLiteral("[FAIL] Port 25 of mx1.example.org is filtered")));
        QVERIFY(text.contains(QStringLiteral("Checked from: console.example.net (192.0.2.7)")));
        QVERIFY(text.contains(QStringLiteral("2026-11-23T03:00:00Z")));
        QVERIFY(text.contains(QStringLiteral("Overall:      FAIL")));
        // Children are indented under their parent, evidence marked as such.
        QVERIFY(text.contains(QStringLiteral("    [FAIL] Port 25 | mx1 (mx/mx1/port25)")));
        QVERIFY(text.contains(QStringLiteral("| line two")));
    }

    void markdownIsNotBrokenByEvidence()
    {
        const QString md = sample().toMarkdown();
        QVERIFY(md.contains(QStringLiteral("Port 25 \\| mx1")));
        // The evidence contains ``` so its fence must be longer.
        QVERIFY(md.contains(QStringLiteral("````\n``` sneaky fence\nline two\n````")));
    }

    void json()
    {
        const QJsonObject o = sample().toJson();
        QCOMPARE(o.value(QStringLiteral("overall")).toString(), QStringLiteral("fail"));
        QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("checks"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("parent"))
                     .toString(),
            QStringLiteral("mx"));
        QCOMPARE(o.value(QStringLiteral("conclusions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("evidence"))
                     .toArray()
                     .at(0)
                     .toString(),
            QStringLiteral("mx/mx1/port25"));
        QCOMPARE(o.value(QStringLiteral("started")).toString(), QStringLiteral("2026-11-23T03:00:00Z"));
    }

    void emptyReportSaysNoProblem()
    {
        EvidenceReport r;
        r.target = QStringLiteral("example.org");
        QVERIFY(r.toText().contains(QStringLiteral("No problem found")));
        QCOMPARE(r.overall(), V::Pass);
    }
};

QTEST_GUILESS_MAIN(EvidenceReportTest)
#include "evidencereport_test.moc"
