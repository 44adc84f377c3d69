#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace MailOps {

// A notice (subject and Markdown text) as the JSON an incoming webhook
// takes: Slack's {"text": ...} in its mrkdwn (*bold*, _italic_, <url|label>,
// "&", "<" and ">" escaped), Mattermost's {"text": ...} in the Markdown it
// renders as is (with "username" when one is given), and for Microsoft Teams
// the Workflows message whose one attachment is an Adaptive Card of
// TextBlocks (headings as bold blocks; TextBlocks render bold, italic, lists
// and links). A text too long for the service is refused with the limit
// named rather than cut: a notice missing its last paragraph (often the
// next update time) is worse than one sent by the next path. Plain values.
class WebhookPayload final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::WebhookPayload)

public:
    enum class Kind
    {
        Slack,
        Mattermost,
        Teams
    };

    // Slack shortens messages over 40,000 characters; Mattermost's default
    // post limit is 16,383; Teams refuses a message over 28 KB.
    static constexpr qsizetype SlackMaxChars = 40000;
    static constexpr qsizetype MattermostMaxChars = 16383;
    static constexpr qsizetype TeamsMaxBytes = 28 * 1024;

    static Result<QJsonObject> build(
        Kind kind, const QString &subject, const QString &markdown, const QString &username = {});
    static Result<QByteArray> json(
        Kind kind, const QString &subject, const QString &markdown, const QString &username = {});

    // The Markdown in Slack's mrkdwn.
    static QString slackText(const QString &markdown);
    // The Markdown as Adaptive Card TextBlocks, one per heading, paragraph,
    // list or quote.
    static QJsonArray teamsBlocks(const QString &markdown);

    // "slack", "mattermost", "teams" for files and scripts; the product's
    // name for people.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::WebhookPayload::Kind)
