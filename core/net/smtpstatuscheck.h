#pragma once

#include "common/pluginoutput.h"
#include "common/result.h"
#include "net/gatewayhealthcheck.h"

#include <QJsonObject>

namespace MailOps {

// `mailops status`: whether a gateway's SMTP service greets, as
// monitoring-plugin output (OK with the greeting and the time it took,
// CRITICAL with why not) or JSON. A greeting other than 220 is critical.
class SmtpStatusCheck final
{
public:
    SmtpStatusCheck(
        const QString &profile, const QString &smtp, const Result<GatewayHealthCheck::Answer> &answer);

    PluginOutput render() const;
    QJsonObject toJson() const;

private:
    bool greeted() const;

    QString m_profile;
    QString m_smtp;
    Result<GatewayHealthCheck::Answer> m_answer;
};

} // namespace MailOps
