#pragma once

#include <QMetaType>
#include <QString>

namespace MailOps {

// A recoverable failure, carried as a value. The code is what callers branch
// on; the message is what a tired admin reads, so it names the thing that
// failed and why, never just "error".
struct Error
{
    enum class Code
    {
        Other,
        Timeout,
        Cancelled,
        // DNS
        NxDomain,
        NoData,
        ServFail,
        Refused,
        MalformedAnswer,
        // Network
        ConnectionRefused,
        HostUnreachable,
        HostNotFound,
        ProtocolError,
        TlsError,
        HostKeyRejected,
        // Local
        NotFound,
        PermissionDenied,
        IoError,
        ParseError,
        ProcessFailed,
        InvalidInput,
        Unsupported,
    };

    Code code = Code::Other;
    QString message;

    static QString codeName(Code code);
    QString toString() const;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::Error)
