#pragma once

#include <QHostAddress>
#include <QString>

namespace MailOps {

// Tells whether an address is this machine (loopback or one of its own
// interfaces) or somewhere else. A port that answers locally proves nothing
// about what the rest of the world sees (the "port 25 blocked upstream"
// story). Stateless, any thread; reads the interface list on each call.
class HostLocality final
{
public:
    enum class Kind
    {
        Loopback,
        ThisHost,
        Remote
    };

    static Kind of(const QHostAddress &address);
    static QString name(Kind kind); // "loopback", "this-host", "remote"
    static QString description(Kind kind); // plain words, translated
};

} // namespace MailOps
