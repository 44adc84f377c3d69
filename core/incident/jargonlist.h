#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailOps {

// Words a plain-words reader should not meet, each with what to say instead:
// one "term = plainer wording" a line, "#" starts a comment, "-term" drops a
// shipped term. Terms are matched whole and without regard to case; a term
// may be up to four words ("mail relay"). Shipped per language in the
// resources (":/audience/jargon-<language>.txt"); a file of the same name in
// "<data dir>/audience/" extends or overrides it. A plain value, cheap to
// copy; lookups are one hash probe per word.
class JargonList final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::JargonList)

public:
    struct Entry
    {
        QString term; // as written in the list
        QStringList words; // lower case
        QString suggestion;
    };

    static constexpr int MaxWords = 4;

    JargonList() = default;
    // Adds (or replaces) the file's terms; bad lines are skipped and named
    // in `warnings` ("line 4: no '='").
    void addText(const QString &text, QStringList *warnings = nullptr);
    // The shipped list of `language` (English when there is none), extended
    // by the user's file. An Error only when the shipped list is missing.
    static Result<JargonList> load(
        const QString &language, const QString &userDir = defaultUserDir(), QStringList *warnings = nullptr);
    // "<AppDataLocation>/audience".
    static QString defaultUserDir();

    int size() const { return int(m_count); }
    bool isEmpty() const { return m_count == 0; }
    // Entries whose first word is `word` (lower case), longest first.
    const QList<Entry> *startingWith(const QString &word) const;
    // The suggestion for a whole term, or a null QString.
    QString suggestionFor(const QString &term) const;

private:
    void remove(const QStringList &words);

    QHash<QString, QList<Entry>> m_byFirstWord;
    qsizetype m_count = 0;
};

} // namespace MailOps
