#pragma once

#include "common/result.h"
#include "journal/journalevent.h"
#include "queue/postfixcommands.h"
#include "transport/transport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>

namespace MailOps {

class CommandJob;
class QueueFilter;

// Holds, releases, requeues, retries, deletes or bounces queued messages on a
// gateway: postsuper with the ids on its stdin, in batches, and postqueue -i
// one id at a time. Lives on the GUI (or CLI) thread and never blocks it.
// Ids that are not Postfix queue ids are reported and never passed on; a
// failing command stops the run, and what was done so far is in the Outcome.
class QueueAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueAction)
public:
    enum class Kind
    {
        Hold, // postsuper -h
        Release, // postsuper -H
        Requeue, // postsuper -r: through cleanup again, e.g. after a transport map change
        DeliverNow, // postqueue -i ID, one run per id
        Delete, // postsuper -d: gone, nobody is told
        Bounce, // postsuper -f, then postqueue -i: returned to the sender now
    };
    Q_ENUM(Kind)

    // What postsuper said it did, summed over the batches. Ids that left the
    // queue before the action reached them are requested but not counted.
    struct Counts
    {
        qint64 held = 0;
        qint64 released = 0;
        qint64 requeued = 0;
        qint64 deleted = 0;
        qint64 expired = 0;
    };

    struct Outcome
    {
        Kind kind = Kind::Hold;
        qint64 requested = 0; // valid, distinct ids
        qint64 affected = 0; // the kind's own count; DeliverNow: postqueue -i runs that succeeded
        Counts counts;
        // Bounce: postqueue -i runs that made a return happen now; the rest
        // (over the cap) are returned at their next delivery attempt.
        qint64 kicked = 0;
        qint64 duplicates = 0;
        qint64 invalidCount = 0;
        QStringList invalidIds; // the first few, for the message
        QList<Error> errors;
        bool cancelled = false;

        bool ok() const { return errors.isEmpty() && invalidCount == 0 && !cancelled; }
    };

    // Commands go through `transport`, which must outlive the action or be
    // destroyed only after it finished.
    QueueAction(Transport *transport, const PostfixCommands &commands, QObject *parent = nullptr);
    ~QueueAction() override;

    // Ids written to one postsuper run; bounded so that neither stdin nor
    // its per-id stderr lines grow with the queue.
    void setBatchSize(int ids) { m_batchSize = qBound(1, ids, 100000); }
    // postqueue -i runs per action (DeliverNow, Bounce); each takes a round
    // trip, so tens of thousands would take an hour over ssh.
    void setMaxDeliveries(int runs) { m_maxDeliveries = qMax(0, runs); }
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // False (and nothing happens) while another run is going; otherwise
    // `finished` follows exactly once, never from inside start().
    bool start(Kind kind, const QStringList &queueIds);
    void cancel();
    bool isRunning() const { return m_running; }

    static bool isDestructive(Kind kind);
    // The command-line words: hold, release, requeue, retry, delete, bounce.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    // "Delete 12 messages for example.com without telling their senders?"
    static QString confirmationText(Kind kind, qint64 messages, const QueueFilter &filter);
    static QString confirmationText(Kind kind, qint64 messages);
    // "Deleted 12 of 12 messages." and what was not done, for a status line.
    static QString describeOutcome(const Outcome &outcome);
    // The journal's "queue.action" event for an outcome on these ids, alike
    // from the console and `mailops queue`.
    static JournalEvent journalEvent(const QString &profile, const QStringList &ids, const Outcome &outcome);
    // Adds the summary lines of postsuper's stderr ("postsuper: Deleted: 2
    // messages") to `counts`; returns false when there were none.
    static bool parsePostsuperSummary(const QByteArray &stdErr, Counts *counts);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const MailOps::QueueAction::Outcome &outcome);

private:
    void nextStep();
    void runBatch();
    void onBatchFinished(const Result<CommandOutput> &result, qint64 batchIds);
    void runDelivery();
    void fail(const Error &error);
    void finish();
    CommandOptions options() const;

    QPointer<Transport> m_transport;
    PostfixCommands m_commands;
    int m_batchSize = 10000;
    int m_maxDeliveries = 1000;
    std::chrono::milliseconds m_timeout { 120000 };

    bool m_running = false;
    bool m_finishing = false;
    bool m_stop = false;
    Outcome m_outcome;
    QStringList m_ids; // valid and distinct, in the order given
    qsizetype m_next = 0; // next id for postsuper
    QStringList m_deliveries; // ids for postqueue -i
    qsizetype m_nextDelivery = 0;
    QPointer<CommandJob> m_job;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::QueueAction::Outcome)
