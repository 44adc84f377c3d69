#include "dmarcrecord.h"

#include "common/translation.h"
#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::DmarcRecord", text);
}

Result<DmarcRecord> bad(const QString &why)
{
    return Result<DmarcRecord>::failure(Error::Code::ParseError, tr("DMARC syntax error: %1").arg(why));
}

bool parsePolicy(const QString &v, DmarcRecord::Policy *p)
{
    const QString l = v.toLower();
    if (l == QLatin1String("none"))
        *p = DmarcRecord::Policy::None;
    else if (l == QLatin1String("quarantine"))
        *p = DmarcRecord::Policy::Quarantine;
    else if (l == QLatin1String("reject"))
        *p = DmarcRecord::Policy::Reject;
    else
        return false;
    return true;
}

// dmarc-uri list: comma-separated URIs, each optionally "!size[kmgt]".
bool parseUris(const QString &v, QStringList *out, QString *why)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*:[^!,\\s]+)(![0-9]+[kmgtKMGT]?)?$"));
    for (const QString &part : v.split(QLatin1Char(','))) {
        const QString u = part.trimmed();
        const auto m = re.match(u);
        if (!m.hasMatch()) {
            *why = tr("\"%1\" is not a report URI (expected mailto:address)").arg(u);
            return false;
        }
        out->append(m.captured(1));
    }
    return true;
}

} // namespace

bool DmarcRecord::isDmarcRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral("^v\\s*=\\s*DMARC1\\s*(;|$)"));
    return re.match(txt).hasMatch();
}

QString DmarcRecord::policyName(Policy p)
{
    switch (p) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    }
    return QStringLiteral("none");
}

Result<DmarcRecord> DmarcRecord::parse(const QString &input)
{
    const Result<TagList> tags = TagList::parse(input);
    if (!tags.ok())
        return bad(tags.error().message);
    const TagList &t = tags.value();
    if (t.firstName() != QLatin1String("v") || t.value(QStringLiteral("v")) != QLatin1String("DMARC1"))
        return bad(tr("the record must begin with \"v=DMARC1;\" (found \"%1\")").arg(input.left(40)));
    DmarcRecord r;
    r.text = input;
    QString why;
    for (const auto &[name, value] : t.tags()) {
        if (name == QLatin1String("v"))
            continue;
        if (name == QLatin1String("p")) {
            if (!parsePolicy(value, &r.policy))
                return bad(tr("p=%1 is not none, quarantine or reject").arg(value));
        } else if (name == QLatin1String("sp")) {
            if (!parsePolicy(value, &r.subdomainPolicy))
                return bad(tr("sp=%1 is not none, quarantine or reject").arg(value));
            r.subdomainPolicyGiven = true;
        } else if (name == QLatin1String("pct")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 100)
                return bad(tr("pct=%1 is not a number from 0 to 100").arg(value));
            r.percent = n;
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            const QString l = value.toLower();
            if (l != QLatin1String("r") && l != QLatin1String("s"))
                return bad(tr("%1=%2 is not r (relaxed) or s (strict)").arg(name, value));
            (name == QLatin1String("adkim") ? r.dkimAlignment : r.spfAlignment)
                = l == QLatin1String("s") ? Alignment::Strict : Alignment::Relaxed;
        } else if (name == QLatin1String("rua")) {
            if (!parseUris(value, &r.aggregateReports, &why))
                return bad(tr("rua: %1").arg(why));
        } else if (name == QLatin1String("ruf")) {
            if (!parseUris(value, &r.failureReports, &why))
                return bad(tr("ruf: %1").arg(why));
        } else if (name == QLatin1String("fo")) {
            r.failureOptions.clear();
            for (const QString &o : value.split(QLatin1Char(':'))) {
                const QString f = o.trimmed();
                if (f != QLatin1String("0") && f != QLatin1String("1") && f != QLatin1String("d")
                    && f != QLatin1String("s"))
                    return bad(tr("fo=%1: \"%2\" is not 0, 1, d or s").arg(value, f));
                r.failureOptions.append(f);
            }
        } else if (name == QLatin1String("ri")) {
            bool ok = false;
            const uint n = value.toUInt(&ok);
            if (!ok)
                return bad(tr("ri=%1 is not a number of seconds").arg(value));
            r.reportInterval = int(qMin<uint>(n, 0x7fffffff));
        } else if (name == QLatin1String("rf")) {
            if (value.toLower() != QLatin1String("afrf"))
                r.warnings.append(tr("rf=%1: only afrf is defined").arg(value));
        } else {
            r.warnings.append(tr("unknown tag %1= is ignored").arg(name));
        }
    }
    if (!t.has(QStringLiteral("p"))) {
        // RFC 7489 6.6.3: a record without p= but with rua= is read as p=none.
        if (r.aggregateReports.isEmpty())
            return bad(tr("the required p= tag is missing"));
        r.warnings.append(tr("p= is missing; treated as p=none because rua= is present (RFC 7489 6.6.3)"));
    }
    if (!r.subdomainPolicyGiven)
        r.subdomainPolicy = r.policy;
    if (r.policy != Policy::None && r.percent < 100)
        r.warnings.append(tr("pct=%1: the policy applies to only %1% of failing mail").arg(r.percent));
    if (r.aggregateReports.isEmpty())
        r.warnings.append(tr("no rua=: nobody receives aggregate reports"));
    return r;
}

QString DmarcRecord::describe() const
{
    return tr("policy %1 (subdomains: %2) for %3% of failing mail; DKIM alignment %4, SPF alignment %5; "
              "aggregate reports to %6")
        .arg(policyName(policy), policyName(subdomainPolicy))
        .arg(percent)
        .arg(dkimAlignment == Alignment::Strict ? tr("strict") : tr("relaxed"),
            spfAlignment == Alignment::Strict ? tr("strict") : tr("relaxed"),
            aggregateReports.isEmpty() ? tr("nobody") : aggregateReports.join(QStringLiteral(", ")));
}

} // namespace MailOps
