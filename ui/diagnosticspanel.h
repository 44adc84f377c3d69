#pragma once

#include "diagnostics/evidencereport.h"
#include "settings/gatewayprofile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

namespace MailOps {

class CheckTreeModel;
class GatewaySession;
class GuidedRun;
class TextViewer;
class VerdictProxyModel;

// The Diagnostics panel: a target, the guided run's checks appearing live as
// a tree, a verdict banner in plain words, the raw evidence of the selected
// check, and the evidence report to copy into a ticket. Cancel at any time.
// The run is the session's (its profile's DNS server and blocklists, its
// journal); a profile switch stops a run of the old gateway.
class DiagnosticsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPanel)

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    // Runs on the session's guided run (not owned; null: none).
    void setSession(GatewaySession *session);
    void setDomain(const QString &domain);
    CheckTreeModel *model() const { return m_model; }
    bool isRunning() const;
    QString verdictText() const;
    EvidenceReport lastReport() const { return m_report; }

public Q_SLOTS:
    void startRun();
    void cancelRun();
    void copyReport(const QString &format); // "text", "markdown", "json"

private:
    void showSelected();
    void onFinished(const EvidenceReport &report);
    void setRunning(bool running);

    GatewayProfile m_profile;
    QPointer<GuidedRun> m_run;
    EvidenceReport m_report;
    CheckTreeModel *m_model;
    VerdictProxyModel *m_proxy;
    QLineEdit *m_domain;
    QLineEdit *m_senderIp;
    QLineEdit *m_helo;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QToolButton *m_copyButton;
    QProgressBar *m_progress;
    QLabel *m_verdict;
    QTreeView *m_tree;
    QLabel *m_detailTitle;
    TextViewer *m_evidence;
};

} // namespace MailOps
