#pragma once

// A submission server on loopback with just enough SMTP for libcurl's
// client: EHLO with or without STARTTLS, AUTH PLAIN and LOGIN against one
// password, recipients refused by name ("refused" in the address), the
// message kept or the connection dropped right after DATA's 354. Lives on
// the test thread's event loop: the client must run on another thread.

#include "incident/smtpsubmission.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

class TinySmtpServer : public QTcpServer
{
public:
    bool offerStartTls = false;
    bool dropAfterDataStart = false;
    QByteArray endOfDataReply = "250 2.0.0 Ok: queued as 4XYZ";
    int connections = 0;
    QList<QByteArray> messages;
    QList<QByteArray> commands;

    TinySmtpServer() { listen(QHostAddress::LocalHost); }

    static QString password() { return QStringLiteral("s3cret-Pa55word"); }

    // Plain SMTP to this server as the user it knows, with short timeouts.
    MailOps::SmtpSubmission::Settings clientSettings() const
    {
        MailOps::SmtpSubmission::Settings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = serverPort();
        s.security = MailOps::SmtpSubmission::Security::Plain;
        s.username = QStringLiteral("notices@mailops.test");
        s.password = password();
        s.connectTimeoutMs = 5000;
        s.responseTimeoutMs = 5000;
        return s;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto state = std::make_shared<State>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
            while (socket->canReadLine())
                handle(socket, *state, socket->readLine().chopped(2));
        });
        socket->write("220 tiny.mailops.test ESMTP\r\n");
    }

private:
    struct State
    {
        bool inData = false;
        QByteArray authStep; // "PLAIN", "LOGIN-USER", "LOGIN-PASS"
        QByteArray data;
    };

    void handle(QTcpSocket *socket, State &s, const QByteArray &line)
    {
        if (s.inData) {
            if (line == ".") {
                s.inData = false;
                messages.append(s.data);
                s.data.clear();
                socket->write(endOfDataReply + "\r\n");
            } else {
                s.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            }
            return;
        }
        if (!s.authStep.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(line);
            if (s.authStep == "LOGIN-USER") {
                s.authStep = "LOGIN-PASS";
                socket->write("334 UGFzc3dvcmQ6\r\n");
                return;
            }
            // PLAIN is authzid NUL authcid NUL password.
            const QByteArray given = s.authStep == "PLAIN" ? decoded.split('\0').value(2) : decoded;
            const bool ok = given == password().toUtf8();
            s.authStep.clear();
            socket->write(ok ? "235 2.7.0 Authentication successful\r\n"
                             : "535 5.7.8 Error: authentication failed: authentication failure\r\n");
            return;
        }
        commands.append(line);
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("EHLO")) {
            socket->write("250-tiny.mailops.test\r\n250-PIPELINING\r\n");
            if (offerStartTls)
                socket->write("250-STARTTLS\r\n");
            socket->write("250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n");
        } else if (upper == "AUTH PLAIN") {
            s.authStep = "PLAIN";
            socket->write("334 \r\n");
        } else if (upper == "AUTH LOGIN") {
            s.authStep = "LOGIN-USER";
            socket->write("334 VXNlcm5hbWU6\r\n");
        } else if (upper.startsWith("MAIL FROM:")) {
            socket->write("250 2.1.0 Ok\r\n");
        } else if (upper.startsWith("RCPT TO:")) {
            socket->write(upper.contains("REFUSED")
                    ? "550 5.1.1 " + line.mid(8) + ": Recipient address rejected: User unknown\r\n"
                    : QByteArray("250 2.1.5 Ok\r\n"));
        } else if (upper == "DATA") {
            socket->write("354 End data with <CR><LF>.<CR><LF>\r\n");
            if (dropAfterDataStart) {
                socket->flush();
                socket->abort();
                return;
            }
            s.inData = true;
        } else if (upper == "RSET" || upper == "NOOP") {
            socket->write("250 2.0.0 Ok\r\n");
        } else if (upper == "QUIT") {
            socket->write("221 2.0.0 Bye\r\n");
            socket->disconnectFromHost();
        } else {
            socket->write("502 5.5.2 Error: command not recognized\r\n");
        }
    }
};
