#pragma once

#include "dnsrecord.h"
#include "dnsserver.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace MailOps {

// What one server said to one question, when it said something useful
// (NOERROR with data). NXDOMAIN, NODATA and the failures travel as Error
// values beside it (see DnsQuerier), so a caller cannot mistake them for data.
struct DnsAnswer
{
    QString qname;
    DnsType qtype = DnsType::A;
    DnsServer server; // who answered (null for a fake)
    int rcode = 0;
    bool authoritative = false; // AA
    bool authenticated = false; // AD: the server says it validated the answer
    bool truncated = false; // TC on the final answer (after any TCP retry)
    bool signatures = false; // RRSIGs came back with the answer
    qint64 elapsedMs = 0;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;
    QByteArray wire; // the raw packet, for DNSSEC validation and the evidence view

    // Answer records of one type (CNAME chains are followed by the server;
    // the target records keep their own owner names).
    QList<DnsRecord> records(DnsType type) const;
    QList<QHostAddress> addresses() const;
    QStringList texts() const; // joined TXT records
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::DnsAnswer)
