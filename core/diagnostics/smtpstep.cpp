#include "smtpstep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>

namespace MailOps {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("MailOps::SmtpStep", s);
}

using V = CheckItem::Verdict;

// Limits against a hostile or broken server (RFC 5321 4.5.3.1 allows 512
// octets a line; we are generous but bounded).
constexpr int kMaxLine = 2048;
constexpr int kMaxLines = 100;

struct Reply
{
    int code = 0;
    QStringList lines;
    QString error; // set when no complete reply came
    QString text() const { return lines.join(QStringLiteral(" / ")); }
};

QString printable(const QByteArray &line)
{
    QString out;
    out.reserve(line.size());
    for (const char c : line) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar(QLatin1Char(c)) : QChar(0xfffd);
    }
    return out;
}

class Session
{
public:
    Session(int timeoutMs, std::function<bool()> cancelled)
        : m_deadline(timeoutMs)
        , m_cancelled(std::move(cancelled))
    {
        m_clock.start();
    }

    QSslSocket socket;
    QStringList transcript;

    void note(const QString &direction, const QString &text)
    {
        transcript << QStringLiteral("%1 ms %2 %3").arg(m_clock.elapsed(), 5).arg(direction, text);
    }

    bool send(const QByteArray &line)
    {
        note(QStringLiteral("->"), QString::fromLatin1(line));
        socket.write(line + "\r\n");
        return socket.waitForBytesWritten(remaining());
    }

    Reply read()
    {
        Reply r;
        QByteArray buffer;
        while (true) {
            if (m_cancelled && m_cancelled()) {
                r.error = tr("cancelled");
                return r;
            }
            while (socket.canReadLine() || socket.bytesAvailable() > kMaxLine) {
                QByteArray line = socket.readLine(kMaxLine + 1);
                if (line.size() > kMaxLine && !line.endsWith('\n')) {
                    r.error = tr("reply line longer than %1 bytes").arg(kMaxLine);
                    note(QStringLiteral("<-"), printable(line.left(120)) + QStringLiteral("…"));
                    return r;
                }
                while (line.endsWith('\n') || line.endsWith('\r'))
                    line.chop(1);
                note(QStringLiteral("<-"), printable(line));
                bool isNumber = false;
                const int code = line.left(3).toInt(&isNumber);
                if (!isNumber || code < 200 || code > 599 || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
                    r.error = tr("not an SMTP reply: %1").arg(printable(line.left(120)));
                    return r;
                }
                if (r.code != 0 && code != r.code) {
                    r.error = tr("reply lines with different codes (%1, %2)").arg(r.code).arg(code);
                    return r;
                }
                r.code = code;
                r.lines << printable(line.mid(4));
                if (r.lines.size() > kMaxLines) {
                    r.error = tr("more than %1 reply lines").arg(kMaxLines);
                    return r;
                }
                if (line.size() == 3 || line[3] == ' ')
                    return r;
            }
            const int left = remaining();
            if (left <= 0) {
                r.error = tr("no complete reply within the time limit");
                return r;
            }
            if (!socket.waitForReadyRead(qMin(left, 200))) {
                if (socket.state() != QAbstractSocket::ConnectedState) {
                    r.error = tr("the server closed the connection");
                    return r;
                }
            }
        }
    }

    int remaining() const { return int(qMax<qint64>(0, m_deadline.remainingTime())); }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;
    std::function<bool()> m_cancelled;
};

QStringList capabilities(const Reply &ehlo)
{
    QStringList caps;
    for (int i = 1; i < ehlo.lines.size(); ++i)
        caps << ehlo.lines.at(i).trimmed();
    return caps;
}

} // namespace

