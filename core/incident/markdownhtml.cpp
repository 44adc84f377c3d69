#include "markdownhtml.h"

#include <QStringList>

namespace MailOps {

namespace {

bool safeUrl(QStringView url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

// "- x", "* x", "+ x" -> 1; "12. x" -> 2; else 0. `content` is what follows.
int listItem(QStringView line, QStringView *content)
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

int heading(QStringView line, QStringView *content)
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

} // namespace

QString MarkdownHtml::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString MarkdownHtml::inlineSpans(QStringView t)
{
    QString out;
    const qsizetype n = t.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('`')) {
            const qsizetype close = t.indexOf(QLatin1Char('`'), i + 1);
            if (close > i + 1) {
                out += QLatin1String("<code>") + escape(t.sliced(i + 1, close - i - 1))
                    + QLatin1String("</code>");
                i = close + 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype mid = t.indexOf(QLatin1String("]("), i + 1);
            const qsizetype close = mid < 0 ? -1 : t.indexOf(QLatin1Char(')'), mid + 2);
            if (mid > i + 1 && close > mid + 2 && !t.sliced(i + 1, mid - i - 1).contains(QLatin1Char('['))) {
                const QStringView url = t.sliced(mid + 2, close - mid - 2).trimmed();
                if (safeUrl(url) && !url.contains(QLatin1Char(' '))) {
                    out += QLatin1String("<a href=\"") + escape(url) + QLatin1String("\">")
                        + inlineSpans(t.sliced(i + 1, mid - i - 1)) + QLatin1String("</a>");
                    i = close + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('*') && i + 1 < n && t.at(i + 1) == QLatin1Char('*')) {
            const qsizetype close = t.indexOf(QLatin1String("**"), i + 2);
            if (close > i + 2) {
                out += QLatin1String("<strong>") + inlineSpans(t.sliced(i + 2, close - i - 2))
                    + QLatin1String("</strong>");
                i = close + 2;
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
                out += QLatin1String("<em>") + inlineSpans(t.sliced(i + 1, close - i - 1))
                    + QLatin1String("</em>");
                i = close + 1;
                continue;
            }
        }
        out += escape(QStringView(&t.data()[i], 1));
        ++i;
    }
    return out;
}

QString MarkdownHtml::fragment(const QString &markdown)
{
    return blocks(markdown, true);
}

QString MarkdownHtml::blocks(const QString &markdown, bool quotes)
{
    QString out;
    QStringList paragraph;
    QStringList quote;
    int list = 0; // 0 none, 1 ul, 2 ol
    auto closeParagraph = [&] {
        if (!paragraph.isEmpty())
            out += QLatin1String("<p>") + inlineSpans(paragraph.join(QLatin1Char(' ')))
                + QLatin1String("</p>\n");
        paragraph.clear();
    };
    auto closeList = [&] {
        if (list)
            out += list == 1 ? QLatin1String("</ul>\n") : QLatin1String("</ol>\n");
        list = 0;
    };
    // One level of quotes (a notice quoted in a report); a quote inside it
    // is text, so no input nests the converter deeper than that.
    auto closeQuote = [&] {
        if (!quote.isEmpty())
            out += QLatin1String("<blockquote>\n") + blocks(quote.join(QLatin1Char('\n')), false)
                + QLatin1String("</blockquote>\n");
        quote.clear();
    };
    QString normalised = markdown;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QStringView line : QStringView(normalised).split(QLatin1Char('\n'))) {
        QStringView content;
        if (quotes && line.startsWith(QLatin1Char('>'))) {
            closeParagraph();
            closeList();
            QStringView rest = line.sliced(1);
            if (rest.startsWith(QLatin1Char(' ')))
                rest = rest.sliced(1);
            quote << rest.toString();
            continue;
        }
        closeQuote();
        if (line.trimmed().isEmpty()) {
            closeParagraph();
            closeList();
            continue;
        }
        if (const int level = heading(line, &content)) {
            closeParagraph();
            closeList();
            out += QStringLiteral("<h%1>").arg(level) + inlineSpans(content)
                + QStringLiteral("</h%1>\n").arg(level);
            continue;
        }
        if (const int type = listItem(line, &content)) {
            closeParagraph();
            if (list != type) {
                closeList();
                out += type == 1 ? QLatin1String("<ul>\n") : QLatin1String("<ol>\n");
                list = type;
            }
            out += QLatin1String("<li>") + inlineSpans(content) + QLatin1String("</li>\n");
            continue;
        }
        if (list && (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))) {
            // A continuation of the last item.
            out.chop(int(QLatin1String("</li>\n").size()));
            out += QLatin1Char(' ') + inlineSpans(line.trimmed()) + QLatin1String("</li>\n");
            continue;
        }
        closeList();
        paragraph << line.trimmed().toString();
    }
    closeQuote();
    closeParagraph();
    closeList();
    return out;
}

QString MarkdownHtml::document(const QString &markdown, const QString &title)
{
    return QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") + escape(title)
        + QLatin1String("</title>\n</head>\n<body style=\"font-family: sans-serif; line-height: 1.4; "
                        "max-width: 40em\">\n")
        + fragment(markdown) + QLatin1String("</body></html>\n");
}

} // namespace MailOps
