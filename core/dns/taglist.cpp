#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MailOps {

Result<TagList> TagList::parse(const QString &text)
{
    TagList list;
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    const QStringList parts = text.split(QLatin1Char(';'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty()) {
            // Only a trailing ';' may leave an empty part.
            if (i == parts.size() - 1)
                continue;
            return Result<TagList>::failure(Error::Code::ParseError,
                QCoreApplication::translate("TagList", "empty tag (\";;\") in \"%1\"").arg(text));
        }
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            return Result<TagList>::failure(Error::Code::ParseError,
                QCoreApplication::translate("TagList", "\"%1\" is not tag=value").arg(part));
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (!nameRe.match(name).hasMatch())
            return Result<TagList>::failure(Error::Code::ParseError,
                QCoreApplication::translate("TagList", "\"%1\" is not a valid tag name").arg(name));
        if (list.has(name))
            return Result<TagList>::failure(Error::Code::ParseError,
                QCoreApplication::translate("TagList", "the tag \"%1\" appears twice").arg(name));
        list.m_tags.append({ name, value });
    }
    return list;
}

bool TagList::has(const QString &name) const
{
    return std::any_of(m_tags.begin(), m_tags.end(), [&](const auto &t) { return t.first == name; });
}

QString TagList::value(const QString &name, const QString &fallback) const
{
    for (const auto &t : m_tags) {
        if (t.first == name)
            return t.second;
    }
    return fallback;
}

} // namespace MailOps
