#include "netreport.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::NetReport", text);
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return QStringLiteral("-:%1").arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString stateLabel(PortProbeResult::State s)
{
    switch (s) {
    case PortProbeResult::State::Open:
        return tr("OPEN");
    case PortProbeResult::State::Refused:
        return tr("REFUSED");
    case PortProbeResult::State::Filtered:
        return tr("FILTERED (timeout)");
    case PortProbeResult::State::Unreachable:
        return tr("UNREACHABLE");
    case PortProbeResult::State::NameNotFound:
        return tr("NAME NOT FOUND");
    case PortProbeResult::State::Error:
        return tr("ERROR");
    case PortProbeResult::State::Cancelled:
        return tr("CANCELLED");
    }
    return {};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject transactionJson(const SmtpProbeResult::Transaction &t)
{
    QJsonObject o { { QStringLiteral("outcome"), SmtpProbeResult::outcomeName(t.outcome) } };
    if (t.outcome == SmtpProbeResult::Transaction::Outcome::NotTested)
        return o;
    o.insert(QStringLiteral("from"), t.from);
    o.insert(QStringLiteral("to"), t.to);
    if (t.mailReply)
        o.insert(QStringLiteral("mailReply"), NetReport::toJson(*t.mailReply));
    if (t.rcptReply)
        o.insert(QStringLiteral("rcptReply"), NetReport::toJson(*t.rcptReply));
    return o;
}

QString capabilitiesLine(const SmtpCapabilities &caps)
{
    return caps.keywords.isEmpty() ? tr("(none)") : caps.keywords.join(QStringLiteral(", "));
}

} // namespace

QString NetReport::toText(const PortProbeResult &r)
{
    const QString service = PortProbeResult::serviceName(r.port);
    QString line = QStringLiteral("%1%2  %3  %4")
                       .arg(endpoint(r.address, r.port),
                           service.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(service),
                           stateLabel(r.state), r.reason);
    if (!r.address.isNull() && r.locality != HostLocality::Kind::Remote)
        line += QStringLiteral("  [") + HostLocality::description(r.locality) + QLatin1Char(']');
    return line;
}

