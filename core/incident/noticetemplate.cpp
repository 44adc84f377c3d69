#include "noticetemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace MailOps {

namespace {

bool isNameStart(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

bool isName(QStringView s)
{
    if (s.isEmpty() || !isNameStart(s.front()))
        return false;
    for (const QChar c : s)
        if (!isNameChar(c))
            return false;
    return true;
}

// Templates are short; a bounded read keeps a stray multi-megabyte file from
// being taken for one.
constexpr qint64 kMaxTemplateBytes = 1024 * 1024;

Result<QString> readTemplate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound, f.errorString() };
    const QByteArray data = f.read(kMaxTemplateBytes + 1);
    if (data.size() > kMaxTemplateBytes)
        return Error { Error::Code::InvalidInput, QStringLiteral("larger than 1 MiB") };
    return QString::fromUtf8(data);
}

} // namespace

QString NoticeTemplate::Problem::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString NoticeTemplate::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/notices");
}

QStringList NoticeTemplate::shippedLanguages()
{
    return QDir(QStringLiteral(":/notices")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Result<NoticeTemplate> NoticeTemplate::load(
    const NoticeKind &kind, const QString &language, const QSet<QString> &knownNames, const QString &userDir)
{
    const QString file = kind.key() + QStringLiteral(".md");
    const QString lang = shippedLanguages().contains(language) ? language : QStringLiteral("en");
    QStringList tried;
    // A user's template in the asked language wins even where none is shipped.
    for (const QString &l : { language, lang }) {
        if (userDir.isEmpty() || l.isEmpty())
            continue;
        const QString path = userDir + QLatin1Char('/') + l + QLatin1Char('/') + file;
        if (!QFileInfo::exists(path))
            continue;
        Result<QString> text = readTemplate(path);
        if (!text)
            return Error { Error::Code::IoError,
                tr("Cannot read the notice template %1: %2").arg(path, text.error().message) };
        NoticeTemplate t = parse(text.value(), knownNames);
        t.m_origin = Origin::User;
        t.m_originPath = path;
        return t;
    }
    const QString shipped = QStringLiteral(":/notices/") + lang + QLatin1Char('/') + file;
    Result<QString> text = readTemplate(shipped);
    if (!text)
        return Error { Error::Code::NotFound, tr("There is no notice template %1.").arg(shipped) };
    NoticeTemplate t = parse(text.value(), knownNames);
    t.m_origin = Origin::Shipped;
    t.m_originPath = shipped;
    return t;
}

NoticeTemplate NoticeTemplate::parse(const QString &source, const QSet<QString> &knownNames)
{
    NoticeTemplate t;
    t.m_source = source;
    // The stack of open sections; the bottom is the template itself.
    QList<QList<Node>> stack { {} };
    QList<Node> open;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            stack.last() << Node { Node::Type::Text, text, 0, 0, {} };
        text.clear();
    };
    auto problem = [&](int line, int column, const QString &message) {
        // A template full of errors says the first hundred: enough to fix.
        if (t.m_problems.size() < 100)
            t.m_problems << Problem { line, column, message };
    };

    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype n = source.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\n')) {
            text += c;
            ++i;
            ++line;
            lineStart = i;
            continue;
        }
        if (c != QLatin1Char('{') || i + 1 >= n || source.at(i + 1) != QLatin1Char('{')) {
            text += c;
            ++i;
            continue;
        }
        const int column = int(i - lineStart) + 1;
        qsizetype close = -1;
        for (qsizetype j = i + 2; j + 1 < n && source.at(j) != QLatin1Char('\n'); ++j) {
            if (source.at(j) == QLatin1Char('}') && source.at(j + 1) == QLatin1Char('}')) {
                close = j;
                break;
            }
        }
        if (close < 0) {
            problem(line, column, tr("\"{{\" is not closed by \"}}\" on the same line"));
            // Skip the braces only: what follows may hold further problems.
            text += QStringLiteral("{{");
            i += 2;
            continue;
        }
        const QStringView inner = QStringView(source).sliced(i + 2, close - i - 2).trimmed();
        i = close + 2;
        QChar sigil;
        QStringView name = inner;
        if (!inner.isEmpty()
            && (inner.front() == QLatin1Char('#') || inner.front() == QLatin1Char('^')
                || inner.front() == QLatin1Char('/'))) {
            sigil = inner.front();
            name = inner.sliced(1).trimmed();
        }
        if (!isName(name)) {
            problem(line, column,
                tr("\"{{%1}}\" is not a placeholder: a name is lower-case letters, digits and _")
                    .arg(inner.toString()));
            continue;
        }
        const QString key = name.toString();
        if (!knownNames.contains(key)) {
            problem(line, column, tr("unknown placeholder {{%1}}").arg(key));
            continue;
        }
        if (!t.m_names.contains(key))
            t.m_names << key;
        flushText();
        if (sigil == QLatin1Char('/')) {
            if (open.isEmpty() || open.last().text != key) {
                problem(line, column,
                    open.isEmpty() ? tr("{{/%1}} closes a section that was never opened").arg(key)
                                   : tr("{{/%1}} closes {{%2%3}} (opened on line %4) out of order")
                                         .arg(key,
                                             open.last().type == Node::Type::Section ? QStringLiteral("#")
                                                                                     : QStringLiteral("^"),
                                             open.last().text)
                                         .arg(open.last().line));
                continue;
            }
            Node section = open.takeLast();
            section.children = stack.takeLast();
            stack.last() << section;
            continue;
        }
        if (!sigil.isNull()) {
            open << Node { sigil == QLatin1Char('#') ? Node::Type::Section : Node::Type::Inverted, key, line,
                column, {} };
            stack << QList<Node>();
            continue;
        }
        stack.last() << Node { Node::Type::Value, key, line, column, {} };
    }
    flushText();
    for (const Node &o : std::as_const(open))
        problem(o.line, o.column,
            tr("section {{%1%2}} is never closed by {{/%2}}")
                .arg(o.type == Node::Type::Section ? QStringLiteral("#") : QStringLiteral("^"), o.text));
    // Unclosed sections are problems: their content is dropped with them.
    t.m_nodes = stack.constFirst();
    return t;
}

