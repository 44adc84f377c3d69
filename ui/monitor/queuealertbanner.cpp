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
    setTextFormat(Qt::RichText);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"incident")
            Q_EMIT incidentWanted();
    });
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
    return isVisible() ? m_plain : QString();
}

void QueueAlertBanner::follow()
{
    const std::optional<ActiveAlerts::Alert> worst
        = m_alerts ? m_alerts->worst(QStringLiteral("queue")) : std::nullopt;
    if (!worst) {
        m_plain.clear();
        clear();
        hide();
        return;
    }
    const bool critical = worst->severity == ActiveAlerts::Severity::Critical;
    setStyleSheet(Theme::bannerStyle(
        critical ? Theme::Severity::Critical : Theme::Severity::Warning, QApplication::palette()));
    m_plain = worst->title + QStringLiteral(": ") + worst->text;
    // The link in the banner's own text colour, underlined, so it reads on
    // the warning and the critical background alike.
    setText(QStringLiteral("%1 &nbsp;<a href=\"incident\" style=\"color: inherit\">%2</a>")
                .arg(m_plain.toHtmlEscaped(), tr("Open an incident…")));
    show();
}

} // namespace MailOps
