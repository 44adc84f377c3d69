#include "policychangesummary.h"

#include "postfixmaincf.h"
#include "postfixmastercf.h"
#include "postfixrestrictions.h"

#include <QSet>

namespace MailOps {

namespace {

// Beyond this many items a list is compared as added/removed only: the
// order-aware comparison is quadratic.
constexpr qsizetype kMaxOrderedItems = 2000;

bool isRestrictionList(const QString &name, const QStringList &classes)
{
    return PostfixRestrictions::stageParameters().contains(name) || classes.contains(name);
}

QString elided(const QString &value)
{
    return value.size() > 80 ? value.left(79) + QStringLiteral("…") : value;
}

// Longest common subsequence of two short lists, as a flag per item kept.
void commonItems(const QStringList &a, const QStringList &b, QList<bool> &keptA, QList<bool> &keptB)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<int> table((n + 1) * (m + 1), 0);
    const auto at = [&table, m](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    keptA = QList<bool>(n, false);
    keptB = QList<bool>(m, false);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            keptA[i++] = true;
            keptB[j++] = true;
        } else if (at(i + 1, j) > at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
}

QString lineCount(int n)
{
    return n == 1 ? PolicyChangeSummary::tr("1 line") : PolicyChangeSummary::tr("%1 lines").arg(n);
}

QStringList restrictionItems(const QString &value)
{
    QStringList out;
    for (const auto &r : PostfixRestrictions::group(PostfixMainCf::splitList(value)))
        out << r.text();
    return out;
}

} // namespace

QStringList PolicyChangeSummary::texts(const QList<Line> &lines)
{
    QStringList out;
    for (const Line &l : lines)
        out << l.text;
    return out;
}

QList<PolicyChangeSummary::Line> PolicyChangeSummary::between(
    const PolicySnapshot &before, const PolicySnapshot &after)
{
    QList<Line> out;
    const QString mainCf = PolicySnapshot::MainCf;
    const QString masterCf = PolicySnapshot::MasterCf;

    if (before.content(mainCf) != after.content(mainCf)) {
        const PostfixMainCf a = PostfixMainCf::parse(before.content(mainCf));
        const PostfixMainCf b = PostfixMainCf::parse(after.content(mainCf));
        const qsizetype count = out.size();
        const QStringList classes
            = PostfixMainCf::splitList(b.value(QStringLiteral("smtpd_restriction_classes")))
            + PostfixMainCf::splitList(a.value(QStringLiteral("smtpd_restriction_classes")));
        QStringList names = b.names();
        for (const QString &n : a.names()) {
            if (!b.has(n))
                names << n;
        }
        for (const QString &name : std::as_const(names)) {
            const QString was = a.value(name);
            const QString now = b.value(name);
            const auto add = [&out, &mainCf, &name](const QString &text) {
                out << Line { mainCf, name, text };
            };
            if (!a.has(name)) {
                add(tr("%1: set to %2 (was not set)").arg(name, elided(now)));
                continue;
            }
            if (!b.has(name)) {
                add(tr("%1: removed (was %2)").arg(name, elided(was)));
                continue;
            }
            const QStringList itemsWas = PostfixMainCf::splitList(was);
            const QStringList itemsNow = PostfixMainCf::splitList(now);
            if (itemsWas == itemsNow)
                continue; // spacing or commas only
            if (itemsWas.size() <= 1 && itemsNow.size() <= 1) {
                add(tr("%1: %2 → %3").arg(name, elided(was), elided(now)));
                continue;
            }
            const bool ordered = isRestrictionList(name, classes);
            const QStringList x = ordered ? restrictionItems(was) : itemsWas;
            const QStringList y = ordered ? restrictionItems(now) : itemsNow;
            if (!ordered || x.size() > kMaxOrderedItems || y.size() > kMaxOrderedItems) {
                const QSet<QString> setWas(x.cbegin(), x.cend());
                const QSet<QString> setNow(y.cbegin(), y.cend());
                bool any = false;
                for (const QString &item : y) {
                    if (!setWas.contains(item)) {
                        add(tr("%1: added %2").arg(name, elided(item)));
                        any = true;
                    }
                }
                for (const QString &item : x) {
                    if (!setNow.contains(item)) {
                        add(tr("%1: removed %2").arg(name, elided(item)));
                        any = true;
                    }
                }
                if (!any)
                    add(tr("%1: same items in a different order").arg(name));
                continue;
            }
            QList<bool> keptX;
            QList<bool> keptY;
            commonItems(x, y, keptX, keptY);
            const QSet<QString> inX(x.cbegin(), x.cend());
            const QSet<QString> inY(y.cbegin(), y.cend());
            // Where an item now sits, said by its successor in the new list.
            const auto place = [&y](qsizetype j) {
                return j + 1 < y.size() ? tr("before %1").arg(y.at(j + 1)) : tr("at the end");
            };
            for (qsizetype j = 0; j < y.size(); ++j) {
                if (keptY.at(j))
                    continue;
                if (inX.contains(y.at(j)))
                    add(tr("%1: moved %2 %3").arg(name, y.at(j), place(j)));
                else
                    add(tr("%1: added %2 %3").arg(name, y.at(j), place(j)));
            }
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!keptX.at(i) && !inY.contains(x.at(i)))
                    add(tr("%1: removed %2").arg(name, x.at(i)));
            }
        }
        if (out.size() == count)
            out << Line { mainCf, {}, tr("main.cf: comments only") };
    }

    if (before.content(masterCf) != after.content(masterCf)) {
        const PostfixMasterCf a = PostfixMasterCf::parse(before.content(masterCf));
        const PostfixMasterCf b = PostfixMasterCf::parse(after.content(masterCf));
        const qsizetype count = out.size();
        QHash<QString, PostfixMasterCf::Service> was;
        for (const auto &s : a.services())
            was.insert(s.key(), s);
        QSet<QString> keys;
        for (const auto &s : b.services()) {
            keys.insert(s.key());
            if (!was.contains(s.key())) {
                out << Line { masterCf, {}, tr("master.cf: added service %1 (%2)").arg(s.key(), s.command) };
                continue;
            }
            const auto &old = was.value(s.key());
            const QStringList fieldsWas { old.privateFlag, old.unprivileged, old.chroot, old.wakeup,
                old.maxProcesses, old.command };
            const QStringList fieldsNow { s.privateFlag, s.unprivileged, s.chroot, s.wakeup, s.maxProcesses,
                s.command };
            if (fieldsWas != fieldsNow) {
                out << Line { masterCf, {},
                    tr("master.cf: %1: %2 → %3")
                        .arg(s.key(), fieldsWas.join(QLatin1Char(' ')), fieldsNow.join(QLatin1Char(' '))) };
            }
            QHash<QString, QString> ow;
            for (const auto &o : a.overridesOf(s.key()))
                ow.insert(o.name, o.value);
            QSet<QString> seen;
            for (const auto &o : b.overridesOf(s.key())) {
                seen.insert(o.name);
                if (!ow.contains(o.name))
                    out << Line { masterCf, o.name,
                        tr("master.cf: %1 -o %2=%3 added").arg(s.key(), o.name, elided(o.value)) };
                else if (ow.value(o.name) != o.value)
                    out << Line { masterCf, o.name,
                        tr("master.cf: %1 -o %2=%3 changed (was %4)")
                            .arg(s.key(), o.name, elided(o.value), elided(ow.value(o.name))) };
            }
            for (auto it = ow.cbegin(); it != ow.cend(); ++it) {
                if (!seen.contains(it.key()))
                    out << Line {
                        masterCf, it.key(),
                        tr("master.cf: %1 -o %2 removed (was %3)").arg(s.key(), it.key(), elided(it.value()))
                    };
            }
            if (old.arguments != s.arguments && out.size() == count)
                out << Line { masterCf, {}, tr("master.cf: %1: command arguments changed").arg(s.key()) };
        }
        for (const auto &s : a.services()) {
            if (!keys.contains(s.key()))
                out << Line { masterCf, {}, tr("master.cf: removed service %1").arg(s.key()) };
        }
        if (out.size() == count)
            out << Line { masterCf, {}, tr("master.cf: comments only") };
    }

    // Map files: a multiset of lines, so a 100 000-line map costs one pass.
    QStringList paths = after.paths();
    for (const QString &p : before.paths()) {
        if (!after.contains(p))
            paths << p;
    }
    for (const QString &path : std::as_const(paths)) {
        if (path == mainCf || path == masterCf)
            continue;
        if (!before.contains(path)) {
            out << Line { path, {},
                tr("%1: new file, %2").arg(path, lineCount(int(after.content(path).count('\n')))) };
            continue;
        }
        if (!after.contains(path)) {
            out << Line { path, {}, tr("%1: removed").arg(path) };
            continue;
        }
        if (before.content(path) == after.content(path))
            continue;
        QHash<QByteArray, int> counts;
        for (QByteArray l : before.content(path).split('\n')) {
            if (l.endsWith('\r'))
                l.chop(1);
            if (!l.trimmed().isEmpty())
                ++counts[l];
        }
        int added = 0;
        for (QByteArray l : after.content(path).split('\n')) {
            if (l.endsWith('\r'))
                l.chop(1);
            if (l.trimmed().isEmpty())
                continue;
            auto it = counts.find(l);
            if (it != counts.end() && *it > 0)
                --*it;
            else
                ++added;
        }
        int removed = 0;
        for (const int c : std::as_const(counts))
            removed += c;
        if (added == 0 && removed == 0)
            out << Line { path, {}, tr("%1: blank lines or line endings only").arg(path) };
        else
            out << Line { path, {}, tr("%1: %2 added, %3 removed").arg(path, lineCount(added)).arg(removed) };
    }
    return out;
}

} // namespace MailOps
