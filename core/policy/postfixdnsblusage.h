#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace MailOps {

// Which DNS block- and allowlists a Postfix gateway's policy queries, read
// from `postconf -n` output ("name = value" lines): reject_rbl_client and the
// reject_rhsbl_* and permit_dnswl/rhswl restrictions, warn_if_reject in front
// of them, restriction classes and $parameter references, and the entries of
// postscreen_dnsbl_sites. A plain value, usable on any thread; parsing never
// fails: lines and tokens it does not understand are skipped.
class PostfixDnsblUsage final
{
public:
    struct Use
    {
        QString parameter; // the policy parameter that applies it: "smtpd_recipient_restrictions"
        QString restriction; // "reject_rbl_client", "permit_dnswl_client", "postscreen"
        QString via; // the restriction class or $parameter it came through; empty: directly
        QString filter; // "127.0.0.[2..11]" from "zone=127.0.0.[2..11]"; empty: any answer
        int weight = 0; // postscreen_dnsbl_sites only
        bool warnOnly = false; // behind warn_if_reject: logged, never rejected
        QString zoneText; // the zone as written, for describe()

        // An allowlist, or a postscreen entry with a negative weight: a
        // listing lets a client through rather than keeping it out.
        bool allows() const;
        QString describe() const; // "smtpd_recipient_restrictions: reject_rbl_client zen.example"
    };

    // `postconf -c DIR -n`, or without -c when configDir is empty; an empty
    // list when configDir is not absolute, so nothing can turn it into an option.
    static QStringList postconfCommand(const QString &configDir);
    static PostfixDnsblUsage parse(QStringView postconfOutput);

    int settingsRead() const { return int(m_settings.size()); }
    QString value(const QString &parameter) const { return m_settings.value(parameter); }
    QStringList zones() const; // every zone some policy parameter applies, sorted
    QList<Use> uses(const QString &zone) const;
    // The policy parameters that apply the zone, in the order postconf printed them.
    QStringList parameters(const QString &zone) const;
    bool isUsed(const QString &zone) const { return !uses(zone).isEmpty(); }
    // Queried, and a listing rejects (or defers, or scores in postscreen) mail.
    bool rejectsWith(const QString &zone) const;

    // "bl.example." and "BL.Example" are the same list.
    static QString normalizedZone(QStringView zone);

private:
    void collect(const QString &parameter, const QString &name, const QString &via, int depth);

    QHash<QString, QString> m_settings;
    QStringList m_order; // parameter names as printed
    QStringList m_classes; // smtpd_restriction_classes
    QHash<QString, QList<Use>> m_uses; // by normalized zone
};

} // namespace MailOps
