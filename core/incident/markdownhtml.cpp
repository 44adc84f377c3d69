#include "markdownhtml.h"

#include "incident/markdownsyntax.h"

#include <QStringList>

namespace MailOps {

namespace {

const MarkdownSyntax::Style &htmlStyle()
{
    static const MarkdownSyntax::Style style {
        [](QStringView text) -> QString { return MarkdownHtml::escape(text); },
        [](QStringView code) -> QString {
            return QLatin1String("<code>") + MarkdownHtml::escape(code) + QLatin1String("</code>");
        },
        [](QStringView url, const QString &label) -> QString {
            return QLatin1String("<a href=\"") + MarkdownHtml::escape(url) + QLatin1String("\">") + label
                + QLatin1String("</a>");
        },
        QStringLiteral("<strong>"),
        QStringLiteral("</strong>"),
        QStringLiteral("<em>"),
        QStringLiteral("</em>"),
    };
    return style;
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
    return MarkdownSyntax::spans(t, htmlStyle());
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
        if (const int level = MarkdownSyntax::heading(line, &content)) {
            closeParagraph();
            closeList();
            out += QStringLiteral("<h%1>").arg(level) + inlineSpans(content)
                + QStringLiteral("</h%1>\n").arg(level);
            continue;
        }
        if (const int type = MarkdownSyntax::listItem(line, &content)) {
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