QString NetReport::toText(const PortProbeReport &report)
{
    QStringList out;
    QStringList addresses;
    for (const QHostAddress &a : report.addresses)
        addresses.append(a.toString());
    out << tr("Ports of %1 (%2)")
               .arg(report.host,
                   addresses.isEmpty() ? tr("no address") : addresses.join(QStringLiteral(", ")));
    if (report.lookupError)
        out << tr("Name lookup: %1").arg(report.lookupError->message);
    for (const PortProbeResult &r : report.results)
        out << QStringLiteral("  ") + toText(r);
    const bool anyLocal
        = std::any_of(report.results.cbegin(), report.results.cend(), [](const PortProbeResult &r) {
              return !r.address.isNull() && r.locality != HostLocality::Kind::Remote;
          });
    if (anyLocal)
        out << tr("Note: these addresses belong to this machine. A port open here says nothing about whether "
                  "it can be reached from outside; probe from another network to see what senders see.");
    if (report.count(PortProbeResult::State::Filtered) > 0)
        out << tr("Filtered means no answer at all: a firewall drops the packets (often upstream, at the "
                  "provider), unlike refused, where the host itself answers that nothing listens.");
    if (report.cancelled)
        out << tr("The probe was cancelled.");
    out << tr("Took %1 ms.").arg(report.elapsedMs);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject NetReport::toJson(const PortProbeResult &r)
{
    QJsonObject o {
        { QStringLiteral("host"), r.host },
        { QStringLiteral("address"), r.address.isNull() ? QJsonValue() : QJsonValue(r.address.toString()) },
        { QStringLiteral("port"), int(r.port) },
        { QStringLiteral("service"), PortProbeResult::serviceName(r.port) },
        { QStringLiteral("state"), PortProbeResult::stateName(r.state) },
        { QStringLiteral("reason"), r.reason },
        { QStringLiteral("elapsedMs"), r.elapsedMs },
        { QStringLiteral("locality"),
            r.address.isNull() ? QJsonValue() : QJsonValue(HostLocality::name(r.locality)) },
    };
    return o;
}

QJsonObject NetReport::toJson(const PortProbeReport &report)
{
    QJsonArray addresses;
    for (const QHostAddress &a : report.addresses)
        addresses.append(a.toString());
    QJsonArray results;
    for (const PortProbeResult &r : report.results)
        results.append(toJson(r));
    QJsonObject o {
        { QStringLiteral("host"), report.host },
        { QStringLiteral("addresses"), addresses },
        { QStringLiteral("results"), results },
        { QStringLiteral("lookupMs"), report.lookupMs },
        { QStringLiteral("elapsedMs"), report.elapsedMs },
        { QStringLiteral("cancelled"), report.cancelled },
    };
    if (report.lookupError)
        o.insert(QStringLiteral("lookupError"),
            QJsonObject { { QStringLiteral("code"), Error::codeName(report.lookupError->code) },
                { QStringLiteral("message"), report.lookupError->message } });
    return o;
}

QJsonObject NetReport::toJson(const SmtpReply &reply)
{
    QJsonObject o { { QStringLiteral("code"), reply.code },
        { QStringLiteral("lines"), strings(reply.lines) } };
    if (!reply.enhancedCode.isEmpty())
        o.insert(QStringLiteral("enhancedCode"), reply.enhancedCode);
    return o;
}

QJsonObject NetReport::toJson(const SmtpCapabilities &caps)
{
    return QJsonObject {
        { QStringLiteral("serverName"), caps.serverName },
        { QStringLiteral("keywords"), strings(caps.keywords) },
        { QStringLiteral("size"), caps.sizeLimit },
        { QStringLiteral("pipelining"), caps.pipelining },
        { QStringLiteral("8bitmime"), caps.eightBitMime },
        { QStringLiteral("smtputf8"), caps.smtpUtf8 },
        { QStringLiteral("starttls"), caps.startTls },
        { QStringLiteral("chunking"), caps.chunking },
        { QStringLiteral("dsn"), caps.dsn },
        { QStringLiteral("enhancedStatusCodes"), caps.enhancedStatusCodes },
        { QStringLiteral("auth"), strings(caps.authMechanisms) },
    };
}

QJsonObject NetReport::toJson(const CertificateInfo &c)
{
    return QJsonObject {
        { QStringLiteral("subject"), c.subject },
        { QStringLiteral("commonName"), c.commonName },
        { QStringLiteral("dnsNames"), strings(c.dnsNames) },
        { QStringLiteral("ipAddresses"), strings(c.ipAddresses) },
        { QStringLiteral("issuer"), c.issuer },
        { QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate) },
        { QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate) },
        { QStringLiteral("daysLeft"), c.daysLeft },
        { QStringLiteral("selfSigned"), c.selfSigned },
        { QStringLiteral("sha256"), c.sha256 },
    };
}

