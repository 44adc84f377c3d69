#include "smtpstatuscheck.h"

namespace MailOps {

SmtpStatusCheck::SmtpStatusCheck(
    const QString &profile, const QString &smtp, const Result<GatewayHealthCheck::Answer> &answer)
    : m_profile(profile)
    , m_smtp(smtp)
    , m_answer(answer)
{
}

bool SmtpStatusCheck::greeted() const
{
    return m_answer.ok() && m_answer->replyCode == 220;
}

PluginOutput SmtpStatusCheck::render() const
{
    if (greeted()) {
        return { PluginOutput::Ok,
            QStringLiteral("SMTP OK - %1: %2 | time=%3ms")
                .arg(m_profile, PluginOutput::oneLine(m_answer->greeting))
                .arg(m_answer->elapsedMs) };
    }
    const QString why = m_answer.ok() ? m_answer->greeting : m_answer.error().message;
    return { PluginOutput::Critical,
        QStringLiteral("SMTP CRITICAL - %1: %2").arg(m_profile, PluginOutput::oneLine(why)) };
}

QJsonObject SmtpStatusCheck::toJson() const
{
    QJsonObject json { { QStringLiteral("profile"), m_profile }, { QStringLiteral("smtp"), m_smtp } };
    if (greeted()) {
        json.insert(QStringLiteral("status"), QStringLiteral("ok"));
        json.insert(QStringLiteral("greeting"), m_answer->greeting);
        json.insert(QStringLiteral("elapsedMs"), m_answer->elapsedMs);
        return json;
    }
    json.insert(QStringLiteral("status"), QStringLiteral("critical"));
    json.insert(QStringLiteral("error"), m_answer.ok() ? m_answer->greeting : m_answer.error().message);
    if (!m_answer.ok())
        json.insert(QStringLiteral("errorCode"), Error::codeName(m_answer.error().code));
    return json;
}

} // namespace MailOps
