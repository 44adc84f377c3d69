#pragma once

#include "settings/gatewayprofile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace MailOps {

// A Postfix configuration directory in a temporary directory, and a profile
// that reads it through the local transport: a gateway for widget tests.
struct LocalPostfixConfig
{
    QTemporaryDir dir;

    QString configDir() const { return dir.filePath(QStringLiteral("postfix")); }

    bool create(const QByteArray &mainCf, const QByteArray &masterCf) const
    {
        return dir.isValid() && QDir().mkpath(configDir()) && write(QStringLiteral("main.cf"), mainCf)
            && write(QStringLiteral("master.cf"), masterCf);
    }

    bool write(const QString &name, const QByteArray &data) const
    {
        QFile f(configDir() + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    GatewayProfile profile(const QString &name) const
    {
        GatewayProfile p;
        p.name = name;
        p.transport = GatewayProfile::Transport::Local;
        p.postfixConfigDir = configDir();
        return p;
    }
};

} // namespace MailOps