void NoticeTemplate::renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values,
    QString *out, QList<Problem> *missing) const
{
    for (const Node &node : nodes) {
        if (node.type == Node::Type::Text) {
            *out += node.text;
            continue;
        }
        const auto it = values.constFind(node.text);
        if (it == values.constEnd()) {
            missing->append(Problem { node.line, node.column, tr("no value for {{%1}}").arg(node.text) });
            continue;
        }
        const bool has = !it->trimmed().isEmpty();
        switch (node.type) {
        case Node::Type::Value:
            *out += *it;
            break;
        case Node::Type::Section:
            if (has)
                renderNodes(node.children, values, out, missing);
            break;
        case Node::Type::Inverted:
            if (!has)
                renderNodes(node.children, values, out, missing);
            break;
        case Node::Type::Text:
            break;
        }
    }
}

Result<NoticeTemplate::Rendered> NoticeTemplate::render(const QHash<QString, QString> &values) const
{
    QList<Problem> problems = m_problems;
    QString out;
    if (problems.isEmpty())
        renderNodes(m_nodes, values, &out, &problems);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : std::as_const(problems))
            lines << p.toString();
        const QString where = m_originPath.isEmpty() ? tr("The notice template") : m_originPath;
        return Error { Error::Code::InvalidInput,
            tr("%1 cannot be used:\n%2").arg(where, lines.join(QLatin1Char('\n'))) };
    }
    Rendered r;
    // Blank lines that a left-out section leaves behind collapse to one.
    static const QLatin1String subjectTag("Subject:");
    QStringView body(out);
    if (body.startsWith(subjectTag, Qt::CaseInsensitive)) {
        const qsizetype eol = body.indexOf(QLatin1Char('\n'));
        r.subject = body.sliced(subjectTag.size(), (eol < 0 ? body.size() : eol) - subjectTag.size())
                        .trimmed()
                        .toString();
        body = eol < 0 ? QStringView() : body.sliced(eol + 1);
    }
    QString cleaned;
    cleaned.reserve(body.size());
    int blank = 0;
    bool started = false;
    for (const QStringView l : body.split(QLatin1Char('\n'))) {
        const bool isBlank = l.trimmed().isEmpty();
        if (isBlank) {
            ++blank;
            continue;
        }
        if (started && blank > 0)
            cleaned += QLatin1Char('\n');
        blank = 0;
        started = true;
        // Trailing blanks would be a Markdown hard break no one asked for.
        qsizetype end = l.size();
        while (end > 0 && l.at(end - 1).isSpace())
            --end;
        cleaned += l.first(end);
        cleaned += QLatin1Char('\n');
    }
    r.body = cleaned;
    return r;
}

} // namespace MailOps
