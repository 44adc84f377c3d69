#include "webhookpayload.h"

#include "incident/markdownsyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace MailOps {

namespace {

// Slack reads "&", "<" and ">" as its own control characters; everything
// else in mrkdwn is literal unless it pairs up, as in Markdown.
QString slackEscape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

const MarkdownSyntax::Style &slackStyle()
{
    static const MarkdownSyntax::Style style {
        [](QStringView text) -> QString { return slackEscape(text); },
        [](QStringView code) -> QString { return QLatin1Char('`') + slackEscape(code) + QLatin1Char('`'); },
        [](QStringView url, const QString &label) -> QString {
            // "|" would end the label early and ">" the link: neither may stay.
            QString l = label;
            l.replace(QLatin1Char('|'), QChar(0x2223));
            return QLatin1Char('<') + slackEscape(url) + QLatin1Char('|') + l + QLatin1Char('>');
        },
        QStringLiteral("*"),
        QStringLiteral("*"),
        QStringLiteral("_"),
        QStringLiteral("_"),
    };
    return style;
}

// TextBlocks take **bold**, _italic_ and [label](url); code spans have no
// markup there and keep their backticks as text.
const MarkdownSyntax::Style &teamsStyle()
{
    static const MarkdownSyntax::Style style {
        [](QStringView text) -> QString { return text.toString(); },
        [](QStringView code) -> QString { return QLatin1Char('`') + code.toString() + QLatin1Char('`'); },
        [](QStringView url, const QString &label) -> QString {
            return QLatin1Char('[') + label + QLatin1String("](") + url.toString() + QLatin1Char(')');
        },
        QStringLiteral("**"),
        QStringLiteral("**"),
        QStringLiteral("_"),
        QStringLiteral("_"),
    };
    return style;
}

QString normalised(const QString &markdown)
{
    QString s = markdown;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("TextBlock") },
        { QStringLiteral("text"), text },
        { QStringLiteral("wrap"), true },
    };
}

Error tooLong(WebhookPayload::Kind kind, qsizetype size, qsizetype limit, bool bytes)
{
    const QLocale c = QLocale::c();
    return Error { Error::Code::InvalidInput,
        (bytes ? WebhookPayload::tr("The notice is %1 bytes as a %2 message; %2 takes at most %3.")
               : WebhookPayload::tr("The notice is %1 characters; %2 takes at most %3 in one message."))
            .arg(c.toString(qint64(size)), WebhookPayload::kindName(kind), c.toString(qint64(limit))) };
}

} // namespace

QString WebhookPayload::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Slack:
        return QStringLiteral("slack");
    case Kind::Mattermost:
        return QStringLiteral("mattermost");
    case Kind::Teams:
        break;
    }
    return QStringLiteral("teams");
}

std::optional<WebhookPayload::Kind> WebhookPayload::kindFromKey(const QString &key)
{
    for (const Kind k : { Kind::Slack, Kind::Mattermost, Kind::Teams }) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString WebhookPayload::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Slack:
        return QStringLiteral("Slack");
    case Kind::Mattermost:
        return QStringLiteral("Mattermost");
    case Kind::Teams:
        break;
    }
    return QStringLiteral("Microsoft Teams");
}

