#pragma once

// Reads back what NoticeMessage writes, independently of it: unfolded
// headers, RFC 2047 "B" and "Q" encoded words, a multipart body's parts and
// quoted-printable. For tests and fuzz targets; not a general parser.
#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <utility>

namespace EmlReader {

struct Part
{
    QByteArray contentType;
    QString text;
};

struct Message
{
    QList<std::pair<QByteArray, QByteArray>> headers; // unfolded, raw
    QList<Part> parts;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

inline QByteArray decodeQp(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2;
        } else if (in.at(i) == '=' && i + 2 < in.size()) {
            out += QByteArray::fromHex(in.mid(i + 1, 2)).left(1);
            i += 2;
        } else {
            out += in.at(i);
        }
    }
    return out;
}

inline QString decodeWords(const QByteArray &value)
{
    QString out;
    QByteArray pendingSpace;
    bool lastWasWord = false;
    for (const QByteArray &token : value.split(' ')) {
        if (token.startsWith("=?") && token.endsWith("?=") && token.count('?') == 4) {
            const QByteArrayList bits = token.mid(2, token.size() - 4).split('?');
            QByteArray bytes;
            if (bits.at(1).toUpper() == "B")
                bytes = QByteArray::fromBase64(bits.at(2));
            else {
                QByteArray q = bits.at(2);
                q.replace('_', ' ');
                bytes = decodeQp(q);
            }
            if (!lastWasWord)
                out += QString::fromUtf8(pendingSpace);
            out += QString::fromUtf8(bytes);
            lastWasWord = true;
        } else {
            out += QString::fromUtf8(pendingSpace) + QString::fromUtf8(token);
            lastWasWord = false;
        }
        pendingSpace = " ";
    }
    return out;
}

inline Message read(const QByteArray &raw)
{
    Message m;
    const qsizetype split = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(split);
    const QByteArray body = split < 0 ? QByteArray() : raw.mid(split + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ");
    unfolded.replace("\r\n\t", "\t");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            m.headers.append({ l.left(colon), l.mid(colon + 1).trimmed() });
    }
    const QByteArray type = m.header("Content-Type");
    const qsizetype b = type.indexOf("boundary=\"");
    if (b < 0)
        return m;
    const QByteArray boundary = "--" + type.mid(b + 10, type.indexOf('"', b + 10) - b - 10);
    const QByteArrayList chunks = body.split('\n');
    QByteArray current;
    bool in = false;
    auto finish = [&] {
        if (!in)
            return;
        const qsizetype end = current.indexOf("\r\n\r\n");
        Part p;
        for (const QByteArray &h : current.left(end).split('\n'))
            if (h.startsWith("Content-Type:"))
                p.contentType = h.mid(13).trimmed().split(';').value(0);
        QByteArray content = current.mid(end + 4);
        if (content.endsWith("\r\n"))
            content.chop(2);
        QString text = QString::fromUtf8(decodeQp(content));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        p.text = text;
        m.parts << p;
    };
    for (const QByteArray &line : chunks) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l == boundary || l == boundary + "--") {
            finish();
            current.clear();
            in = l == boundary;
            continue;
        }
        if (in)
            current += line + '\n';
    }
    return m;
}

} // namespace EmlReader
