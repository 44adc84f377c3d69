#include "postfixcommands.h"

#include <QRegularExpression>

namespace MailOps {

PostfixCommands::PostfixCommands(const GatewayProfile &profile)
    : m_configDir(profile.postfixConfigDir)
{
}

bool PostfixCommands::isQueueId(const QString &id)
{
    // Short ids are upper-case hex; long ids use base 52 without vowels and a
    // 'z' between the time and inode parts. Anything else, in particular a
    // leading '-', is refused before it reaches an argv.
    static const QRegularExpression re(QStringLiteral("^(?:[0-9A-F]{6,16}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]"
                                                      "{10,16}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]{4,12})$"));
    return re.match(id).hasMatch();
}

QStringList PostfixCommands::configArgs() const
{
    return m_configDir.isEmpty() ? QStringList() : QStringList { QStringLiteral("-c"), m_configDir };
}

QStringList PostfixCommands::listQueue() const
{
    return QStringList { QStringLiteral("postqueue") } + configArgs() + QStringList { QStringLiteral("-j") };
}

QStringList PostfixCommands::fetchMessage(const QString &queueId) const
{
    return QStringList { QStringLiteral("postcat") } + configArgs()
        + QStringList { QStringLiteral("-h"), QStringLiteral("-b"), QStringLiteral("-q"), queueId };
}

QStringList PostfixCommands::postsuperFromStdin(const QString &option) const
{
    return QStringList { QStringLiteral("postsuper") } + configArgs()
        + QStringList { option, QStringLiteral("-") };
}

QStringList PostfixCommands::deliverNow(const QString &queueId) const
{
    return QStringList { QStringLiteral("postqueue") } + configArgs()
        + QStringList { QStringLiteral("-i"), queueId };
}

} // namespace MailOps
