#pragma once

#include "message/messagedefect.h"
#include "queue/queueentry.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace MailOps {

// One queued message after the malformed-message scan: what the queue
// listing said of it, what the linter found in its text (postcat -q ID), and
// whether it is a poison suspect (its processing coincides with a service's
// crashes). A plain value; the raw text is fetched again when a viewer wants
// it, so a scan of a large queue holds reports, never messages.
struct ScannedMessage
{
    QueueEntry entry;
    LintReport report;
    bool fetched = false; // false: postcat failed (fetchError says why)
    QString fetchError; // e.g. the message left the queue between listing and fetch
    bool suspect = false;
    QString suspectReason; // e.g. "logged by filterhub just before 3 of its crashes"
};

using ScannedMessageList = QList<ScannedMessage>;

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::ScannedMessage)
