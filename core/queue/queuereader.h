#pragma once

#include "common/result.h"
#include "queue/mailqparser.h"
#include "queue/queueparser.h"
#include "queue/queuesummary.h"
#include "transport/commandjob.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace MailOps {

// Runs a queue listing command (`postqueue -j`, `mailq`: any fixed argv) on a
// Transport, local or ssh, and summarises its output as it streams in, never
// holding the listing. Lives on the thread that created it and never blocks
// it; always finishes: with a summary, or an error when the program cannot
// start, exits non-zero, exceeds the timeout (then it is killed), or prints
// a line that is not part of a listing (the error names the first).
class QueueReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueReader)

public:
    enum class Format
    {
        PostqueueJson,
        Mailq
    };

    explicit QueueReader(QObject *parent = nullptr);
    ~QueueReader() override;

    void setFormat(Format format) { m_format = format; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Reference time for ages; 0 = when start() is called.
    void setNow(qint64 secs) { m_now = secs; }
    // Also hands every entry to a callback (e.g. to pick messages to lint).
    void setEntryHandler(std::function<void(const QueueEntry &)> handler) { m_handler = std::move(handler); }

    // argv on the transport, which must outlive the run.
    void start(Transport *transport, const QStringList &argv);
    // The same on this machine.
    void start(const QString &program, const QStringList &arguments);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    qint64 badLines() const;
    QList<QueueParseIssue> issues() const;

Q_SIGNALS:
    void finished(const MailOps::Result<MailOps::QueueSummary> &summary);

private:
    void feed(const QByteArray &chunk);
    void onFinished(const Result<CommandOutput> &result);
    void done(const Result<QueueSummary> &result);

    Format m_format = Format::PostqueueJson;
    qint64 m_now = 0;
    int m_timeoutMs = 60000;
    std::function<void(const QueueEntry &)> m_handler;
    std::unique_ptr<Transport> m_local;
    QPointer<CommandJob> m_job;
    QString m_program;
    QueueSummary m_summary;
    QueueParser m_json;
    MailqParser m_mailq;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::Result<MailOps::QueueSummary>)
