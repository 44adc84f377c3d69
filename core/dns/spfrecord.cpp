#include "spfrecord.h"

#include "common/translation.h"
#include "spfmacro.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SpfRecord", text);
}

Result<SpfRecord> syntaxError(const QString &term, const QString &why)
{
    return Result<SpfRecord>::failure(
        Error::Code::ParseError, tr("SPF syntax error in \"%1\": %2").arg(term, why));
}

// Index of the first '/' that is not inside a %{...} macro.
qsizetype cidrStart(const QString &s)
{
    bool inMacro = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('%') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('{'))
            inMacro = true;
        else if (c == QLatin1Char('}'))
            inMacro = false;
        else if (c == QLatin1Char('/') && !inMacro)
            return i;
    }
    return -1;
}

// ip4-cidr-length / ip6-cidr-length: no leading zeros, within range.
int parseCidr(const QString &s, int max)
{
    if (s.isEmpty() || s.size() > 3 || (s.size() > 1 && s.startsWith(QLatin1Char('0'))))
        return -1;
    for (const QChar c : s) {
        if (!c.isDigit() || c.unicode() > '9')
            return -1;
    }
    const int n = s.toInt();
    return n <= max ? n : -1;
}

// Parses "/24", "//64", "/24//64" into the term; false on bad syntax.
bool parseDualCidr(const QString &s, SpfTerm *term)
{
    if (s.isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral("^(?:/([0-9]+))?(?://([0-9]+))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    if (m.hasCaptured(1) && (term->cidr4 = parseCidr(m.captured(1), 32)) < 0)
        return false;
    if (m.hasCaptured(2) && (term->cidr6 = parseCidr(m.captured(2), 128)) < 0)
        return false;
    return true;
}

bool strictIPv4(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25["
                                                      "0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"));
    return re.match(s).hasMatch();
}

// domain-spec = macro-string domain-end (RFC 7208 section 12): the last label
// is a macro or a "toplabel" that is not all digits.
QString checkDomainSpec(const QString &spec)
{
    if (spec.isEmpty())
        return tr("the domain is empty");
    const Status macro = SpfMacro::validate(spec);
    if (!macro.ok())
        return macro.error().message;
    if (spec.endsWith(QLatin1Char('}')))
        return {};
    QString s = spec;
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const QString top = s.section(QLatin1Char('.'), -1);
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('%')))
        return tr("\"%1\" is not a fully qualified domain name").arg(spec);
    static const QRegularExpression toplabel(
        QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"));
    if (!toplabel.match(top).hasMatch())
        return tr("\"%1\" does not end in a valid top-level label").arg(spec);
    return {};
}

} // namespace

bool SpfTerm::countsAsLookup() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect:
        return true;
    default:
        return false;
    }
}

bool SpfRecord::isSpfRecord(const QString &txt)
{
    return txt.size() >= 6 && txt.left(6).compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
        && (txt.size() == 6 || txt.at(6) == QLatin1Char(' '));
}

