#pragma once

#include "settings/gatewayprofile.h"

#include <QStringList>

namespace MailOps {

// The argv lists the console runs on a Postfix gateway, in one place: each
// carries the profile's `-c config_dir` and takes queue ids only after
// isQueueId() has vouched for them, so nothing from a listing or a user can
// turn into an option or a shell word. Plain functions of the profile.
class PostfixCommands final
{
public:
    explicit PostfixCommands(const GatewayProfile &profile);

    // Short (hex) or long (base 52, with a 'z') Postfix queue id.
    static bool isQueueId(const QString &id);

    QStringList listQueue() const; // postqueue -j
    // postcat -q -h -b ID: the message as the sender wrote it (headers and
    // body, no envelope records): what the linter reads and an .eml holds.
    QStringList fetchMessage(const QString &queueId) const;
    // postsuper with one action over the ids written to its stdin ("-").
    QStringList postsuperFromStdin(const QString &option) const;
    QStringList deliverNow(const QString &queueId) const; // postqueue -i ID

private:
    QStringList configArgs() const;

    QString m_configDir;
};

} // namespace MailOps
