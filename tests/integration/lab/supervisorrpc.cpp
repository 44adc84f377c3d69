#include "supervisorrpc.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace MailOps {

namespace {

constexpr qint64 MaxResponseBytes = 4 * 1024 * 1024;
constexpr int MaxDepth = 32;

void writeValue(QXmlStreamWriter &w, const QVariant &v)
{
    w.writeStartElement(QStringLiteral("value"));
    switch (v.typeId()) {
    case QMetaType::Bool:
        w.writeTextElement(QStringLiteral("boolean"), v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        w.writeTextElement(QStringLiteral("int"), QString::number(v.toLongLong()));
        break;
    case QMetaType::QVariantList:
        w.writeStartElement(QStringLiteral("array"));
        w.writeStartElement(QStringLiteral("data"));
        for (const QVariant &item : v.toList())
            writeValue(w, item);
        w.writeEndElement();
        w.writeEndElement();
        break;
    default:
        w.writeTextElement(QStringLiteral("string"), v.toString());
    }
    w.writeEndElement();
}

// Reads the children of a <value> element; the reader stands on its start.
QVariant readValue(QXmlStreamReader &r, int depth)
{
    if (depth > MaxDepth) {
        r.raiseError(QStringLiteral("values nested too deeply"));
        return {};
    }
    QVariant result;
    bool typed = false;
    QString untyped;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::Characters && !typed) {
            untyped += r.text();
        } else if (token == QXmlStreamReader::EndElement) {
            return typed ? result : QVariant(untyped); // <value>text</value> is a string
        } else if (token == QXmlStreamReader::StartElement) {
            typed = true;
            const auto type = r.name();
            if (type == u"string") {
                result = r.readElementText();
            } else if (type == u"int" || type == u"i4" || type == u"i8") {
                result = r.readElementText().trimmed().toLongLong();
            } else if (type == u"boolean") {
                result = r.readElementText().trimmed() == u"1";
            } else if (type == u"double") {
                result = r.readElementText().trimmed().toDouble();
            } else if (type == u"nil") {
                r.skipCurrentElement();
                result = QVariant();
            } else if (type == u"array") {
                QVariantList list;
                while (r.readNextStartElement()) { // <data>
                    while (r.readNextStartElement()) { // <value>
                        if (r.name() != u"value") {
                            r.raiseError(QStringLiteral("expected <value> in <data>"));
                            return {};
                        }
                        list << readValue(r, depth + 1);
                    }
                }
                result = list;
            } else if (type == u"struct") {
                QVariantMap map;
                while (r.readNextStartElement()) { // <member>
                    QString name;
                    QVariant value;
                    while (r.readNextStartElement()) {
                        if (r.name() == u"name")
                            name = r.readElementText();
                        else if (r.name() == u"value")
                            value = readValue(r, depth + 1);
                        else
                            r.skipCurrentElement();
                    }
                    map.insert(name, value);
                }
                result = map;
            } else {
                r.skipCurrentElement();
            }
        }
    }
    return result;
}

} // namespace

SupervisorRpc::SupervisorRpc(const QUrl &url) : m_url(url) { }

QByteArray SupervisorRpc::encodeCall(const QString &method, const QVariantList &params)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("methodCall"));
    w.writeTextElement(QStringLiteral("methodName"), method);
    w.writeStartElement(QStringLiteral("params"));
    for (const QVariant &p : params) {
        w.writeStartElement(QStringLiteral("param"));
        writeValue(w, p);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

Result<QVariant> SupervisorRpc::decodeResponse(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != u"methodResponse")
        return Result<QVariant>::failure(Error::Code::ParseError, QStringLiteral("not an XML-RPC methodResponse"));
    while (r.readNextStartElement()) {
        if (r.name() == u"fault") {
            if (!r.readNextStartElement() || r.name() != u"value")
                break;
            const QVariantMap fault = readValue(r, 0).toMap();
            return Result<QVariant>::failure(Error::Code::ProtocolError,
                                             QStringLiteral("XML-RPC fault %1: %2")
                                                 .arg(fault.value(QStringLiteral("faultCode")).toString(),
                                                      fault.value(QStringLiteral("faultString")).toString()));
        }
        if (r.name() == u"params" && r.readNextStartElement() && r.name() == u"param" && r.readNextStartElement()
            && r.name() == u"value") {
            QVariant value = readValue(r, 0);
            if (r.hasError())
                break;
            return value;
        }
        r.skipCurrentElement();
    }
    return Result<QVariant>::failure(Error::Code::ParseError,
                                     QStringLiteral("malformed XML-RPC response: ")
                                         + (r.hasError() ? r.errorString() : QStringLiteral("no value")));
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
        result = Result<QVariant>::failure(Error::Code::Timeout, method + QStringLiteral(": no answer in time"));
    } else if (reply->error() != QNetworkReply::NoError) {
        result = Result<QVariant>::failure(Error::Code::ConnectionRefused, method + QStringLiteral(": ") + reply->errorString());
    } else {
        result = decodeResponse(reply->read(MaxResponseBytes));
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
        return Result<QList<SupervisorProcessInfo>>::failure(Error::Code::ParseError,
                                                             QStringLiteral("getAllProcessInfo did not return an array"));
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
