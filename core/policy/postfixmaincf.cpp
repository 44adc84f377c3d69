#include "postfixmaincf.h"

#include <QSet>

namespace MailOps {

namespace {

// Postfix gives up at the same depth ("unreasonable macro call nesting").
constexpr int kMaxDepth = 100;
// a = $b$b, b = $c$c, ... doubles with every level: stop long before memory runs out.
constexpr qsizetype kMinExpansionBudget = 1024 * 1024;
// Only for messages: a 10 MB line is quoted by its start.
constexpr qsizetype kQuoteLength = 60;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString quoted(const QByteArray &line)
{
    QString s = QString::fromUtf8(line.left(kQuoteLength + 1)).trimmed();
    if (s.size() > kQuoteLength) {
        s.truncate(kQuoteLength);
        s += QStringLiteral("…");
    }
    return s;
}

// Skips "\r\n", "\n" or "\r" at pos, if there is one.
qsizetype afterLineEnding(const QByteArray &text, qsizetype pos)
{
    if (pos < text.size() && text.at(pos) == '\r') {
        ++pos;
        if (pos < text.size() && text.at(pos) == '\n')
            ++pos;
    } else if (pos < text.size() && text.at(pos) == '\n') {
        ++pos;
    }
    return pos;
}

const QSet<QString> &fileTableTypes()
{
    // Indexed types are built from the text file of the same name by postmap;
    // the others are read as text by Postfix itself. Either way that text is
    // what a policy version must hold.
    static const QSet<QString> types {
        QStringLiteral("hash"),
        QStringLiteral("btree"),
        QStringLiteral("lmdb"),
        QStringLiteral("cdb"),
        QStringLiteral("dbm"),
        QStringLiteral("sdbm"),
        QStringLiteral("cidr"),
        QStringLiteral("pcre"),
        QStringLiteral("regexp"),
        QStringLiteral("texthash"),
    };
    return types;
}

const QSet<QString> &otherTableTypes()
{
    static const QSet<QString> types {
        QStringLiteral("inline"),
        QStringLiteral("static"),
        QStringLiteral("mysql"),
        QStringLiteral("pgsql"),
        QStringLiteral("ldap"),
        QStringLiteral("sqlite"),
        QStringLiteral("tcp"),
        QStringLiteral("socketmap"),
        QStringLiteral("memcache"),
        QStringLiteral("nis"),
        QStringLiteral("nisplus"),
        QStringLiteral("netinfo"),
        QStringLiteral("environ"),
        QStringLiteral("fail"),
        QStringLiteral("randmap"),
        QStringLiteral("internal"),
    };
    return types;
}

void collectTables(const QString &parameter, QStringView token, QList<PostfixMainCf::MapReference> &out,
    QSet<QString> &seen, int depth)
{
    if (depth > 8)
        return;
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    const QString type = token.left(colon).toString().toLower();
    const QStringView name = token.mid(colon + 1);
    if (type == QLatin1String("proxy")) {
        collectTables(parameter, name, out, seen, depth + 1);
        return;
    }
    if ((type == QLatin1String("pipemap") || type == QLatin1String("union"))
        && name.startsWith(QLatin1Char('{')) && name.endsWith(QLatin1Char('}'))) {
        for (const QString &inner : PostfixMainCf::splitList(name.mid(1, name.size() - 2)))
            collectTables(parameter, inner, out, seen, depth + 1);
        return;
    }
    PostfixMainCf::MapReference ref;
    ref.parameter = parameter;
    ref.type = type;
    ref.name = name.toString();
    if (fileTableTypes().contains(type)) {
        if (name.isEmpty())
            return;
        ref.sourceFile = ref.name;
    } else if (type == QLatin1String("unix")) {
        // unix:passwd.byname is a table; unix:private/policy in the same
        // list is a policy service or milter socket, not one.
        if (!name.endsWith(QLatin1String(".byname")))
            return;
    } else if (!otherTableTypes().contains(type)) {
        return;
    }
    const QString key = ref.type + QLatin1Char(':') + ref.name;
    if (!seen.contains(key)) {
        seen.insert(key);
        out << ref;
    }
}

} // namespace

struct PostfixMainCf::Expansion
{
    const QHash<QString, QString> &defaults;
    QHash<QString, QString> memo;
    QSet<QString> active;
    qsizetype budget = 0;
    bool ok = true;
};

PostfixMainCf PostfixMainCf::parse(const QByteArray &text)
{
    PostfixMainCf cf;
    cf.m_text = text;
    const char *d = text.constData();
    const qsizetype n = text.size();

    bool open = false;
    QByteArray logical;
    Entry current;

    const auto finish = [&cf, &open, &logical, &current] {
        if (!open)
            return;
        open = false;
        const qsizetype eq = logical.indexOf('=');
        const QByteArray name = eq < 0 ? QByteArray() : logical.left(eq).trimmed();
        bool spaced = false;
        for (const char c : name)
            spaced = spaced || isBlank(c) || c == '\r';
        if (eq < 0 || name.isEmpty() || spaced) {
            Problem p;
            p.line = current.line;
            p.message = eq < 0 || spaced
                ? tr("line %1: “%2” is not “name = value”; Postfix stops reading main.cf here")
                      .arg(current.line)
                      .arg(quoted(logical))
                : tr("line %1: “%2” has no parameter name before “=”; Postfix stops reading main.cf here")
                      .arg(current.line)
                      .arg(quoted(logical));
            cf.m_problems << p;
            return;
        }
        current.name = QString::fromUtf8(name);
        current.value = QString::fromUtf8(logical.mid(eq + 1).trimmed());
        if (const auto it = cf.m_last.constFind(current.name); it != cf.m_last.cend()) {
            Problem p;
            p.kind = Problem::Kind::Duplicate;
            p.line = current.line;
            p.name = current.name;
            p.message = tr("line %1: %2 is already set on line %3; the later value wins")
                            .arg(current.line)
                            .arg(current.name)
                            .arg(cf.m_entries.at(*it).line);
            cf.m_problems << p;
        } else {
            cf.m_names << current.name;
        }
        cf.m_last.insert(current.name, cf.m_entries.size());
        cf.m_entries << current;
    };

    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < n) {
        ++lineNo;
        const PhysicalLine physical = physicalLine(text, pos);
        const qsizetype eol = physical.end;
        const qsizetype next = physical.next;
        const qsizetype start = physical.start;
        qsizetype stop = eol;
        while (stop > start && isBlank(d[stop - 1]))
            --stop;
        if (start == eol || d[start] == '#') {
            // Blank lines and comments do not end a logical line: Postfix
            // goes on joining the indented lines after them.
        } else if (start > pos) {
            if (open) {
                logical += ' ';
                logical.append(d + start, stop - start);
                current.lastLine = lineNo;
                current.end = eol;
            } else {
                Problem p;
                p.line = lineNo;
                p.message = tr(
                    "line %1: “%2” starts with whitespace but continues no parameter; Postfix ignores it")
                                .arg(lineNo)
                                .arg(quoted(QByteArray(d + start, stop - start)));
                cf.m_problems << p;
            }
        } else {
            finish();
            open = true;
            logical = QByteArray(d + pos, stop - pos);
            current = Entry();
            current.line = current.lastLine = lineNo;
            current.begin = pos;
            current.end = eol;
        }
        pos = next;
    }
    finish();
    return cf;
}

