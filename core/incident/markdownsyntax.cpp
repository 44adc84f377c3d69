#include "markdownsyntax.h"

namespace MailOps {

bool MarkdownSyntax::safeUrl(QStringView url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

int MarkdownSyntax::listItem(QStringView line, QStringView *content)
{
    const QStringView t = line.trimmed();
    if (t.size() >= 2
        && (t.front() == QLatin1Char('-') || t.front() == QLatin1Char('*') || t.front() == QLatin1Char('+'))
        && t.at(1) == QLatin1Char(' ')) {
        *content = t.sliced(2).trimmed();
        return 1;
    }
    qsizetype d = 0;
    while (d < t.size() && d < 9 && t.at(d).isDigit())
        ++d;
    if (d > 0 && d + 1 < t.size() && t.at(d) == QLatin1Char('.') && t.at(d + 1) == QLatin1Char(' ')) {
        *content = t.sliced(d + 2).trimmed();
        return 2;
    }
    return 0;
}

int MarkdownSyntax::heading(QStringView line, QStringView *content)
{
    const QStringView t = line.trimmed();
    qsizetype level = 0;
    while (level < t.size() && t.at(level) == QLatin1Char('#'))
        ++level;
    if (level < 1 || level > 6 || (level < t.size() && t.at(level) != QLatin1Char(' ')))
        return 0;
    QStringView c = t.sliced(level).trimmed();
    while (c.endsWith(QLatin1Char('#')))
        c.chop(1);
    *content = c.trimmed();
    return int(level);
}

QString MarkdownSyntax::spans(QStringView t, const Style &style)
{
    QString out;
    const qsizetype n = t.size();
    qsizetype i = 0;
    qsizetype plain = 0; // start of the plain run not yet written
    auto flush = [&](qsizetype upTo) {
        if (upTo > plain)
            out += style.text(t.sliced(plain, upTo - plain));
    };
    while (i < n) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('`')) {
            const qsizetype close = t.indexOf(QLatin1Char('`'), i + 1);
            if (close > i + 1) {
                flush(i);
                out += style.code(t.sliced(i + 1, close - i - 1));
                i = plain = close + 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype mid = t.indexOf(QLatin1String("]("), i + 1);
            const qsizetype close = mid < 0 ? -1 : t.indexOf(QLatin1Char(')'), mid + 2);
            if (mid > i + 1 && close > mid + 2 && !t.sliced(i + 1, mid - i - 1).contains(QLatin1Char('['))) {
                const QStringView url = t.sliced(mid + 2, close - mid - 2).trimmed();
                if (safeUrl(url) && !url.contains(QLatin1Char(' '))) {
                    flush(i);
                    out += style.link(url, spans(t.sliced(i + 1, mid - i - 1), style));
                    i = plain = close + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('*') && i + 1 < n && t.at(i + 1) == QLatin1Char('*')) {
            const qsizetype close = t.indexOf(QLatin1String("**"), i + 2);
            if (close > i + 2) {
                flush(i);
                out += style.strongOpen + spans(t.sliced(i + 2, close - i - 2), style) + style.strongClose;
                i = plain = close + 2;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n && !t.at(i + 1).isSpace()
            && (i == 0 || !t.at(i - 1).isLetterOrNumber())) {
            qsizetype close = t.indexOf(c, i + 1);
            // "_" inside a word (queue_depth) is not emphasis.
            while (close > 0 && c == QLatin1Char('_') && close + 1 < n && t.at(close + 1).isLetterOrNumber())
                close = t.indexOf(c, close + 1);
            if (close > i + 1 && !t.at(close - 1).isSpace()) {
                flush(i);
                out += style.emphasisOpen + spans(t.sliced(i + 1, close - i - 1), style)
                    + style.emphasisClose;
                i = plain = close + 1;
                continue;
            }
        }
        ++i;
    }
    flush(n);
    return out;
}

} // namespace MailOps
