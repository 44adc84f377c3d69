#include "dns/mtastspolicy.h"
#include "fuzztarget.h"

void fuzzOne(const QByteArray &data)
{
    const MailOps::Result<MailOps::MtaStsPolicy> r = MailOps::MtaStsPolicy::parse(data);
    if (r.ok())
        (void)r->allows(QStringLiteral("mx1.example.net"));
}

QList<QByteArray> fuzzSeeds()
{
    return { QByteArrayLiteral("version: STSv1\r\nmode: enforce\r\nmx: mail.example.test\r\nmx: "
                               "*.example.net\r\nmax_age: 604800\r\n"),
        QByteArrayLiteral("version: STSv1\nmode: none\nmax_age: 0\n") };
}
