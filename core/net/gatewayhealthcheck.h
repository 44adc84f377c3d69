#pragma once

#include "common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace MailOps {

// Answers "does the gateway answer?" for the status bar and `mailops status`:
// connects to its SMTP port and reads the first line of the greeting. Lives
// on the thread that created it; never blocks; always finishes (timeout).
class GatewayHealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayHealthCheck)

public:
    struct Answer
    {
        QString greeting; // first greeting line, sanitised for display
        int replyCode = 0;
        qint64 elapsedMs = 0;
    };

    explicit GatewayHealthCheck(QObject *parent = nullptr);
    ~GatewayHealthCheck() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start(const QString &host, quint16 port);
    bool isRunning() const { return m_socket != nullptr; }

Q_SIGNALS:
    void finished(const MailOps::Result<MailOps::GatewayHealthCheck::Answer> &result);

private:
    void finish(const Result<Answer> &result);

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QByteArray m_buffer;
    QString m_target;
    int m_timeoutMs = 5000;
};

} // namespace MailOps
