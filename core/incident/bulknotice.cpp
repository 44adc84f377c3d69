#include "bulknotice.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <chrono>

namespace MailOps {

BulkNotice::BulkNotice(SmtpSubmission::Settings settings, QString envelopeFrom)
    : m_client(std::move(settings))
    , m_from(std::move(envelopeFrom))
{
}

void BulkNotice::cancel()
{
    m_cancelled.store(true);
    m_client.cancel();
    const std::lock_guard lock(m_mutex);
    m_wake.notify_all();
}

bool BulkNotice::stopsTheRun(SmtpSubmission::Failure failure)
{
    switch (failure) {
    case SmtpSubmission::Failure::RecipientsRefused:
    case SmtpSubmission::Failure::MessageRefused:
    case SmtpSubmission::Failure::DroppedDuringData:
    case SmtpSubmission::Failure::Timeout:
    case SmtpSubmission::Failure::Other:
    case SmtpSubmission::Failure::None:
        return false;
    default:
        return true;
    }
}

// Waits for the next slot of the rate, waking early on cancel(); false when
// cancelled.
bool BulkNotice::waitUntil(qint64 deadlineMs, qint64 nowMs)
{
    if (deadlineMs > nowMs) {
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(
            lock, std::chrono::milliseconds(deadlineMs - nowMs), [this] { return m_cancelled.load(); });
    }
    return !m_cancelled.load();
}

BulkNotice::Report BulkNotice::run(const QStringList &mailboxes, const Composer &compose)
{
    Report report;
    QElapsedTimer clock;
    clock.start();
    const qint64 intervalMs = m_perMinute > 0 ? 60000 / m_perMinute : 0;
    Progress progress { 0, 0, int(mailboxes.size()) };
    // A dropped connection is counted for that mailbox; the next send
    // connects again, which the connection count shows.
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        if (!waitUntil(i * intervalMs, clock.elapsed())) {
            report.cancelled = true;
            break;
        }
        const QString &address = mailboxes.at(i);
        --progress.remaining;
        const Result<QByteArray> message = compose(address);
        if (!message) {
            report.failed.append({ address, message.error().message });
            ++progress.failed;
        } else {
            const auto receipt = m_client.send(m_from, { address }, message.value());
            if (receipt) {
                ++report.sent;
                ++progress.sent;
                if (!receipt->reusedConnection)
                    ++report.connections;
            } else if (m_client.failure() == SmtpSubmission::Failure::Cancelled) {
                ++progress.remaining;
                report.cancelled = true;
                break;
            } else {
                report.failed.append({ address, receipt.error().message });
                ++progress.failed;
                if (stopsTheRun(m_client.failure())) {
                    report.stoppedBy = receipt.error().message;
                    if (m_progress)
                        m_progress(progress);
                    break;
                }
            }
        }
        if (m_progress)
            m_progress(progress);
    }
    report.notAttempted = progress.remaining;
    report.elapsedMs = clock.elapsed();
    m_client.disconnect();
    qCInfo(lcIncident).noquote() << "bulk notice:" << report.sent << "sent," << report.failed.size()
                                 << "failed," << report.notAttempted << "not attempted in" << report.elapsedMs
                                 << "ms";
    return report;
}

} // namespace MailOps
