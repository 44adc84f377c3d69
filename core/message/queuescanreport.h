#pragma once

#include "message/queuescanner.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace MailOps {

// What a scan of the queue found, as `mailops scan-queue` prints it: one
// line per message the linter calls malformed (or could not fetch), then a
// count; or the same as JSON. Exit code 1 when any is malformed.
class QueueScanReport final
{
    Q_DECLARE_TR_FUNCTIONS(QueueScanReport)

public:
    explicit QueueScanReport(const QueueScanResult &result);

    int malformed() const;
    int exitCode() const { return malformed() > 0 ? 1 : 0; }
    QString toText() const;
    QJsonObject toJson() const;

private:
    QueueScanResult m_result;
};

} // namespace MailOps
