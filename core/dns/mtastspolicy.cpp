#include "mtastspolicy.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

namespace MailOps {

namespace {
QString tr(const char *s)
{
    return translateIn("MailOps::MtaStsPolicy", s);
}

// RFC 8461 3.2: max_age is at most 31557600 (about a year).
constexpr qint64 kMaxAge = 31557600;
} // namespace

QString MtaStsPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforce:
        return QStringLiteral("enforce");
    case Mode::Testing:
        return QStringLiteral("testing");
    case Mode::None:
        break;
    }
    return QStringLiteral("none");
}

Result<MtaStsPolicy> MtaStsPolicy::parse(QByteArrayView text)
{
    if (text.size() > MtaStsFetcher::MaxPolicyBytes)
        return Result<MtaStsPolicy>::failure(Error::Code::ParseError, tr("the policy is larger than 64 KB"));
    MtaStsPolicy p;
    p.raw = QString::fromUtf8(text);
    bool version = false, mode = false, maxAge = false;
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == '\n') {
                QByteArrayView line = text.sliced(start, i - start);
                if (line.endsWith('\r'))
                    line.chop(1);
                out << line;
                start = i + 1;
            }
        }
        return out;
    }();
    int lineNo = 0;
    for (QByteArrayView line : lines) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            p.problems << tr("line %1 is not \"key: value\"").arg(lineNo);
            continue;
        }
        const QByteArray key = line.first(colon).trimmed().toByteArray();
        const QString value = QString::fromUtf8(line.sliced(colon + 1).trimmed());
        if (key == "version") {
            if (value != QLatin1String("STSv1"))
                return Result<MtaStsPolicy>::failure(
                    Error::Code::ParseError, tr("version is \"%1\", not STSv1").arg(value));
            version = true;
        } else if (key == "mode") {
            if (value == QLatin1String("enforce"))
                p.mode = Mode::Enforce;
            else if (value == QLatin1String("testing"))
                p.mode = Mode::Testing;
            else if (value == QLatin1String("none"))
                p.mode = Mode::None;
            else
                return Result<MtaStsPolicy>::failure(
                    Error::Code::ParseError, tr("unknown mode \"%1\"").arg(value));
            mode = true;
        } else if (key == "mx") {
            if (value.isEmpty() || value.contains(QLatin1Char(' ')))
                p.problems << tr("line %1: an empty or malformed mx pattern").arg(lineNo);
            else
                p.mx << value.toLower();
        } else if (key == "max_age") {
            bool ok = false;
            const qint64 age = value.toLongLong(&ok);
            if (!ok || age < 0 || value.size() > 10)
                return Result<MtaStsPolicy>::failure(
                    Error::Code::ParseError, tr("max_age \"%1\" is not a number of seconds").arg(value));
            if (age > kMaxAge)
                p.problems << tr("max_age %1 is above the maximum of %2 s").arg(age).arg(kMaxAge);
            p.maxAge = qMin(age, kMaxAge);
            maxAge = true;
        } else {
            // Unknown keys are allowed (extensions), but worth a note.
            p.problems << tr("unknown key \"%1\"").arg(QString::fromUtf8(key));
        }
    }
    if (!version)
        return Result<MtaStsPolicy>::failure(Error::Code::ParseError, tr("no \"version: STSv1\" line"));
    if (!mode)
        return Result<MtaStsPolicy>::failure(Error::Code::ParseError, tr("no \"mode\" line"));
    if (!maxAge)
        return Result<MtaStsPolicy>::failure(Error::Code::ParseError, tr("no \"max_age\" line"));
    if (p.mode != Mode::None && p.mx.isEmpty())
        return Result<MtaStsPolicy>::failure(
            Error::Code::ParseError, tr("mode %1 without any mx line").arg(modeName(p.mode)));
    return p;
}

bool MtaStsPolicy::allows(const QString &mxHost) const
{
    const QString host = mxHost.toLower().chopped(mxHost.endsWith(QLatin1Char('.')) ? 1 : 0);
    for (const QString &pattern : mx) {
        if (pattern.startsWith(QLatin1String("*."))) {
            // A wildcard matches exactly one leftmost label.
            const QString suffix = pattern.mid(1);
            if (host.endsWith(suffix) && !host.left(host.size() - suffix.size()).contains(QLatin1Char('.'))
                && host.size() > suffix.size())
                return true;
        } else if (host == pattern) {
            return true;
        }
    }
    return false;
}

MtaStsFetcher::MtaStsFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

MtaStsFetcher::~MtaStsFetcher()
{
    if (m_reply)
        m_reply->abort();
}

QUrl MtaStsFetcher::policyUrl(const QString &domain)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("mta-sts.") + domain.toLower());
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    return url;
}

void MtaStsFetcher::fetch(const QString &domain)
{
    const QUrl url = policyUrl(domain);
    QUrl target = url;
    if (m_override.isValid()) {
        target.setHost(m_override.host());
        target.setPort(m_override.port());
    }
    QNetworkRequest request(target);
    request.setTransferTimeout(m_timeoutMs);
    request.setPeerVerifyName(url.host());
    request.setRawHeader("User-Agent", "MailOps-Console");
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxPolicyBytes) {
            finish(Result<MtaStsPolicy>::failure(
                Error::Code::ProtocolError, tr("the policy is larger than 64 KB")));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, url] {
        if (!m_reply)
            return;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_reply->error() == QNetworkReply::SslHandshakeFailedError) {
            finish(Result<MtaStsPolicy>::failure(Error::Code::TlsError,
                tr("%1: the certificate is not valid for %2 (%3); senders ignore this policy")
                    .arg(url.toString(), url.host(), m_reply->errorString())));
            return;
        }
        if (m_reply->error() != QNetworkReply::NoError && status == 0) {
            finish(Result<MtaStsPolicy>::failure(m_reply->error() == QNetworkReply::OperationCanceledError
                    ? Error::Code::Timeout
                    : Error::Code::HostUnreachable,
                tr("%1: %2").arg(url.toString(), m_reply->errorString())));
            return;
        }
        if (status != 200) {
            finish(Result<MtaStsPolicy>::failure(Error::Code::ProtocolError,
                tr("%1 answered HTTP %2; a policy must be served with 200 and without redirects")
                    .arg(url.toString())
                    .arg(status)));
            return;
        }
        Result<MtaStsPolicy> policy = MtaStsPolicy::parse(m_reply->read(MaxPolicyBytes + 1));
        if (policy.ok()) {
            const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
            if (!type.startsWith(QLatin1String("text/plain")))
                policy.value().problems << tr("served as \"%1\", not text/plain").arg(type);
        }
        finish(policy);
    });
}

void MtaStsFetcher::finish(const Result<MtaStsPolicy> &result)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT finished(result);
}

} // namespace MailOps
