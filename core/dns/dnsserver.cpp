#include "dnsserver.h"

#include <QCoreApplication>

namespace MailOps {

QString DnsServer::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

Result<DnsServer> DnsServer::parse(const QString &input)
{
    const QString text = input.trimmed();
    auto bad = [&] {
        return Result<DnsServer>::failure(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "DnsServer", "\"%1\" is not a DNS server address (expected ADDRESS or ADDRESS:PORT)")
                .arg(text));
    };
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad();
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad();
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    DnsServer server;
    if (!server.address.setAddress(host))
        return bad();
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return bad();
        server.port = quint16(port);
    }
    return server;
}

} // namespace MailOps
