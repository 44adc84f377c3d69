#include "queuealertbanner.h"

#include "monitor/activealerts.h"
#include "theme.h"

#include <QApplication>

namespace MailOps {

QueueAlertBanner::QueueAlertBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("queueAlertBanner"));
    setWordWrap(true);
    hide();
}

void QueueAlertBanner::setAlerts(ActiveAlerts *alerts)
{
    if (m_alerts)
        m_alerts->disconnect(this);
    m_alerts = alerts;
    if (alerts)
        connect(alerts, &ActiveAlerts::changed, this, &QueueAlertBanner::follow);
    follow();
}

QString QueueAlertBanner::alertText() const
{
    return isVisible() ? text() : QString();
}

void QueueAlertBanner::follow()
{
    const std::optional<ActiveAlerts::Alert> worst
        = m_alerts ? m_alerts->worst(QStringLiteral("queue")) : std::nullopt;
    if (!worst) {
        clear();
        hide();
        return;
    }
    const bool critical = worst->severity == ActiveAlerts::Severity::Critical;
    setStyleSheet(Theme::bannerStyle(
        critical ? Theme::Severity::Critical : Theme::Severity::Warning, QApplication::palette()));
    setText(worst->title + QStringLiteral(": ") + worst->text);
    show();
}

} // namespace MailOps
