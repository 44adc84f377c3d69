#include "policyrecordcheck.h"

#include "common/translation.h"
#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::PolicyRecordCheck", text);
}

using Parser = PolicyRecordReport (*)(const QString &, const QString &);

// Fetches the TXT records at `name`, keeps those that start with `prefix`
// and hands the single one to the parser.
PolicyRecordReport lookup(
    DnsQuerier &q, const QString &kind, const QString &name, const QString &prefix, Parser parse)
{
    PolicyRecordReport r;
    r.kind = kind;
    r.name = name;
    const Result<DnsAnswer> txt = q.queryBlocking(name, DnsType::TXT);
    if (!txt.ok()) {
        if (txt.error().code == Error::Code::NxDomain || txt.error().code == Error::Code::NoData) {
            r.status = PolicyRecordReport::Status::Missing;
            r.summary = tr("no %1 record at %2").arg(kind, name);
        } else {
            r.status = PolicyRecordReport::Status::Error;
            r.error = txt.error();
            r.summary
                = tr("the %1 record at %2 could not be looked up: %3").arg(kind, name, txt.error().message);
        }
        return r;
    }
    QStringList records;
    for (const QString &t : txt.value().texts()) {
        if (prefix.isEmpty() || t.startsWith(prefix))
            records.append(t);
    }
    if (records.isEmpty()) {
        r.status = PolicyRecordReport::Status::Missing;
        r.summary = tr("%1 has TXT records but no %2 record").arg(name, kind);
        return r;
    }
    if (records.size() > 1) {
        r.status = PolicyRecordReport::Status::Invalid;
        r.raw = records.join(QStringLiteral(" | "));
        r.summary = tr("%1 has %2 %3 records; exactly one is allowed")
                        .arg(name, QString::number(records.size()), kind);
        return r;
    }
    return parse(name, records.first());
}

PolicyRecordReport start(const QString &kind, const QString &name, const QString &txt, Result<TagList> *tags)
{
    PolicyRecordReport r;
    r.kind = kind;
    r.name = name;
    r.raw = txt;
    *tags = TagList::parse(txt);
    if (!tags->ok()) {
        r.status = PolicyRecordReport::Status::Invalid;
        r.error = tags->error();
        r.summary = tr("the %1 record at %2 is invalid: %3").arg(kind, name, tags->error().message);
    } else {
        r.tags = tags->value().tags();
        r.status = PolicyRecordReport::Status::Valid;
    }
    return r;
}

PolicyRecordReport invalid(PolicyRecordReport r, const QString &why)
{
    r.status = PolicyRecordReport::Status::Invalid;
    r.error = Error { Error::Code::ParseError, why };
    r.summary = tr("the %1 record at %2 is invalid: %3").arg(r.kind, r.name, why);
    return r;
}

} // namespace

