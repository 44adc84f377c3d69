#pragma once

#include "net/gatewayhealthcheck.h"
#include "settings/gatewayprofile.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace MailOps {

// The status bar's answer to "is the gateway up?": a coloured dot and a line
// of text, refreshed on an interval and on demand, never blocking the GUI.
class GatewayStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayStatusWidget)

public:
    enum class State
    {
        Unknown,
        Checking,
        Answering,
        NotAnswering
    };

    explicit GatewayStatusWidget(QWidget *parent = nullptr);

    void setProfile(const GatewayProfile &profile);
    void setInterval(int ms);
    State state() const { return m_state; }
    QString text() const;

public Q_SLOTS:
    void checkNow();

Q_SIGNALS:
    void stateChanged(MailOps::GatewayStatusWidget::State state);

private:
    void setState(State state, const QString &text, const QString &tooltip = {});

    GatewayProfile m_profile;
    GatewayHealthCheck m_check;
    QTimer m_timer;
    QLabel *m_dot;
    QLabel *m_label;
    State m_state = State::Unknown;
};

} // namespace MailOps
