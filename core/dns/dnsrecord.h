#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailOps {

// The record types the checks ask for (RFC 1035 and successors). Other types
// still come through as DnsRecord with only the presentation text filled in.
enum class DnsType : quint16
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    DS = 43,
    RRSIG = 46,
    NSEC = 47,
    DNSKEY = 48,
    NSEC3 = 50,
    TLSA = 52,
    ANY = 255,
};

QString dnsTypeName(DnsType type);

// One resource record, decoded. Plain value type; the fields that apply to the
// type are filled, the rest stay empty. `data` always holds the record's
// presentation form, so nothing is lost for types not decoded here.
struct DnsRecord
{
    QString name; // owner, lower case, no trailing dot
    DnsType type = DnsType::A;
    quint32 ttl = 0;
    QString data; // rdata in presentation form, as dig shows it

    QHostAddress address; // A, AAAA
    QString target; // MX exchange, PTR, NS, CNAME (no trailing dot)
    quint16 preference = 0; // MX
    QList<QByteArray> strings; // TXT character-strings, raw bytes

    // SOA
    QString soaMname;
    quint32 soaSerial = 0;

    // TLSA (RFC 6698)
    quint8 tlsaUsage = 0;
    quint8 tlsaSelector = 0;
    quint8 tlsaMatching = 0;
    QByteArray tlsaData;

    // RRSIG: which type it covers
    DnsType rrsigCovers = DnsType::A;

    // TXT strings joined as RFC 7208 3.3 and RFC 6376 3.6.2.2 require.
    QString txt() const;
    QString toString() const;
};

} // namespace MailOps
