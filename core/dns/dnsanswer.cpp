#include "dnsanswer.h"

namespace MailOps {

QList<DnsRecord> DnsAnswer::records(DnsType type) const
{
    QList<DnsRecord> out;
    for (const DnsRecord &r : answers) {
        if (r.type == type)
            out.append(r);
    }
    return out;
}

QList<QHostAddress> DnsAnswer::addresses() const
{
    QList<QHostAddress> out;
    for (const DnsRecord &r : answers) {
        if ((r.type == DnsType::A || r.type == DnsType::AAAA) && !r.address.isNull())
            out.append(r.address);
    }
    return out;
}

QStringList DnsAnswer::texts() const
{
    QStringList out;
    for (const DnsRecord &r : answers) {
        if (r.type == DnsType::TXT)
            out.append(r.txt());
    }
    return out;
}

} // namespace MailOps
