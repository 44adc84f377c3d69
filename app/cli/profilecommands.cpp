#include "profilecommands.h"

#include "net/gatewayhealthcheck.h"
#include "net/smtpstatuscheck.h"
#include "settings/profilereport.h"
#include "settings/profilestore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace MailOps {

int ProfileCommands::profiles(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("MailOps::Cli", "List the gateway profiles."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    ProfileStore store;
    store.load();
    for (const QString &w : store.loadWarnings())
        complain(w);
    const ProfileReport report(store.profiles(), store.current().name);
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    out().flush();
    return 0;
}

int ProfileCommands::status(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "MailOps::Cli", "Check that the gateway's SMTP service answers with a greeting."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("profile"),
        QCoreApplication::translate("MailOps::Cli", "Gateway profile to check (default: the current one)."),
        QCoreApplication::translate("MailOps::Cli", "name") });
    p.addOption({ QStringLiteral("timeout"),
        QCoreApplication::translate("MailOps::Cli", "Seconds to wait for the greeting (default 5)."),
        QCoreApplication::translate("MailOps::Cli", "seconds"), QStringLiteral("5") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("MailOps::Cli", "Print JSON.") });
    p.process(args);
    GatewayProfile profile;
    if (!pickProfile(p.value(QStringLiteral("profile")), &profile))
        return 3;
    bool ok = false;
    const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 600) {
        complain(QCoreApplication::translate(
            "MailOps::Cli", "--timeout wants a number of seconds between 0 and 600"));
        return 3;
    }
    GatewayHealthCheck check;
    check.setTimeout(int(timeout * 1000));
    const auto answer = await<Result<GatewayHealthCheck::Answer>>(
        &check, &GatewayHealthCheck::finished, [&] { check.start(profile.smtpHost, profile.smtpPort); });
    const SmtpStatusCheck status(
        profile.name, QStringLiteral("%1:%2").arg(profile.smtpHost).arg(profile.smtpPort), answer);
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return int(status.render().exitCode);
    }
    return print(status.render());
}

} // namespace MailOps