QString PostfixMainCf::value(const QString &name) const
{
    const auto it = m_last.constFind(name);
    return it == m_last.cend() ? QString() : m_entries.at(*it).value;
}

int PostfixMainCf::lineOf(const QString &name) const
{
    const auto it = m_last.constFind(name);
    return it == m_last.cend() ? 0 : m_entries.at(*it).line;
}

QList<int> PostfixMainCf::definitionLines(const QString &name) const
{
    QList<int> lines;
    for (const Entry &e : m_entries) {
        if (e.name == name)
            lines << e.line;
    }
    return lines;
}

QString PostfixMainCf::expanded(const QString &name, const QHash<QString, QString> &defaults, bool *ok) const
{
    Expansion x { defaults, {}, {}, kMinExpansionBudget + 4 * m_text.size(), true };
    const QString out = expandName(name, x, 0);
    if (ok)
        *ok = x.ok;
    return out;
}

QString PostfixMainCf::expand(QStringView text, const QHash<QString, QString> &defaults, bool *ok) const
{
    Expansion x { defaults, {}, {}, kMinExpansionBudget + 4 * m_text.size() + 4 * text.size(), true };
    QString out;
    expandInto(out, text, x, 0);
    if (ok)
        *ok = x.ok;
    return out;
}

bool PostfixMainCf::rawValue(QStringView name, const Expansion &x, QString *value) const
{
    const QString key = name.toString();
    if (const auto it = m_last.constFind(key); it != m_last.cend()) {
        *value = m_entries.at(*it).value;
        return true;
    }
    if (const auto it = x.defaults.constFind(key); it != x.defaults.cend()) {
        *value = *it;
        return true;
    }
    return false;
}

