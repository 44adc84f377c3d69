#include "printable.h"

namespace MailOps {

namespace {

bool unsafe(char16_t c, Printable::Newlines newlines)
{
    if (c == u'\t')
        return false;
    if (c == u'\n')
        return newlines == Printable::Newlines::Escape;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    // Embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

bool Printable::isSafe(QStringView in, Newlines newlines)
{
    for (const QChar c : in) {
        if (unsafe(c.unicode(), newlines))
            return false;
    }
    return true;
}

QString Printable::text(QStringView in, Newlines newlines)
{
    if (isSafe(in, newlines))
        return in.toString();
    QString out;
    out.reserve(in.size() + 16);
    for (const QChar c : in) {
        const char16_t u = c.unicode();
        if (!unsafe(u, newlines))
            out += c;
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace MailOps