Result<SpfRecord> SpfRecord::parse(const QString &text)
{
    if (!isSpfRecord(text))
        return Result<SpfRecord>::failure(
            Error::Code::ParseError, tr("not an SPF record: it does not start with \"v=spf1\""));
    SpfRecord record;
    record.m_text = text;
    // Terms are separated by spaces only (RFC 7208 12); tabs and other
    // whitespace are part of a term and make it invalid.
    const QStringList tokens = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool haveRedirect = false;
    bool haveExp = false;
    for (const QString &token : tokens) {
        SpfTerm term;
        term.text = token;
        // A modifier is name=value where '=' comes before any ':' or '/'.
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const qsizetype slash = token.indexOf(QLatin1Char('/'));
        if (eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash)) {
            term.name = token.left(eq).toLower();
            term.domainSpec = token.mid(eq + 1);
            static const QRegularExpression nameRe(QStringLiteral("^[a-z][a-z0-9_.-]*$"));
            if (!nameRe.match(term.name).hasMatch())
                return syntaxError(token, tr("\"%1\" is not a valid modifier name").arg(token.left(eq)));
            if (term.name == QLatin1String("redirect") || term.name == QLatin1String("exp")) {
                const bool redirect = term.name == QLatin1String("redirect");
                if ((redirect && haveRedirect) || (!redirect && haveExp))
                    return syntaxError(token, tr("the %1= modifier appears more than once").arg(term.name));
                (redirect ? haveRedirect : haveExp) = true;
                term.kind = redirect ? SpfTerm::Kind::Redirect : SpfTerm::Kind::Exp;
                const QString why = checkDomainSpec(term.domainSpec);
                if (!why.isEmpty())
                    return syntaxError(token, why);
            } else {
                term.kind = SpfTerm::Kind::UnknownModifier;
                const Status macro = SpfMacro::validate(term.domainSpec);
                if (!macro.ok())
                    return syntaxError(token, macro.error().message);
            }
            record.m_terms.append(term);
            continue;
        }

        QString rest = token;
        if (QStringLiteral("+-~?").contains(rest.at(0))) {
            term.qualifier = rest.at(0);
            rest = rest.mid(1);
        }
        qsizetype nameEnd = 0;
        while (nameEnd < rest.size() && rest.at(nameEnd) != QLatin1Char(':')
            && rest.at(nameEnd) != QLatin1Char('/'))
            ++nameEnd;
        const QString mech = rest.left(nameEnd).toLower();
        QString arg = rest.mid(nameEnd); // ":..." or "/..." or empty
        QString domain;
        QString cidr;
        if (arg.startsWith(QLatin1Char(':'))) {
            const QString spec = arg.mid(1);
            const qsizetype cs = cidrStart(spec);
            domain = cs < 0 ? spec : spec.left(cs);
            cidr = cs < 0 ? QString() : spec.mid(cs);
            if (domain.isEmpty())
                return syntaxError(token, tr("':' must be followed by a domain"));
        } else {
            cidr = arg;
        }

        if (mech == QLatin1String("all")) {
            if (!arg.isEmpty())
                return syntaxError(token, tr("\"all\" takes no arguments"));
            term.kind = SpfTerm::Kind::All;
        } else if (mech == QLatin1String("include") || mech == QLatin1String("exists")) {
            term.kind = mech == QLatin1String("include") ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            if (domain.isEmpty())
                return syntaxError(token, tr("\"%1\" needs a domain (%1:example.com)").arg(mech));
            if (!cidr.isEmpty())
                return syntaxError(token, tr("\"%1\" takes no prefix length").arg(mech));
        } else if (mech == QLatin1String("a") || mech == QLatin1String("mx")) {
            term.kind = mech == QLatin1String("a") ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
            if (!parseDualCidr(cidr, &term))
                return syntaxError(
                    token, tr("\"%1\" is not a valid prefix length (/0-32, //0-128)").arg(cidr));
        } else if (mech == QLatin1String("ptr")) {
            term.kind = SpfTerm::Kind::Ptr;
            if (!cidr.isEmpty())
                return syntaxError(token, tr("\"ptr\" takes no prefix length"));
        } else if (mech == QLatin1String("ip4") || mech == QLatin1String("ip6")) {
            const bool v4 = mech == QLatin1String("ip4");
            term.kind = v4 ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            if (!arg.startsWith(QLatin1Char(':')))
                return syntaxError(token,
                    tr("\"%1\" needs an address (%1:%2)")
                        .arg(mech, v4 ? QStringLiteral("192.0.2.0/24") : QStringLiteral("2001:db8::/32")));
            // For ip6 the address itself has colons: split the prefix at the
            // first '/' of the whole argument.
            const QString spec = arg.mid(1);
            const qsizetype s = spec.indexOf(QLatin1Char('/'));
            const QString addr = s < 0 ? spec : spec.left(s);
            const QString len = s < 0 ? QString() : spec.mid(s + 1);
            if (v4 ? !strictIPv4(addr)
                   : (addr.contains(QLatin1Char('%')) || !term.network.setAddress(addr)
                       || term.network.protocol() != QAbstractSocket::IPv6Protocol))
                return syntaxError(token,
                    tr("\"%1\" is not a valid %2 address")
                        .arg(addr, v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
            if (v4)
                term.network.setAddress(addr);
            if (s >= 0) {
                const int n = parseCidr(len, v4 ? 32 : 128);
                if (n < 0)
                    return syntaxError(token,
                        tr("\"/%1\" is not a valid prefix length (0-%2)")
                            .arg(len, QString::number(v4 ? 32 : 128)));
                (v4 ? term.cidr4 : term.cidr6) = n;
            }
            record.m_terms.append(term);
            continue;
        } else {
            return syntaxError(token,
                tr("\"%1\" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)")
                    .arg(rest.left(nameEnd)));
        }
        if (!domain.isEmpty()) {
            const QString why = checkDomainSpec(domain);
            if (!why.isEmpty())
                return syntaxError(token, why);
            term.domainSpec = domain;
        }
        record.m_terms.append(term);
    }
    return record;
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> out;
    for (const SpfTerm &t : m_terms) {
        if (t.isMechanism())
            out.append(t);
    }
    return out;
}

const SpfTerm *SpfRecord::redirect() const
{
    for (const SpfTerm &t : m_terms) {
        if (t.kind == SpfTerm::Kind::Redirect)
            return &t;
    }
    return nullptr;
}

const SpfTerm *SpfRecord::explanation() const
{
    for (const SpfTerm &t : m_terms) {
        if (t.kind == SpfTerm::Kind::Exp)
            return &t;
    }
    return nullptr;
}

} // namespace MailOps
