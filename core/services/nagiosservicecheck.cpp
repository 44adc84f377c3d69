#include "nagiosservicecheck.h"

#include <QHash>

namespace MailOps {

NagiosServiceCheck::Output NagiosServiceCheck::renderError(const Error &error)
{
    return PluginOutput::unknown(QStringLiteral("SERVICES"), error);
}

NagiosServiceCheck::Output NagiosServiceCheck::render(
    const ServiceStatusList &services, const Thresholds &thresholds, const QList<CrashLoopAlert> &alerts)
{
    QHash<QString, int> alertRestarts;
    for (const CrashLoopAlert &a : alerts)
        alertRestarts.insert(a.service, a.restarts);

    ExitCode worst = Ok;
    QStringList problems;
    QStringList perf;
    QStringList details;
    auto raise = [&worst](ExitCode code) {
        // UNKNOWN ranks below CRITICAL: a dead service outweighs a doubt.
        auto rank = [](ExitCode c) { return c == Critical ? 3 : c == Warning ? 1 : c == Unknown ? 2 : 0; };
        if (rank(code) > rank(worst))
            worst = code;
    };

    QStringList present;
    for (const ServiceStatus &s : services)
        present << s.name;
    for (const QString &name : thresholds.required) {
        if (!present.contains(name)) {
            raise(Critical);
            problems << QStringLiteral("%1 missing").arg(name);
        }
    }

    int running = 0;
    for (const ServiceStatus &s : services) {
        const int restarts = qMax(s.restartCount, alertRestarts.value(s.name));
        ExitCode level = Ok;
        QString why;
        if (s.state == ServiceStatus::State::Running) {
            ++running;
        } else if (s.state == ServiceStatus::State::Starting || s.state == ServiceStatus::State::Stopping) {
            level = Warning;
            why = ServiceStatus::stateName(s.state);
        } else if (s.state == ServiceStatus::State::Unknown) {
            level = Unknown;
            why = ServiceStatus::stateName(s.state);
        } else {
            level = Critical;
            why = ServiceStatus::stateName(s.state);
        }
        ExitCode restartLevel = Ok;
        if (thresholds.criticalRestarts > 0 && restarts >= thresholds.criticalRestarts)
            restartLevel = Critical;
        else if (thresholds.warningRestarts > 0 && restarts >= thresholds.warningRestarts)
            restartLevel = Warning;
        if (restartLevel != Ok) {
            why += (why.isEmpty() ? QString() : QStringLiteral(", "))
                + QStringLiteral("%1 restarts").arg(restarts);
            if (level == Ok || restartLevel == Critical)
                level = restartLevel == Critical ? Critical : (level == Ok ? Warning : level);
        }
        if (alertRestarts.contains(s.name)) {
            why += (why.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("crash loop");
            level = Critical;
        }
        raise(level);
        if (level != Ok)
            problems << QStringLiteral("%1 %2").arg(s.name, why);

        perf << QStringLiteral("%1=%2;%3;%4;0;")
                    .arg(PluginOutput::perfLabel(s.name + QStringLiteral("_restarts")))
                    .arg(restarts)
                    .arg(thresholds.warningRestarts > 0 ? QString::number(thresholds.warningRestarts)
                                                        : QString())
                    .arg(thresholds.criticalRestarts > 0 ? QString::number(thresholds.criticalRestarts)
                                                         : QString());
        const qint64 up = s.uptimeSeconds();
        if (up >= 0)
            perf << QStringLiteral("%1=%2s;;;0;")
                        .arg(PluginOutput::perfLabel(s.name + QStringLiteral("_uptime")))
                        .arg(up);
        details << PluginOutput::oneLine(
            QStringLiteral("%1: %2, pid %3, %4 restarts%5")
                .arg(s.name, ServiceStatus::stateName(s.state))
                .arg(s.pid)
                .arg(restarts)
                .arg(s.message.isEmpty() ? QString() : QStringLiteral(", ") + s.message));
    }
    perf.prepend(QStringLiteral("running=%1;;;0;%2").arg(running).arg(services.size()));

    if (services.isEmpty() && thresholds.required.isEmpty()) {
        worst = Unknown;
        problems << QStringLiteral("no services reported");
    }

    QString line = QStringLiteral("SERVICES ") + PluginOutput::statusWord(worst) + QStringLiteral(" - ");
    if (problems.isEmpty())
        line += QStringLiteral("%1 of %2 services running").arg(running).arg(services.size());
    else
        line += PluginOutput::oneLine(problems.join(QStringLiteral("; ")));
    QString text = line + QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    return { worst, text };
}

} // namespace MailOps
