#include "gatewaystatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace MailOps {

GatewayStatusWidget::GatewayStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("gatewayStatus"));
    m_label->setObjectName(QStringLiteral("gatewayStatusText"));
    m_dot->setFixedSize(12, 12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);

    m_check.setTimeout(4000);
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &GatewayStatusWidget::checkNow);
    connect(
        &m_check, &GatewayHealthCheck::finished, this, [this](const Result<GatewayHealthCheck::Answer> &r) {
            if (r.ok() && r->replyCode == 220) {
                setState(State::Answering, tr("%1 answers (%2 ms)").arg(m_profile.name).arg(r->elapsedMs),
                    r->greeting);
            } else if (r.ok()) {
                // A 554 greeting is an answer, but a refusal to talk.
                setState(State::NotAnswering, tr("%1 refuses sessions: %2").arg(m_profile.name, r->greeting),
                    r->greeting);
            } else {
                setState(
                    State::NotAnswering, tr("%1 does not answer: %2").arg(m_profile.name, r.error().message));
            }
        });
    setState(State::Unknown, tr("Gateway not checked yet"));
}

void GatewayStatusWidget::setProfile(const GatewayProfile &profile)
{
    m_profile = profile;
    checkNow();
    m_timer.start();
}

void GatewayStatusWidget::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

QString GatewayStatusWidget::text() const
{
    return m_label->text();
}

void GatewayStatusWidget::checkNow()
{
    if (m_profile.smtpHost.isEmpty()) {
        setState(State::Unknown, tr("%1: no SMTP server set in the profile").arg(m_profile.name));
        return;
    }
    setState(State::Checking,
        tr("Checking %1 (%2:%3)…").arg(m_profile.name, m_profile.smtpHost).arg(m_profile.smtpPort));
    m_check.start(m_profile.smtpHost, m_profile.smtpPort);
}

void GatewayStatusWidget::setState(State state, const QString &text, const QString &tooltip)
{
    QColor colour;
    switch (state) {
    case State::Unknown:
        colour = QColor(0x88, 0x88, 0x88);
        break;
    case State::Checking:
        colour = QColor(0xe0, 0xa0, 0x00);
        break;
    case State::Answering:
        colour = QColor(0x2e, 0x9e, 0x44);
        break;
    case State::NotAnswering:
        colour = QColor(0xd0, 0x30, 0x30);
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1; border-radius:6px;").arg(colour.name()));
    m_label->setText(text);
    setToolTip(tooltip.isEmpty() ? text : tooltip);
    // The colour alone is not enough for every admin; the text says it too.
    m_dot->setAccessibleName(text);
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace MailOps
