#include "policydiff.h"

#include <QByteArrayView>
#include <QHash>
#include <dtl/dtl.hpp>
#include <vector>

namespace MailOps {

namespace {

// A run of lines of `a` replaced by a run of lines of `b` (either may be
// empty), 0-based, ends exclusive.
struct Block
{
    qsizetype a0, a1, b0, b1;
};

struct LineDiff
{
    std::vector<QByteArrayView> a;
    std::vector<QByteArrayView> b;
    std::vector<Block> blocks;
    bool binary = false;
    qsizetype added = 0;
    qsizetype removed = 0;
};

// Lines keep their "\n" (and a "\r" before it): "x" at the end of a file
// without a newline is not the line "x\n", as for diff(1).
std::vector<QByteArrayView> splitLines(const QByteArray &content)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        end = end < 0 ? content.size() : end + 1;
        lines.emplace_back(content.constData() + start, end - start);
        start = end;
    }
    return lines;
}

LineDiff diffLines(const QByteArray &a, const QByteArray &b)
{
    LineDiff d;
    if (a.contains('\0') || b.contains('\0')) {
        d.binary = true;
        return d;
    }
    d.a = splitLines(a);
    d.b = splitLines(b);
    const qsizetype m = qsizetype(d.a.size());
    const qsizetype n = qsizetype(d.b.size());

    // What both ends share needs no edit script, as in diff(1): a one-line
    // change in a 10 MB map costs one pass over it.
    qsizetype prefix = 0;
    while (prefix < m && prefix < n && d.a[prefix] == d.b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < m - prefix && suffix < n - prefix && d.a[m - 1 - suffix] == d.b[n - 1 - suffix])
        ++suffix;
    const qsizetype ma = m - prefix - suffix;
    const qsizetype mb = n - prefix - suffix;
    if (ma == 0 && mb == 0)
        return d;

    // dtl compares numbers, one per distinct line, not the lines themselves.
    QHash<QByteArrayView, int> ids;
    ids.reserve(ma + mb);
    std::vector<int> sa;
    std::vector<int> sb;
    sa.reserve(ma);
    sb.reserve(mb);
    // QHash::emplace() would give a repeated line a new number.
    const auto idOf = [&ids](QByteArrayView line) {
        auto it = ids.constFind(line);
        if (it == ids.cend())
            it = ids.insert(line, int(ids.size()));
        return *it;
    };
    for (qsizetype i = 0; i < ma; ++i)
        sa.push_back(idOf(d.a[prefix + i]));
    const int firstOfB = int(ids.size());
    bool shared = false;
    for (qsizetype i = 0; i < mb; ++i) {
        const int id = idOf(d.b[prefix + i]);
        shared = shared || id < firstOfB;
        sb.push_back(id);
    }
    if (!shared) {
        // Not one line in common (a file added, emptied or rewritten): the
        // answer is known without an edit script.
        d.blocks.push_back(Block { prefix, prefix + ma, prefix, prefix + mb });
        d.removed = ma;
        d.added = mb;
        return d;
    }

    // A line found on one side only is removed or added whatever the rest
    // does, as diff(1) discards it before looking for the shortest edit: dtl
    // only sees the lines both sides have. Many edits in a big file (v1
    // against v10000) leave it little to do, where on every line it took
    // about 200 ms for 6,000 lines.
    std::vector<char> inB(ids.size(), 0);
    for (const int id : sb)
        inB[size_t(id)] = 1;
    std::vector<char> inA(ids.size(), 0);
    for (const int id : sa)
        inA[size_t(id)] = 1;
    std::vector<int> ka;
    std::vector<qsizetype> atA; // the line of `a` each kept element is
    for (qsizetype i = 0; i < ma; ++i) {
        if (inB[size_t(sa[size_t(i)])]) {
            ka.push_back(sa[size_t(i)]);
            atA.push_back(prefix + i);
        }
    }
    std::vector<int> kb;
    std::vector<qsizetype> atB;
    for (qsizetype i = 0; i < mb; ++i) {
        if (inA[size_t(sb[size_t(i)])]) {
            kb.push_back(sb[size_t(i)]);
            atB.push_back(prefix + i);
        }
    }

    // The lines both keep, in order; every gap between two is one block.
    std::vector<std::pair<qsizetype, qsizetype>> common;
    dtl::Diff<int> diff(ka, kb);
    // dtl keeps at most 2,000,000 points of the edit path (about 50 MB).
    // Past that it would start over from where it got, again and again
    // (1.8 s for 40,000 shuffled lines in a debug build, growing with the
    // size); "unserious" takes the rest as deleted and added instead: still
    // a correct diff, only not the shortest, in about 0.1 s whatever the size.
    diff.onUnserious();
    diff.compose();
    size_t ka_i = 0;
    size_t kb_i = 0;
    for (const auto &element : diff.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            common.emplace_back(atA[ka_i++], atB[kb_i++]);
            break;
        case dtl::SES_DELETE:
            ++ka_i;
            break;
        case dtl::SES_ADD:
            ++kb_i;
            break;
        }
    }
    common.emplace_back(prefix + ma, prefix + mb); // the shared suffix
    qsizetype ia = prefix;
    qsizetype ib = prefix;
    for (const auto &[ca, cb] : common) {
        if (ca > ia || cb > ib) {
            d.blocks.push_back(Block { ia, ca, ib, cb });
            d.removed += ca - ia;
            d.added += cb - ib;
        }
        ia = ca + 1;
        ib = cb + 1;
    }
    return d;
}

