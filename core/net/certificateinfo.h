#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSslCertificate>
#include <QStringList>

namespace MailOps {

// What an admin needs to know about one certificate of a server's chain:
// who it names, who signed it, until when, and whether it matches the name
// that was asked for. Plain value built from a QSslCertificate; never fails
// (a null certificate gives empty fields).
struct CertificateInfo
{
    QString subject; // full subject DN, printable
    QString commonName;
    QStringList dnsNames; // subjectAltName DNS entries
    QStringList ipAddresses; // subjectAltName IP entries
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; // negative once expired
    bool selfSigned = false;
    QString sha256; // hex fingerprint, colon-separated

    bool isExpired() const { return daysLeft < 0; }

    static CertificateInfo fromCertificate(const QSslCertificate &cert, const QDateTime &now);

    // RFC 6125 6.4: subjectAltName DNS-IDs (a wildcard only as the whole left
    // label), the CN only when there is no DNS-ID; IP entries for an address.
    static bool matchesName(const QSslCertificate &cert, const QString &name);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::CertificateInfo)
