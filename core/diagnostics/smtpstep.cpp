#include "smtpstep.h"

#include "common/translation.h"
#include "net/netreport.h"
#include "net/smtpprobe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QTimer>

namespace MailOps {

namespace {

QString tr(const char *s)
{
    return translateIn("MailOps::SmtpStep", s);
}

using V = CheckItem::Verdict;
using Severity = SmtpProbeResult::Finding::Severity;

V verdictOf(Severity s)
{
    switch (s) {
    case Severity::Fail:
        return V::Fail;
    case Severity::Warning:
        return V::Warning;
    case Severity::Info:
        return V::Info;
    case Severity::Pass:
        break;
    }
    return V::Pass;
}

} // namespace

SmtpStepResult runSmtpStep(const QString &host, const QHostAddress &address, quint16 port,
    const QString &domain, const QString &recipient, int timeoutMs, const std::function<bool()> &cancelled)
{
    // The probe is asynchronous; this leg of the guided run runs on a worker
    // thread, so it gets an event loop of its own for the probe's lifetime.
    SmtpProbe probe;
    SmtpProbe::Options o;
    o.host = address.toString();
    o.port = port;
    o.tlsName = host;
    o.recipient = recipient.isEmpty() ? QStringLiteral("postmaster@") + domain : recipient;
    o.relayTest = true; // MAIL FROM/RCPT TO to outside addresses, RSET: never DATA
    o.stepTimeoutMs = qMax(timeoutMs, 500);
    o.totalTimeoutMs = qMax(timeoutMs, 500) * 4;
    QEventLoop loop;
    QObject::connect(&probe, &SmtpProbe::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (cancelled && cancelled())
            probe.cancel();
    });
    watch.start(50);
    probe.start(o);
    if (probe.isRunning())
        loop.exec();
    const SmtpProbeResult &r = probe.result();

    SmtpStepResult out;
    out.elapsedMs = r.elapsedMs;
    out.transcript = NetReport::transcriptText(r);
    out.data = NetReport::toJson(r);
    const QString where = QStringLiteral("%1 (%2) port %3").arg(host, address.toString()).arg(port);

    QStringList notes;
    out.verdict = V::Pass;
    for (const SmtpProbeResult::Finding &f : r.findings) {
        // Size limits and the like are details for the evidence, not the summary.
        if (f.severity == Severity::Info && !f.id.startsWith(QLatin1String("auth")))
            continue;
        out.verdict = CheckItem::worst(out.verdict, verdictOf(f.severity));
        if (f.severity != Severity::Pass || f.id == QLatin1String("recipient.accepted"))
            notes << f.message;
    }
    out.summary = notes.join(QLatin1Char(' '));

    const auto has = [&r](const char *id) {
        return std::any_of(r.findings.cbegin(), r.findings.cend(),
            [id](const SmtpProbeResult::Finding &f) { return f.id == QLatin1String(id); });
    };
    out.data.insert(QStringLiteral("connect"),
        has("connect.refused")       ? QStringLiteral("refused")
            : has("connect.timeout") ? QStringLiteral("timeout")
            : r.connected            ? QStringLiteral("open")
                                     : QStringLiteral("failed"));
    out.data.insert(QStringLiteral("starttls"), r.tls.offered);
    out.data.insert(QStringLiteral("rcptCode"), r.recipient.rcptReply ? r.recipient.rcptReply->code : 0);

    if (has("connect.refused")) {
        out.conclusion = tr("Nothing accepts connections on %1 (connection refused)").arg(where);
        out.advice = tr(
            "The host answered at once and refused: the mail service is not running there, or listens on "
            "another address or port. Tested from %1.")
                         .arg(QHostInfo::localHostName());
    } else if (has("connect.timeout")) {
        out.conclusion = tr("Port %1 of %2 is filtered: connections time out").arg(port).arg(host);
        out.advice
            = tr("No answer at all: a firewall between here and the server drops the connection (a refused "
                 "connection would be answered at once). If the server accepts mail locally, ask the network "
                 "or hosting provider whether port %1 is blocked upstream.")
                  .arg(port);
    } else if (has("greeting.refused")) {
        out.conclusion = tr("%1 refuses SMTP sessions at the greeting").arg(where);
        out.advice = r.greeting ? r.greeting->summary() : QString();
    } else if (has("relay.open")) {
        out.conclusion = tr("%1 is an OPEN RELAY").arg(where);
        out.advice
            = tr("It accepted mail from an outside sender to an outside recipient without authentication (no "
                 "message was sent: the test stops before DATA). Spammers will find it within hours; close "
                 "it now.");
    } else if (has("recipient.tempfailed")) {
        out.conclusion = tr("%1 temporarily refuses mail for %2").arg(where, o.recipient);
        out.advice = tr(
            "A 4xx answer makes senders queue and retry for days: mail seems to vanish rather than bounce. "
            "Look for a new rule that tempfails (a reverse-DNS or greylisting check, a full disk).");
    } else if (has("recipient.refused")) {
        out.conclusion = tr("%1 rejects mail for %2").arg(where, o.recipient);
    } else if (!r.connected || r.error) {
        out.conclusion = tr("The SMTP session with %1 failed").arg(where);
        out.advice = r.error ? r.error->message : QString();
    }
    if (!out.conclusion.isEmpty() && out.advice.isEmpty())
        out.advice = out.summary;
    return out;
}

} // namespace MailOps