QString PolicyRecordReport::statusName(Status s)
{
    switch (s) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Invalid:
        return QStringLiteral("invalid");
    case Status::Revoked:
        return QStringLiteral("revoked");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

PolicyRecordReport PolicyRecordCheck::parseDkim(const QString &name, const QString &txt)
{
    Result<TagList> tags;
    PolicyRecordReport r = start(QStringLiteral("DKIM"), name, txt, &tags);
    if (!tags.ok())
        return r;
    const TagList &t = tags.value();
    if (t.has(QStringLiteral("v"))
        && (t.firstName() != QLatin1String("v") || t.value(QStringLiteral("v")) != QLatin1String("DKIM1")))
        return invalid(r, tr("v= must come first and be DKIM1"));
    const QString k = t.value(QStringLiteral("k"), QStringLiteral("rsa"));
    if (k != QLatin1String("rsa") && k != QLatin1String("ed25519"))
        return invalid(r, tr("k=%1 is not a known key type (rsa, ed25519)").arg(k));
    if (!t.has(QStringLiteral("p")))
        return invalid(r, tr("the required p= (public key) tag is missing"));
    QString p = t.value(QStringLiteral("p"));
    p.remove(QRegularExpression(QStringLiteral("\\s")));
    if (p.isEmpty()) {
        r.status = PolicyRecordReport::Status::Revoked;
        r.summary = tr("the DKIM key at %1 is revoked (empty p=): mail signed with this selector fails DKIM")
                        .arg(name);
        return r;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(r, tr("p= is not valid base64"));
    if (k == QLatin1String("rsa")) {
        // The DER SubjectPublicKeyInfo is about 38 bytes plus the modulus.
        const qsizetype bits = (decoded.decoded.size() - 38) * 8;
        const int approx = bits <= 600 ? 512
            : bits <= 1100             ? 1024
            : bits <= 2100             ? 2048
            : bits <= 3100             ? 3072
                                       : 4096;
        if (approx < 1024)
            return invalid(r,
                tr("the RSA key is about %1 bits; receivers ignore keys under 1024 bits (RFC 8301)")
                    .arg(approx));
        if (approx < 2048)
            r.warnings.append(
                tr("the RSA key is about %1 bits; 2048 bits is recommended (RFC 8301)").arg(approx));
        r.summary = tr("DKIM key at %1: RSA, about %2 bits").arg(name, QString::number(approx));
    } else {
        if (decoded.decoded.size() != 32)
            return invalid(r, tr("an ed25519 key is 32 bytes, this one is %1").arg(decoded.decoded.size()));
        r.summary = tr("DKIM key at %1: ed25519").arg(name);
    }
    if (t.value(QStringLiteral("t")).split(QLatin1Char(':')).contains(QStringLiteral("y")))
        r.warnings.append(tr("t=y: the domain is testing DKIM; receivers may treat failures leniently"));
    return r;
}

PolicyRecordReport PolicyRecordCheck::parseMtaSts(const QString &name, const QString &txt)
{
    Result<TagList> tags;
    PolicyRecordReport r = start(QStringLiteral("MTA-STS"), name, txt, &tags);
    if (!tags.ok())
        return r;
    const TagList &t = tags.value();
    if (t.firstName() != QLatin1String("v") || t.value(QStringLiteral("v")) != QLatin1String("STSv1"))
        return invalid(r, tr("the record must begin with v=STSv1"));
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    if (!idRe.match(t.value(QStringLiteral("id"))).hasMatch())
        return invalid(
            r, tr("id= must be 1 to 32 letters or digits (found \"%1\")").arg(t.value(QStringLiteral("id"))));
    r.summary = tr("MTA-STS announced at %1 (id %2); the policy file itself "
                   "(https://mta-sts.<domain>/.well-known/mta-sts.txt) is not fetched by this check")
                    .arg(name, t.value(QStringLiteral("id")));
    return r;
}

PolicyRecordReport PolicyRecordCheck::parseTlsRpt(const QString &name, const QString &txt)
{
    Result<TagList> tags;
    PolicyRecordReport r = start(QStringLiteral("TLS-RPT"), name, txt, &tags);
    if (!tags.ok())
        return r;
    const TagList &t = tags.value();
    if (t.firstName() != QLatin1String("v") || t.value(QStringLiteral("v")) != QLatin1String("TLSRPTv1"))
        return invalid(r, tr("the record must begin with v=TLSRPTv1"));
    const QString rua = t.value(QStringLiteral("rua"));
    if (rua.isEmpty())
        return invalid(r, tr("the required rua= tag is missing"));
    for (const QString &u : rua.split(QLatin1Char(','))) {
        const QString uri = u.trimmed();
        if (!uri.startsWith(QLatin1String("mailto:")) && !uri.startsWith(QLatin1String("https:")))
            return invalid(r, tr("rua entry \"%1\" is neither mailto: nor https:").arg(uri));
    }
    r.summary = tr("TLS reports for %1 go to %2").arg(name, rua);
    return r;
}

PolicyRecordReport PolicyRecordCheck::dkimBlocking(
    DnsQuerier &q, const QString &selector, const QString &domain)
{
    return lookup(q, QStringLiteral("DKIM"),
        normalizedDnsName(selector) + QStringLiteral("._domainkey.") + normalizedDnsName(domain), {},
        &parseDkim);
}

PolicyRecordReport PolicyRecordCheck::mtaStsBlocking(DnsQuerier &q, const QString &domain)
{
    return lookup(q, QStringLiteral("MTA-STS"), QStringLiteral("_mta-sts.") + normalizedDnsName(domain),
        QStringLiteral("v=STSv1"), &parseMtaSts);
}

PolicyRecordReport PolicyRecordCheck::tlsRptBlocking(DnsQuerier &q, const QString &domain)
{
    return lookup(q, QStringLiteral("TLS-RPT"), QStringLiteral("_smtp._tls.") + normalizedDnsName(domain),
        QStringLiteral("v=TLSRPTv1"), &parseTlsRpt);
}

QFuture<PolicyRecordReport> PolicyRecordCheck::dkim(
    std::shared_ptr<DnsQuerier> q, const QString &selector, const QString &domain)
{
    return QtConcurrent::run(
        dnsCheckPool(), [q, selector, domain] { return dkimBlocking(*q, selector, domain); });
}

QFuture<PolicyRecordReport> PolicyRecordCheck::mtaSts(std::shared_ptr<DnsQuerier> q, const QString &domain)
{
    return QtConcurrent::run(dnsCheckPool(), [q, domain] { return mtaStsBlocking(*q, domain); });
}

QFuture<PolicyRecordReport> PolicyRecordCheck::tlsRpt(std::shared_ptr<DnsQuerier> q, const QString &domain)
{
    return QtConcurrent::run(dnsCheckPool(), [q, domain] { return tlsRptBlocking(*q, domain); });
}

} // namespace MailOps
