#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>

namespace MailOps {

// One DNS server to ask: an address and a port. Parsed from what an admin
// types ("127.0.0.1:5300", "[::1]:53", "192.0.2.1"); plain value type.
struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    bool isNull() const { return address.isNull(); }
    QString toString() const;

    // "ADDR", "ADDR:PORT", "[V6]:PORT" or a bare IPv6 address.
    static Result<DnsServer> parse(const QString &text);

    friend bool operator==(const DnsServer &a, const DnsServer &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

} // namespace MailOps
