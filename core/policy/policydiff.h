#pragma once

#include "policy/policysnapshot.h"

#include <QList>
#include <QString>

namespace MailOps {

// What changed between two policy snapshots, line by line, as `diff -u`
// and `git diff` print it (so KSyntaxHighlighting's Diff definition colours
// it and patch(1) can apply it), and as per-file counts. The edit script
// comes from dtl (O(ND)); past dtl's bound on the edit path (files with
// thousands of changed lines) the rest of a file is shown as removed and
// added, a correct but longer diff, so no input takes more than a moment.
// Pure functions, any thread; they cannot fail.
class PolicyDiff final
{
public:
    struct FileChange
    {
        enum class Kind
        {
            Added,
            Removed,
            Changed
        };
        QString path;
        Kind kind = Kind::Changed;
        int linesAdded = 0;
        int linesRemoved = 0;
        bool binary = false; // NUL bytes: no line counts
        bool operator==(const FileChange &other) const = default;
    };

    // One diff over every file: those only in `b` against /dev/null, those
    // only in `a` to /dev/null, changed ones as "--- v41/main.cf" /
    // "+++ v42/main.cf" and "@@ -l,n +l,n @@" hunks with `context` lines
    // around each change. Empty when the contents are equal.
    static QString unified(const PolicySnapshot &a, const PolicySnapshot &b, int context = 3,
        const QString &labelA = QStringLiteral("a"), const QString &labelB = QStringLiteral("b"));

    // One file. `nameA`/`nameB` go into the header lines as they are.
    static QString unifiedFile(const QByteArray &a, const QByteArray &b, const QString &nameA,
        const QString &nameB, int context = 3);

    // Files that differ, by path.
    static QList<FileChange> changes(const PolicySnapshot &a, const PolicySnapshot &b);
};

} // namespace MailOps