QString PostfixMainCf::expandName(QStringView name, Expansion &x, int depth) const
{
    const QString key = name.toString();
    if (const auto it = x.memo.constFind(key); it != x.memo.cend())
        return *it;
    QString raw;
    if (!rawValue(name, x, &raw))
        return {};
    if (x.active.contains(key) || depth >= kMaxDepth) {
        x.ok = false;
        return {};
    }
    x.active.insert(key);
    QString result;
    expandInto(result, raw, x, depth + 1);
    x.active.remove(key);
    if (x.ok)
        x.memo.insert(key, result);
    return result;
}

void PostfixMainCf::expandInto(QString &out, QStringView text, Expansion &x, int depth) const
{
    const auto append = [&out, &x](QStringView part) {
        if (out.size() + part.size() > x.budget) {
            x.ok = false;
            return false;
        }
        out += part;
        return true;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && x.ok) {
        const qsizetype dollar = text.indexOf(QLatin1Char('$'), i);
        if (dollar < 0) {
            append(text.mid(i));
            return;
        }
        if (!append(text.mid(i, dollar - i)))
            return;
        i = dollar + 1;
        if (i >= n) {
            // Postfix refuses a lone "$" ("empty macro name"); keep it as written.
            append(u"$");
            return;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('$')) {
            append(u"$");
            ++i;
            continue;
        }
        if (isNameChar(c)) {
            qsizetype j = i;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            append(expandName(text.mid(i, j - i), x, depth));
            i = j;
            continue;
        }
        if (c != QLatin1Char('{') && c != QLatin1Char('(')) {
            append(u"$");
            continue;
        }
        const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
        int level = 1;
        qsizetype j = i + 1;
        for (; j < n && level > 0; ++j) {
            if (text.at(j) == c)
                ++level;
            else if (text.at(j) == close)
                --level;
        }
        if (level > 0) {
            // "truncated macro reference": Postfix gives up on the value.
            x.ok = false;
            append(text.mid(dollar));
            return;
        }
        const QStringView inner = text.mid(i + 1, j - i - 2);
        i = j;
        qsizetype k = 0;
        while (k < inner.size() && isNameChar(inner.at(k)))
            ++k;
        const QStringView name = inner.left(k);
        if (name.isEmpty()) {
            // ${{$compatibility_level} <level {2} ? ...}: Postfix 3's
            // relational operators, which only its own defaults use.
            x.ok = false;
            continue;
        }
        QStringView rest = inner.mid(k).trimmed();
        if (rest.isEmpty()) {
            append(expandName(name, x, depth));
            continue;
        }
        const QChar op = rest.front();
        if (op != QLatin1Char('?') && op != QLatin1Char(':')) {
            x.ok = false;
            continue;
        }
        rest = rest.mid(1);
        QStringView whenTrue = rest;
        QStringView whenFalse;
        // Postfix 3.0: ${name?{value1}:{value2}}, spaces allowed around.
        if (const QStringView t = rest.trimmed(); t.startsWith(QLatin1Char('{'))) {
            int braces = 0;
            qsizetype e = 0;
            for (; e < t.size(); ++e) {
                if (t.at(e) == QLatin1Char('{'))
                    ++braces;
                else if (t.at(e) == QLatin1Char('}') && --braces == 0)
                    break;
            }
            if (e < t.size()) {
                whenTrue = t.mid(1, e - 1);
                QStringView after = t.mid(e + 1).trimmed();
                if (after.startsWith(QLatin1Char(':'))) {
                    after = after.mid(1).trimmed();
                    if (after.size() >= 2 && after.front() == QLatin1Char('{')
                        && after.back() == QLatin1Char('}'))
                        whenFalse = after.mid(1, after.size() - 2);
                }
            }
        }
        // Postfix tests the raw value: "a = $empty" counts as set.
        QString raw;
        const bool set = rawValue(name, x, &raw) && !raw.isEmpty();
        if (set == (op == QLatin1Char('?')))
            expandInto(out, whenTrue, x, depth + 1);
        else if (!whenFalse.isNull())
            expandInto(out, whenFalse, x, depth + 1);
    }
}

