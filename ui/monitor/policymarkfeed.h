#pragma once

#include "monitor/changeimpact.h"

#include <QObject>
#include <QPointer>

namespace MailOps {

class JournalStore;
class PolicyHistory;

// The policy events of one gateway's journal, as marks for the monitor's
// charts (ChangeImpact::marks), kept up to date as events arrive (the
// store's eventsAdded) and as the policy history lists its versions (their
// parents and what a rollback brought back). Reads the store on the GUI
// thread: a handful of rows, a few milliseconds. An unreadable journal is
// no marks.
class PolicyMarkFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyMarkFeed)

public:
    // How far back marks are read: the queue-depth chart keeps more than a day.
    static constexpr int Days = 8;

    explicit PolicyMarkFeed(JournalStore *store, QObject *parent = nullptr);

    void setStore(JournalStore *store);
    // The gateway shown and its policy history (null: the journal alone).
    void setSource(const QString &profile, PolicyHistory *history);

    const ChangeImpact::MarkList &marks() const { return m_marks; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    void addNew();
    void rebuild();

    QPointer<JournalStore> m_store;
    QPointer<PolicyHistory> m_history;
    QString m_profile;
    JournalEventList m_events; // newest first
    ChangeImpact::MarkList m_marks;
};

} // namespace MailOps
