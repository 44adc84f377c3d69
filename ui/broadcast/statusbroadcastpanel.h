#pragma once

#include "incident/audiencecheck.h"
#include "incident/incident.h"
#include "incident/noticedraft.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace MailOps {

class GatewaySession;
class IncidentStore;
class JournalStore;
class TextViewer;

// Status broadcast: the incidents of the current gateway and their notices.
// An incident's header (status, severity, the next-update countdown), the
// audience and phase of the notice, its draft in a Markdown editor beside
// the preview of what readers will see, the audience check inline and in a
// list (click to jump, double-click to use the plainer wording), the
// recipients, a second look where the profile wants one, and Send with a
// result per path. Drafts are filled from the
// gateway's live state and saved as they are typed; nothing typed is lost
// when the console dies. Notes and notices join the incident's timeline and
// the journal.
class StatusBroadcastPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBroadcastPanel)

public:
    // One way a notice leaves: it sends `message` to `recipients` and says
    // which path took it ("smtp:corp", "eml:/home/a/n.eml") or why it could
    // not. By default the profile's broadcast settings and fallback chain
    // (NoticeSender), on a worker thread; tests put their own.
    struct Outcome
    {
        bool ok = false;
        QString path; // the path that reached the audience
        QStringList attempts; // one sentence per path tried, in order
        bool recorded = false; // the sender recorded the notice itself
        QString offered; // "clipboard": the chain ended on it, the panel copies
    };
    using Sender = std::function<void(const NoticeDraft &draft, const QStringList &recipients,
        const std::function<void(const Outcome &)> &done)>;

    explicit StatusBroadcastPanel(
        JournalStore *journal, const QString &storePath = {}, QWidget *parent = nullptr);
    ~StatusBroadcastPanel() override;

    void setSession(GatewaySession *session);
    void showLoading(const QString &profile);
    void setSender(Sender sender) { m_sender = std::move(sender); }

    // The "open an incident" of an alert: the dialog, filled in with `seed`.
    // Returns the incident opened, 0 when the admin cancelled.
    qint64 proposeIncident(const Incident &seed);
    void selectIncident(qint64 id);
    qint64 currentIncident() const;
    NoticeKind currentKind() const;
    IncidentStore *store() const { return m_store.get(); }
    AudienceCheck::Report lastReport() const { return m_report; }

    // The text as it would be sent: subject and body of the current draft.
    NoticeDraft draft() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // The next notice of an incident is due (once per due time): for the tray.
    void updateDue(const QString &title, const QString &text);
    // "Show in Timeline": the journal around the incident, in the Timeline.
    void timelineRequested(const MailOps::Incident &incident);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reloadIncidents(qint64 select = 0);
    void loadIncident();
    void loadDraft(bool fresh);
    void onEdited();
    void saveDraft();
    void recheck();
    void showFindings();
    void jumpTo(int findingRow);
    void usePlainerWording(int findingRow);
    void updateCountdown();
    void updateRecipients();
    void setStatus(int index);
    void editIncident();
    void addNote();
    void exportPostmortem();
    void refreshTimeline();
    void send();
    Sender chainSender();
    void editBroadcastSettings();
    void tellEveryUser();
    bool reviewRequired() const;
    void updateReviewState();
    void reviewNotice();
    void saveEml();
    void copyToClipboard();
    void recordSent(const QString &path, const QStringList &recipients);
    QStringList recipients(QStringList *invalid = nullptr) const;
    NoticeFacts::Inputs liveInputs() const;
    QString language() const;
    QString profileName() const;

    JournalStore *m_journal;
    std::unique_ptr<IncidentStore> m_store;
    QPointer<GatewaySession> m_session;
    QString m_profile;
    Incident m_incident;
    Sender m_sender;
    AudienceCheck::Report m_report;
    QHash<QString, std::shared_ptr<AudienceCheck>> m_checks; // per language
    QHash<QString, QDateTime> m_dueNotified; // incident id -> the due time told of
    bool m_loading = false;
    bool m_recipientsEdited = false;
    NoticeKind m_shown; // the notice whose text the editor holds
    quint64 m_checkGeneration = 0; // the newest check asked for
    int m_shownFindings = 0; // the first findings, in the list's first rows

    QStackedWidget *m_pages;
    QLabel *m_empty;
    QComboBox *m_incidentBox;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QComboBox *m_statusBox;
    QLabel *m_severity;
    QLabel *m_countdown;
    QComboBox *m_audienceBox;
    QComboBox *m_phaseBox;
    QComboBox *m_languageBox;
    QPushButton *m_refillButton;
    QLineEdit *m_subject;
    TextViewer *m_editor;
    QTextBrowser *m_preview;
    QTabWidget *m_tabs;
    QLabel *m_readability;
    QListWidget *m_findings;
    QListWidget *m_timeline;
    QLineEdit *m_noteEdit;
    QLineEdit *m_recipients;
    QLabel *m_recipientProblem;
    QPushButton *m_allUsersButton;
    QPushButton *m_reviewButton;
    QPushButton *m_sendButton;
    QPushButton *m_emlButton;
    QPushButton *m_copyButton;
    QLabel *m_result;
    QTimer *m_saveTimer;
    QTimer *m_checkTimer;
    QTimer *m_clock;
};

} // namespace MailOps
