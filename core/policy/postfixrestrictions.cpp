#include "postfixrestrictions.h"

namespace MailOps {

namespace {

constexpr int kMaxClassDepth = 8;
// Far beyond a real policy; a 10 MB list costs bounded work.
constexpr qsizetype kMaxRestrictions = 20000;

// `postconf -d` of Debian's Postfix 3.7 with compatibility_level 3.6, the
// level Debian 12 writes into main.cf. Relational defaults such as
// smtpd_relay_restrictions' ${{$compatibility_level} <level {1} ? ...} are
// written out for that level.
const QHash<QString, QString> &defaultSettings()
{
    static const QHash<QString, QString> settings {
        { QStringLiteral("config_directory"), QStringLiteral("/etc/postfix") },
        { QStringLiteral("smtpd_relay_restrictions"),
            QStringLiteral("permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination") },
        { QStringLiteral("mynetworks_style"), QStringLiteral("host") },
        { QStringLiteral("relay_domains"), QString() },
        { QStringLiteral("smtpd_sasl_auth_enable"), QStringLiteral("no") },
        { QStringLiteral("smtpd_tls_security_level"), QString() },
        { QStringLiteral("soft_bounce"), QStringLiteral("no") },
        { QStringLiteral("smtpd_helo_required"), QStringLiteral("no") },
        { QStringLiteral("smtpd_delay_reject"), QStringLiteral("yes") },
        { QStringLiteral("smtpd_reject_unlisted_recipient"), QStringLiteral("yes") },
        { QStringLiteral("reject_tempfail_action"), QStringLiteral("defer_if_permit") },
        { QStringLiteral("default_rbl_reply"),
            QStringLiteral("$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using "
                           "$rbl_domain${rbl_reason?; $rbl_reason}") },
    };
    return settings;
}

} // namespace

const QHash<QString, int> &PostfixRestrictions::defaultCodes()
{
    // postconf -d, Postfix 3.7.
    static const QHash<QString, int> codes {
        { QStringLiteral("unknown_client_reject_code"), 450 },
        { QStringLiteral("unknown_hostname_reject_code"), 450 },
        { QStringLiteral("unknown_address_reject_code"), 450 },
        { QStringLiteral("unverified_sender_reject_code"), 450 },
        { QStringLiteral("unverified_recipient_reject_code"), 450 },
        { QStringLiteral("unverified_sender_defer_code"), 450 },
        { QStringLiteral("unverified_recipient_defer_code"), 450 },
        { QStringLiteral("maps_rbl_reject_code"), 554 },
        { QStringLiteral("reject_code"), 554 },
        { QStringLiteral("defer_code"), 450 },
        { QStringLiteral("relay_domains_reject_code"), 554 },
        { QStringLiteral("access_map_reject_code"), 554 },
        { QStringLiteral("access_map_defer_code"), 450 },
        { QStringLiteral("unknown_local_recipient_reject_code"), 550 },
        { QStringLiteral("unknown_relay_recipient_reject_code"), 550 },
        { QStringLiteral("unknown_virtual_alias_reject_code"), 550 },
        { QStringLiteral("unknown_virtual_mailbox_reject_code"), 550 },
        { QStringLiteral("invalid_hostname_reject_code"), 501 },
        { QStringLiteral("non_fqdn_reject_code"), 504 },
        { QStringLiteral("plaintext_reject_code"), 450 },
        { QStringLiteral("multi_recipient_bounce_reject_code"), 550 },
    };
    return codes;
}

QString PostfixRestrictions::Restriction::text() const
{
    QString t = warnIfReject ? QStringLiteral("warn_if_reject ") + name : name;
    if (!argument.isEmpty())
        t += QLatin1Char(' ') + argument;
    return t;
}

const QStringList &PostfixRestrictions::stageParameters()
{
    static const QStringList names {
        QStringLiteral("smtpd_client_restrictions"),
        QStringLiteral("smtpd_helo_restrictions"),
        QStringLiteral("smtpd_sender_restrictions"),
        QStringLiteral("smtpd_relay_restrictions"),
        QStringLiteral("smtpd_recipient_restrictions"),
        QStringLiteral("smtpd_data_restrictions"),
        QStringLiteral("smtpd_end_of_data_restrictions"),
        QStringLiteral("smtpd_etrn_restrictions"),
    };
    return names;
}

bool PostfixRestrictions::takesArgument(const QString &restriction)
{
    if (restriction.startsWith(QLatin1String("check_")) && restriction.endsWith(QLatin1String("_access")))
        return true;
    if (restriction.startsWith(QLatin1String("reject_rhsbl_")))
        return true;
    static const QStringList withArgument {
        QStringLiteral("check_policy_service"),
        QStringLiteral("reject_rbl_client"),
        QStringLiteral("permit_dnswl_client"),
        QStringLiteral("permit_rhswl_client"),
    };
    return withArgument.contains(restriction);
}

QList<PostfixRestrictions::Restriction> PostfixRestrictions::group(const QStringList &tokens)
{
    QList<Restriction> out;
    bool warn = false;
    for (qsizetype i = 0; i < tokens.size() && out.size() < kMaxRestrictions; ++i) {
        const QString name = tokens.at(i).toLower();
        if (name == QLatin1String("warn_if_reject")) {
            warn = true;
            continue;
        }
        Restriction r;
        r.name = name;
        r.warnIfReject = warn;
        warn = false;
        if (takesArgument(name) && i + 1 < tokens.size())
            r.argument = tokens.at(++i);
        out << r;
    }
    return out;
}

PostfixRestrictions PostfixRestrictions::fromMainCf(
    const PostfixMainCf &mainCf, const QHash<QString, QString> &defaults)
{
    PostfixRestrictions r;
    r.m_mainCf = mainCf;
    r.m_defaults = defaultSettings();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        r.m_defaults.insert(it.key(), it.value());
    r.m_classes = PostfixMainCf::splitList(r.setting(QStringLiteral("smtpd_restriction_classes")));
    for (const QString &stage : stageParameters()) {
        QList<Restriction> list;
        r.splice(list, PostfixMainCf::splitList(r.setting(stage)), {});
        r.m_stages.insert(stage, list);
    }
    return r;
}

// inside: the classes being spliced, outermost first; a class that names
// itself (directly or not) stays a plain word there.
void PostfixRestrictions::splice(
    QList<Restriction> &out, const QStringList &tokens, const QStringList &inside) const
{
    for (Restriction r : group(tokens)) {
        if (out.size() >= kMaxRestrictions)
            return;
        // A bare class name applies the class's restrictions in its place.
        if (r.argument.isEmpty() && !r.warnIfReject && inside.size() < kMaxClassDepth
            && m_classes.contains(r.name) && !inside.contains(r.name)) {
            splice(out, PostfixMainCf::splitList(setting(r.name)), inside + QStringList { r.name });
            continue;
        }
        r.via = inside.value(0);
        out << r;
    }
}

int PostfixRestrictions::defaultCode(const QString &parameter)
{
    return defaultCodes().value(parameter, 0);
}

int PostfixRestrictions::code(const QString &parameter) const
{
    if (m_mainCf.has(parameter)) {
        bool ok = false;
        const int c = setting(parameter).toInt(&ok);
        if (ok)
            return c;
    }
    return defaultCode(parameter);
}

QString PostfixRestrictions::codeParameterOf(const QString &restriction)
{
    static const QHash<QString, QString> map {
        { QStringLiteral("reject_unknown_client_hostname"), QStringLiteral("unknown_client_reject_code") },
        { QStringLiteral("reject_unknown_reverse_client_hostname"),
            QStringLiteral("unknown_client_reject_code") },
        { QStringLiteral("reject_unknown_helo_hostname"), QStringLiteral("unknown_hostname_reject_code") },
        { QStringLiteral("reject_unknown_sender_domain"), QStringLiteral("unknown_address_reject_code") },
        { QStringLiteral("reject_unknown_recipient_domain"), QStringLiteral("unknown_address_reject_code") },
        { QStringLiteral("reject_rbl_client"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject_rhsbl_client"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject_rhsbl_sender"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject_rhsbl_helo"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject_rhsbl_reverse_client"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject_rhsbl_recipient"), QStringLiteral("maps_rbl_reject_code") },
        { QStringLiteral("reject"), QStringLiteral("reject_code") },
        { QStringLiteral("reject_unauth_destination"), QStringLiteral("relay_domains_reject_code") },
        { QStringLiteral("reject_invalid_helo_hostname"), QStringLiteral("invalid_hostname_reject_code") },
        { QStringLiteral("reject_non_fqdn_helo_hostname"), QStringLiteral("non_fqdn_reject_code") },
        { QStringLiteral("reject_non_fqdn_sender"), QStringLiteral("non_fqdn_reject_code") },
        { QStringLiteral("reject_non_fqdn_recipient"), QStringLiteral("non_fqdn_reject_code") },
        { QStringLiteral("reject_unlisted_recipient"),
            QStringLiteral("unknown_local_recipient_reject_code") },
    };
    return map.value(restriction);
}

QString PostfixRestrictions::defaultSetting(const QString &parameter)
{
    if (const int c = defaultCode(parameter))
        return QString::number(c);
    return defaultSettings().value(parameter);
}

QString PostfixRestrictions::setting(const QString &parameter) const
{
    if (m_mainCf.has(parameter))
        return m_mainCf.expanded(parameter, m_defaults);
    if (const int c = defaultCode(parameter))
        return QString::number(c);
    return m_mainCf.expand(m_defaults.value(parameter), m_defaults);
}

bool PostfixRestrictions::saslAuthEnabled() const
{
    return setting(QStringLiteral("smtpd_sasl_auth_enable")).trimmed().toLower() == QLatin1String("yes");
}

} // namespace MailOps
