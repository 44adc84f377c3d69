#pragma once

#include "queue/queuesummary.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace MailOps {

// The one line at the top of the monitor that says whether mail is moving:
// judged from the queue (how much of it is deferred, and why), the delivery
// rate from the mail log and the state of the services. All green while
// nothing leaves is the failure this exists to prevent: six messages deferred
// because the next hop refuses connections must read as "delivery stopped",
// not as a detail in a tab. Plain functions, cannot fail.
class DeliveryVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryVerdict)

public:
    enum class Level
    {
        Unknown, // nothing to judge from yet
        Ok,
        Warning,
        Critical
    };

    struct Input
    {
        std::optional<QueueSummary> queue; // the last sample, if any
        // From the mail log over its last `logMinutes`; -1 when it is not read.
        qint64 delivered = -1;
        int logMinutes = 0;
        QStringList crashLooping; // services in a crash loop
        QStringList down; // mail services not running (postfix)
        QString servicesError; // why the services could not be read; empty when they were
    };

    Level level = Level::Unknown;
    QString text;

    static DeliveryVerdict judge(const Input &input);
    // A deferral reason as Postfix wrote it, in a few plain words, with its
    // real host and port: "connect to 127.0.0.1[127.0.0.1]:2: Connection
    // refused" -> "the next hop 127.0.0.1:2 refuses connections". A reason of
    // no known shape comes back as it is.
    static QString explainReason(const QString &reason);
};

} // namespace MailOps
