#include "appcontext.h"

#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/profilestore.h"

namespace MailOps {

AppContext::AppContext(ProfileStore *profiles, JournalSink *journal, SessionFactory *factory,
    JournalStore *journalStore, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_journal(journal)
    , m_journalStore(journalStore)
    , m_factory(factory)
    , m_session(factory->create(profiles->current(), journal))
{
    qRegisterMetaType<GatewaySession *>();
    // One edit can say "changed" and "current changed" at once: a session
    // is started again only when the profile it serves is really different.
    auto follow = [this] {
        if (m_profiles->current() != m_session->profile())
            restartSession();
    };
    connect(m_profiles, &ProfileStore::currentChanged, this, follow);
    connect(m_profiles, &ProfileStore::reset, this, follow);
    connect(m_profiles, &ProfileStore::profileChanged, this, follow);
}

AppContext::~AppContext()
{
    if (m_session)
        Q_EMIT sessionAboutToEnd(m_session.get());
}

void AppContext::restartSession()
{
    Q_EMIT sessionAboutToEnd(m_session.get());
    // Deleted later rather than now: a slot of the old session's engines may
    // be on the stack (a profile switch from a monitor callback).
    GatewaySession *old = m_session.release();
    old->deleteLater();
    m_session = m_factory->create(m_profiles->current(), m_journal);
    Q_EMIT sessionStarted(m_session.get());
}

} // namespace MailOps
