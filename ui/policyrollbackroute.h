#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace MailOps {

class PolicyHistory;
class PolicyHistoryPanel;

// Takes a rollback asked for elsewhere (a jump beside a chart's policy mark)
// to Policy history's own path: selects the version in the panel once it is
// listed and presses its Roll back button once both versions are loaded, so
// the admin gets the panel's one confirmation with the diff. Gives up, saying
// why, when the version is live already or the history does not list it in
// time. Deletes itself when done. Lives on the GUI thread.
class PolicyRollbackRoute final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyRollbackRoute)

public:
    static constexpr int TimeoutMs = 30000;

    // The panel must show `history` (and be shown, so that it lists it).
    static PolicyRollbackRoute *ask(PolicyHistoryPanel *panel, PolicyHistory *history, qint64 version);

Q_SIGNALS:
    // The confirmation is open.
    void asked();
    void failed(const QString &why);

private:
    PolicyRollbackRoute(PolicyHistoryPanel *panel, PolicyHistory *history, qint64 version);
    void attempt();
    int openDialogs() const;
    void finish(const QString &failure);

    QPointer<PolicyHistoryPanel> m_panel;
    QPointer<PolicyHistory> m_history;
    qint64 m_version;
    int m_dialogsBefore;
    bool m_done = false;
    QTimer m_timeout;
};

} // namespace MailOps
