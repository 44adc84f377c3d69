#include "policymarkfeed.h"

#include "journal/journalstore.h"
#include "policy/policyhistory.h"

namespace MailOps {

namespace {
JournalFilter policyFilter(const QString &profile)
{
    JournalFilter f;
    f.kind = QStringLiteral("policy.");
    f.profile = profile;
    f.from = QDateTime::currentDateTimeUtc().addDays(-PolicyMarkFeed::Days);
    return f;
}
} // namespace

PolicyMarkFeed::PolicyMarkFeed(JournalStore *store, QObject *parent)
    : QObject(parent)
{
    setStore(store);
}

void PolicyMarkFeed::setStore(JournalStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store)
        connect(m_store, &JournalStore::eventsAdded, this, &PolicyMarkFeed::addNew);
    reload();
}

void PolicyMarkFeed::setSource(const QString &profile, PolicyHistory *history)
{
    if (m_history)
        m_history->disconnect(this);
    m_profile = profile;
    m_history = history;
    if (m_history)
        connect(m_history, &PolicyHistory::versionsChanged, this, &PolicyMarkFeed::rebuild);
    reload();
}

void PolicyMarkFeed::reload()
{
    m_events.clear();
    if (m_store && m_store->isOpen() && !m_profile.isEmpty()) {
        const Result<JournalEventList> read = m_store->events(policyFilter(m_profile));
        if (read)
            m_events = read.value();
    }
    rebuild();
}

void PolicyMarkFeed::addNew()
{
    if (!m_store || m_profile.isEmpty())
        return;
    const qint64 newest = m_events.isEmpty() ? 0 : m_events.constFirst().id;
    const Result<qint64> latest = m_store->latestId();
    if (latest && latest.value() < newest) {
        // A damaged journal was moved aside: the ids start again.
        reload();
        return;
    }
    JournalFilter f = policyFilter(m_profile);
    f.afterId = newest;
    const Result<JournalEventList> fresh = m_store->events(f);
    if (!fresh || fresh->isEmpty())
        return;
    m_events = fresh.value() + m_events;
    rebuild();
}

void PolicyMarkFeed::rebuild()
{
    QHash<qint64, ChangeImpact::VersionFacts> facts;
    if (m_history) {
        for (const PolicyVersion &v : m_history->versions())
            facts.insert(v.number, { v.parent, v.rollbackOf });
    }
    m_marks = ChangeImpact::marks(m_events, facts);
    Q_EMIT changed();
}

} // namespace MailOps
