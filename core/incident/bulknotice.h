#pragma once

#include "common/result.h"
#include "incident/smtpsubmission.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace MailOps {

// One message per mailbox (the all-users notice once mail flows again)
// through one SMTP connection, at the rate the admin sets. run() blocks:
// call it on a worker thread; cancel() from any. A failure that would
// repeat for every mailbox (unreachable, wrong password, untrusted
// certificate, no STARTTLS) stops the run; one mailbox refused is counted
// and the run goes on.
class BulkNotice final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::BulkNotice)

public:
    struct Progress
    {
        int sent = 0;
        int failed = 0;
        int remaining = 0;
    };

    struct FailedMailbox
    {
        QString address;
        QString error;
    };

    struct Report
    {
        int sent = 0;
        QList<FailedMailbox> failed;
        int notAttempted = 0; // left when the run stopped or was cancelled
        bool cancelled = false;
        QString stoppedBy; // the failure that ended the run early, if any
        qint64 elapsedMs = 0;
        int connections = 0; // new SMTP connections opened
    };

    // The message for one mailbox; an error skips that mailbox.
    using Composer = std::function<Result<QByteArray>(const QString &address)>;
    using ProgressCallback = std::function<void(const Progress &)>;

    BulkNotice(SmtpSubmission::Settings settings, QString envelopeFrom);
    Q_DISABLE_COPY_MOVE(BulkNotice)

    // Messages per minute; 0: as fast as the server takes them.
    void setRate(int perMinute) { m_perMinute = perMinute < 0 ? 0 : perMinute; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    Report run(const QStringList &mailboxes, const Composer &compose);
    void cancel();

private:
    static bool stopsTheRun(SmtpSubmission::Failure failure);
    bool waitUntil(qint64 deadlineMs, qint64 nowMs);

    SmtpSubmission m_client;
    QString m_from;
    int m_perMinute = 0;
    ProgressCallback m_progress;
    std::atomic<bool> m_cancelled { false };
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace MailOps
