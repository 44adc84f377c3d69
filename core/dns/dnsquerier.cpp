#include "dnsquerier.h"

#include <QThreadPool>

namespace MailOps {

QThreadPool *dnsCheckPool()
{
    // Checks mostly wait on lookups, so many of them may run on two cores.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

QString reversedAddressLabels(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    nibbles.reserve(32);
    for (int i = 15; i >= 0; --i) {
        nibbles.append(QString::number(v6[i] & 0x0f, 16));
        nibbles.append(QString::number(v6[i] >> 4, 16));
    }
    return nibbles.join(QLatin1Char('.'));
}

QString reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return reversedAddressLabels(address)
        + (isV4 ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
}

QString normalizedDnsName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')) && n.size() > 1)
        n.chop(1);
    return n;
}

} // namespace MailOps