QJsonObject NetReport::toJson(const SmtpProbeResult &r)
{
    QJsonObject o {
        { QStringLiteral("host"), r.host },
        { QStringLiteral("port"), int(r.port) },
        { QStringLiteral("implicitTls"), r.implicitTls },
        { QStringLiteral("heloName"), r.heloName },
        { QStringLiteral("startedAt"), r.startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("peerAddress"), r.peerAddress },
        { QStringLiteral("connected"), r.connected },
        { QStringLiteral("connectMs"), r.connectMs },
        { QStringLiteral("usedHelo"), r.usedHelo },
        { QStringLiteral("capabilities"), toJson(r.capabilities) },
        { QStringLiteral("elapsedMs"), r.elapsedMs },
        { QStringLiteral("openRelay"), r.isOpenRelay() },
        { QStringLiteral("verdict"), SmtpProbeResult::severityName(r.worstSeverity()) },
    };
    if (r.greeting)
        o.insert(QStringLiteral("greeting"), toJson(*r.greeting));
    if (r.ehloReply)
        o.insert(QStringLiteral("ehlo"), toJson(*r.ehloReply));
    if (r.capabilitiesAfterTls)
        o.insert(QStringLiteral("capabilitiesAfterTls"), toJson(*r.capabilitiesAfterTls));
    QJsonArray chain;
    for (const CertificateInfo &c : r.tls.chain)
        chain.append(toJson(c));
    o.insert(QStringLiteral("tls"),
        QJsonObject {
            { QStringLiteral("offered"), r.tls.offered },
            { QStringLiteral("attempted"), r.tls.attempted },
            { QStringLiteral("established"), r.tls.established },
            { QStringLiteral("protocol"), r.tls.protocol },
            { QStringLiteral("cipher"), r.tls.cipher },
            { QStringLiteral("nameChecked"), r.tls.nameChecked },
            { QStringLiteral("nameMatches"), r.tls.nameMatches },
            { QStringLiteral("chain"), chain },
            { QStringLiteral("errors"), strings(r.tls.errors) },
            { QStringLiteral("failure"), r.tls.failure },
        });
    o.insert(QStringLiteral("recipient"), transactionJson(r.recipient));
    o.insert(QStringLiteral("relay"), transactionJson(r.relay));
    QJsonArray findings;
    for (const auto &f : r.findings)
        findings.append(
            QJsonObject { { QStringLiteral("severity"), SmtpProbeResult::severityName(f.severity) },
                { QStringLiteral("id"), f.id }, { QStringLiteral("message"), f.message } });
    o.insert(QStringLiteral("findings"), findings);
    QJsonArray transcript;
    for (const auto &t : r.transcript)
        transcript.append(QJsonObject { { QStringLiteral("at"), t.atMs },
            { QStringLiteral("dir"), SmtpProbeResult::directionName(t.direction) },
            { QStringLiteral("text"), t.text } });
    o.insert(QStringLiteral("transcript"), transcript);
    if (r.error) {
        o.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), Error::codeName(r.error->code) },
                { QStringLiteral("message"), r.error->message }, { QStringLiteral("step"), r.failedStep } });
    }
    return o;
}

QString NetReport::transcriptText(const SmtpProbeResult &r)
{
    QStringList out;
    for (const auto &t : r.transcript)
        out << QStringLiteral("%1 ms  %2  %3")
                   .arg(t.atMs, 6)
                   .arg(SmtpProbeResult::directionName(t.direction), t.text);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString NetReport::toText(const SmtpProbeResult &r)
{
    QStringList out;
    out << tr("SMTP probe of %1 port %2%3, started %4 UTC")
               .arg(r.host)
               .arg(r.port)
               .arg(r.peerAddress.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.peerAddress),
                   r.startedAt.toString(Qt::ISODate));
    for (const auto &f : r.findings)
        out << QStringLiteral("  [%1] %2")
                   .arg(SmtpProbeResult::severityName(f.severity).toUpper(), f.message);
    out << QString();
    if (r.greeting)
        out << tr("Greeting:      %1").arg(r.greeting->summary());
    if (r.ehloReply)
        out << tr("EHLO (as %1): %2").arg(r.heloName, capabilitiesLine(r.capabilities));
    if (r.capabilitiesAfterTls)
        out << tr("EHLO after TLS: %1").arg(capabilitiesLine(*r.capabilitiesAfterTls));
    if (r.tls.established) {
        out << tr("TLS:           %1, %2").arg(r.tls.protocol, r.tls.cipher);
        for (int i = 0; i < r.tls.chain.size(); ++i) {
            const CertificateInfo &c = r.tls.chain.at(i);
            out << tr("  certificate %1: %2").arg(i).arg(c.subject);
            out << tr("    issuer %1; valid %2 to %3 (%4 days left)%5")
                       .arg(c.issuer, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate))
                       .arg(c.daysLeft)
                       .arg(c.selfSigned ? tr("; self-signed") : QString());
            if (!c.dnsNames.isEmpty())
                out << tr("    names %1").arg(c.dnsNames.join(QStringLiteral(", ")));
        }
    }
    if (r.error)
        out << tr("Stopped during %1: %2").arg(r.failedStep, r.error->toString());
    out << tr("Took %1 ms.").arg(r.elapsedMs);
    out << QString() << tr("Transcript (C client, S server, * event):");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + transcriptText(r);
}

} // namespace MailOps
