#pragma once

#include "httprequestbuffer.h"

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A small HTTP server on 127.0.0.1 standing in for an incoming webhook: it
// keeps each request's body and answers with the status, headers and body
// a test sets, or never answers at all (a server that hangs).
class FakeWebhookServer final : public QObject
{
    Q_OBJECT
public:
    int status = 200;
    QByteArray reason = "OK";
    QByteArray body = "ok";
    QList<QByteArray> headers; // extra "Name: value" lines
    bool hang = false;
    QList<QByteArray> requests; // bodies
    QList<QByteArray> requestHeads;

    FakeWebhookServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }

    // The secret part is the path, as with the real services.
    QUrl url(const QString &secret = QStringLiteral("/hooks/T0001/B0002/s3cr3tT0k3n")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(secret));
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const std::optional<HttpRequest> taken = HttpRequest::take(&buf);
        if (!taken)
            return;
        requestHeads << taken->head;
        requests << taken->body;
        if (hang)
            return;
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray &h : headers)
            answer += h + "\r\n";
        answer += "Content-Type: text/plain\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        s->write(answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
