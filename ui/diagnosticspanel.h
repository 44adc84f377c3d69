#pragma once

#include "diagnostics/evidencereport.h"
#include "session/gatewaysession.h"
#include "settings/gatewayprofile.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

namespace MailOps {

class CheckTreeModel;
class GuidedRun;
class TextViewer;
class VerdictProxyModel;

// The Diagnostics panel: a target, the guided run's checks appearing live as
// a tree, a verdict banner in plain words, the raw evidence of the selected
// check, and the evidence report to copy into a ticket. Cancel at any time.
// The run is the session's (its profile's DNS server and blocklists, its
// transport for the Postfix policy, its journal); every result names the
// gateway and the time it ran for, and a profile switch stops a run of the
// old gateway and clears what it showed. Its shortcuts are QActions of the
// panel (actions()), so the window can list them.
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
    QString stampText() const;
    QString noticeText() const;
    EvidenceReport lastReport() const { return m_report; }
    QAction *runAction() const { return m_runAction; }
    QAction *saveAction() const { return m_saveAction; }

    // Writes the last report to `path` (write-then-rename): Markdown for .md,
    // JSON for .json, text otherwise. False with `error` set when it cannot.
    bool saveReportTo(const QString &path, QString *error) const;

public Q_SLOTS:
    void startRun();
    void cancelRun();
    void copyReport(const QString &format); // "text", "markdown", "json"
    void saveReport(); // asks for the file
    // Empties the panel while the window switches to `profile`.
    void showLoading(const QString &profile);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showSelected();
    void onFinished(const EvidenceReport &report);
    void showVerdict();
    void setRunning(bool running);
    void clearResults();
    void showNotice(const QString &text);
    QAction *actionFor(const QKeyEvent *event) const;

    GatewayProfile m_profile;
    QPointer<GatewaySession> m_session;
    QPointer<GuidedRun> m_run;
    QString m_stoppedRunOf; // the profile whose run a switch stopped, until the next one shows
    EvidenceReport m_report;
    CheckTreeModel *m_model;
    VerdictProxyModel *m_proxy;
    QLineEdit *m_domain;
    QLineEdit *m_senderIp;
    QLineEdit *m_helo;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QToolButton *m_copyButton;
    QPushButton *m_saveButton;
    QLabel *m_notice;
    QLabel *m_stamp;
    QAction *m_runAction;
    QAction *m_saveAction;
    QAction *m_cancelAction;
    QProgressBar *m_progress;
    QLabel *m_verdict;
    QTreeView *m_tree;
    QLabel *m_detailTitle;
    TextViewer *m_evidence;
};

} // namespace MailOps
