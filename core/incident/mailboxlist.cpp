#include "mailboxlist.h"

#include "incident/mailaddress.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace MailOps {

namespace {

QString shortened(const QString &line)
{
    return line.size() > 60 ? line.left(57) + QStringLiteral("...") : line;
}

} // namespace

MailboxList MailboxList::parse(const QByteArray &text)
{
    MailboxList out;
    QSet<QString> seen;
    int number = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        ++number;
        QString line = QString::fromUtf8(text.constData() + from, end - from);
        from = end + 1;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // Several per line with "," or ";"; each "Name <a@b>" as a whole,
        // else the first field of a map line ("user@domain OK").
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        static const QRegularExpression space(QStringLiteral("\\s"));
        for (QString piece : line.split(separators, Qt::SkipEmptyParts)) {
            piece = piece.trimmed();
            if (piece.isEmpty())
                continue;
            QString candidate = piece;
            if (!piece.contains(u'<')) {
                if (const qsizetype at = piece.indexOf(space); at > 0)
                    candidate = piece.left(at);
            }
            if (candidate.startsWith(u'@')) {
                out.problems << Problem { number, shortened(line), tr("a whole domain, not a mailbox") };
                continue;
            }
            const Result<MailAddress> a = MailAddress::parse(candidate);
            if (!a) {
                out.problems << Problem { number, shortened(line), a.error().message };
                continue;
            }
            const QString key = a->address.toLower();
            if (seen.contains(key)) {
                ++out.duplicates;
                continue;
            }
            seen.insert(key);
            out.addresses << a->address;
        }
    }
    return out;
}

Result<MailboxList> MailboxList::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { Error::Code::IoError,
            tr("Cannot read the mailbox list %1: %2").arg(path, f.errorString()) };
    if (f.size() > MaxBytes)
        return Error { Error::Code::InvalidInput,
            tr("The mailbox list %1 is over %2 MB: not a list of mailboxes.").arg(path).arg(MaxBytes >> 20) };
    return parse(f.read(MaxBytes + 1));
}

QString MailboxList::summary() const
{
    const QLocale locale;
    const QString count = locale.toString(qlonglong(addresses.size()));
    QString s = addresses.size() == 1 ? tr("1 mailbox") : tr("%1 mailboxes").arg(count);
    if (duplicates > 0)
        s += tr(", %1 listed twice").arg(duplicates);
    if (!problems.isEmpty()) {
        QStringList first;
        for (const Problem &p : problems.mid(0, 3))
            first << tr("line %1 (%2): %3").arg(p.line).arg(p.text, p.why);
        s += (problems.size() == 1 ? tr("; 1 line is no address: ")
                                   : tr("; %1 lines are no address: ").arg(problems.size()))
            + first.join(QStringLiteral("; "));
        if (problems.size() > 3)
            s += tr("; …");
    }
    return s;
}

} // namespace MailOps
