#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

// For the tests' small HTTP servers: takes one whole request (head and a
// Content-Length body) off the front of what a connection has sent so far,
// or nothing while it is still incomplete.
struct HttpRequest
{
    QByteArray head;
    QByteArray body;

    static std::optional<HttpRequest> take(QByteArray *buffer)
    {
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return std::nullopt;
        HttpRequest r { buffer->left(headerEnd), buffer->mid(headerEnd + 4, length) };
        buffer->remove(0, headerEnd + 4 + length);
        return r;
    }
};
