#include "error.h"

namespace MailOps {

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Other:
        return QStringLiteral("error");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::NxDomain:
        return QStringLiteral("nxdomain");
    case Code::NoData:
        return QStringLiteral("nodata");
    case Code::ServFail:
        return QStringLiteral("servfail");
    case Code::Refused:
        return QStringLiteral("refused");
    case Code::MalformedAnswer:
        return QStringLiteral("malformed-answer");
    case Code::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Code::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case Code::HostNotFound:
        return QStringLiteral("host-not-found");
    case Code::ProtocolError:
        return QStringLiteral("protocol-error");
    case Code::TlsError:
        return QStringLiteral("tls-error");
    case Code::HostKeyRejected:
        return QStringLiteral("host-key-rejected");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Code::IoError:
        return QStringLiteral("io-error");
    case Code::ParseError:
        return QStringLiteral("parse-error");
    case Code::ProcessFailed:
        return QStringLiteral("process-failed");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("error");
}

QString Error::toString() const
{
    return message.isEmpty() ? codeName(code) : codeName(code) + QStringLiteral(": ") + message;
}

} // namespace MailOps
