#include "messageexporter.h"

#include "common/logging.h"
#include "transport/commandjob.h"
#include "transport/transport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace MailOps {

MessageExporter::MessageExporter(Transport *transport, const PostfixCommands &commands, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_commands(commands)
{
}

MessageExporter::~MessageExporter()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

bool MessageExporter::start(const QString &queueId, const QString &filePath, bool overwrite)
{
    if (m_running)
        return false;
    m_running = true;
    m_queueId = queueId;
    m_path = filePath;
    m_overwrite = overwrite;
    m_bytes = 0;
    m_failure.reset();

    if (!PostfixCommands::isQueueId(queueId)) {
        finish(Error {
            Error::Code::InvalidInput, tr("\"%1\" is not a Postfix queue id").arg(queueId.left(40)) });
        return true;
    }
    const QFileInfo target(filePath);
    if (filePath.isEmpty() || target.isDir()) {
        finish(Error { Error::Code::InvalidInput, tr("\"%1\" is not a file name").arg(filePath) });
        return true;
    }
    if (target.exists() && !overwrite) {
        finish(Error { Error::Code::InvalidInput,
            tr("%1 already exists; choose another name or allow overwriting it").arg(filePath) });
        return true;
    }
    if (!m_transport) {
        finish(Error { Error::Code::Other, tr("the connection to the gateway was closed") });
        return true;
    }
    // Opened before the command runs, so an unwritable place fails at once
    // rather than after fetching the whole message.
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(
            Error { Error::Code::IoError, tr("cannot write %1: %2").arg(filePath, m_file->errorString()) });
        return true;
    }
    // A queued message is somebody's mail.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    CommandOptions options;
    options.timeout = m_timeout;
    options.streamStdout = true;
    m_job = m_transport->start(m_commands.fetchMessage(queueId), options);
    connect(m_job, &CommandJob::stdoutChunk, this, &MessageExporter::onChunk);
    connect(m_job, &CommandJob::finished, this, &MessageExporter::onFinished);
    return true;
}

void MessageExporter::cancel()
{
    if (m_job)
        stopWith(Error { Error::Code::Cancelled, tr("saving message %1 was cancelled").arg(m_queueId) });
}

void MessageExporter::stopWith(const Error &error)
{
    if (!m_failure)
        m_failure = error;
    if (m_job)
        m_job->cancel(); // its finished() follows and reports m_failure
}

void MessageExporter::onChunk(const QByteArray &chunk)
{
    if (m_failure || !m_file)
        return;
    if (m_bytes + chunk.size() > m_maxBytes) {
        stopWith(Error { Error::Code::InvalidInput,
            tr("message %1 is larger than %2 MB; not saved")
                .arg(m_queueId)
                .arg(double(m_maxBytes) / (1024 * 1024), 0, 'f', 0) });
        return;
    }
    if (m_file->write(chunk) != chunk.size()) {
        stopWith(
            Error { Error::Code::IoError, tr("cannot write %1: %2").arg(m_path, m_file->errorString()) });
        return;
    }
    m_bytes += chunk.size();
}

void MessageExporter::onFinished(const Result<CommandOutput> &result)
{
    m_job = nullptr;
    if (m_failure) {
        finish(*m_failure);
        return;
    }
    if (!result) {
        finish(result.error());
        return;
    }
    if (result->exitCode != 0) {
        const QString detail = QString::fromUtf8(result->stdErr).trimmed().left(300);
        // "postcat: fatal: open queue file 4F1A2B3C4D: No such file or directory"
        if (result->stdErr.contains("No such file or directory"))
            finish(Error { Error::Code::NotFound,
                tr("message %1 is no longer in the queue (delivered, returned or deleted)").arg(m_queueId) });
        else
            finish(Error { Error::Code::ProcessFailed,
                tr("postcat failed for %1 (exit %2): %3").arg(m_queueId).arg(result->exitCode).arg(detail) });
        return;
    }
    if (m_bytes == 0) {
        finish(Error { Error::Code::NotFound,
            tr("postcat printed nothing for message %1; it may be leaving the queue").arg(m_queueId) });
        return;
    }
    // Checked again: the file may have appeared while the message streamed
    // in, and QSaveFile would replace it.
    if (!m_overwrite && QFileInfo::exists(m_path)) {
        finish(Error { Error::Code::InvalidInput,
            tr("%1 appeared while the message was fetched; not replaced").arg(m_path) });
        return;
    }
    if (!m_file->commit()) {
        finish(Error { Error::Code::IoError, tr("cannot write %1: %2").arg(m_path, m_file->errorString()) });
        return;
    }
    qCInfo(lcQueue) << "saved message" << m_queueId << "to" << m_path << m_bytes << "bytes";
    finish(ExportedMessage { m_queueId, m_path, m_bytes });
}

void MessageExporter::finish(const Result<ExportedMessage> &result)
{
    if (m_file) {
        // Not committed: the temporary file goes, the target is untouched.
        m_file->cancelWriting();
        m_file.reset();
    }
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace MailOps
