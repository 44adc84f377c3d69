#pragma once

#include "common/result.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QVariant>

namespace MailOps {

struct SupervisorProcessInfo
{
    QString name;
    QString stateName; // RUNNING, STARTING, BACKOFF, EXITED, FATAL, ...
    qint64 pid = 0;
    qint64 start = 0; // epoch seconds of the last start: changes on every restart
    int exitStatus = 0;
    QString description;
};

// A minimal XML-RPC client for supervisord's API (http://HOST:PORT/RPC2),
// for integration tests. Blocks the calling thread in a local event loop, up
// to a time limit; HTTP errors, faults and unparsable answers are Errors.
class SupervisorRpc final
{
public:
    explicit SupervisorRpc(const QUrl &url);

    Result<QVariant> call(const QString &method, const QVariantList &params = {}, int timeoutMs = 5000);
    Result<QList<SupervisorProcessInfo>> allProcessInfo(int timeoutMs = 5000);

    static QByteArray encodeCall(const QString &method, const QVariantList &params);
    // The value of a methodResponse as QVariant (string, int, bool, double,
    // QVariantList for arrays, QVariantMap for structs), or its fault.
    static Result<QVariant> decodeResponse(const QByteArray &xml);

private:
    QUrl m_url;
    QNetworkAccessManager m_manager;
};

} // namespace MailOps
