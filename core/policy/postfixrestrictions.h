#pragma once

#include "postfixmaincf.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailOps {

// What decides whether a Postfix gateway accepts mail, from one main.cf: the
// smtpd_*_restrictions stages as ordered restrictions (arguments attached,
// warn_if_reject folded into the next one, restriction classes spliced in),
// the reply codes with Postfix 3.7's defaults where unset, and the settings
// around them. A plain value, usable on any thread; it never fails.
class PostfixRestrictions final
{
public:
    struct Restriction
    {
        QString name; // "check_client_access", lower case
        QString argument; // "cidr:/etc/postfix/client.cidr"; empty: takes none
        bool warnIfReject = false; // logged, never enforced
        QString via; // the restriction class it came from; empty: directly
        QString text() const; // "check_client_access cidr:/x" as written
        bool enforced() const { return !warnIfReject; }
        bool operator==(const Restriction &other) const = default;
    };

    static PostfixRestrictions fromMainCf(
        const PostfixMainCf &mainCf, const QHash<QString, QString> &defaults = {});

    // smtpd_client_restrictions ... smtpd_etrn_restrictions, in the order
    // Postfix applies them.
    static const QStringList &stageParameters();
    // The stage as Postfix applies it: set, or its default.
    QList<Restriction> stage(const QString &parameter) const { return m_stages.value(parameter); }
    bool isSet(const QString &parameter) const { return m_mainCf.has(parameter); }
    int lineOf(const QString &parameter) const { return m_mainCf.lineOf(parameter); }

    // Groups a list value into restrictions (arguments, warn_if_reject) without
    // splicing classes: what PolicyChangeSummary compares.
    static QList<Restriction> group(const QStringList &tokens);
    static bool takesArgument(const QString &restriction);

    // A reply code (unknown_client_reject_code, maps_rbl_reject_code, ...):
    // the value set, else Postfix's default; 0 for names it does not know.
    int code(const QString &parameter) const;
    static int defaultCode(const QString &parameter);
    static const QHash<QString, int> &defaultCodes();
    // The parameter whose code a restriction replies with, e.g.
    // reject_unknown_client_hostname -> unknown_client_reject_code.
    static QString codeParameterOf(const QString &restriction);

    // Any other setting, expanded: the value set, else Postfix's default.
    QString setting(const QString &parameter) const;
    static QString defaultSetting(const QString &parameter);

    QStringList restrictionClasses() const { return m_classes; }
    QStringList mynetworks() const { return PostfixMainCf::splitList(setting(QStringLiteral("mynetworks"))); }
    QStringList relayDomains() const
    {
        return PostfixMainCf::splitList(setting(QStringLiteral("relay_domains")));
    }
    bool saslAuthEnabled() const;
    QString tlsSecurityLevel() const { return setting(QStringLiteral("smtpd_tls_security_level")); }
    QStringList headerChecks() const
    {
        return PostfixMainCf::splitList(setting(QStringLiteral("header_checks")));
    }
    QStringList bodyChecks() const
    {
        return PostfixMainCf::splitList(setting(QStringLiteral("body_checks")));
    }
    QStringList postscreenDnsblSites() const
    {
        return PostfixMainCf::splitList(setting(QStringLiteral("postscreen_dnsbl_sites")));
    }
    QStringList authorizedXclientHosts() const
    {
        return PostfixMainCf::splitList(setting(QStringLiteral("smtpd_authorized_xclient_hosts")));
    }

private:
    void splice(QList<Restriction> &out, const QStringList &tokens, const QStringList &inside) const;

    PostfixMainCf m_mainCf;
    QHash<QString, QString> m_defaults;
    QStringList m_classes;
    QHash<QString, QList<Restriction>> m_stages;
};

} // namespace MailOps
