#pragma once

#include "httprequestbuffer.h"

#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A tiny HTTP server on loopback that answers each XML-RPC POST with the next
// queued reply (recorded supervisord bodies), and remembers the request
// bodies. A reply with status 0 is never answered, to test timeouts.
class FakeSupervisord final : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        QByteArray body;
        int status = 200;
    };

    FakeSupervisord()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/RPC2").arg(m_server.serverPort())); }
    void enqueue(const QByteArray &body, int status = 200) { m_replies.enqueue({ body, status }); }
    QList<QByteArray> requests;
    QString mainLog; // what supervisor.readLog answers

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const std::optional<HttpRequest> taken = HttpRequest::take(&buf);
        if (!taken)
            return;
        const QByteArray request = taken->body;
        buf.clear();
        // The main log is read once before the first poll; it is answered
        // from mainLog, apart from the queued replies.
        const bool readLog = request.contains("<methodName>supervisor.readLog</methodName>");
        if (!readLog)
            requests << request;
        const Reply reply = readLog
            ? Reply { "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>"
                  + mainLog.toHtmlEscaped().toUtf8() + "</string></value></param></params></methodResponse>" }
            : m_replies.isEmpty() ? Reply { QByteArray("no more replies"), 500 }
                                  : m_replies.dequeue();
        if (reply.status == 0)
            return;
        s->write("HTTP/1.0 " + QByteArray::number(reply.status)
            + " X\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\n\r\n" + reply.body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QQueue<Reply> m_replies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
