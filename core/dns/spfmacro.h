#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>
#include <functional>

namespace MailOps {

// What SPF macros (RFC 7208 section 7) expand from.
struct SpfMacroContext
{
    QString sender; // local-part@domain, already defaulted to postmaster@
    QString domain; // the <domain> of the current check_host()
    QHostAddress ip;
    QString helo;
    QString receivingHost = QStringLiteral("unknown"); // %{r}, explanations only
    qint64 timestamp = 0; // %{t}, explanations only
    // %{p}: the validated domain name of <ip>; costs DNS lookups, so it is
    // asked for only when a macro uses it. Unset: "unknown".
    std::function<QString()> validatedName;
};

// Checks and expands SPF macro-strings: letters, digit and 'r' transformers,
// delimiters, URL-escaping for upper-case letters. Pure functions, any thread;
// bad syntax yields a ParseError naming the offending position.
class SpfMacro final
{
public:
    // `explanation` allows the c, r and t letters of exp= texts.
    static Status validate(const QString &macroString, bool explanation = false);
    static Result<QString> expand(
        const QString &macroString, const SpfMacroContext &context, bool explanation = false);
    // RFC 7208 7.3: drop left-hand labels until the name fits in 253 octets.
    static QString truncateDomain(const QString &name);
};

} // namespace MailOps
