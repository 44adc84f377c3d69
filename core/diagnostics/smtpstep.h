#pragma once

#include "diagnostics/checkitem.h"

#include <QHostAddress>
#include <QJsonObject>
#include <functional>

namespace MailOps {

// The guided run's SMTP leg for one MX address: can we connect, does it
// greet, what does EHLO offer, would it take mail for the domain. Blocking;
// call from a worker thread only. Never sends DATA.
struct SmtpStepResult
{
    CheckItem::Verdict verdict = CheckItem::Verdict::Error;
    QString summary;
    QString transcript;
    QString conclusion; // set when this finding belongs in the verdicts
    QString advice;
    qint64 elapsedMs = 0;
    QJsonObject data;
};

SmtpStepResult runSmtpStep(const QString &host, const QHostAddress &address, quint16 port,
    const QString &domain, const QString &recipient, int timeoutMs, const std::function<bool()> &cancelled);

} // namespace MailOps
