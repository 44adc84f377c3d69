#include "dmarccheck.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <libpsl.h>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::DmarcCheck", text);
}

enum class Found
{
    Record,
    None,
    Failed
};

Found fetch(DnsQuerier &q, const QString &name, DmarcReport &r)
{
    r.queriedName = name;
    const Result<DnsAnswer> txt = q.queryBlocking(name, DnsType::TXT);
    if (!txt.ok()) {
        if (txt.error().code == Error::Code::NxDomain || txt.error().code == Error::Code::NoData)
            return Found::None;
        r.error = txt.error();
        r.summary = tr("the DMARC record at %1 could not be looked up: %2").arg(name, txt.error().message);
        return Found::Failed;
    }
    QStringList records;
    for (const QString &t : txt.value().texts()) {
        if (DmarcRecord::isDmarcRecord(t))
            records.append(t);
        else if (t.trimmed().startsWith(QLatin1String("v=DMARC"), Qt::CaseInsensitive))
            // 6.6.3: what does not start with a version tag receivers know is discarded.
            r.warnings.append(
                tr("the TXT record \"%1\" at %2 is not a DMARC record (\"v=DMARC1\" must be followed "
                   "by \";\"): receivers discard it")
                    .arg(t.left(80), name));
    }
    if (records.isEmpty())
        return Found::None;
    if (records.size() > 1) {
        r.error = Error { Error::Code::ParseError,
            tr("%1 has %2 DMARC records; receivers then apply no DMARC at all (RFC 7489 6.6.3)")
                .arg(name, QString::number(records.size())) };
        r.summary = r.error->message;
        return Found::Failed;
    }
    r.raw = records.first();
    const Result<DmarcRecord> parsed = DmarcRecord::parse(r.raw);
    if (!parsed.ok()) {
        r.error = parsed.error();
        r.summary = tr("the DMARC record at %1 is invalid, so receivers ignore it: %2")
                        .arg(name, parsed.error().message);
        return Found::Failed;
    }
    r.record = parsed.value();
    r.warnings += r.record->warnings;
    return Found::Record;
}

} // namespace

QString DmarcCheck::organizationalDomain(const QString &domain)
{
    // The newest list there is: the system's (the publicsuffix package,
    // updated with the system) or the one libpsl was built with.
    static const psl_ctx_t *psl = psl_latest(nullptr);
    const QString name = normalizedDnsName(domain);
    if (name.isEmpty())
        return name;
    const QByteArray ace = QUrl::toAce(name);
    const QByteArray lookup = ace.isEmpty() ? name.toUtf8() : ace;
    if (psl) {
        if (const char *registrable = psl_registrable_domain(psl, lookup.constData()))
            return QUrl::fromAce(QByteArray(registrable));
        // A public suffix itself (co.uk) has no organizational domain above it.
        return name;
    }
    // Without any list: the last two labels, the old guess.
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.size() <= 2 ? labels.join(QLatin1Char('.'))
                              : labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

QFuture<DmarcReport> DmarcCheck::run(std::shared_ptr<DnsQuerier> querier, const QString &domain)
{
    return QtConcurrent::run(dnsCheckPool(), [querier, domain] { return runBlocking(*querier, domain); });
}

DmarcReport DmarcCheck::runBlocking(DnsQuerier &q, const QString &domainIn)
{
    DmarcReport r;
    r.domain = normalizedDnsName(domainIn);
    r.organizationalDomain = organizationalDomain(r.domain);
    Found f = fetch(q, QStringLiteral("_dmarc.") + r.domain, r);
    if (f == Found::None && r.organizationalDomain != r.domain) {
        r.fromOrganizationalDomain = true;
        f = fetch(q, QStringLiteral("_dmarc.") + r.organizationalDomain, r);
    }
    if (f == Found::None) {
        r.missing = true;
        r.summary
            = tr("%1 publishes no DMARC record (looked at _dmarc.%1%2)")
                  .arg(r.domain,
                      r.organizationalDomain != r.domain ? tr(" and _dmarc.%1").arg(r.organizationalDomain)
                                                         : QString());
        return r;
    }
    if (f == Found::Failed)
        return r;
    r.effectivePolicy = r.fromOrganizationalDomain ? r.record->subdomainPolicy : r.record->policy;
    r.summary = tr("DMARC for %1 (record at %2): %3").arg(r.domain, r.queriedName, r.record->describe());
    if (r.fromOrganizationalDomain)
        r.summary += tr("; %1 inherits the subdomain policy %2")
                         .arg(r.domain, DmarcRecord::policyName(r.effectivePolicy));
    return r;
}

} // namespace MailOps
