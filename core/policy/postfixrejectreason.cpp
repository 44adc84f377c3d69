#include "postfixrejectreason.h"

#include <array>
#include <utility>

namespace MailOps {

namespace {

// smtpd_check.c's texts, most specific first: "cannot find your reverse
// hostname" also contains "cannot find your".
constexpr std::array<std::pair<const char *, const char *>, 17> Texts { {
    { "cannot find your reverse hostname", "reject_unknown_reverse_client_hostname" },
    { "cannot find your hostname", "reject_unknown_client_hostname" },
    { "Relay access denied", "reject_unauth_destination" },
    { "Helo command rejected: need fully-qualified hostname", "reject_non_fqdn_helo_hostname" },
    { "Helo command rejected: Invalid name", "reject_invalid_helo_hostname" },
    { "Helo command rejected: Host not found", "reject_unknown_helo_hostname" },
    { "Sender address rejected: need fully-qualified address", "reject_non_fqdn_sender" },
    { "Sender address rejected: Domain not found", "reject_unknown_sender_domain" },
    { "Recipient address rejected: need fully-qualified address", "reject_non_fqdn_recipient" },
    { "Recipient address rejected: Domain not found", "reject_unknown_recipient_domain" },
    { "User unknown in local recipient table", "reject_unlisted_recipient" },
    { "User unknown in virtual mailbox table", "reject_unlisted_recipient" },
    { "Sender address rejected: not logged in", "reject_sender_login_mismatch" },
    { "Client host rejected: Access denied", "check_client_access" },
    { "Helo command rejected: Access denied", "check_helo_access" },
    { "Sender address rejected: Access denied", "check_sender_access" },
    { "Recipient address rejected: Access denied", "check_recipient_access" },
} };

} // namespace

QString PostfixRejectReason::restrictionOf(QByteArrayView reason)
{
    // "Service unavailable; Client host [192.0.2.1] blocked using zen.example; ..."
    constexpr QByteArrayView Blocked("blocked using ");
    if (const qsizetype at = reason.indexOf(Blocked); at >= 0) {
        QByteArrayView zone = reason.sliced(at + Blocked.size());
        qsizetype end = 0;
        while (end < zone.size() && zone[end] != ';' && zone[end] != ',' && zone[end] != ' ')
            ++end;
        zone = zone.first(end);
        const bool client = reason.first(at).contains("Client host");
        return (client ? QStringLiteral("reject_rbl_client ") : QStringLiteral("reject_rhsbl_sender "))
            + QString::fromLatin1(zone);
    }
    for (const auto &[text, restriction] : Texts) {
        if (reason.contains(QByteArrayView(text)))
            return QString::fromLatin1(restriction);
    }
    return {};
}

} // namespace MailOps
