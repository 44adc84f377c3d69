#pragma once

#include <QByteArray>
#include <QIODevice>
#include <random>

namespace MailOps {

// Writes a realistic Postfix mail log: smtpd connect/disconnect, cleanup,
// qmgr, smtp deliveries (sent, deferred with retries, bounced), local
// pickups, postscreen and anvil lines, and NOQUEUE rejects of every class.
// Deterministic for a seed, and keeps the totals pflogsumm would report, so
// tests and benchmarks can check a counter against the truth.
class MailLogSynth final
{
public:
    struct Totals
    {
        qint64 lines = 0;
        qint64 received = 0;
        qint64 delivered = 0;
        qint64 deferrals = 0;
        qint64 deferredMessages = 0;
        qint64 bounced = 0;
        qint64 rejected = 0;
    };

    explicit MailLogSynth(quint32 seed = 1, bool rfc3339 = false);

    // Appends at least `lines` lines.
    void write(QIODevice *out, qint64 lines);
    const Totals &totals() const { return m_totals; }

private:
    void line(const QByteArray &program, qint64 pid, const QByteArray &text);
    QByteArray stamp() const;
    QByteArray queueId();
    QByteArray ip();
    QByteArray clientName(const QByteArray &ip);
    QByteArray address(bool remote);
    int pick(int n) { return int(m_rng() % quint32(n)); }
    void acceptedMessage();
    void localPickup();
    void reject();
    void postscreen();
    void retry();

    std::mt19937 m_rng;
    bool m_rfc3339 = false;
    qint64 m_time = 0; // microseconds since the start of the log
    quint64 m_nextId = 0x1A2B3C4D5ULL;
    QByteArray m_buffer;
    QList<QByteArray> m_deferred; // queue ids waiting for a retry
    Totals m_totals;
};

} // namespace MailOps
