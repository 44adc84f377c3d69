#include "policyrollbackroute.h"

#include "policy/policyconfirmdialog.h"
#include "policy/policyhistory.h"
#include "policy/policyhistorypanel.h"

#include <QPushButton>

namespace MailOps {

PolicyRollbackRoute *PolicyRollbackRoute::ask(
    PolicyHistoryPanel *panel, PolicyHistory *history, qint64 version)
{
    auto *route = new PolicyRollbackRoute(panel, history, version);
    // After the caller connected to it.
    QMetaObject::invokeMethod(route, &PolicyRollbackRoute::attempt, Qt::QueuedConnection);
    return route;
}

PolicyRollbackRoute::PolicyRollbackRoute(PolicyHistoryPanel *panel, PolicyHistory *history, qint64 version)
    : QObject(panel)
    , m_panel(panel)
    , m_history(history)
    , m_version(version)
    , m_dialogsBefore(0)
{
    m_dialogsBefore = openDialogs();
    if (m_history) {
        // The panel's own handlers were connected first: each attempt sees
        // what they made of the news.
        connect(m_history, &PolicyHistory::versionsChanged, this, &PolicyRollbackRoute::attempt);
        connect(m_history, &PolicyHistory::versionLoaded, this, &PolicyRollbackRoute::attempt);
        connect(m_history, &PolicyHistory::busyChanged, this, &PolicyRollbackRoute::attempt);
    }
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(TimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(tr("v%1 could not be opened for a rollback: Policy history did not list it in time.")
                   .arg(m_version));
    });
    m_timeout.start();
}

int PolicyRollbackRoute::openDialogs() const
{
    int n = 0;
    if (m_panel) {
        const QList<PolicyConfirmDialog *> dialogs = m_panel->findChildren<PolicyConfirmDialog *>();
        for (const PolicyConfirmDialog *d : dialogs)
            n += d->isVisible() ? 1 : 0;
    }
    return n;
}

void PolicyRollbackRoute::finish(const QString &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (failure.isEmpty())
        Q_EMIT asked();
    else
        Q_EMIT failed(failure);
    deleteLater();
}

void PolicyRollbackRoute::attempt()
{
    if (m_done)
        return;
    if (!m_panel || !m_history) {
        finish(tr("The gateway's policy history is gone."));
        return;
    }
    if (openDialogs() > m_dialogsBefore) {
        finish({});
        return;
    }
    if (m_history->isBusy())
        return;
    bool listed = false;
    for (const PolicyVersion &v : m_history->versions())
        listed = listed || v.number == m_version;
    if (!listed)
        return;
    if (m_history->liveNumber() == m_version) {
        finish(tr("v%1 is live already: there is nothing to roll back.").arg(m_version));
        return;
    }
    m_panel->selectVersion(m_version);
    auto *rollback = m_panel->findChild<QPushButton *>(QStringLiteral("policyRollback"));
    if (m_panel->selectedVersion() != m_version || !rollback || !rollback->isEnabled())
        return;
    // Opens the confirmation, or loads the versions first and waits for
    // versionLoaded to be asked again.
    rollback->click();
    if (openDialogs() > m_dialogsBefore)
        finish({});
}

} // namespace MailOps
