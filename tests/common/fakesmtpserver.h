#pragma once

// A loopback SMTP server for tests, scripted per command, that can also
// misbehave: drip bytes, flood, hang up mid-reply, inject after STARTTLS.
// Every command it receives is recorded, so tests can prove what the client
// never sent (DATA).

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class FakeSmtpServer : public QTcpServer
{
public:
    struct Reply
    {
        QByteArray bytes;
        int dripMs = 0; // > 0: one byte every dripMs
        bool close = false; // hang up after sending
        bool startTls = false; // begin the TLS handshake after sending
    };

    FakeSmtpServer() { listen(QHostAddress::LocalHost); }

    QString name = QStringLiteral("fake.mailops.test");
    Reply greeting { "220 fake.mailops.test ESMTP\r\n" };
    bool relayOpen = false;
    bool authBeforeTls = false;
    QSslCertificate certificate; // STARTTLS offered when set
    QSslKey key;
    // Overrides the default behaviour for a command when it returns a reply
    // with bytes or close set.
    std::function<Reply(const QByteArray &command, bool encrypted)> script;

    QList<QByteArray> commands;
    int connections = 0;

    bool received(const QByteArray &verb) const
    {
        for (const QByteArray &c : commands) {
            if (c.toUpper().startsWith(verb))
                return true;
        }
        return false;
    }

    Reply standard(const QByteArray &command, bool encrypted) const
    {
        const QByteArray upper = command.toUpper();
        if (upper.startsWith("EHLO")) {
            QByteArray r = "250-" + name.toLatin1() + "\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n";
            if (!certificate.isNull() && !encrypted)
                r += "250-STARTTLS\r\n";
            if (encrypted || authBeforeTls)
                r += "250-AUTH PLAIN LOGIN\r\n";
            r += "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n";
            return { r };
        }
        if (upper.startsWith("HELO"))
            return { "250 " + name.toLatin1() + "\r\n" };
        if (upper.startsWith("MAIL FROM:"))
            return { "250 2.1.0 Ok\r\n" };
        if (upper.startsWith("RCPT TO:")) {
            if (upper.contains("@MAILOPS.TEST>"))
                return { "250 2.1.5 Ok\r\n" };
            if (upper.contains("@UNKNOWN.MAILOPS.TEST>"))
                return { "550 5.1.1 <x>: Recipient address rejected: User unknown\r\n" };
            return relayOpen
                ? Reply { "250 2.1.5 Ok\r\n" }
                : Reply { "554 5.7.1 <" + command.mid(9).chopped(1) + ">: Relay access denied\r\n" };
        }
        if (upper == "RSET")
            return { "250 2.0.0 Ok\r\n" };
        if (upper == "QUIT")
            return { "221 2.0.0 Bye\r\n", 0, true };
        if (upper == "DATA")
            return { "354 End data with <CR><LF>.<CR><LF>\r\n" };
        if (upper == "STARTTLS" && !certificate.isNull() && !encrypted)
            return { "220 2.0.0 Ready to start TLS\r\n", 0, false, true };
        return { "502 5.5.2 Error: command not recognized\r\n" };
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        if (!certificate.isNull()) {
            socket->setLocalCertificate(certificate);
            socket->setPrivateKey(key);
        }
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            while (socket->canReadLine()) {
                QByteArray line = socket->readLine(4096);
                while (line.endsWith('\n') || line.endsWith('\r'))
                    line.chop(1);
                commands.append(line);
                Reply r = script ? script(line, socket->isEncrypted()) : Reply();
                if (r.bytes.isEmpty() && !r.close)
                    r = standard(line, socket->isEncrypted());
                send(socket, r);
            }
        });
        send(socket, greeting);
    }

private:
    void send(QSslSocket *socket, const Reply &r)
    {
        if (r.dripMs > 0) {
            auto *timer = new QTimer(socket);
            auto pos = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, pos, r] {
                if (*pos >= r.bytes.size()) {
                    timer->stop();
                    if (r.close)
                        socket->disconnectFromHost();
                    return;
                }
                socket->write(r.bytes.mid((*pos)++, 1));
            });
            timer->start(r.dripMs);
            return;
        }
        if (!r.bytes.isEmpty())
            socket->write(r.bytes);
        if (r.startTls)
            socket->startServerEncryption();
        if (r.close)
            socket->disconnectFromHost();
    }
};
