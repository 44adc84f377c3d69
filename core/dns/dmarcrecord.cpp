#include "dmarcrecord.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

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
// Receivers send reports to mailto: URIs only: others are kept out, and
// every URI that is not one is a warning.
void parseUris(const QString &tag, const QString &v, QStringList *out, QStringList *warnings)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):([^!,\\s]+)(![0-9]+[kmgtKMGT]?)?$"));
    for (const QString &part : v.split(QLatin1Char(','))) {
        const QString u = part.trimmed();
        const auto m = re.match(u);
        if (!m.hasMatch()) {
            warnings->append(tr("%1=: \"%2\" is not a report URI; write mailto:address").arg(tag, u));
            continue;
        }
        if (m.captured(1).compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0) {
            warnings->append(tr("%1=: %2 is not a mailto: URI; receivers send reports to mailto: only")
                                 .arg(tag, m.captured(1) + QLatin1Char(':')));
            continue;
        }
        out->append(m.captured(1).toLower() + QLatin1Char(':') + m.captured(2));
    }
}

const QStringList &knownTags()
{
    static const QStringList tags { QStringLiteral("v"), QStringLiteral("p"), QStringLiteral("sp"),
        QStringLiteral("np"), QStringLiteral("pct"), QStringLiteral("adkim"), QStringLiteral("aspf"),
        QStringLiteral("rua"), QStringLiteral("ruf"), QStringLiteral("fo"), QStringLiteral("ri"),
        QStringLiteral("rf"), QStringLiteral("psd"), QStringLiteral("t") };
    return tags;
}

// "fo:0" or "pct100": a known tag with its "=" missing or mistyped. The
// longest tag that fits is taken, so "pct100" is pct, not p.
QString guessFix(const QString &part)
{
    QStringList tags = knownTags();
    std::sort(
        tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &tag : std::as_const(tags)) {
        if (!part.startsWith(tag, Qt::CaseInsensitive) || part.size() <= tag.size())
            continue;
        QString value = part.mid(tag.size()).trimmed();
        if (value.startsWith(QLatin1Char(':')))
            value = value.mid(1).trimmed();
        if (!value.isEmpty())
            return tr(" (write %1=%2)").arg(tag, value);
    }
    return {};
}

// Printable ASCII only: a smart quote or an HTML entity pasted into a value
// makes it unusable, and the warning says which character it was.
QString strayCharacter(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    }
    // The ";" of "&amp;" already ended the tag: look for the entity's start.
    static const QRegularExpression entity(
        QStringLiteral("&(amp|quot|lt|gt|apos|nbsp|#[0-9]+|#x[0-9a-fA-F]+)$"));
    if (entity.match(value).hasMatch())
        return tr("an HTML entity");
    return {};
}

} // namespace

