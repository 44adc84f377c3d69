#pragma once

#include <QString>

namespace MailOps {

// Markdown to HTML for the subset notice templates use: ATX headings,
// paragraphs, "-", "*" and "1." lists, **strong**, *emphasis* and
// _emphasis_, `code`, "> " block quotes (one level), and [links](https://...) (http, https and mailto only;
// anything else stays text). Everything else is text, HTML-escaped: a draft
// can never inject markup. In core because a notice must be composable
// without a display (the `mailops notice` commands, a worker thread);
// QTextDocument's Markdown is QtGui, and the preview in the window may use it.
class MarkdownHtml final
{
public:
    // A complete HTML document with a small inline style.
    static QString document(const QString &markdown, const QString &title = {});
    // The body's blocks alone.
    static QString fragment(const QString &markdown);
    static QString escape(QStringView text);
    static QString inlineSpans(QStringView text);

private:
    static QString blocks(const QString &markdown, bool quotes);
};

} // namespace MailOps
