// The probes against the lab gateway's Postfix (installer/lab): greeting,
// EHLO, STARTTLS on and off, relay closed and open. The lab's defaults
// (relay closed, TLS on) are restored after every test, also on failure.
#include "net/netreport.h"
#include "net/portprobe.h"
#include "net/smtpprobe.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace MailOps;
using Outcome = SmtpProbeResult::Transaction::Outcome;

namespace {
constexpr quint16 kLabSmtpPort = 2525; // installer/lab/lab.conf
const QString kLabHost = QStringLiteral("127.0.0.1");
const QString kLabName = QStringLiteral("mx1.mailops.test");
} // namespace

class SmtpProbeLabTest : public QObject
{
    Q_OBJECT

    bool m_switched = false;

    static QString lab(const QStringList &args, bool *ok = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(MAILOPS_SOURCE_DIR "/installer/lab/lab"), args);
        const bool done = p.waitForFinished(60000);
        if (ok)
            *ok = done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return QString::fromLocal8Bit(p.readAll());
    }

    void switchLab(const QStringList &args)
    {
        m_switched = true;
        bool ok = false;
        const QString out = lab(args, &ok);
        QVERIFY2(ok, qPrintable(out));
    }

    static SmtpProbeResult probe(const QString &recipient = QString())
    {
        SmtpProbe::Options o;
        o.host = kLabHost;
        o.port = kLabSmtpPort;
        o.tlsName = kLabName;
        o.recipient = recipient;
        o.stepTimeoutMs = 5000;
        o.totalTimeoutMs = 20000;
        SmtpProbe p;
        QSignalSpy spy(&p, &SmtpProbe::finished);
        p.start(o);
        if (!spy.wait(25000))
            return {};
        return spy.at(0).at(0).value<SmtpProbeResult>();
    }

    static bool hasFinding(const SmtpProbeResult &r, const QString &id)
    {
        return std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const auto &f) { return f.id == id; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SmtpProbeResult>();
        qRegisterMetaType<PortProbeReport>();
        bool ok = false;
        const QString status = lab({ QStringLiteral("status") }, &ok);
        if (!ok)
            QSKIP(qPrintable(QStringLiteral("the lab gateway is not running: ") + status));
    }

    void cleanup()
    {
        if (!m_switched)
            return;
        m_switched = false;
        bool relayOk = false;
        bool tlsOk = false;
        const QString relay = lab({ QStringLiteral("relay"), QStringLiteral("closed") }, &relayOk);
        const QString tls = lab({ QStringLiteral("tls"), QStringLiteral("on") }, &tlsOk);
        QVERIFY2(relayOk && tlsOk, qPrintable(relay + tls));
    }

    void defaultsGreetingEhloTlsClosedRelay()
    {
        const SmtpProbeResult r = probe(QStringLiteral("postmaster@mailops.test"));
        const QString text = NetReport::toText(r);
        QVERIFY2(r.ok(), qPrintable(text));
        QCOMPARE(r.greeting->code, 220);
        QVERIFY(r.greeting->lines.constFirst().startsWith(kLabName));
        QCOMPARE(r.capabilities.serverName, kLabName);
        QVERIFY(r.capabilities.pipelining);
        QVERIFY(r.capabilities.startTls);
        QVERIFY(r.capabilities.sizeLimit > 0);
        QVERIFY2(r.tls.established, qPrintable(text));
        QVERIFY(r.capabilitiesAfterTls.has_value());
        QVERIFY(!r.capabilitiesAfterTls->startTls);
        QVERIFY(!r.tls.chain.isEmpty());
        QCOMPARE(r.tls.chain.constFirst().commonName, kLabName);
        QVERIFY(r.tls.chain.constFirst().selfSigned);
        QVERIFY(r.tls.nameMatches);
        QVERIFY(r.tls.chain.constFirst().daysLeft > 0);
        QVERIFY(hasFinding(r, QStringLiteral("tls.ok")));
        QVERIFY(hasFinding(r, QStringLiteral("tls.cert.self-signed")));
        QCOMPARE(r.recipient.outcome, Outcome::Accepted);
        QCOMPARE(r.relay.outcome, Outcome::Refused);
        QCOMPARE(r.relay.rcptReply->code, 554);
        QCOMPARE(r.relay.rcptReply->enhancedCode, QStringLiteral("5.7.1"));
        QVERIFY(hasFinding(r, QStringLiteral("relay.refused")));
        QVERIFY(!r.isOpenRelay());
        qInfo().noquote() << "probe took" << r.elapsedMs << "ms, connect" << r.connectMs << "ms";
    }

    void startTlsAbsent()
    {
        switchLab({ QStringLiteral("tls"), QStringLiteral("off") });
        const SmtpProbeResult r = probe();
        QVERIFY2(r.ok(), qPrintable(NetReport::toText(r)));
        QVERIFY(!r.capabilities.startTls);
        QVERIFY(!r.tls.offered);
        QVERIFY(!r.tls.established);
        QVERIFY(hasFinding(r, QStringLiteral("tls.absent")));
        QCOMPARE(r.relay.outcome, Outcome::Refused);
    }

    void openRelay()
    {
        switchLab({ QStringLiteral("relay"), QStringLiteral("open") });
        const SmtpProbeResult r = probe();
        QVERIFY2(r.ok(), qPrintable(NetReport::toText(r)));
        QCOMPARE(r.relay.outcome, Outcome::Accepted);
        QVERIFY(r.isOpenRelay());
        QVERIFY(hasFinding(r, QStringLiteral("relay.open")));
        // The transcript proves the session ended without a message.
        for (const auto &e : r.transcript) {
            if (e.direction == SmtpProbeResult::TranscriptEntry::Direction::Client)
                QVERIFY2(
                    !e.text.startsWith(QLatin1String("DATA")) && !e.text.startsWith(QLatin1String("BDAT")),
                    qPrintable(e.text));
        }
        QVERIFY(std::any_of(r.transcript.cbegin(), r.transcript.cend(),
            [](const auto &e) { return e.text.startsWith(QLatin1String("221")); }));
        qInfo().noquote() << NetReport::toText(r);
    }

    void ports()
    {
        quint16 closed = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            closed = s.serverPort();
        }
        PortProbe p;
        QSignalSpy spy(&p, &PortProbe::finished);
        PortProbe::Options o;
        o.host = kLabHost;
        o.ports = { kLabSmtpPort, closed };
        p.start(o);
        QVERIFY(spy.wait(10000));
        const auto report = spy.at(0).at(0).value<PortProbeReport>();
        QCOMPARE(report.results.at(0).state, PortProbeResult::State::Open);
        QCOMPARE(report.results.at(1).state, PortProbeResult::State::Refused);
    }
};

QTEST_GUILESS_MAIN(SmtpProbeLabTest)
#include "smtpprobe_lab_test.moc"
