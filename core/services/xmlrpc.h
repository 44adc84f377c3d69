#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QVariant>

namespace MailOps {

// XML-RPC as supervisord speaks it: encodes a methodCall, decodes a
// methodResponse into QVariant (struct -> QVariantMap, array -> QVariantList,
// int/i4/i8 -> qint64, boolean -> bool, string -> QString, double, base64 ->
// QByteArray, dateTime.iso8601 -> QDateTime, nil -> invalid QVariant). Pure
// and thread-safe. Malformed, truncated, over-deep or oversized XML is a
// ParseError; a <fault> is a valid response with `fault` set.
class XmlRpc final
{
public:
    static constexpr qsizetype MaxResponseBytes = 32 * 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr qsizetype MaxValues = 2 * 1000 * 1000;

    struct Response
    {
        QVariant value;
        bool fault = false;
        int faultCode = 0;
        QString faultString;
    };

    static QByteArray encodeCall(const QString &method, const QVariantList &params = {});
    static Result<Response> decodeResponse(QByteArrayView xml);
};

} // namespace MailOps
