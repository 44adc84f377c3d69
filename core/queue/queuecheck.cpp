#include "queuecheck.h"

#include "common/error.h"
#include "queue/queuesummary.h"

namespace MailOps {

PluginOutput QueueCheck::render(const QueueSummary &q, int warning, int critical)
{
    return render(q, warning, critical, PluginOutput::Ok, QString());
}

PluginOutput QueueCheck::render(
    const QueueSummary &q, int warning, int critical, int level, const QString &why)
{
    const qint64 total = q.messages();
    PluginOutput o;
    o.exitCode = (critical >= 0 && total >= critical) ? PluginOutput::Critical
        : (warning >= 0 && total >= warning)          ? PluginOutput::Warning
                                                      : PluginOutput::Ok;
    if (level > o.exitCode && level <= PluginOutput::Critical)
        o.exitCode = PluginOutput::ExitCode(level);
    const auto n = [&q](QueueEntry::Queue queue) { return q.messages(queue); };
    const auto threshold = [](int t) { return t >= 0 ? QString::number(t) : QString(); };
    o.text = QStringLiteral("QUEUE %1 - ").arg(PluginOutput::statusWord(o.exitCode))
        + (why.isEmpty() ? QString() : why + QStringLiteral("; "))
        + tr("%1 messages (active %2, deferred %3, hold %4, incoming %5)")
              .arg(total)
              .arg(n(QueueEntry::Queue::Active))
              .arg(n(QueueEntry::Queue::Deferred))
              .arg(n(QueueEntry::Queue::Hold))
              .arg(n(QueueEntry::Queue::Incoming))
        + QStringLiteral(" | total=%1;%2;%3;0 active=%4 deferred=%5 hold=%6 incoming=%7 bytes=%8B")
              .arg(total)
              .arg(threshold(warning), threshold(critical))
              .arg(n(QueueEntry::Queue::Active))
              .arg(n(QueueEntry::Queue::Deferred))
              .arg(n(QueueEntry::Queue::Hold))
              .arg(n(QueueEntry::Queue::Incoming))
              .arg(q.bytes());
    return o;
}

PluginOutput QueueCheck::renderError(const Error &error)
{
    return PluginOutput::unknown(QStringLiteral("QUEUE"), error);
}

} // namespace MailOps
