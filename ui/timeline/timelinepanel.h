#pragma once

#include "incident/incident.h"
#include "journal/journalevent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace MailOps {

class JournalDecoration;
class JournalModel;
class JournalStore;

// Everything the console saw or did, newest first, as the journal keeps it:
// filter by module or kind, gateway, severity and words; the selected
// event's details; a link to what it concerns (a queued message, an alert,
// a diagnosis); and the filtered timeline exported as the draft of a
// postmortem. Live: events written by this window or a `mailops` command
// appear at the top as they are recorded. Without a journal (the file could
// not be opened) the panel says why instead.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(JournalStore *store, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    JournalModel *model() const { return m_model; }
    // "Show message 66F5C10C04C in the Gateway monitor" for what the event
    // concerns; empty when there is nothing to go to.
    static QString linkText(const JournalEvent &event);

    // Writes the events the filter shows (all of them, not just the rows
    // loaded) to a file, in the format its suffix says (.md, .json, text
    // otherwise), atomically.
    bool exportTo(const QString &path, QString *error);

    // Only what the journal holds for the incident: its gateway, from its
    // start to its end, with a bar that names it and lets go of it.
    void showIncident(const Incident &incident);
    void clearIncident();

Q_SIGNALS:
    // The admin asked to go to what the event concerns.
    void openRequested(const MailOps::JournalEvent &event);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshChoices();
    void applyFilters();
    void showSelected();
    void openSelected();
    void updateEmptyState();
    void exportWithDialog();
    JournalEvent selectedEvent() const;

    JournalStore *m_store;
    JournalModel *m_model = nullptr;
    JournalDecoration *m_decoration = nullptr;
    QStackedWidget *m_pages;
    QComboBox *m_kind = nullptr;
    QComboBox *m_gateway = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_incidentBar = nullptr;
    QLabel *m_incidentText = nullptr;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace MailOps
