#pragma once

#include "policy/policyapplier.h"
#include "policy/policyversion.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace MailOps {

class GatewaySession;
class PolicyHistory;
class PolicyVersionModel;
class TextViewer;

// The Policy history panel: the gateway's versions (who, when, state, how,
// comment, the live one and drift marked), what each changed in plain words
// and as a highlighted diff, every file as it was, an editor for a new
// version with lint findings as you type, Apply through the safe path with
// one confirmation (or in shadow first, or proposed for a second look), the
// confirm-or-revert countdown with what the health watch sees, the live
// shadow's counts with Enforce and Drop, and Rollback on every version.
// Works on the session's PolicyHistory; never blocks.
class PolicyHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyHistoryPanel)

public:
    explicit PolicyHistoryPanel(QWidget *parent = nullptr);
    ~PolicyHistoryPanel() override;

    void setSession(GatewaySession *session);
    void showLoading(const QString &profile);

    // The version selected in the list; 0 for none.
    qint64 selectedVersion() const;
    void selectVersion(qint64 number);
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onVersionsChanged();
    void onLoaded(const PolicyVersion &version);
    void onApplied(const PolicyApplier::Report &report);
    void onBusy(bool busy, const QString &step);
    void onCountdown(int secondsLeft);
    void onShadow();
    void showSelected();
    void showFile();
    void editFileChanged();
    void resetEditor();
    void lintNow();
    void askApply();
    void askRollback();
    void onAudit();
    void applyReviewRule();
    bool reviewRequired() const;
    void askApplySnapshot(const PolicySnapshot &next, const QString &heading, const QString &comment);
    void setStatus(const QString &text, int severity);
    PolicySnapshot proposed() const;
    bool have(qint64 number) const { return m_loaded.contains(number); }
    void need(qint64 number);

    QPointer<PolicyHistory> m_history;
    PolicyVersionModel *m_model;
    QHash<qint64, PolicyVersion> m_loaded; // with content
    QHash<QString, QString> m_edits; // file -> text in the editor
    QString m_editing; // the file the editor shows
    qint64 m_editBase = 0; // the live version the edits started from
    bool m_started = false;

    QLabel *m_status;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmButton;
    QPushButton *m_revertButton;
    QString m_watchLine; // the health watch's last look
    QWidget *m_shadowBar;
    QLabel *m_shadowText;
    QPushButton *m_enforceButton;
    QPushButton *m_dropButton;
    QWidget *m_auditBar;
    QLabel *m_auditText;
    QPushButton *m_auditFix;
    QString m_auditZone;
    QTableView *m_table;
    QPushButton *m_rollbackButton;
    QPushButton *m_refreshButton;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    TextViewer *m_diff;
    QComboBox *m_fileCombo;
    TextViewer *m_fileView;
    QComboBox *m_editFile;
    QPlainTextEdit *m_editor;
    QListWidget *m_lint;
    QLineEdit *m_comment;
    QComboBox *m_applyMode;
    QSpinBox *m_confirmWithin;
    QLineEdit *m_checkClient;
    QPushButton *m_applyButton;
    QPushButton *m_resetButton;
    QTimer m_lintTimer;
};

} // namespace MailOps
