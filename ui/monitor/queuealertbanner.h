#pragma once

#include <QLabel>
#include <QPointer>

namespace MailOps {

class ActiveAlerts;

// One line above the Gateway monitor for what is wrong with the queue now:
// the worst active queue alert, its text and colour both from the active
// alerts, so a clear shows what is still on (or hides the line) and never
// leaves an old text behind; with a link that opens an incident from it.
class QueueAlertBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueAlertBanner)

public:
    explicit QueueAlertBanner(QWidget *parent = nullptr);

    // Null: hidden (between sessions).
    void setAlerts(ActiveAlerts *alerts);
    // Empty while hidden.
    QString alertText() const;

Q_SIGNALS:
    // Its "Open an incident…" link.
    void incidentWanted();

private:
    void follow();

    QPointer<ActiveAlerts> m_alerts;
    QString m_plain;
};

} // namespace MailOps
