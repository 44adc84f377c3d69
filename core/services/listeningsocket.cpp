#include "listeningsocket.h"

namespace MailOps {

bool ListeningSocket::isWildcard() const
{
    return address == QLatin1String("*") || address == QLatin1String("0.0.0.0")
        || address == QLatin1String("::");
}

bool ListeningSocket::overlaps(const ListeningSocket &other) const
{
    if (protocol != other.protocol || port != other.port)
        return false;
    return address == other.address || isWildcard() || other.isWildcard();
}

QString ListeningSocket::endpoint() const
{
    const QString host
        = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace MailOps
