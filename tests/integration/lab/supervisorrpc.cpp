#include "supervisorrpc.h"

#include "services/xmlrpc.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace MailOps {

SupervisorRpc::SupervisorRpc(const QUrl &url)
    : m_url(url)
{
}

QByteArray SupervisorRpc::encodeCall(const QString &method, const QVariantList &params)
{
    return XmlRpc::encodeCall(method, params);
}

Result<QVariant> SupervisorRpc::decodeResponse(const QByteArray &xml)
{
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(xml);
    if (!r)
        return r.error();
    if (r->fault)
        return Result<QVariant>::failure(Error::Code::ProtocolError,
            QStringLiteral("XML-RPC fault %1: %2").arg(r->faultCode).arg(r->faultString));
    return r->value;
}

Result<QVariant> SupervisorRpc::call(const QString &method, const QVariantList &params, int timeoutMs)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_manager.post(request, encodeCall(method, params));

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    Result<QVariant> result;
    if (!reply->isFinished()) {
        reply->abort();
        result
            = Result<QVariant>::failure(Error::Code::Timeout, method + QStringLiteral(": no answer in time"));
    } else if (reply->error() != QNetworkReply::NoError) {
        result = Result<QVariant>::failure(
            Error::Code::ConnectionRefused, method + QStringLiteral(": ") + reply->errorString());
    } else {
        result = decodeResponse(reply->read(XmlRpc::MaxResponseBytes));
    }
    reply->deleteLater();
    return result;
}

Result<QList<SupervisorProcessInfo>> SupervisorRpc::allProcessInfo(int timeoutMs)
{
    const auto answer = call(QStringLiteral("supervisor.getAllProcessInfo"), {}, timeoutMs);
    if (!answer)
        return answer.error();
    if (answer->typeId() != QMetaType::QVariantList)
        return Result<QList<SupervisorProcessInfo>>::failure(
            Error::Code::ParseError, QStringLiteral("getAllProcessInfo did not return an array"));
    QList<SupervisorProcessInfo> processes;
    for (const QVariant &entry : answer->toList()) {
        const QVariantMap m = entry.toMap();
        SupervisorProcessInfo info;
        info.name = m.value(QStringLiteral("name")).toString();
        info.stateName = m.value(QStringLiteral("statename")).toString();
        info.pid = m.value(QStringLiteral("pid")).toLongLong();
        info.start = m.value(QStringLiteral("start")).toLongLong();
        info.exitStatus = m.value(QStringLiteral("exitstatus")).toInt();
        info.description = m.value(QStringLiteral("description")).toString();
        processes << info;
    }
    return processes;
}

} // namespace MailOps
