#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace MailOps {

class GatewayMonitor;
class ListeningSocketModel;

// The Gateway monitor's listening-sockets tab: what listens on the gateway,
// port conflicts on top.
class SocketsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketsTab)

public:
    explicit SocketsTab(QWidget *parent = nullptr);

    void setMonitor(GatewayMonitor *monitor);

Q_SIGNALS:
    // "Listening sockets (2!)" while there are conflicts.
    void titleChanged(const QString &title);

private:
    void onSockets();

    QPointer<GatewayMonitor> m_monitor;
    ListeningSocketModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace MailOps
