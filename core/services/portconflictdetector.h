#pragma once

#include "listeningsocket.h"

#include <QHash>
#include <QStringList>

namespace MailOps {

// What a service is configured to listen on, and which process names count
// as that service in `ss` output (e.g. postfix: master, smtpd).
struct PortExpectation
{
    QString service;
    QString protocol = QStringLiteral("tcp");
    int port = 0;
    QString address = QStringLiteral("*"); // "*" for any
    QStringList processNames;
};

// One port problem, in words an admin can act on.
struct PortConflict
{
    enum class Kind
    {
        SharedPort, // two services are configured to want one port
        ForeignOwner, // the port is held by a process that is not the expected service
        NotListening, // the service is expected on the port but nothing listens there
        AddressInUse, // the service's log says its bind failed
    };
    Kind kind = Kind::SharedPort;
    QStringList services;
    QString protocol;
    int port = 0;
    QList<SocketOwner> holders; // who holds the port now
    QString evidence; // the log line, for AddressInUse
    QString description;

    static QString kindName(Kind kind);
};

// Finds port conflicts from expectations, the sockets `ss` lists and the
// services' log lines; the first story's POP3 clash is the model case. Pure
// and thread-safe; cannot fail (no data means no findings).
class PortConflictDetector final
{
public:
    static QList<PortConflict> detect(const QList<PortExpectation> &expected,
        const ListeningSocketList &sockets, const QHash<QString, QStringList> &logLinesByService = {});

    // Whether a log line reports a failed bind, and the port it names (0 if none).
    static bool isAddressInUse(const QString &line, int *port = nullptr);
};

} // namespace MailOps
