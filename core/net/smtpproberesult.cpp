#include "smtpproberesult.h"

namespace MailOps {

SmtpProbeResult::Finding::Severity SmtpProbeResult::worstSeverity() const
{
    Finding::Severity worst = Finding::Severity::Info;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

QString SmtpProbeResult::directionName(TranscriptEntry::Direction d)
{
    switch (d) {
    case TranscriptEntry::Direction::Client:
        return QStringLiteral("C");
    case TranscriptEntry::Direction::Server:
        return QStringLiteral("S");
    case TranscriptEntry::Direction::Event:
        return QStringLiteral("*");
    }
    return QStringLiteral("*");
}

QString SmtpProbeResult::severityName(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Info:
        return QStringLiteral("info");
    case Finding::Severity::Pass:
        return QStringLiteral("pass");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("info");
}

QString SmtpProbeResult::outcomeName(Transaction::Outcome o)
{
    switch (o) {
    case Transaction::Outcome::NotTested:
        return QStringLiteral("not-tested");
    case Transaction::Outcome::Accepted:
        return QStringLiteral("accepted");
    case Transaction::Outcome::Refused:
        return QStringLiteral("refused");
    case Transaction::Outcome::TempFailed:
        return QStringLiteral("tempfailed");
    case Transaction::Outcome::SenderRefused:
        return QStringLiteral("sender-refused");
    case Transaction::Outcome::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QStringLiteral("not-tested");
}

} // namespace MailOps
