#include "postfixdnsblusage.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace MailOps {

namespace {

// Far beyond any real main.cf; garbage of any size costs bounded work.
constexpr qsizetype kMaxInput = 4 * 1024 * 1024;
constexpr int kMaxTokens = 20000;
constexpr int kMaxDepth = 8;

const QStringList &listRestrictions()
{
    static const QStringList names {
        QStringLiteral("reject_rbl_client"),
        QStringLiteral("reject_rhsbl_client"),
        QStringLiteral("reject_rhsbl_sender"),
        QStringLiteral("reject_rhsbl_helo"),
        QStringLiteral("reject_rhsbl_reverse_client"),
        QStringLiteral("reject_rhsbl_recipient"),
        QStringLiteral("permit_dnswl_client"),
        QStringLiteral("permit_rhswl_client"),
    };
    return names;
}

bool isPolicyParameter(QStringView name)
{
    // postconf -P prints master.cf overrides as service/type/name; the last
    // part is what Postfix applies.
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const QStringView base = slash < 0 ? name : name.mid(slash + 1);
    if (base == QLatin1String("postscreen_dnsbl_sites"))
        return true;
    return base.startsWith(QLatin1String("smtpd_")) && base.endsWith(QLatin1String("_restrictions"))
        && base != QLatin1String("smtpd_restriction_classes");
}

bool isPostscreenSites(QStringView name)
{
    return name == QLatin1String("postscreen_dnsbl_sites")
        || name.endsWith(QLatin1String("/postscreen_dnsbl_sites"));
}

// Postfix lists are separated by commas and whitespace; "{ ... }" keeps a
// restriction's arguments together (check_policy_service { inet:..., timeout=10s }).
QStringList tokenize(QStringView value)
{
    QStringList out;
    QString current;
    int braces = 0;
    for (const QChar c : value) {
        if (out.size() >= kMaxTokens)
            break;
        if (c == QLatin1Char('{')) {
            ++braces;
            current += c;
            continue;
        }
        if (c == QLatin1Char('}') && braces > 0) {
            --braces;
            current += c;
            continue;
        }
        if (braces == 0 && (c.isSpace() || c == QLatin1Char(','))) {
            if (!current.isEmpty())
                out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty() && out.size() < kMaxTokens)
        out << current;
    return out;
}

// "$name", "${name}", "$(name)": the parameter it expands to, else empty.
QString referencedParameter(const QString &token)
{
    static const QRegularExpression re(
        QStringLiteral("^\\$(?:\\{([A-Za-z0-9_]+)\\}|\\(([A-Za-z0-9_]+)\\)|([A-Za-z0-9_]+))$"));
    const QRegularExpressionMatch m = re.match(token);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (!m.capturedView(i).isEmpty())
            return m.captured(i);
    }
    return {};
}

} // namespace

bool PostfixDnsblUsage::Use::allows() const
{
    return restriction.startsWith(QLatin1String("permit_"))
        || (restriction == QLatin1String("postscreen") && weight < 0);
}

QString PostfixDnsblUsage::Use::describe() const
{
    QString what = restriction == QLatin1String("postscreen")
        ? QStringLiteral("%1*%2")
              .arg(zoneText + (filter.isEmpty() ? QString() : QLatin1Char('=') + filter))
              .arg(weight)
        : (warnOnly ? QStringLiteral("warn_if_reject ") : QString()) + restriction + QLatin1Char(' ')
            + zoneText + (filter.isEmpty() ? QString() : QLatin1Char('=') + filter);
    if (!via.isEmpty())
        what += QStringLiteral(" (through %1)").arg(via);
    return parameter + QStringLiteral(": ") + what;
}

QStringList PostfixDnsblUsage::postconfCommand(const QString &configDir)
{
    QStringList argv { QStringLiteral("postconf") };
    if (!configDir.isEmpty()) {
        if (!QDir::isAbsolutePath(configDir) || configDir.startsWith(QLatin1Char('-')))
            return {};
        argv << QStringLiteral("-c") << configDir;
    }
    argv << QStringLiteral("-n");
    return argv;
}

QString PostfixDnsblUsage::normalizedZone(QStringView zone)
{
    QString z = zone.trimmed().toString().toLower();
    while (z.endsWith(QLatin1Char('.')))
        z.chop(1);
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*$"));
    if (z.isEmpty() || z.size() > 253 || !valid.match(z).hasMatch())
        return {};
    return z;
}