bool DmarcRecord::isDmarcRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[vV]\\s*=\\s*DMARC1\\s*(;|$)"));
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
    if (!isDmarcRecord(input))
        return bad(tr("the record must begin with \"v=DMARC1;\" (found \"%1\")").arg(input.left(40)));
    DmarcRecord r;
    r.text = input;
    QStringList order;
    bool badPolicy = false;
    QString badPolicyWhy;
    bool first = true;
    for (const QString &rawPart : input.split(QLatin1Char(';'))) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (first) {
            first = false; // v=DMARC1, checked above
            order << QStringLiteral("v");
            continue;
        }
        if (eq <= 0) {
            r.warnings.append(
                tr("\"%1\" is not tag=value, so receivers skip it%2").arg(part, guessFix(part)));
            continue;
        }
        const QString name = part.left(eq).trimmed().toLower();
        const QString value = part.mid(eq + 1).trimmed();
        if (order.contains(name)) {
            r.warnings.append(tr("%1= appears twice; only the first counts").arg(name));
            continue;
        }
        order << name;
        const QString stray = strayCharacter(value);
        const auto slip = [&](const QString &what) {
            r.warnings.append(stray.isEmpty() ? what : tr("%1 (it holds %2)").arg(what, stray));
        };
        if (name == QLatin1String("p")) {
            if (parsePolicy(value, &r.policy)) {
                r.policyGiven = true;
            } else {
                badPolicy = true;
                badPolicyWhy = tr("p=%1 is not none, quarantine or reject").arg(value);
                if (!stray.isEmpty())
                    badPolicyWhy = tr("%1 (it holds %2)").arg(badPolicyWhy, stray);
            }
        } else if (name == QLatin1String("sp") || name == QLatin1String("np")) {
            const bool sp = name == QLatin1String("sp");
            Policy policy = Policy::None;
            if (parsePolicy(value, &policy)) {
                (sp ? r.subdomainPolicy : r.nonExistentPolicy) = policy;
                (sp ? r.subdomainPolicyGiven : r.nonExistentPolicyGiven) = true;
            } else if (sp) {
                // 6.6.3 treats an invalid sp like an invalid p.
                badPolicy = true;
                badPolicyWhy = tr("sp=%1 is not none, quarantine or reject").arg(value);
            } else {
                slip(tr("np=%1 is not none, quarantine or reject; receivers use sp= instead").arg(value));
            }
        } else if (name == QLatin1String("pct")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 100)
                slip(tr("pct=%1 is not a number from 0 to 100; receivers use 100").arg(value));
            else
                r.percent = n;
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            const QString l = value.toLower();
            if (l != QLatin1String("r") && l != QLatin1String("s"))
                slip(tr("%1=%2 is not r (relaxed) or s (strict); receivers use r").arg(name, value));
            else
                (name == QLatin1String("adkim") ? r.dkimAlignment : r.spfAlignment)
                    = l == QLatin1String("s") ? Alignment::Strict : Alignment::Relaxed;
        } else if (name == QLatin1String("rua")) {
            parseUris(name, value, &r.aggregateReports, &r.warnings);
        } else if (name == QLatin1String("ruf")) {
            parseUris(name, value, &r.failureReports, &r.warnings);
        } else if (name == QLatin1String("fo")) {
            QStringList options;
            bool ok = true;
            for (const QString &o : value.split(QLatin1Char(':'))) {
                const QString f = o.trimmed().toLower();
                ok &= f == QLatin1String("0") || f == QLatin1String("1") || f == QLatin1String("d")
                    || f == QLatin1String("s");
                options.append(f);
            }
            if (ok)
                r.failureOptions = options;
            else
                slip(tr("fo=%1: options are 0, 1, d and s, separated by \":\"; receivers use 0").arg(value));
        } else if (name == QLatin1String("ri")) {
            bool ok = false;
            const uint n = value.toUInt(&ok);
            if (!ok)
                slip(tr("ri=%1 is not a number of seconds; receivers use 86400").arg(value));
            else
                r.reportInterval = int(qMin<uint>(n, 0x7fffffff));
        } else if (name == QLatin1String("rf")) {
            if (value.toLower() != QLatin1String("afrf"))
                slip(tr("rf=%1: only afrf is defined").arg(value));
        } else if (name == QLatin1String("t")) {
            const QString l = value.toLower();
            if (l == QLatin1String("y") || l == QLatin1String("n"))
                r.testing = l == QLatin1String("y");
            else
                slip(tr("t=%1 is not y or n").arg(value));
        } else if (name == QLatin1String("psd")) {
            const QString l = value.toLower();
            if (l == QLatin1String("y") || l == QLatin1String("n") || l == QLatin1String("u"))
                r.publicSuffixDomain = l;
            else
                slip(tr("psd=%1 is not y, n or u").arg(value));
        } else {
            r.warnings.append(tr("unknown tag %1= is ignored").arg(name));
        }
    }
    if (badPolicy || !r.policyGiven) {
        // RFC 7489 6.6.3: without a usable p= (or sp=), a record with a
        // usable rua= is read as p=none; without one, DMARC is not applied.
        const QString why = badPolicy ? badPolicyWhy : tr("the required p= tag is missing");
        if (r.aggregateReports.isEmpty())
            return bad(
                tr("%1, and there is no usable rua=, so receivers apply no DMARC (RFC 7489 6.6.3)").arg(why));
        r.policy = Policy::None;
        r.policyGiven = false;
        r.subdomainPolicyGiven = false;
        r.warnings.append(
            tr("%1; receivers read the record as p=none because rua= is usable (RFC 7489 6.6.3)").arg(why));
    }
    if (order.size() > 1 && order.at(1) != QLatin1String("p") && order.contains(QLatin1String("p")))
        r.warnings.append(
            tr("p= must come right after v=DMARC1 (RFC 7489 6.3); strict receivers reject the record"));
    if (!r.subdomainPolicyGiven)
        r.subdomainPolicy = r.policy;
    if (!r.nonExistentPolicyGiven)
        r.nonExistentPolicy = r.subdomainPolicy;
    if (r.policy != Policy::None && r.percent < 100)
        r.warnings.append(tr("pct=%1: the policy applies to only %1% of failing mail").arg(r.percent));
    if (r.aggregateReports.isEmpty())
        r.warnings.append(tr("no usable rua=: nobody receives aggregate reports"));
    for (const char *gone : { "pct", "rf", "ri" }) {
        if (order.contains(QLatin1String(gone)))
            r.advice.append(tr("%1= is removed by DMARCbis (RFC 9989)%2")
                                .arg(QLatin1String(gone),
                                    qstrcmp(gone, "pct") == 0 ? tr("; t=y takes the place of a partial pct")
                                                              : QString()));
    }
    return r;
}

QString DmarcRecord::describe() const
{
    QString out
        = tr("policy %1 (subdomains: %2) for %3% of failing mail; DKIM alignment %4, SPF alignment %5; "
             "aggregate reports to %6")
              .arg(policyName(policy), policyName(subdomainPolicy))
              .arg(percent)
              .arg(dkimAlignment == Alignment::Strict ? tr("strict") : tr("relaxed"),
                  spfAlignment == Alignment::Strict ? tr("strict") : tr("relaxed"),
                  aggregateReports.isEmpty() ? tr("nobody") : aggregateReports.join(QStringLiteral(", ")));
    if (nonExistentPolicyGiven)
        out += tr("; non-existent subdomains: %1").arg(policyName(nonExistentPolicy));
    if (testing)
        out += tr("; in test mode (t=y): receivers apply one step less");
    return out;
}

} // namespace MailOps
