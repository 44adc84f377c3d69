#pragma once

#include "incident/incident.h"
#include "message/scannedmessage.h"
#include "services/crashloopalert.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace MailOps {

class GatewayMonitor;

// The red bar above the Gateway monitor while a service crash-loops: what
// loops, the poison suspect it names and the linter's verdict on it, its
// last log lines, a button that holds the suspect and one that opens an
// incident filled in from the loop. When the loop ends it
// says so ("resolved at 05:58, message ... held") until dismissed or the
// next loop, so an admin back at the desk sees what happened.
class CrashLoopBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrashLoopBanner)

public:
    explicit CrashLoopBanner(QWidget *parent = nullptr);

    // Null: nothing to show (between sessions).
    void setMonitor(GatewayMonitor *monitor);
    // Empty while hidden.
    QString text() const;
    bool isResolved() const { return m_resolved; }

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void alert(const QString &title, const QString &text, bool critical);
    void statusMessage(const QString &text);
    // "Open an incident…": the loop as an incident, for the admin to check.
    void incidentRequested(const MailOps::Incident &seed);

private:
    void onAlert(const CrashLoopAlert &alert);
    void onSuspectsChecked(const QString &service, const ScannedMessageList &suspects);
    void onHoldFinished(const QString &queueId, bool ok);
    void followAlerts();
    void holdSuspect();
    void reset();
    void showResolved(const QString &service);
    void paint(bool resolved);

    QPointer<GatewayMonitor> m_monitor;
    QLabel *m_text;
    QPushButton *m_holdButton;
    QPushButton *m_dismissButton;
    QPushButton *m_incidentButton;
    CrashLoopAlert m_alert; // the loop reported last
    bool m_resolved = false;
    QStringList m_suspects;
    QSet<QString> m_held; // held from this panel
    QSet<QString> m_autoHeld;
};

} // namespace MailOps
