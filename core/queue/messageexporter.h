#pragma once

#include "common/result.h"
#include "queue/postfixcommands.h"
#include "transport/transport.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>
#include <memory>

class QSaveFile;

namespace MailOps {

class CommandJob;

struct ExportedMessage
{
    QString queueId;
    QString filePath;
    qint64 bytes = 0;
};

// Saves one queued message (postcat -h -b: headers and body as the sender
// wrote them) as an .eml file, streamed through the transport into a
// QSaveFile: the file appears whole, readable only by its owner, or not at
// all. Lives on the GUI (or CLI) thread. Fails with NotFound when the message
// left the queue, InvalidInput for a bad id, an existing file (unless
// overwriting was asked for) or a message over the size limit, Timeout, IoError.
class MessageExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageExporter)
public:
    // `transport` must outlive the exporter or be destroyed only after it finished.
    MessageExporter(Transport *transport, const PostfixCommands &commands, QObject *parent = nullptr);
    ~MessageExporter() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // False (and nothing happens) while an export is running; otherwise
    // `finished` follows exactly once, never from inside start().
    bool start(const QString &queueId, const QString &filePath, bool overwrite = false);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const MailOps::Result<MailOps::ExportedMessage> &result);

private:
    void onChunk(const QByteArray &chunk);
    void onFinished(const Result<CommandOutput> &result);
    void finish(const Result<ExportedMessage> &result);
    void stopWith(const Error &error);

    QPointer<Transport> m_transport;
    PostfixCommands m_commands;
    qint64 m_maxBytes = 64 * 1024 * 1024;
    std::chrono::milliseconds m_timeout { 120000 };

    bool m_running = false;
    bool m_overwrite = false;
    QString m_queueId;
    QString m_path;
    qint64 m_bytes = 0;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<CommandJob> m_job;
    std::optional<Error> m_failure; // decided while the command still ran
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::ExportedMessage)
Q_DECLARE_METATYPE(MailOps::Result<MailOps::ExportedMessage>)
