#pragma once

#include "net/portproberesult.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace MailOps {

// Connects to every port of every address of a host at once (non-blocking
// sockets, IPv4 and IPv6) and classifies each attempt: open, refused, filtered (no
// answer in time), unreachable, name not found. Lives on its creator's
// thread, never blocks it; every attempt and the name lookup have a time
// limit, so finished() always comes; cancel() ends the run at once.
class PortProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortProbe)

public:
    enum class Family
    {
        Any,
        IPv4,
        IPv6
    };

    struct Options
    {
        QString host; // name or address
        QList<quint16> ports = mailPorts();
        int timeoutMs = 5000; // per connection attempt
        int lookupTimeoutMs = 5000;
        Family family = Family::Any;
        int maxAddressesPerFamily = 4; // a name with 50 A records stays cheap
    };

    explicit PortProbe(QObject *parent = nullptr);
    ~PortProbe() override;

    // 25, 465, 587, 110, 995, 143, 993.
    static QList<quint16> mailPorts();

    // Returns at once; resultReady() per attempt, then finished(), also for
    // invalid options. Starting again abandons a running probe silently.
    void start(const Options &options);
    // Ends the run now: unfinished attempts are reported as cancelled and
    // finished() is emitted before this returns.
    void cancel();
    bool isRunning() const { return m_running; }
    const PortProbeReport &report() const { return m_report; }

Q_SIGNALS:
    void resultReady(const MailOps::PortProbeResult &result);
    void finished(const MailOps::PortProbeReport &report);

private:
    struct Attempt
    {
        int fd = -1;
        QSocketNotifier *notifier = nullptr;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
        bool done = true;
    };

    void onLookup(const QHostInfo &info);
    void connectAll(const QList<QHostAddress> &addresses);
    void complete(int index, PortProbeResult::State state, const QString &reason);
    void startAttempt(int index);
    void onWritable(int index);
    void completeWithErrno(int index, int error);
    void release(Attempt &attempt);
    void failAll(PortProbeResult::State state, const QString &reason);
    void finishIfDone();
    void cleanup();

    Options m_options;
    PortProbeReport m_report;
    QList<Attempt> m_attempts; // parallel to m_report.results
    QTimer m_lookupTimer;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace MailOps
