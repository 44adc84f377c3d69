#pragma once

#include "settings/gatewayprofile.h"

#include <QJsonArray>
#include <QList>

namespace MailOps {

// The gateway profiles as `mailops profiles` prints them: one line each,
// the current one starred, or JSON. No secret is in a profile, so nothing
// is left out.
class ProfileReport final
{
public:
    ProfileReport(const QList<GatewayProfile> &profiles, const QString &currentName);

    QString toText() const;
    QJsonArray toJson() const;

private:
    QList<GatewayProfile> m_profiles;
    QString m_current;
};

} // namespace MailOps
