#pragma once

#include "incident/broadcastsettings.h"
#include "incident/bulknotice.h"
#include "incident/incident.h"
#include "incident/noticedraft.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace MailOps {

class IncidentStore;
class JournalSink;
class MailboxList;
class SecretStore;

// The all-users notice once mail flows again: the end users' draft to every
// mailbox of a list the admin has (a directory export), one message each,
// through a relay of the broadcast settings (the recovered gateway) at the
// rate the admin sets, with progress and a clear result. The run is on a
// worker thread and can be stopped; what was sent is recorded on the
// incident and in the journal. Closing asks the run to stop first.
class AllUsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllUsersDialog)

public:
    AllUsersDialog(BroadcastSettings settings, const SecretStore *secrets, Incident incident,
        NoticeDraft draft, IncidentStore *store, JournalSink *journal, QWidget *parent = nullptr);
    ~AllUsersDialog() override;

    bool isRunning() const { return m_running; }
    void reject() override;

private:
    void loadList();
    void start();
    void finished();
    void showProgress(const BulkNotice::Progress &progress);

    BroadcastSettings m_settings;
    const SecretStore *m_secrets;
    Incident m_incident;
    NoticeDraft m_draft;
    IncidentStore *m_store;
    JournalSink *m_journal;
    QStringList m_mailboxes;
    std::unique_ptr<BulkNotice> m_bulk;
    QFutureWatcher<BulkNotice::Report> m_watcher;
    bool m_running = false;
    bool m_closeWhenDone = false;
    QString m_relay;

    QLineEdit *m_file;
    QLabel *m_listSummary;
    QComboBox *m_relayBox;
    QSpinBox *m_rate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
};

} // namespace MailOps
