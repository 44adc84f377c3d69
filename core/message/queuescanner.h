#pragma once

#include "common/result.h"
#include "message/messagelinter.h"
#include "message/scannedmessage.h"
#include "queue/postfixcommands.h"
#include "transport/transport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace MailOps {

class CommandJob;
class QueueReader;

// What one scan of the queue found: how many messages were read, and the
// ones worth an admin's eyes (defects, fetch failures, poison suspects).
struct QueueScanResult
{
    int listed = 0; // messages the listing named (up to the limit)
    int scanned = 0; // messages fetched and linted
    int vanished = 0; // left the queue between the listing and the fetch
    ScannedMessageList findings;
};

// The malformed-message scan: lists the queue (postqueue -j), fetches each
// message (postcat -q ID) over the profile's Transport a few at a time, and
// lints it while it streams in, so no message is ever held whole and a 50 MB
// one costs no more memory than a small one. GUI thread, never blocks it;
// finishes once per scan(), with an error only when the listing itself fails.
class QueueScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueScanner)

public:
    QueueScanner(Transport *transport, const PostfixCommands &commands, QObject *parent = nullptr);
    ~QueueScanner() override;

    void setLimit(int messages) { m_limit = messages; }
    void setParallel(int jobs) { m_parallel = qMax(1, jobs); }
    void setFetchTimeout(int ms) { m_fetchTimeoutMs = ms; }
    // Ids to flag as poison suspects, with why.
    void setSuspects(const QHash<QString, QString> &reasons) { m_suspects = reasons; }

    // The whole queue (up to the limit); with `onlyIds`, just those of them
    // still queued, with what the listing says of them now.
    void scan(const QStringList &onlyIds = {});
    // Just these messages, e.g. the suspects a crash loop named.
    void scanIds(const QStringList &queueIds);
    void cancel();
    bool isRunning() const;

    // The raw text of one message for a viewer, capped at maxBytes.
    static QFuture<Result<QByteArray>> fetchRaw(Transport *transport, const PostfixCommands &commands,
        const QString &queueId, qint64 maxBytes = 8 * 1024 * 1024);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const MailOps::Result<MailOps::QueueScanResult> &result);

private:
    struct Fetch
    {
        ScannedMessage message;
        MessageLinter linter;
    };

    void begin();
    void fetchMore();
    void fetched(CommandJob *job, const Result<CommandOutput> &result);
    void end();

    Transport *m_transport;
    PostfixCommands m_commands;
    int m_limit = 10000;
    int m_parallel = 4;
    int m_fetchTimeoutMs = 60000;
    QHash<QString, QString> m_suspects;
    QueueReader *m_reader = nullptr;
    QQueue<QueueEntry> m_pending;
    QHash<CommandJob *, Fetch *> m_running;
    QueueScanResult m_result;
    int m_total = 0;
    int m_done = 0;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::QueueScanResult)
Q_DECLARE_METATYPE(MailOps::Result<MailOps::QueueScanResult>)
