#include "portproberesult.h"

namespace MailOps {

QString PortProbeResult::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Filtered:
        return QStringLiteral("filtered");
    case State::Unreachable:
        return QStringLiteral("unreachable");
    case State::NameNotFound:
        return QStringLiteral("name-not-found");
    case State::Error:
        return QStringLiteral("error");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

QString PortProbeResult::serviceName(quint16 port)
{
    switch (port) {
    case 25:
        return QStringLiteral("smtp");
    case 465:
        return QStringLiteral("submissions");
    case 587:
        return QStringLiteral("submission");
    case 110:
        return QStringLiteral("pop3");
    case 995:
        return QStringLiteral("pop3s");
    case 143:
        return QStringLiteral("imap");
    case 993:
        return QStringLiteral("imaps");
    default:
        return QString();
    }
}

int PortProbeReport::count(PortProbeResult::State state) const
{
    return int(std::count_if(
        results.cbegin(), results.cend(), [state](const PortProbeResult &r) { return r.state == state; }));
}

QList<PortProbeResult> PortProbeReport::forPort(quint16 port) const
{
    QList<PortProbeResult> out;
    for (const PortProbeResult &r : results) {
        if (r.port == port)
            out.append(r);
    }
    return out;
}

} // namespace MailOps
