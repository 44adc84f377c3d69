#include "certificateinfo.h"

#include "net/smtpreply.h"

#include <QHostAddress>
#include <QUrl>

namespace MailOps {

namespace {

QString dn(const QSslCertificate &cert, bool issuer)
{
    const QList<QByteArray> attrs = issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attr : attrs) {
        const QStringList values = issuer ? cert.issuerInfo(attr) : cert.subjectInfo(attr);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(attr) + QLatin1Char('=') + v);
    }
    return SmtpReply::printable(parts.join(QStringLiteral(", ")).toUtf8());
}

// Names compare as A-labels, case-insensitively, without a trailing dot.
QString normalised(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(n));
    return (ace.isEmpty() ? n : ace).toLower();
}

bool dnsIdMatches(const QString &pattern, const QString &name)
{
    const QString p = normalised(pattern);
    if (p.isEmpty() || name.isEmpty())
        return false;
    if (!p.startsWith(QLatin1String("*.")))
        return p == name;
    // "*.example.org" covers exactly one label, never "example.org" itself,
    // and never a public-suffix-like "*.org".
    const QString base = p.mid(2);
    if (!base.contains(QLatin1Char('.')))
        return false;
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && name.mid(dot + 1) == base;
}

} // namespace

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &cert, const QDateTime &now)
{
    CertificateInfo info;
    if (cert.isNull())
        return info;
    info.subject = dn(cert, false);
    info.commonName = SmtpReply::printable(cert.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8());
    info.issuer = dn(cert, true);
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            info.dnsNames.append(SmtpReply::printable(it.value().toUtf8()));
        else if (it.key() == QSsl::IpAddressEntry)
            info.ipAddresses.append(SmtpReply::printable(it.value().toUtf8()));
    }
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    // Whole days, rounded down, so "0 days left" means it expires today.
    const qint64 secs = now.secsTo(info.notAfter);
    info.daysLeft = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    info.selfSigned = cert.isSelfSigned();
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    info.sha256 = pairs.join(QLatin1Char(':'));
    return info;
}

bool CertificateInfo::matchesName(const QSslCertificate &cert, const QString &name)
{
    if (cert.isNull() || name.isEmpty())
        return false;
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    const auto alt = cert.subjectAlternativeNames();
    if (!address.isNull()) {
        for (const QString &ip : alt.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(ip).isEqual(address, QHostAddress::TolerantConversion))
                return true;
        }
        return false;
    }
    const QString wanted = normalised(name);
    const QStringList dnsIds = alt.values(QSsl::DnsEntry);
    for (const QString &id : dnsIds) {
        if (dnsIdMatches(id, wanted))
            return true;
    }
    if (!dnsIds.isEmpty())
        return false;
    const QStringList cns = cert.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(cns.cbegin(), cns.cend(), [&](const QString &cn) { return dnsIdMatches(cn, wanted); });
}

} // namespace MailOps
