#pragma once

#include <QByteArrayView>
#include <QString>

namespace MailOps {

// Which restriction wrote a reject (or reject_warning) line, from the reply
// text Postfix's smtpd gives for each one ("Client host rejected: cannot find
// your hostname" is reject_unknown_client_hostname). What the shadow count
// and the health watch report rules by; empty when the text is not one of
// Postfix's own (a policy service's or an access map's custom text).
class PostfixRejectReason final
{
public:
    // "reject_unknown_client_hostname", "reject_rbl_client zen.example",
    // "check_client_access"; empty when unknown.
    static QString restrictionOf(QByteArrayView reason);
};

} // namespace MailOps
