#include "xmlrpc.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::XmlRpc", text);
}

void writeValue(QXmlStreamWriter &w, const QVariant &v)
{
    w.writeStartElement(QStringLiteral("value"));
    switch (v.typeId()) {
    case QMetaType::Bool:
        w.writeTextElement(QStringLiteral("boolean"), v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        w.writeTextElement(QStringLiteral("int"), QString::number(v.toLongLong()));
        break;
    case QMetaType::Double:
        w.writeTextElement(QStringLiteral("double"), QString::number(v.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray:
        w.writeTextElement(QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()));
        break;
    case QMetaType::QVariantList:
        w.writeStartElement(QStringLiteral("array"));
        w.writeStartElement(QStringLiteral("data"));
        for (const QVariant &item : v.toList())
            writeValue(w, item);
        w.writeEndElement();
        w.writeEndElement();
        break;
    case QMetaType::QVariantMap: {
        w.writeStartElement(QStringLiteral("struct"));
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            w.writeStartElement(QStringLiteral("member"));
            w.writeTextElement(QStringLiteral("name"), it.key());
            writeValue(w, it.value());
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    }
    default:
        w.writeTextElement(QStringLiteral("string"), v.toString());
    }
    w.writeEndElement();
}

// Recursive descent over the reader; every function is entered on a start
// element and leaves the reader on its matching end element.
class Decoder
{
public:
    explicit Decoder(QByteArrayView xml)
        : m_reader(xml.toByteArray())
    {
    }

    Result<XmlRpc::Response> run()
    {
        if (!nextStart() || m_reader.name() != QLatin1String("methodResponse"))
            return fail(m_failed ? m_error : tr("not an XML-RPC methodResponse"));
        XmlRpc::Response response;
        if (!nextStart())
            return fail(tr("empty methodResponse"));
        if (m_reader.name() == QLatin1String("fault")) {
            if (!nextStart() || m_reader.name() != QLatin1String("value"))
                return fail(tr("fault without a value"));
            QVariant v = value(0);
            if (m_failed)
                return fail(m_error);
            const QVariantMap map = v.toMap();
            if (v.typeId() != QMetaType::QVariantMap || !map.contains(QStringLiteral("faultCode")))
                return fail(tr("fault without faultCode"));
            response.fault = true;
            response.faultCode = int(map.value(QStringLiteral("faultCode")).toLongLong());
            response.faultString = map.value(QStringLiteral("faultString")).toString();
        } else if (m_reader.name() == QLatin1String("params")) {
            if (!nextStart() || m_reader.name() != QLatin1String("param"))
                return fail(tr("params without a param"));
            if (!nextStart() || m_reader.name() != QLatin1String("value"))
                return fail(tr("param without a value"));
            response.value = value(0);
            if (m_failed)
                return fail(m_error);
        } else {
            return fail(tr("unexpected <%1> in methodResponse").arg(m_reader.name().toString()));
        }
        // The rest must be closing tags only, up to the end of the document.
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement)
                return fail(tr("unexpected <%1> after the response value").arg(m_reader.name().toString()));
            if (token == QXmlStreamReader::DTD)
                return fail(tr("DTDs are not allowed in XML-RPC"));
        }
        if (m_reader.hasError())
            return fail(readerError());
        return response;
    }

private:
    Result<XmlRpc::Response> fail(const QString &message)
    {
        return Result<XmlRpc::Response>::failure(Error::Code::ParseError, message);
    }

    QString readerError() const
    {
        return tr("malformed XML at line %1, column %2: %3")
            .arg(m_reader.lineNumber())
            .arg(m_reader.columnNumber())
            .arg(m_reader.errorString());
    }

    QVariant setError(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = message;
        }
        return {};
    }

    // Moves to the next start element; false at an end element, the end of
    // the document or an error.
    bool nextStart()
    {
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement:
                return true;
            case QXmlStreamReader::EndElement:
                return false;
            case QXmlStreamReader::DTD:
                setError(tr("DTDs are not allowed in XML-RPC"));
                return false;
            case QXmlStreamReader::Characters:
                if (!m_reader.isWhitespace()) {
                    setError(tr("unexpected text \"%1\"").arg(m_reader.text().left(40).toString()));
                    return false;
                }
                break;
            default:
                break;
            }
        }
        if (m_reader.hasError())
            setError(readerError());
        return false;
    }

    // On <value>: returns its content, leaves the reader on </value>.
    QVariant value(int depth)
    {
        if (depth > XmlRpc::MaxDepth)
            return setError(tr("values nested deeper than %1").arg(XmlRpc::MaxDepth));
        if (++m_values > XmlRpc::MaxValues)
            return setError(tr("more than %1 values").arg(XmlRpc::MaxValues));
        QString text;
        QVariant result;
        bool typed = false;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::Characters) {
                text += m_reader.text();
                continue;
            }
            if (token == QXmlStreamReader::EndElement) {
                // <value>text</value> without a type element is a string.
                return typed ? result : QVariant(text);
            }
            if (token == QXmlStreamReader::DTD)
                return setError(tr("DTDs are not allowed in XML-RPC"));
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (typed)
                return setError(tr("a value with two types"));
            typed = true;
            result = typedValue(depth);
            if (m_failed)
                return {};
        }
        return setError(m_reader.hasError() ? readerError() : tr("truncated XML-RPC response"));
    }

    // On <int>, <string>, <struct>...: leaves the reader on its end element.
    QVariant typedValue(int depth)
    {
        const QString type = m_reader.name().toString();
        if (type == QLatin1String("struct"))
            return structValue(depth);
        if (type == QLatin1String("array"))
            return arrayValue(depth);
        if (type == QLatin1String("nil")) {
            m_reader.skipCurrentElement();
            return QVariant();
        }
        const QString text = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_reader.hasError())
            return setError(readerError());
        if (type == QLatin1String("string"))
            return text;
        if (type == QLatin1String("int") || type == QLatin1String("i4") || type == QLatin1String("i8")) {
            bool ok = false;
            const qint64 n = text.trimmed().toLongLong(&ok);
            if (!ok)
                return setError(tr("bad integer \"%1\"").arg(text.left(40)));
            return n;
        }
        if (type == QLatin1String("boolean")) {
            const QString t = text.trimmed();
            if (t != QLatin1String("0") && t != QLatin1String("1"))
                return setError(tr("bad boolean \"%1\"").arg(t.left(40)));
            return t == QLatin1String("1");
        }
        if (type == QLatin1String("double")) {
            bool ok = false;
            const double d = text.trimmed().toDouble(&ok);
            if (!ok)
                return setError(tr("bad double \"%1\"").arg(text.left(40)));
            return d;
        }
        if (type == QLatin1String("base64")) {
            const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1());
            if (!decoded)
                return setError(tr("bad base64"));
            return *decoded;
        }
        if (type == QLatin1String("dateTime.iso8601")) {
            QDateTime dt = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyyMMdd'T'HH:mm:ss"));
            if (!dt.isValid())
                dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
            if (!dt.isValid())
                return setError(tr("bad dateTime \"%1\"").arg(text.left(40)));
            return dt;
        }
        return setError(tr("unknown XML-RPC type <%1>").arg(type.left(40)));
    }

    QVariant structValue(int depth)
    {
        QVariantMap map;
        while (nextStart()) {
            if (m_reader.name() != QLatin1String("member"))
                return setError(tr("unexpected <%1> in struct").arg(m_reader.name().toString()));
            QString name;
            bool haveName = false;
            bool haveValue = false;
            QVariant v;
            while (nextStart()) {
                if (m_reader.name() == QLatin1String("name") && !haveName) {
                    name = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                    if (m_reader.hasError())
                        return setError(readerError());
                    haveName = true;
                } else if (m_reader.name() == QLatin1String("value") && !haveValue) {
                    v = value(depth + 1);
                    if (m_failed)
                        return {};
                    haveValue = true;
                } else {
                    return setError(tr("unexpected <%1> in struct member").arg(m_reader.name().toString()));
                }
            }
            if (m_failed)
                return {};
            if (!haveName || !haveValue)
                return setError(tr("struct member without name or value"));
            map.insert(name, v);
        }
        if (m_failed)
            return {};
        return map;
    }

    QVariant arrayValue(int depth)
    {
        if (!nextStart() || m_reader.name() != QLatin1String("data"))
            return setError(m_failed ? m_error : tr("array without data"));
        QVariantList list;
        while (nextStart()) {
            if (m_reader.name() != QLatin1String("value"))
                return setError(tr("unexpected <%1> in array").arg(m_reader.name().toString()));
            list << value(depth + 1);
            if (m_failed)
                return {};
        }
        if (m_failed)
            return {};
        // Now on </data>; the next end element is </array>.
        if (nextStart())
            return setError(tr("unexpected <%1> after array data").arg(m_reader.name().toString()));
        if (m_failed)
            return {};
        return list;
    }

    QXmlStreamReader m_reader;
    bool m_failed = false;
    QString m_error;
    qsizetype m_values = 0;
};

} // namespace

QByteArray XmlRpc::encodeCall(const QString &method, const QVariantList &params)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
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
    return out;
}

Result<XmlRpc::Response> XmlRpc::decodeResponse(QByteArrayView xml)
{
    if (xml.size() > MaxResponseBytes)
        return Result<Response>::failure(Error::Code::InvalidInput,
            tr("XML-RPC response of %1 bytes is larger than allowed").arg(xml.size()));
    if (xml.trimmed().isEmpty())
        return Result<Response>::failure(Error::Code::ParseError, tr("empty XML-RPC response"));
    return Decoder(xml).run();
}

} // namespace MailOps
