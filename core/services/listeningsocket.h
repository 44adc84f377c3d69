#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace MailOps {

// A process holding a socket, as `ss -p` names it.
struct SocketOwner
{
    QString process; // the kernel's comm name, e.g. "master", "nsd: main"
    qint64 pid = 0;
    int fd = -1;

    bool operator==(const SocketOwner &other) const = default;
};

// One listening (TCP) or bound (UDP) socket with the processes that hold it.
// Plain data.
struct ListeningSocket
{
    QString protocol; // "tcp", "udp" (as ss's Netid column says)
    QString address; // "127.0.0.1", "::1", "*" or "0.0.0.0" for any
    QString scope; // interface after '%', e.g. "lo" in 127.0.0.53%lo
    int port = 0;
    QList<SocketOwner> owners; // empty when ss could not see them (not root)

    bool isWildcard() const;
    // Whether two sockets could collide: same protocol and port, and equal
    // addresses or one of them a wildcard.
    bool overlaps(const ListeningSocket &other) const;
    QString endpoint() const; // "127.0.0.1:25", "[::1]:25", "*:22"
};

using ListeningSocketList = QList<ListeningSocket>;

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::ListeningSocket)