QByteArray PostfixMainCf::lineEnding() const
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            return QByteArrayLiteral("\n");
        if (m_text.at(i) == '\r')
            return i + 1 < m_text.size() && m_text.at(i + 1) == '\n' ? QByteArrayLiteral("\r\n")
                                                                     : QByteArrayLiteral("\r");
    }
    return QByteArrayLiteral("\n");
}

QByteArray PostfixMainCf::withValue(const QString &name, const QString &value) const
{
    // A line break inside the value would start a new logical line.
    QString flat = value;
    flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray line = (name + QStringLiteral(" = ") + flat.trimmed()).toUtf8();
    if (const auto it = m_last.constFind(name); it != m_last.cend()) {
        const Entry &e = m_entries.at(*it);
        QByteArray out = m_text;
        out.replace(e.begin, e.end - e.begin, line);
        return out;
    }
    QByteArray out = m_text;
    if (!out.isEmpty() && !out.endsWith('\n') && !out.endsWith('\r'))
        out += lineEnding();
    out += line + lineEnding();
    return out;
}

QByteArray PostfixMainCf::withoutParameter(const QString &name) const
{
    QByteArray out = m_text;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &e = m_entries.at(i);
        if (e.name != name)
            continue;
        out.remove(e.begin, afterLineEnding(m_text, e.end) - e.begin);
    }
    return out;
}

PostfixMainCf::PhysicalLine PostfixMainCf::physicalLine(const QByteArray &text, qsizetype pos)
{
    // One pass over the bytes, however long the line; a lone CR ends a line too.
    const char *d = text.constData();
    const qsizetype n = text.size();
    PhysicalLine line;
    line.end = pos;
    while (line.end < n && d[line.end] != '\n' && d[line.end] != '\r')
        ++line.end;
    line.next = afterLineEnding(text, line.end);
    line.start = pos;
    while (line.start < line.end && isBlank(d[line.start]))
        ++line.start;
    return line;
}

QStringList PostfixMainCf::splitList(QStringView value, Separators separators)
{
    const bool commas = separators == Separators::WhitespaceAndCommas;
    QStringList out;
    qsizetype start = -1;
    int braces = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (braces == 0 && (c.isSpace() || (commas && c == QLatin1Char(',')))) {
            if (start >= 0)
                out << value.mid(start, i - start).toString();
            start = -1;
            continue;
        }
        if (start < 0)
            start = i;
        if (c == QLatin1Char('{'))
            ++braces;
        else if (c == QLatin1Char('}') && braces > 0)
            --braces;
    }
    if (start >= 0)
        out << value.mid(start).toString();
    return out;
}

QList<PostfixMainCf::MapReference> PostfixMainCf::mapReferencesIn(
    const QString &parameter, QStringView expandedValue)
{
    QList<MapReference> out;
    QSet<QString> seen;
    for (const QString &token : splitList(expandedValue))
        collectTables(parameter, token, out, seen, 0);
    return out;
}

QList<PostfixMainCf::MapReference> PostfixMainCf::mapReferences(const QHash<QString, QString> &defaults) const
{
    QList<MapReference> out;
    for (const QString &name : m_names)
        out += mapReferencesIn(name, expanded(name, defaults));
    return out;
}

} // namespace MailOps