SmtpStepResult runSmtpStep(const QString &host, const QHostAddress &address, quint16 port, const QString &domain,
                           const QString &recipient, int timeoutMs, const std::function<bool()> &cancelled)
{
    SmtpStepResult out;
    Session s(qMax(timeoutMs, 1000) * 2, cancelled);
    const QString where = QStringLiteral("%1 (%2) port %3").arg(host, address.toString()).arg(port);
    const QString rcpt = recipient.isEmpty() ? QStringLiteral("postmaster@") + domain : recipient;
    auto done = [&](V v, const QString &summary) {
        out.verdict = v;
        out.summary = summary;
        out.transcript = s.transcript.join(QLatin1Char('\n'));
        out.elapsedMs = s.elapsed();
        if (s.socket.state() == QAbstractSocket::ConnectedState) {
            s.socket.write("QUIT\r\n");
            s.socket.waitForBytesWritten(200);
            s.socket.disconnectFromHost();
        }
        s.socket.abort();
        return out;
    };

    s.note(QStringLiteral("  "), tr("connecting to %1").arg(where));
    s.socket.connectToHost(address, port);
    if (!s.socket.waitForConnected(qMax(timeoutMs, 500))) {
        const auto err = s.socket.error();
        out.data.insert(QStringLiteral("port"), port);
        if (err == QAbstractSocket::ConnectionRefusedError) {
            out.data.insert(QStringLiteral("connect"), QStringLiteral("refused"));
            out.conclusion = tr("Nothing accepts connections on %1 (connection refused)").arg(where);
            out.advice = tr("The host answered but refused the connection: the mail service is not running there, or "
                            "listens on another address or port. This was tested from %1.")
                             .arg(QHostInfo::localHostName());
            return done(V::Fail, tr("connection refused after %1 ms").arg(s.elapsed()));
        }
        if (err == QAbstractSocket::SocketTimeoutError || s.socket.state() != QAbstractSocket::ConnectedState) {
            const bool timedOut = err == QAbstractSocket::SocketTimeoutError || err == QAbstractSocket::UnknownSocketError;
            out.data.insert(QStringLiteral("connect"), timedOut ? QStringLiteral("timeout") : QStringLiteral("unreachable"));
            if (timedOut) {
                out.conclusion = tr("Port %1 of %2 is filtered: connections time out").arg(port).arg(host);
                out.advice = tr("No answer at all within %1 ms: a firewall between here and the server drops the "
                                "connection (a refused connection would be answered at once). If the server itself "
                                "accepts locally, ask the network or hosting provider whether port %2 is blocked upstream.")
                                 .arg(qMax(timeoutMs, 500)).arg(port);
                return done(V::Fail, tr("no answer within %1 ms (filtered)").arg(qMax(timeoutMs, 500)));
            }
            out.conclusion = tr("%1 cannot be reached: %2").arg(where, s.socket.errorString());
            return done(V::Fail, s.socket.errorString());
        }
        return done(V::Fail, s.socket.errorString());
    }
    out.data.insert(QStringLiteral("connect"), QStringLiteral("open"));

    const Reply greeting = s.read();
    out.data.insert(QStringLiteral("greeting"), greeting.text());
    if (!greeting.error.isEmpty()) {
        out.conclusion = tr("%1 accepts connections but does not greet properly").arg(where);
        out.advice = greeting.error;
        return done(V::Fail, greeting.error);
    }
    if (greeting.code != 220) {
        out.conclusion = tr("%1 refuses SMTP sessions: %2 %3").arg(where).arg(greeting.code).arg(greeting.text());
        return done(greeting.code >= 500 ? V::Fail : V::Warning, tr("greeting %1 %2").arg(greeting.code).arg(greeting.text()));
    }

    const QByteArray myName = QHostInfo::localHostName().toLatin1().isEmpty() ? QByteArrayLiteral("mailops-console.invalid")
                                                                              : QHostInfo::localHostName().toLatin1();
    s.send("EHLO " + myName);
    Reply ehlo = s.read();
    if (!ehlo.error.isEmpty() || ehlo.code != 250) {
        s.send("HELO " + myName);
        ehlo = s.read();
        if (!ehlo.error.isEmpty() || ehlo.code != 250)
            return done(V::Fail, tr("refuses EHLO and HELO: %1").arg(ehlo.error.isEmpty() ? ehlo.text() : ehlo.error));
    }
    QStringList caps = capabilities(ehlo);
    const bool startTls = caps.contains(QStringLiteral("STARTTLS"), Qt::CaseInsensitive);
    out.data.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(caps));
    out.data.insert(QStringLiteral("starttls"), startTls);
    V verdict = V::Pass;
    QStringList notes;

    if (startTls && QSslSocket::supportsSsl()) {
        s.send("STARTTLS");
        const Reply ready = s.read();
        if (ready.code == 220) {
            // Certificate problems are findings, not reasons to stop.
            s.socket.setPeerVerifyMode(QSslSocket::QueryPeer);
            s.socket.startClientEncryption();
            if (s.socket.waitForEncrypted(s.remaining())) {
                const QList<QSslCertificate> chain = s.socket.peerCertificateChain();
                const QList<QSslError> errors = QSslCertificate::verify(chain, host);
                QStringList errorText;
                for (const QSslError &e : errors)
                    errorText << e.errorString();
                if (!chain.isEmpty()) {
                    const QSslCertificate &leaf = chain.constFirst();
                    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(leaf.expiryDate());
                    s.note(QStringLiteral("  "), tr("TLS %1, certificate %2, issued by %3, expires %4 (%5 days)")
                                                     .arg(s.socket.sessionCipher().protocolString(),
                                                          leaf.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                                                          leaf.issuerInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                                                          leaf.expiryDate().toString(Qt::ISODate))
                                                     .arg(daysLeft));
                    out.data.insert(QStringLiteral("certificateExpires"), leaf.expiryDate().toString(Qt::ISODate));
                    out.data.insert(QStringLiteral("certificateSubject"),
                                    leaf.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')));
                    if (daysLeft < 14) {
                        verdict = V::Warning;
                        notes << tr("certificate expires in %1 days").arg(daysLeft);
                    }
                }
                for (const QString &e : std::as_const(errorText))
                    s.note(QStringLiteral("  "), tr("certificate: %1").arg(e));
                out.data.insert(QStringLiteral("certificateProblems"), QJsonArray::fromStringList(errorText));
                if (!errorText.isEmpty()) {
                    verdict = V::Warning;
                    notes << tr("certificate not trusted for %1 (%2)").arg(host, errorText.constFirst());
                }
                s.send("EHLO " + myName);
                ehlo = s.read();
                caps = capabilities(ehlo);
            } else {
                verdict = V::Warning;
                notes << tr("STARTTLS handshake failed: %1").arg(s.socket.errorString());
                return done(V::Warning, notes.join(QStringLiteral("; ")));
            }
        } else {
            verdict = V::Warning;
            notes << tr("STARTTLS offered but refused: %1").arg(ready.error.isEmpty() ? ready.text() : ready.error);
        }
    } else if (!startTls) {
        verdict = V::Warning;
        notes << tr("no STARTTLS: mail to this server travels unencrypted");
    }

    // Would it take mail for the domain? MAIL FROM:<> and RCPT TO, then RSET:
    // no DATA, so nothing is ever delivered.
    s.send("MAIL FROM:<>");
    const Reply mail = s.read();
    if (mail.code != 250) {
        out.conclusion = tr("%1 refuses the envelope sender: %2 %3").arg(where).arg(mail.code).arg(mail.text());
        return done(V::Fail, tr("MAIL FROM refused: %1 %2").arg(mail.code).arg(mail.error.isEmpty() ? mail.text() : mail.error));
    }
    s.send("RCPT TO:<" + rcpt.toLatin1() + ">");
    const Reply rc = s.read();
    s.send("RSET");
    s.read();
    out.data.insert(QStringLiteral("rcptCode"), rc.code);
    out.data.insert(QStringLiteral("rcptReply"), rc.text());
    if (rc.code == 250 || rc.code == 251) {
        notes.prepend(tr("accepts mail for %1").arg(rcpt));
    } else if (rc.code >= 400 && rc.code < 500) {
        verdict = V::Fail;
        out.conclusion = tr("%1 temporarily refuses mail for %2: %3 %4").arg(where, rcpt).arg(rc.code).arg(rc.text());
        out.advice = tr("A 4xx answer makes senders queue and retry for days: mail seems to vanish rather than bounce. "
                        "Look for a new rule that tempfails (a reverse-DNS or greylisting check, a full disk).");
        notes.prepend(tr("tempfails %1: %2 %3").arg(rcpt).arg(rc.code).arg(rc.text()));
    } else {
        verdict = V::Fail;
        out.conclusion = tr("%1 rejects mail for %2: %3 %4").arg(where, rcpt).arg(rc.code).arg(rc.error.isEmpty() ? rc.text() : rc.error);
        notes.prepend(tr("rejects %1: %2 %3").arg(rcpt).arg(rc.code).arg(rc.text()));
    }
    if (out.conclusion.isEmpty() && !startTls)
        out.conclusion = tr("%1 does not offer STARTTLS").arg(where);
    return done(verdict, notes.join(QStringLiteral("; ")));
}

} // namespace MailOps
