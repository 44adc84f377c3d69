#include "dnsrecord.h"

namespace MailOps {

QString dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::NS:
        return QStringLiteral("NS");
    case DnsType::CNAME:
        return QStringLiteral("CNAME");
    case DnsType::SOA:
        return QStringLiteral("SOA");
    case DnsType::PTR:
        return QStringLiteral("PTR");
    case DnsType::MX:
        return QStringLiteral("MX");
    case DnsType::TXT:
        return QStringLiteral("TXT");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    case DnsType::DS:
        return QStringLiteral("DS");
    case DnsType::RRSIG:
        return QStringLiteral("RRSIG");
    case DnsType::NSEC:
        return QStringLiteral("NSEC");
    case DnsType::DNSKEY:
        return QStringLiteral("DNSKEY");
    case DnsType::NSEC3:
        return QStringLiteral("NSEC3");
    case DnsType::TLSA:
        return QStringLiteral("TLSA");
    case DnsType::ANY:
        return QStringLiteral("ANY");
    }
    return QStringLiteral("TYPE%1").arg(quint16(type));
}

QString DnsRecord::txt() const
{
    QByteArray joined;
    for (const QByteArray &s : strings)
        joined += s;
    // TXT is bytes; SPF and DMARC are ASCII. Latin-1 keeps every byte visible
    // instead of turning invalid UTF-8 into replacement characters.
    return QString::fromLatin1(joined);
}

QString DnsRecord::toString() const
{
    return QStringLiteral("%1. %2 IN %3 %4").arg(name, QString::number(ttl), dnsTypeName(type), data);
}

} // namespace MailOps
