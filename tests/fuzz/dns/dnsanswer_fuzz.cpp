// Fuzzes the decoding of DNS answers as they arrive from the network.
#include "dns/resolver.h"
#include "fuzztarget.h"

void fuzzOne(const QByteArray &data)
{
    using namespace MailOps;
    for (DnsType t : { DnsType::A, DnsType::MX, DnsType::TXT, DnsType::TLSA, DnsType::SOA }) {
        const auto r = Resolver::decodeAnswer(data, DnsQuestion { QStringLiteral("mailops.test"), t, {} });
        if (r.ok()) {
            (void)r.value().addresses();
            (void)r.value().texts();
        }
    }
}

QList<QByteArray> fuzzSeeds()
{
    // mailops.test MX answers and a TXT answer, as NSD sends them.
    return {
        QByteArray::fromHex("1234840000010002000000000"
                            "76d61696c6f70730474657374000"
                            "00f0001c00c000f00010000012c00080"
                            "00a036d7831c00cc00c000f00010000012c0008001403"
                            "6d7832c00c"),
        QByteArray::fromHex("123484000001000100000000076d61696c6f707304746573740000100001c00c00100001"
                            "0000012c000d0c763d73706631202d616c6c"),
        QByteArray::fromHex("12348183000100000000000004"
                            "6e6f706507"
                            "6d61696c6f70730474657374000001"
                            "0001"),
    };
}
