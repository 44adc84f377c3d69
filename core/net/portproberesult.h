#pragma once

#include "common/error.h"
#include "net/hostlocality.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <optional>

namespace MailOps {

// The outcome of one TCP connection attempt to address:port, classified the
// way an outage needs it: refused (the host answered, nothing listens) is a
// different story from filtered (nobody answered within the time limit).
struct PortProbeResult
{
    enum class State
    {
        Open,
        Refused,
        Filtered,
        Unreachable,
        NameNotFound,
        Error,
        Cancelled
    };

    QString host; // as asked for
    QHostAddress address; // null when the name did not resolve
    quint16 port = 0;
    State state = State::Error;
    QString reason; // plain words, with the system's own error text
    qint64 elapsedMs = -1; // connection attempt only, not the name lookup
    HostLocality::Kind locality = HostLocality::Kind::Remote;

    static QString stateName(State state); // "open", "refused", "filtered", ...
    static QString serviceName(quint16 port); // "smtp", "submissions", ... or ""
};

// Every result of one PortProbe run, in the order of addresses then ports.
struct PortProbeReport
{
    QString host;
    QList<QHostAddress> addresses;
    QList<PortProbeResult> results;
    qint64 lookupMs = 0;
    qint64 elapsedMs = 0;
    std::optional<Error> lookupError;
    bool cancelled = false;

    int count(PortProbeResult::State state) const;
    QList<PortProbeResult> forPort(quint16 port) const;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::PortProbeResult)
Q_DECLARE_METATYPE(MailOps::PortProbeReport)
