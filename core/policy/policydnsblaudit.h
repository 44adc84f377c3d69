#pragma once

#include "dns/dnsblreport.h"
#include "policy/policylint.h"
#include "policy/policysnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace MailOps {

class DnsQuerier;
struct GatewayProfile;

// The block- and allowlists a policy uses, each asked for its RFC 5782 test
// points now (the Diagnostics DNSBL code): a list that lists everything
// rejects all mail, one that does not answer protects nothing. Gives lint its
// context and the one-click fix, a policy without the list. check() blocks
// on DNS: a worker thread or a command-line process.
class PolicyDnsblAudit final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyDnsblAudit)

public:
    struct List
    {
        QString zone;
        QStringList parameters; // where the policy applies it
        bool rejects = false; // a listing refuses (or scores) mail
        DnsblListResult::Health health = DnsblListResult::Health::Unknown;
        QString detail; // what the test points answered

        // Flagged: rejects mail and is dead, or answers no test point.
        bool harmful() const;
        QString describe() const; // one sentence
    };

    // The lists main.cf applies, in the order of PostfixDnsblUsage::zones().
    static QStringList zones(const PolicySnapshot &snapshot);
    static QList<List> check(const PolicySnapshot &snapshot, std::shared_ptr<DnsQuerier> querier);
    // The same through the profile's resolver, as the Diagnostics panel asks.
    static QList<List> check(const PolicySnapshot &snapshot, const GatewayProfile &profile);
    // What lint needs of the audit.
    static PolicyLint::LintContext context(const QList<List> &lists);
    // The snapshot's main.cf without the list: every reject_rbl_client (or
    // rhsbl, dnswl) entry of it, the warn_if_reject before it, and its
    // postscreen_dnsbl_sites entry; every other byte as it was.
    static PolicySnapshot without(const PolicySnapshot &snapshot, const QString &zone);

private:
    static QByteArray flattened(const PolicySnapshot &snapshot);
};

} // namespace MailOps
