#include "spfmacro.h"

#include "common/translation.h"
#include "dnsquerier.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SpfMacro", text);
}

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

bool isMacroLetter(QChar c, bool explanation)
{
    const QChar l = c.toLower();
    if (QStringLiteral("slodiphv").contains(l))
        return true;
    return explanation && QStringLiteral("crt").contains(l);
}

struct MacroSpec
{
    QChar letter;
    int digits = 0; // 0: keep all parts
    bool reverse = false;
    QString delimiters;
};

// Parses "%{...}" starting at the '{'; returns the index after '}' or -1.
qsizetype parseMacro(const QString &s, qsizetype open, bool explanation, MacroSpec *spec, QString *why)
{
    qsizetype i = open + 1;
    if (i >= s.size() || !isMacroLetter(s.at(i), explanation)) {
        *why = i < s.size() ? tr("'%1' is not a macro letter").arg(s.at(i)) : tr("the macro is not closed");
        return -1;
    }
    spec->letter = s.at(i++);
    qsizetype digitsStart = i;
    while (i < s.size() && s.at(i).isDigit())
        ++i;
    if (i > digitsStart) {
        bool ok = false;
        const qsizetype n = QStringView(s).mid(digitsStart, i - digitsStart).toLongLong(&ok);
        if (!ok || n == 0) {
            *why = tr("a macro transformer of 0 parts is not allowed");
            return -1;
        }
        // RFC 7208 7.3 asks for at least 128 parts; more than that keeps all.
        spec->digits = int(qMin<qsizetype>(n, 128));
    }
    if (i < s.size() && (s.at(i) == QLatin1Char('r') || s.at(i) == QLatin1Char('R'))) {
        spec->reverse = true;
        ++i;
    }
    while (i < s.size() && isDelimiter(s.at(i)))
        spec->delimiters.append(s.at(i++));
    if (i >= s.size() || s.at(i) != QLatin1Char('}')) {
        *why = i < s.size() ? tr("unexpected '%1' in a macro").arg(s.at(i)) : tr("the macro is not closed");
        return -1;
    }
    return i + 1;
}

QString letterValue(QChar letter, const SpfMacroContext &c)
{
    const QString domainOfSender = c.sender.section(QLatin1Char('@'), -1);
    switch (letter.toLower().unicode()) {
    case 's':
        return c.sender;
    case 'l':
        return c.sender.contains(QLatin1Char('@')) ? c.sender.left(c.sender.lastIndexOf(QLatin1Char('@')))
                                                   : QStringLiteral("postmaster");
    case 'o':
        return domainOfSender;
    case 'd':
        return c.domain;
    case 'i': {
        bool v4 = false;
        c.ip.toIPv4Address(&v4);
        if (v4)
            return QHostAddress(c.ip.toIPv4Address()).toString();
        // RFC 7208 7.3: IPv6 as dot-separated nibbles, most significant first.
        QStringList nibbles = reversedAddressLabels(c.ip).split(QLatin1Char('.'));
        std::reverse(nibbles.begin(), nibbles.end());
        return nibbles.join(QLatin1Char('.'));
    }
    case 'p':
        return c.validatedName ? c.validatedName() : QStringLiteral("unknown");
    case 'v': {
        bool v4 = false;
        c.ip.toIPv4Address(&v4);
        return v4 ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    }
    case 'h':
        return c.helo;
    case 'c': {
        bool v4 = false;
        const quint32 a = c.ip.toIPv4Address(&v4);
        return v4 ? QHostAddress(a).toString() : c.ip.toString();
    }
    case 'r':
        return c.receivingHost;
    case 't':
        return QString::number(c.timestamp);
    }
    return {};
}

QString transform(const QString &value, const MacroSpec &spec)
{
    const QString delims = spec.delimiters.isEmpty() ? QStringLiteral(".") : spec.delimiters;
    QStringList parts;
    QString current;
    for (const QChar ch : value) {
        if (delims.contains(ch)) {
            parts.append(current);
            current.clear();
        } else {
            current.append(ch);
        }
    }
    parts.append(current);
    if (spec.reverse)
        std::reverse(parts.begin(), parts.end());
    if (spec.digits > 0 && spec.digits < parts.size())
        parts = parts.mid(parts.size() - spec.digits);
    return parts.join(QLatin1Char('.'));
}

} // namespace

Status SpfMacro::validate(const QString &s, bool explanation)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const ushort u = c.unicode();
        if (c != QLatin1Char('%')) {
            // macro-literal: VCHAR; explanations may also carry spaces.
            if (u < 0x21 || u > 0x7e) {
                if (!(explanation && u == ' '))
                    return Status::failure(Error::Code::ParseError,
                        tr("character %1 at position %2 is not allowed").arg(u).arg(i + 1));
            }
            continue;
        }
        if (i + 1 >= s.size())
            return Status::failure(
                Error::Code::ParseError, tr("a lone '%' ends the text (write %% for a percent sign)"));
        const QChar n = s.at(i + 1);
        if (n == QLatin1Char('%') || n == QLatin1Char('_') || n == QLatin1Char('-')) {
            ++i;
            continue;
        }
        if (n != QLatin1Char('{'))
            return Status::failure(Error::Code::ParseError,
                tr("'%%1' at position %2 is not a macro (use %{...}, %%, %_ or %-)")
                    .arg(QString(n), QString::number(i + 1)));
        MacroSpec spec;
        QString why;
        const qsizetype end = parseMacro(s, i + 1, explanation, &spec, &why);
        if (end < 0)
            return Status::failure(
                Error::Code::ParseError, tr("bad macro at position %1: %2").arg(i + 1).arg(why));
        i = end - 1;
    }
    return Ok {};
}

Result<QString> SpfMacro::expand(const QString &s, const SpfMacroContext &context, bool explanation)
{
    const Status valid = validate(s, explanation);
    if (!valid.ok())
        return valid.error();
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c != QLatin1Char('%')) {
            out.append(c);
            continue;
        }
        const QChar n = s.at(i + 1);
        if (n == QLatin1Char('%')) {
            out.append(QLatin1Char('%'));
            ++i;
            continue;
        }
        if (n == QLatin1Char('_')) {
            out.append(QLatin1Char(' '));
            ++i;
            continue;
        }
        if (n == QLatin1Char('-')) {
            out.append(QStringLiteral("%20"));
            ++i;
            continue;
        }
        MacroSpec spec;
        QString why;
        const qsizetype end = parseMacro(s, i + 1, explanation, &spec, &why);
        QString value = transform(letterValue(spec.letter, context), spec);
        if (spec.letter.isUpper())
            value = QString::fromLatin1(QUrl::toPercentEncoding(value));
        out.append(value);
        i = end - 1;
    }
    return out;
}

QString SpfMacro::truncateDomain(const QString &name)
{
    QString n = name;
    while (n.size() > 253) {
        const qsizetype dot = n.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return n.right(253);
        n = n.mid(dot + 1);
    }
    return n;
}

} // namespace MailOps
