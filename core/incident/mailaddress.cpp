#include "mailaddress.h"

#include "incident/noticemessage.h"

namespace MailOps {

namespace {

bool isAtext(QChar c)
{
    if (c.unicode() >= 128)
        return false;
    return c.isLetterOrNumber() || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(QStringView s)
{
    if (s.isEmpty() || s.front() == QLatin1Char('.') || s.back() == QLatin1Char('.')
        || s.contains(QLatin1String("..")))
        return false;
    for (const QChar c : s)
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    return true;
}

bool isQuotedLocal(QStringView s)
{
    if (s.size() < 2 || s.front() != QLatin1Char('"') || s.back() != QLatin1Char('"'))
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
        if (c == QLatin1Char('\\')) {
            if (++i + 1 >= s.size())
                return false;
        } else if (c == QLatin1Char('"')) {
            return false;
        }
    }
    return true;
}

bool isHostName(QStringView s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    const QList<QStringView> labels = s.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QStringView l : labels) {
        if (l.isEmpty() || l.size() > 63 || l.front() == QLatin1Char('-') || l.back() == QLatin1Char('-'))
            return false;
        for (const QChar c : l)
            if (c.unicode() >= 128 || (!c.isLetterOrNumber() && c != QLatin1Char('-')))
                return false;
    }
    return true;
}

bool needsQuoting(QStringView name)
{
    // Runs of spaces and spaces at the ends survive only in quotes.
    if (name.contains(QLatin1String("  ")) || name.startsWith(QLatin1Char(' '))
        || name.endsWith(QLatin1Char(' ')))
        return true;
    for (const QChar c : name)
        if (!isAtext(c) && c != QLatin1Char(' '))
            return true;
    return false;
}

} // namespace

QString MailAddress::addrSpecProblem(const QString &address)
{
    if (address.isEmpty())
        return tr("the address is empty");
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("the address holds a control character");
        if (c.unicode() >= 128)
            return tr("the address is not ASCII (it would need SMTPUTF8)");
    }
    if (address.size() > 254)
        return tr("the address is longer than 254 characters");
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("the address has no \"@\"");
    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);
    if (local.isEmpty())
        return tr("there is nothing before the \"@\"");
    if (local.size() > 64)
        return tr("the part before the \"@\" is longer than 64 characters");
    if (!isDotAtom(local) && !isQuotedLocal(local))
        return tr("the part before the \"@\" is not a valid mailbox name");
    if (!isHostName(domain))
        return tr("\"%1\" is not a host name with a dot").arg(domain.toString());
    return {};
}

QString MailAddress::nameProblem(const QString &name)
{
    for (const QChar c : name) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return tr("the name holds a line break");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("the name holds a control character (U+%1)")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .toUpper();
    }
    if (name.size() > 200)
        return tr("the name is longer than 200 characters");
    return {};
}

Result<MailAddress> MailAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    MailAddress a;
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!text.endsWith(QLatin1Char('>')))
            return Error { Error::Code::InvalidInput,
                tr("\"%1\": the \"<\" is not closed by \">\"").arg(text) };
        a.address = text.sliced(open + 1, text.size() - open - 2).trimmed();
        QString name = text.first(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.sliced(1, name.size() - 2);
            name.replace(QLatin1String("\\\""), QLatin1String("\""));
            name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        a.name = name;
    } else {
        a.address = text;
    }
    if (const QString p = addrSpecProblem(a.address); !p.isEmpty())
        return Error { Error::Code::InvalidInput, tr("\"%1\": %2").arg(text, p) };
    if (const QString p = nameProblem(a.name); !p.isEmpty())
        return Error { Error::Code::InvalidInput, tr("\"%1\": %2").arg(text, p) };
    return a;
}

Result<QList<MailAddress>> MailAddress::parseList(const QString &text)
{
    QStringList items;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\n'))) {
            items << current;
            current.clear();
            continue;
        }
        current += c;
    }
    items << current;
    QList<MailAddress> out;
    QStringList problems;
    for (const QString &item : std::as_const(items)) {
        if (item.trimmed().isEmpty())
            continue;
        const Result<MailAddress> a = parse(item);
        if (a)
            out << a.value();
        else
            problems << a.error().message;
    }
    if (!problems.isEmpty())
        return Error { Error::Code::InvalidInput, problems.join(QLatin1Char('\n')) };
    return out;
}

QList<QByteArray> MailAddress::headerAtoms() const
{
    const QByteArray spec = '<' + address.toLatin1() + '>';
    if (name.isEmpty())
        return { spec };
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    QList<QByteArray> atoms;
    if (!ascii || name.contains(QLatin1String("=?"))) {
        atoms = NoticeMessage::encodedWords(name);
    } else if (!needsQuoting(name)) {
        atoms = name.toLatin1().split(' ');
    } else {
        QByteArray quoted = name.toLatin1();
        quoted.replace('\\', "\\\\");
        quoted.replace('"', "\\\"");
        atoms << '"' + quoted + '"';
    }
    atoms << spec;
    return atoms;
}

QByteArray MailAddress::toHeader() const
{
    return headerAtoms().join(' ');
}

QString MailAddress::toString() const
{
    return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
}

} // namespace MailOps
