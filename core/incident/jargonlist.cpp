#include "jargonlist.h"

#include <QFile>
#include <QStandardPaths>
#include <algorithm>

namespace MailOps {

namespace {

QStringList wordsOf(const QString &term)
{
    return term.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Result<QString> readList(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound, f.errorString() };
    return QString::fromUtf8(f.read(4 * 1024 * 1024));
}

} // namespace

QString JargonList::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audience");
}

void JargonList::remove(const QStringList &words)
{
    auto it = m_byFirstWord.find(words.constFirst());
    if (it == m_byFirstWord.end())
        return;
    m_count -= it->removeIf([&](const Entry &e) { return e.words == words; });
    if (it->isEmpty())
        m_byFirstWord.erase(it);
}

void JargonList::addText(const QString &text, QStringList *warnings)
{
    int lineNo = 0;
    for (const QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNo;
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('-'))) {
            const QStringList words = wordsOf(line.sliced(1).trimmed().toString());
            if (!words.isEmpty())
                remove(words);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString term = eq < 0 ? QString() : line.first(eq).trimmed().toString();
        const QStringList words = wordsOf(term);
        if (eq < 0 || words.isEmpty() || words.size() > MaxWords) {
            if (warnings)
                warnings->append(eq < 0
                        ? tr("line %1: no \"=\" between the term and its plainer wording").arg(lineNo)
                        : tr("line %1: a term is one to %2 words").arg(lineNo).arg(MaxWords));
            continue;
        }
        remove(words);
        QList<Entry> &list = m_byFirstWord[words.constFirst()];
        list << Entry { term, words, line.sliced(eq + 1).trimmed().toString() };
        // The longest match wins: "mail queue" before "mail".
        std::stable_sort(list.begin(), list.end(),
            [](const Entry &a, const Entry &b) { return a.words.size() > b.words.size(); });
        ++m_count;
    }
}

Result<JargonList> JargonList::load(const QString &language, const QString &userDir, QStringList *warnings)
{
    QString lang = language;
    QString shipped = QStringLiteral(":/audience/jargon-") + lang + QStringLiteral(".txt");
    if (!QFile::exists(shipped)) {
        lang = QStringLiteral("en");
        shipped = QStringLiteral(":/audience/jargon-en.txt");
    }
    const Result<QString> text = readList(shipped);
    if (!text)
        return Error { Error::Code::NotFound, tr("There is no jargon list %1.").arg(shipped) };
    JargonList list;
    list.addText(text.value(), warnings);
    if (!userDir.isEmpty()) {
        const QString user = userDir + QStringLiteral("/jargon-") + language + QStringLiteral(".txt");
        if (QFile::exists(user)) {
            QStringList userWarnings;
            if (const Result<QString> extra = readList(user); extra)
                list.addText(extra.value(), &userWarnings);
            else
                userWarnings << extra.error().message;
            if (warnings)
                for (const QString &w : std::as_const(userWarnings))
                    warnings->append(user + QStringLiteral(": ") + w);
        }
    }
    return list;
}

const QList<JargonList::Entry> *JargonList::startingWith(const QString &word) const
{
    const auto it = m_byFirstWord.constFind(word);
    return it == m_byFirstWord.constEnd() ? nullptr : &*it;
}

QString JargonList::suggestionFor(const QString &term) const
{
    const QStringList words = wordsOf(term);
    if (words.isEmpty())
        return {};
    if (const QList<Entry> *list = startingWith(words.constFirst()))
        for (const Entry &e : *list)
            if (e.words == words)
                return e.suggestion;
    return {};
}

} // namespace MailOps
