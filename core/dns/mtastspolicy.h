#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace MailOps {

// An MTA-STS policy file (RFC 8461 section 3.2), parsed. Values a sender
// would reject make parse() fail; oddities it tolerates are listed in
// problems.
struct MtaStsPolicy
{
    enum class Mode
    {
        Enforce,
        Testing,
        None
    };

    Mode mode = Mode::None;
    QStringList mx; // patterns, "*.example.net" allowed
    qint64 maxAge = -1; // seconds
    QStringList problems;
    QString raw;

    static Result<MtaStsPolicy> parse(QByteArrayView text);
    static QString modeName(Mode mode);
    // Does an MX host name match one of the policy's patterns (3.4)?
    bool allows(const QString &mxHost) const;
};

// Fetches https://mta-sts.<domain>/.well-known/mta-sts.txt the way a sending
// MTA does: a certificate valid for that name, no redirects, status 200,
// bounded size and time. Lives on its creator's thread; finished() always
// comes, once.
class MtaStsFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MtaStsFetcher)

public:
    static constexpr qint64 MaxPolicyBytes = 64 * 1024; // RFC 8461 3.3

    explicit MtaStsFetcher(QObject *parent = nullptr);
    ~MtaStsFetcher() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // For tests and private PKIs: trust these instead of the system store.
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    // For tests: connect here instead of the policy host, still checking the
    // certificate against mta-sts.<domain>.
    void setConnectOverride(const QUrl &url) { m_override = url; }

    void fetch(const QString &domain);
    static QUrl policyUrl(const QString &domain);

Q_SIGNALS:
    void finished(const MailOps::Result<MailOps::MtaStsPolicy> &policy);

private:
    void finish(const Result<MtaStsPolicy> &result);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QList<QSslCertificate> m_ca;
    QUrl m_override;
    int m_timeoutMs = 10000;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::MtaStsPolicy)
