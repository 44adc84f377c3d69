#pragma once

#include "net/portproberesult.h"
#include "net/smtpproberesult.h"

#include <QJsonObject>
#include <QString>

namespace MailOps {

// Renders port and SMTP probe results for people (plain text that a support
// desk cannot misread) and for scripts (JSON with stable keys). Pure
// functions, any thread.
class NetReport final
{
public:
    static QString toText(const PortProbeReport &report);
    static QString toText(const PortProbeResult &result); // one line
    static QJsonObject toJson(const PortProbeReport &report);
    static QJsonObject toJson(const PortProbeResult &result);

    static QString toText(const SmtpProbeResult &result); // findings, details, transcript
    static QString transcriptText(const SmtpProbeResult &result);
    static QJsonObject toJson(const SmtpProbeResult &result);
    static QJsonObject toJson(const SmtpReply &reply);
    static QJsonObject toJson(const SmtpCapabilities &caps);
    static QJsonObject toJson(const CertificateInfo &cert);
};

} // namespace MailOps
