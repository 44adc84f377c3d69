#pragma once

#include <QObject>
#include <memory>

namespace MailOps {

class GatewaySession;
class JournalSink;
class JournalStore;
class ProfileStore;
class SessionFactory;

// The console's services, made once in main() and handed to the window and
// the commands through their constructors (no instance()): the profile
// store, the journal (the sink every writer records to and, when it is the
// store on disk, the store the Timeline reads), the session factory, and the
// session of the current profile, which it replaces whenever the current
// profile changes. Not owned: the store, the journal and the factory
// outlive it.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(ProfileStore *profiles, JournalSink *journal, SessionFactory *factory,
        JournalStore *journalStore = nullptr, QObject *parent = nullptr);
    ~AppContext() override;

    ProfileStore *profiles() const { return m_profiles; }
    JournalSink *journal() const { return m_journal; }
    // Null when the journal is not kept on disk (it could not be opened).
    JournalStore *journalStore() const { return m_journalStore; }
    SessionFactory *factory() const { return m_factory; }
    // Never null once constructed.
    GatewaySession *session() const { return m_session.get(); }

    // Ends the current session and begins one for the current profile (also
    // done by itself when the store's current profile changes or is edited).
    void restartSession();

Q_SIGNALS:
    // The old session is still alive: drop every pointer into it.
    void sessionAboutToEnd(MailOps::GatewaySession *session);
    void sessionStarted(MailOps::GatewaySession *session);

private:
    ProfileStore *m_profiles;
    JournalSink *m_journal;
    JournalStore *m_journalStore;
    SessionFactory *m_factory;
    std::unique_ptr<GatewaySession> m_session;
};

} // namespace MailOps
