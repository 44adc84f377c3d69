#pragma once

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
// last log lines, and a button that holds the suspect. Hidden once no crash
// loop is active in the monitor's alerts.
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

Q_SIGNALS:
    void alert(const QString &title, const QString &text, bool critical);
    void statusMessage(const QString &text);

private:
    void onAlert(const CrashLoopAlert &alert);
    void onSuspectsChecked(const QString &service, const ScannedMessageList &suspects);
    void onHoldFinished(const QString &queueId, bool ok);
    void followAlerts();
    void holdSuspect();
    void reset();

    QPointer<GatewayMonitor> m_monitor;
    QLabel *m_text;
    QPushButton *m_holdButton;
    QStringList m_suspects;
    QSet<QString> m_held; // held from this panel
    QSet<QString> m_autoHeld;
};

} // namespace MailOps
