#pragma once

#include <QString>
#include <QStringView>
#include <functional>

namespace MailOps {

// The Markdown subset notice templates use, read once and written in any
// markup: the block helpers (ATX headings, "-", "*", "+" and "1." list items)
// and an inline walker over `code`, [links](https://...) (http, https and
// mailto only), **strong**, *emphasis* and _emphasis_ (not inside a word,
// so queue_depth stays text) that hands each span to a Style. The HTML of
// an e-mail and the text of a Slack or Teams message come from the same
// reading, so a draft means the same everywhere. Plain functions.
class MarkdownSyntax final
{
public:
    struct Style
    {
        std::function<QString(QStringView)> text; // one plain character run, escaped
        std::function<QString(QStringView)> code; // the inside of a `code` span
        std::function<QString(QStringView url, const QString &label)> link; // label already converted
        QString strongOpen, strongClose;
        QString emphasisOpen, emphasisClose;
    };

    static QString spans(QStringView text, const Style &style);
    static bool safeUrl(QStringView url);
    // "- x", "* x", "+ x" -> 1; "12. x" -> 2; else 0. `content` is what follows.
    static int listItem(QStringView line, QStringView *content);
    // "## x" -> 2 with `content` "x"; 0 when the line is no heading.
    static int heading(QStringView line, QStringView *content);
};

} // namespace MailOps