QString WebhookPayload::slackText(const QString &markdown)
{
    QStringList lines;
    const QString text = normalised(markdown);
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        QStringView content;
        if (MarkdownSyntax::heading(line, &content)) {
            lines << QLatin1Char('*') + MarkdownSyntax::spans(content, slackStyle()) + QLatin1Char('*');
        } else if (const int type = MarkdownSyntax::listItem(line, &content)) {
            const QString marker = type == 1
                ? QStringLiteral("\u2022 ")
                : line.trimmed().toString().section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ');
            lines << marker + MarkdownSyntax::spans(content, slackStyle());
        } else if (line.startsWith(QLatin1Char('>'))) {
            // Slack's own quote marker; the rest is text like any other line.
            lines << QLatin1Char('>') + MarkdownSyntax::spans(line.sliced(1), slackStyle());
        } else {
            lines << MarkdownSyntax::spans(line, slackStyle());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonArray WebhookPayload::teamsBlocks(const QString &markdown)
{
    QJsonArray blocks;
    QStringList current;
    bool quote = false;
    auto close = [&] {
        if (!current.isEmpty()) {
            QJsonObject b = textBlock(current.join(QLatin1Char('\n')));
            if (quote)
                b.insert(QStringLiteral("isSubtle"), true);
            blocks.append(b);
        }
        current.clear();
        quote = false;
    };
    const QString text = normalised(markdown);
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        QStringView content;
        if (line.trimmed().isEmpty()) {
            close();
        } else if (MarkdownSyntax::heading(line, &content)) {
            close();
            QJsonObject b = textBlock(MarkdownSyntax::spans(content, teamsStyle()));
            b.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
            b.insert(QStringLiteral("size"), QStringLiteral("Medium"));
            blocks.append(b);
        } else if (line.startsWith(QLatin1Char('>'))) {
            // TextBlocks have no quotes: a quote is a subtle block of its own.
            if (!quote)
                close();
            quote = true;
            current << MarkdownSyntax::spans(line.sliced(1).trimmed(), teamsStyle());
        } else {
            if (quote)
                close();
            if (const int type = MarkdownSyntax::listItem(line, &content)) {
                // A TextBlock's list needs its items on lines of their own
                // with "- " or "1. ", which is what the draft has.
                const QString marker = type == 1
                    ? QStringLiteral("- ")
                    : line.trimmed().toString().section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ');
                current << marker + MarkdownSyntax::spans(content, teamsStyle());
            } else {
                current << MarkdownSyntax::spans(line.trimmed(), teamsStyle());
            }
        }
    }
    close();
    return blocks;
}

Result<QJsonObject> WebhookPayload::build(
    Kind kind, const QString &subject, const QString &markdown, const QString &username)
{
    const QString title = subject.simplified();
    switch (kind) {
    case Kind::Slack: {
        QString text = slackText(markdown);
        if (!title.isEmpty())
            text = QLatin1Char('*') + slackEscape(title) + QLatin1String("*\n\n") + text;
        if (text.size() > SlackMaxChars)
            return tooLong(kind, text.size(), SlackMaxChars, false);
        return QJsonObject { { QStringLiteral("text"), text } };
    }
    case Kind::Mattermost: {
        QString text = normalised(markdown);
        if (!title.isEmpty())
            text = QLatin1String("#### ") + title + QLatin1String("\n\n") + text;
        if (text.size() > MattermostMaxChars)
            return tooLong(kind, text.size(), MattermostMaxChars, false);
        QJsonObject o { { QStringLiteral("text"), text } };
        if (!username.trimmed().isEmpty())
            o.insert(QStringLiteral("username"), username.simplified());
        return o;
    }
    case Kind::Teams:
        break;
    }
    QJsonArray body;
    if (!title.isEmpty()) {
        QJsonObject t = textBlock(title);
        t.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        t.insert(QStringLiteral("size"), QStringLiteral("Large"));
        body.append(t);
    }
    for (const QJsonValue &b : teamsBlocks(markdown))
        body.append(b);
    const QJsonObject card {
        { QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json") },
        { QStringLiteral("type"), QStringLiteral("AdaptiveCard") },
        { QStringLiteral("version"), QStringLiteral("1.4") },
        { QStringLiteral("body"), body },
        { QStringLiteral("msteams"), QJsonObject { { QStringLiteral("width"), QStringLiteral("Full") } } },
    };
    const QJsonObject message {
        { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject {
                { QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive") },
                { QStringLiteral("contentUrl"), QJsonValue::Null },
                { QStringLiteral("content"), card },
            } } },
    };
    const qsizetype size = QJsonDocument(message).toJson(QJsonDocument::Compact).size();
    if (size > TeamsMaxBytes)
        return tooLong(kind, size, TeamsMaxBytes, true);
    return message;
}

Result<QByteArray> WebhookPayload::json(
    Kind kind, const QString &subject, const QString &markdown, const QString &username)
{
    const Result<QJsonObject> o = build(kind, subject, markdown, username);
    if (!o)
        return o.error();
    return QJsonDocument(*o).toJson(QJsonDocument::Compact);
}

} // namespace MailOps
