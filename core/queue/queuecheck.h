#pragma once

#include "common/pluginoutput.h"

#include <QCoreApplication>

namespace MailOps {

struct Error;
class QueueSummary;

// `mailops check queue`: the queue's size as monitoring-plugin output, with
// the size of each Postfix queue as perfdata. A threshold below 0 is unset.
class QueueCheck final
{
    Q_DECLARE_TR_FUNCTIONS(QueueCheck)

public:
    static PluginOutput render(const QueueSummary &summary, int warning, int critical);
    // The same, raised to at least `level` (a PluginOutput code) with `why`
    // said first: a stuck queue is not OK whatever its size.
    static PluginOutput render(
        const QueueSummary &summary, int warning, int critical, int level, const QString &why);
    static PluginOutput renderError(const Error &error);
};

} // namespace MailOps
