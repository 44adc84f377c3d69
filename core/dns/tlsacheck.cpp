#include "tlsacheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslKey>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::TlsaCheck", text);
}

QByteArray selected(const QSslCertificate &cert, quint8 selector)
{
    if (selector == 0)
        return cert.toDer();
    // SubjectPublicKeyInfo: QSslKey::toDer() of a public key is exactly that.
    return cert.publicKey().toDer();
}

QByteArray matched(const QByteArray &data, quint8 matching)
{
    switch (matching) {
    case 0:
        return data;
    case 1:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    case 2:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    default:
        return {};
    }
}

} // namespace

QString TlsaCheck::describe(const DnsRecord &r)
{
    static const char *usages[] = { "PKIX-TA (CA constraint)", "PKIX-EE (service certificate constraint)",
        "DANE-TA (trust anchor)", "DANE-EE (domain-issued certificate)" };
    static const char *selectors[] = { "full certificate", "public key" };
    static const char *matchings[] = { "exact match", "SHA-256", "SHA-512" };
    const QString u = r.tlsaUsage < 4 ? QString::fromLatin1(usages[r.tlsaUsage])
                                      : tr("unknown usage %1").arg(r.tlsaUsage);
    const QString s = r.tlsaSelector < 2 ? QString::fromLatin1(selectors[r.tlsaSelector])
                                         : tr("unknown selector %1").arg(r.tlsaSelector);
    const QString m = r.tlsaMatching < 3 ? QString::fromLatin1(matchings[r.tlsaMatching])
                                         : tr("unknown matching type %1").arg(r.tlsaMatching);
    return QStringLiteral("%1 %2 %3: %4, %5, %6 %7")
        .arg(r.tlsaUsage)
        .arg(r.tlsaSelector)
        .arg(r.tlsaMatching)
        .arg(u, s, m, QString::fromLatin1(r.tlsaData.toHex()));
}

bool TlsaCheck::matches(const DnsRecord &record, const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty() || record.tlsaData.isEmpty())
        return false;
    const bool leafOnly = record.tlsaUsage == 1 || record.tlsaUsage == 3;
    for (qsizetype i = 0; i < (leafOnly ? 1 : chain.size()); ++i) {
        if (matched(selected(chain.at(i), record.tlsaSelector), record.tlsaMatching) == record.tlsaData)
            return true;
    }
    return false;
}

QFuture<TlsaReport> TlsaCheck::run(std::shared_ptr<DnsQuerier> querier, const QString &host, quint16 port)
{
    return QtConcurrent::run(
        dnsCheckPool(), [querier, host, port] { return runBlocking(*querier, host, port); });
}

TlsaReport TlsaCheck::runBlocking(DnsQuerier &q, const QString &host, quint16 port)
{
    TlsaReport r;
    r.name = QStringLiteral("_%1._tcp.").arg(port) + normalizedDnsName(host);
    const Result<DnsAnswer> a = q.queryBlocking(r.name, DnsType::TLSA);
    if (!a.ok()) {
        if (a.error().code == Error::Code::NxDomain || a.error().code == Error::Code::NoData) {
            r.missing = true;
            r.summary = tr("%1 has no TLSA record: DANE is not used for this host").arg(r.name);
        } else {
            r.error = a.error();
            r.summary = tr("the TLSA record %1 could not be looked up: %2; a DANE-aware sender will defer "
                           "mail to this host")
                            .arg(r.name, a.error().message);
        }
        return r;
    }
    r.records = a.value().records(DnsType::TLSA);
    r.authenticated = a.value().authenticated;
    for (const DnsRecord &t : std::as_const(r.records))
        r.descriptions.append(describe(t));
    r.summary = r.authenticated
        ? tr("%1: %2 TLSA record(s), validated by DNSSEC (AD)").arg(r.name, QString::number(r.records.size()))
        : tr("%1: %2 TLSA record(s), but the answer is not DNSSEC-validated (no AD flag): senders ignore "
             "DANE without DNSSEC")
              .arg(r.name, QString::number(r.records.size()));
    return r;
}

} // namespace MailOps
