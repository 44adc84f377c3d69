#include "hostlocality.h"

#include <QCoreApplication>
#include <QNetworkInterface>

namespace MailOps {

HostLocality::Kind HostLocality::of(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    // ::ffff:127.0.0.1 is loopback too.
    const QHostAddress plain = isV4 ? QHostAddress(v4) : address;
    if (plain.isLoopback())
        return Kind::Loopback;
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : own) {
        QHostAddress ownPlain = a;
        ownPlain.setScopeId(QString());
        QHostAddress wanted = plain;
        wanted.setScopeId(QString());
        if (ownPlain.isEqual(wanted, QHostAddress::TolerantConversion))
            return Kind::ThisHost;
    }
    return Kind::Remote;
}

QString HostLocality::name(Kind kind)
{
    switch (kind) {
    case Kind::Loopback:
        return QStringLiteral("loopback");
    case Kind::ThisHost:
        return QStringLiteral("this-host");
    case Kind::Remote:
        return QStringLiteral("remote");
    }
    return QStringLiteral("remote");
}

QString HostLocality::description(Kind kind)
{
    switch (kind) {
    case Kind::Loopback:
        return QCoreApplication::translate("MailOps::HostLocality", "this machine (loopback)");
    case Kind::ThisHost:
        return QCoreApplication::translate(
            "MailOps::HostLocality", "this machine (one of its own addresses)");
    case Kind::Remote:
        return QCoreApplication::translate("MailOps::HostLocality", "another machine");
    }
    return {};
}

} // namespace MailOps