// "@@ -l,n": as diff(1) prints a range; an empty one names the line before it.
QString range(qsizetype start, qsizetype count)
{
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

void appendLine(QString &out, QChar mark, QByteArrayView line)
{
    out += mark;
    if (line.endsWith('\n')) {
        out += QString::fromUtf8(line);
    } else {
        out += QString::fromUtf8(line);
        out += QStringLiteral("\n\\ No newline at end of file\n");
    }
}

// Hunks are grouped here from dtl's edit script, not by dtl's
// composeUnifiedHunks(): that fixes the context at DTL_CONTEXT_SIZE (3),
// always prints "-a,b" (diff(1) omits ",1") and numbers an empty side from 1
// where diff(1) prints "-0,0"; policydiff_test holds us to diff -u.
void appendHunks(QString &out, const LineDiff &d, int context)
{
    const qsizetype ctx = qMax(0, context);
    const qsizetype m = qsizetype(d.a.size());
    for (size_t first = 0; first < d.blocks.size();) {
        // Changes whose context would touch or overlap go into one hunk.
        size_t last = first;
        while (last + 1 < d.blocks.size() && d.blocks[last + 1].a0 - d.blocks[last].a1 <= 2 * ctx)
            ++last;
        const Block &f = d.blocks[first];
        const Block &l = d.blocks[last];
        const qsizetype a0 = qMax<qsizetype>(0, f.a0 - ctx);
        const qsizetype a1 = qMin(m, l.a1 + ctx);
        const qsizetype b0 = f.b0 - (f.a0 - a0);
        const qsizetype b1 = l.b1 + (a1 - l.a1);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(a0, a1 - a0), range(b0, b1 - b0));
        qsizetype at = a0;
        for (size_t i = first; i <= last; ++i) {
            const Block &block = d.blocks[i];
            for (; at < block.a0; ++at)
                appendLine(out, QLatin1Char(' '), d.a[at]);
            for (qsizetype j = block.a0; j < block.a1; ++j)
                appendLine(out, QLatin1Char('-'), d.a[j]);
            for (qsizetype j = block.b0; j < block.b1; ++j)
                appendLine(out, QLatin1Char('+'), d.b[j]);
            at = block.a1;
        }
        for (; at < a1; ++at)
            appendLine(out, QLatin1Char(' '), d.a[at]);
        first = last + 1;
    }
}

// `presence`: the file is only on one side, so even empty it is news.
QString fileDiff(const QByteArray &a, const QByteArray &b, const QString &nameA, const QString &nameB,
    int context, bool presence = false)
{
    if (a == b && !presence)
        return QString();
    const LineDiff d = diffLines(a, b);
    if (d.binary)
        return QStringLiteral("Binary files %1 and %2 differ\n").arg(nameA, nameB);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(nameA, nameB);
    appendHunks(out, d, context);
    return out;
}

QString labelled(const QString &label, const QString &path)
{
    if (path.startsWith(QLatin1Char('/')))
        return label + path;
    return label + QLatin1Char('/') + path;
}

} // namespace

QString PolicyDiff::unifiedFile(
    const QByteArray &a, const QByteArray &b, const QString &nameA, const QString &nameB, int context)
{
    return fileDiff(a, b, nameA, nameB, context);
}

QString PolicyDiff::unified(const PolicySnapshot &a, const PolicySnapshot &b, int context,
    const QString &labelA, const QString &labelB)
{
    const QString none = QStringLiteral("/dev/null");
    QString out;
    // Both lists are sorted by path: one merge walk.
    const auto &fa = a.files();
    const auto &fb = b.files();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < fa.size() || j < fb.size()) {
        if (j >= fb.size() || (i < fa.size() && fa.at(i).path < fb.at(j).path)) {
            out += fileDiff(
                fa.at(i).content, QByteArray(), labelled(labelA, fa.at(i).path), none, context, true);
            ++i;
        } else if (i >= fa.size() || fb.at(j).path < fa.at(i).path) {
            out += fileDiff(
                QByteArray(), fb.at(j).content, none, labelled(labelB, fb.at(j).path), context, true);
            ++j;
        } else {
            out += fileDiff(fa.at(i).content, fb.at(j).content, labelled(labelA, fa.at(i).path),
                labelled(labelB, fb.at(j).path), context);
            ++i;
            ++j;
        }
    }
    return out;
}

QList<PolicyDiff::FileChange> PolicyDiff::changes(const PolicySnapshot &a, const PolicySnapshot &b)
{
    QList<FileChange> out;
    const auto add
        = [&out](const QString &path, FileChange::Kind kind, const QByteArray &ca, const QByteArray &cb) {
              if (kind == FileChange::Kind::Changed && ca == cb)
                  return;
              const LineDiff d = diffLines(ca, cb);
              out << FileChange { path, kind, int(d.added), int(d.removed), d.binary };
          };
    const auto &fa = a.files();
    const auto &fb = b.files();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < fa.size() || j < fb.size()) {
        if (j >= fb.size() || (i < fa.size() && fa.at(i).path < fb.at(j).path)) {
            add(fa.at(i).path, FileChange::Kind::Removed, fa.at(i).content, QByteArray());
            ++i;
        } else if (i >= fa.size() || fb.at(j).path < fa.at(i).path) {
            add(fb.at(j).path, FileChange::Kind::Added, QByteArray(), fb.at(j).content);
            ++j;
        } else {
            add(fa.at(i).path, FileChange::Kind::Changed, fa.at(i).content, fb.at(j).content);
            ++i;
            ++j;
        }
    }
    return out;
}

} // namespace MailOps