PostfixDnsblUsage PostfixDnsblUsage::parse(QStringView output)
{
    PostfixDnsblUsage u;
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_./:\\[\\]-]+$"));
    QString last;
    for (QStringView line : output.left(kMaxInput).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        // A continuation line, as in main.cf itself; postconf prints none,
        // but a hand-made excerpt may.
        if (line.front().isSpace()) {
            if (!last.isEmpty())
                u.m_settings[last] += QLatin1Char(' ') + line.trimmed().toString();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            last.clear();
            continue;
        }
        const QString name = line.left(eq).trimmed().toString();
        if (!nameRe.match(name).hasMatch()) {
            last.clear();
            continue;
        }
        if (!u.m_settings.contains(name))
            u.m_order << name;
        u.m_settings.insert(name, line.mid(eq + 1).trimmed().toString());
        last = name;
    }
    u.m_classes = tokenize(u.m_settings.value(QStringLiteral("smtpd_restriction_classes")));
    for (const QString &name : std::as_const(u.m_order)) {
        if (isPolicyParameter(name))
            u.collect(name, name, {}, 0);
    }
    return u;
}

void PostfixDnsblUsage::collect(const QString &parameter, const QString &name, const QString &via, int depth)
{
    const QStringList tokens = tokenize(m_settings.value(name));
    if (isPostscreenSites(name)) {
        // zone[=filter][*weight], weight 1 by default.
        for (const QString &t : tokens) {
            if (const QString ref = referencedParameter(t); !ref.isEmpty()) {
                if (depth < kMaxDepth && m_settings.contains(ref))
                    collect(parameter, ref, via.isEmpty() ? ref : via, depth + 1);
                continue;
            }
            QString site = t;
            int weight = 1;
            const qsizetype star = site.lastIndexOf(QLatin1Char('*'));
            if (star >= 0) {
                bool ok = false;
                const int w = site.mid(star + 1).toInt(&ok);
                if (!ok)
                    continue;
                weight = w;
                site.truncate(star);
            }
            const qsizetype eq = site.indexOf(QLatin1Char('='));
            Use use;
            use.parameter = parameter;
            use.restriction = QStringLiteral("postscreen");
            use.via = via;
            use.weight = weight;
            use.zoneText = eq < 0 ? site : site.left(eq);
            use.filter = eq < 0 ? QString() : site.mid(eq + 1);
            const QString zone = normalizedZone(use.zoneText);
            if (!zone.isEmpty())
                m_uses[zone] << use;
        }
        return;
    }
    bool warnOnly = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString t = tokens.at(i).toLower();
        if (t == QLatin1String("warn_if_reject")) {
            warnOnly = true;
            continue;
        }
        if (listRestrictions().contains(t)) {
            if (i + 1 < tokens.size()) {
                const QString arg = tokens.at(++i);
                const qsizetype eq = arg.indexOf(QLatin1Char('='));
                Use use;
                use.parameter = parameter;
                use.restriction = t;
                use.via = via;
                // warn_if_reject only turns rejections into warnings; an
                // allowlist is never a rejection.
                use.warnOnly = warnOnly && !t.startsWith(QLatin1String("permit_"));
                use.zoneText = eq < 0 ? arg : arg.left(eq);
                use.filter = eq < 0 ? QString() : arg.mid(eq + 1);
                const QString zone = normalizedZone(use.zoneText);
                if (!zone.isEmpty())
                    m_uses[zone] << use;
            }
        } else if (depth < kMaxDepth) {
            // A restriction class is named bare; any parameter can be
            // spliced in with $name. Both apply their restrictions here.
            QString ref = referencedParameter(tokens.at(i));
            if (ref.isEmpty() && m_classes.contains(tokens.at(i)))
                ref = tokens.at(i);
            if (!ref.isEmpty() && ref != name && m_settings.contains(ref))
                collect(parameter, ref, via.isEmpty() ? ref : via, depth + 1);
        }
        warnOnly = false;
    }
}

QStringList PostfixDnsblUsage::zones() const
{
    QStringList z = m_uses.keys();
    std::sort(z.begin(), z.end());
    return z;
}

QList<PostfixDnsblUsage::Use> PostfixDnsblUsage::uses(const QString &zone) const
{
    return m_uses.value(normalizedZone(zone));
}

QStringList PostfixDnsblUsage::parameters(const QString &zone) const
{
    QStringList out;
    for (const Use &u : m_uses.value(normalizedZone(zone))) {
        if (!out.contains(u.parameter))
            out << u.parameter;
    }
    return out;
}

bool PostfixDnsblUsage::rejectsWith(const QString &zone) const
{
    const QList<Use> all = uses(zone);
    return std::any_of(all.cbegin(), all.cend(), [](const Use &u) { return !u.warnOnly && !u.allows(); });
}

} // namespace MailOps
