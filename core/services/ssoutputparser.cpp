#include "ssoutputparser.h"

#include "common/translation.h"

#include <QCoreApplication>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SsOutputParser", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Splits "addr:port" where addr may be "[v6]", "v6" with colons, "*" or carry
// a "%iface" scope.
bool splitEndpoint(QByteArrayView text, ListeningSocket &socket)
{
    const qsizetype colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.size() - 1)
        return false;
    bool ok = false;
    const int port = text.sliced(colon + 1).toByteArray().toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return false;
    QByteArrayView host = text.first(colon);
    const qsizetype percent = host.indexOf('%');
    if (percent >= 0) {
        socket.scope = QString::fromUtf8(host.sliced(percent + 1).toByteArray());
        host = host.first(percent);
    }
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.sliced(1, host.size() - 2);
    else if (host.startsWith('[') && socket.scope.endsWith(QLatin1Char(']'))) { // "[fe80::1%eth0]"
        host = host.sliced(1);
        socket.scope.chop(1);
    }
    if (host.isEmpty())
        return false;
    for (const char c : host) {
        const bool allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
            || c == ':' || c == '.' || c == '*';
        if (!allowed)
            return false;
    }
    socket.address = QString::fromLatin1(host.toByteArray());
    socket.port = port;
    return true;
}

} // namespace

QStringList SsOutputParser::command()
{
    return { QStringLiteral("ss"), QStringLiteral("-ltnupH") };
}

Result<QList<SocketOwner>> SsOutputParser::parseUsers(QByteArrayView field)
{
    // users:(("name",pid=1,fd=2),("other name",pid=3,fd=4)). Names are the
    // kernel's comm field and may hold spaces, commas, quotes or parentheses,
    // so each one ends only at the '",pid=' that follows it.
    QList<SocketOwner> owners;
    constexpr QByteArrayView prefix("users:(");
    if (!field.startsWith(prefix) || !field.endsWith(')'))
        return Result<QList<SocketOwner>>::failure(
            Error::Code::ParseError, tr("process field is not users:(...)"));
    qsizetype pos = prefix.size();
    const qsizetype end = field.size() - 1;
    while (pos < end) {
        if (field.sliced(pos).startsWith(","))
            ++pos;
        if (!field.sliced(pos).startsWith("(\""))
            return Result<QList<SocketOwner>>::failure(
                Error::Code::ParseError, tr("bad process entry in users:(...)"));
        pos += 2;
        const qsizetype nameEnd = field.indexOf("\",pid=", pos);
        if (nameEnd < 0 || nameEnd > end)
            return Result<QList<SocketOwner>>::failure(
                Error::Code::ParseError, tr("process entry without pid"));
        SocketOwner owner;
        owner.process = QString::fromUtf8(field.sliced(pos, nameEnd - pos).toByteArray());
        pos = nameEnd + 6;
        qsizetype close = field.indexOf(')', pos);
        if (close < 0 || close > end)
            return Result<QList<SocketOwner>>::failure(
                Error::Code::ParseError, tr("unterminated process entry"));
        // pid=N,fd=M (older ss versions: pid=N,M)
        const QList<QByteArray> attrs = field.sliced(pos, close - pos).toByteArray().split(',');
        bool ok = false;
        owner.pid = attrs.value(0).toLongLong(&ok);
        if (!ok || owner.pid <= 0)
            return Result<QList<SocketOwner>>::failure(Error::Code::ParseError, tr("bad pid in users:(...)"));
        for (qsizetype i = 1; i < attrs.size(); ++i) {
            QByteArray a = attrs.at(i);
            if (a.startsWith("fd="))
                a = a.mid(3);
            const int fd = a.toInt(&ok);
            if (ok && owner.fd < 0)
                owner.fd = fd;
        }
        owners << owner;
        pos = close + 1;
    }
    return owners;
}

Result<ListeningSocket> SsOutputParser::parseLine(QByteArrayView line)
{
    // Netid State Recv-Q Send-Q Local Peer [Process]; columns are separated
    // by runs of blanks, and only the process field may contain blanks.
    QList<QByteArrayView> cols;
    qsizetype pos = 0;
    while (cols.size() < 6) {
        while (pos < line.size() && isSpace(line.at(pos)))
            ++pos;
        const qsizetype start = pos;
        while (pos < line.size() && !isSpace(line.at(pos)))
            ++pos;
        if (start == pos)
            break;
        cols << line.sliced(start, pos - start);
    }
    if (cols.size() < 6)
        return Result<ListeningSocket>::failure(Error::Code::ParseError, tr("fewer than six columns"));
    ListeningSocket socket;
    socket.protocol = QString::fromLatin1(cols.at(0).toByteArray());
    if (socket.protocol != QLatin1String("tcp") && socket.protocol != QLatin1String("udp")
        && socket.protocol != QLatin1String("sctp") && socket.protocol != QLatin1String("mptcp"))
        return Result<ListeningSocket>::failure(
            Error::Code::ParseError, tr("unknown socket type \"%1\"").arg(socket.protocol.left(20)));
    bool ok = false;
    cols.at(2).toByteArray().toLongLong(&ok);
    if (!ok)
        return Result<ListeningSocket>::failure(Error::Code::ParseError, tr("Recv-Q is not a number"));
    if (!splitEndpoint(cols.at(4), socket))
        return Result<ListeningSocket>::failure(Error::Code::ParseError, tr("bad local address"));
    const QByteArrayView rest = line.sliced(pos).trimmed();
    if (!rest.isEmpty()) {
        Result<QList<SocketOwner>> owners = parseUsers(rest);
        if (!owners.ok())
            return owners.error();
        socket.owners = owners.value();
    }
    return socket;
}

Result<ListeningSocketList> SsOutputParser::parse(QByteArrayView output)
{
    if (output.size() > MaxInputBytes)
        return Result<ListeningSocketList>::failure(
            Error::Code::InvalidInput, tr("ss output larger than allowed"));
    ListeningSocketList sockets;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        QByteArrayView line = output.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // Tolerate the header, in case ss was run without -H.
        if (line.startsWith("Netid") || line.startsWith("State"))
            continue;
        Result<ListeningSocket> s = parseLine(line);
        if (!s.ok())
            return Result<ListeningSocketList>::failure(
                Error::Code::ParseError, tr("line %1 of ss output: %2").arg(lineNo).arg(s.error().message));
        sockets << s.value();
    }
    return sockets;
}

} // namespace MailOps
