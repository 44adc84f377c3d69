#pragma once

#include "common/result.h"
#include "listeningsocket.h"

#include <QByteArrayView>

namespace MailOps {

// Parses `ss -ltnupH` (listening TCP and bound UDP sockets, numeric, with
// processes, no header): "tcp LISTEN 0 100 127.0.0.1:2525 0.0.0.0:*
// users:(("smtpd",pid=32719,fd=6),("master",pid=32697,fd=11))". Pure and
// thread-safe. A line that is not in that shape is a ParseError naming the
// line; oversized input is InvalidInput.
class SsOutputParser final
{
public:
    static constexpr qsizetype MaxInputBytes = 8 * 1024 * 1024;

    static QStringList command(); // the argv to run on the gateway
    static Result<ListeningSocketList> parse(QByteArrayView output);
    static Result<ListeningSocket> parseLine(QByteArrayView line);
    // The users:((...)) field alone.
    static Result<QList<SocketOwner>> parseUsers(QByteArrayView field);
};

} // namespace MailOps
