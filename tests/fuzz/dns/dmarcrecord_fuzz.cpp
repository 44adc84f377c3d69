// Fuzzes the tag=value parsers: DMARC, and the DKIM, MTA-STS and TLS-RPT records.
#include "dns/dmarcrecord.h"
#include "dns/policyrecordcheck.h"
#include "dns/taglist.h"
#include "fuzztarget.h"

void fuzzOne(const QByteArray &data)
{
    using namespace MailOps;
    const QString text = QString::fromLatin1(data);
    const auto d = DmarcRecord::parse(text);
    if (d.ok())
        (void)d.value().describe();
    (void)TagList::parse(text);
    const QString name = QStringLiteral("x.example.com");
    (void)PolicyRecordCheck::parseDkim(name, text);
    (void)PolicyRecordCheck::parseMtaSts(name, text);
    (void)PolicyRecordCheck::parseTlsRpt(name, text);
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "v=DMARC1; p=reject; pct=100; adkim=s; aspf=r; rua=mailto:dmarc-reports@mailops.test; "
        "ruf=mailto:dmarc-forensic@mailops.test; fo=1",
        "v=DMARC1;p=quarantine;rua=mailto:a@example.com!10m,mailto:b@example.com;sp=none;ri=3600",
        "v=DMARC1 p=reject",
        "v=DKIM1; k=rsa; "
        "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/"
        "zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/"
        "NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB",
        "v=STSv1; id=2026112301",
        "v=TLSRPTv1; rua=mailto:tlsrpt@mailops.test",
    };
}
