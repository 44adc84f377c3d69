#pragma once

#include "common/result.h"
#include "queue/queueentry.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MailOps {

// Which queued messages an action should touch: any combination of recipient
// domain, sender, deferral reason, queue and minimum age (all must hold; an
// empty filter matches every message). A plain value, cheap to copy to any
// thread. Setters and parse() refuse malformed criteria with InvalidInput and
// leave the filter unchanged; they never guess.
class QueueFilter final
{
public:
    // "example.com" matches that domain, ".example.com" its subdomains (as in
    // Postfix tables); case-insensitive. Several are alternatives.
    Status setRecipientDomains(const QStringList &domains);
    // "user@example.com" (exact, case-insensitive), "@example.com" (any
    // sender in that domain) or "<>" (the null sender). Several are alternatives.
    Status setSenders(const QStringList &senders);
    // Case-insensitive substring of a recipient's raw delay reason or of its
    // QueueSummary::normaliseReason() pattern, so a reason group from the
    // monitor selects every message in it.
    Status setReason(const QString &reason);
    Status setQueues(const QStringList &names); // "deferred", "hold", "active", "incoming", "maildrop"
    void setQueues(const QList<QueueEntry::Queue> &queues);
    // Messages that arrived at least this long ago; negative for any age.
    void setMinimumAge(qint64 seconds) { m_minAge = seconds < 0 ? -1 : seconds; }

    const QStringList &recipientDomains() const { return m_domains; }
    const QStringList &senders() const { return m_senders; }
    const QString &reason() const { return m_reason; }
    const QList<QueueEntry::Queue> &queues() const { return m_queues; }
    qint64 minimumAge() const { return m_minAge; }

    bool isEmpty() const;
    // A domain or reason criterion holds when one recipient meets both; the
    // action still applies to the whole message, as Postfix acts per message.
    // A message of unknown arrival time never meets an age criterion.
    bool matches(const QueueEntry &entry, qint64 now) const;
    // "for example.com, from @spam.test, older than 2 hours" (translated);
    // "all queued messages" for an empty filter.
    QString describe() const;

    // The command-line face: keys are the option names ("domain", "sender",
    // "reason", "queue", "older-than"), values as typed; domains, senders and
    // queues may be comma-separated lists.
    static Result<QueueFilter> parse(const QMap<QString, QString> &options);
    static QStringList optionNames();
    // "30" (minutes), "90s", "30m", "2h", "1d" -> seconds.
    static Result<qint64> parseAge(const QString &text);
    // "2 hours", "90 seconds": the largest unit that divides the age.
    static QString describeAge(qint64 seconds);

private:
    bool recipientMatches(const QueueRecipient &recipient) const;

    QStringList m_domains; // lower case; a leading '.' means subdomains
    QStringList m_senders; // lower case; "" is the null sender, "@domain" a domain
    QString m_reason;
    QList<QueueEntry::Queue> m_queues;
    qint64 m_minAge = -1;
};

} // namespace MailOps
