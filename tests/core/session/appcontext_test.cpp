#include "journal/journalsink.h"
#include "session/appcontext.h"
#include "session/gatewaysession.h"
#include "session/sessionfactory.h"
#include "settings/profilestore.h"
#include "transport/transport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace MailOps;

namespace {

// Counts what it makes, so the test sees the factory is the one place.
class CountingFactory final : public SessionFactory
{
public:
    int transports = 0;
    Result<std::unique_ptr<Transport>> transport(const GatewayProfile &profile) override
    {
        ++transports;
        return SessionFactory::transport(profile);
    }
};

} // namespace

class AppContextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sessionFollowsTheCurrentProfile();
    void editingTheCurrentProfileStartsAFreshSession();
    void transportComesFromTheFactoryOnce();
    void unusableSshTargetIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void AppContextTest::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.conf")));
    m_store->load();
    GatewayProfile other = GatewayProfile::lab();
    other.name = QStringLiteral("other");
    QVERIFY(m_store->add(other).ok());
}

void AppContextTest::sessionFollowsTheCurrentProfile()
{
    NullJournalSink journal;
    SessionFactory factory;
    AppContext context(m_store.get(), &journal, &factory);
    QVERIFY(context.session());
    QCOMPARE(context.session()->profile().name, m_store->current().name);
    QCOMPARE(context.session()->journal(), &journal);

    QSignalSpy ending(&context, &AppContext::sessionAboutToEnd);
    QSignalSpy started(&context, &AppContext::sessionStarted);
    GatewaySession *first = context.session();
    QPointer<GatewaySession> watch(first);
    m_store->setCurrentIndex(m_store->indexOf(QStringLiteral("other")));
    QCOMPARE(ending.count(), 1);
    QCOMPARE(ending.at(0).at(0).value<GatewaySession *>(), first);
    QCOMPARE(started.count(), 1);
    QVERIFY(context.session() != first);
    QCOMPARE(context.session()->profile().name, QStringLiteral("other"));
    // The old session goes once control returns to the event loop.
    QTRY_VERIFY(watch.isNull());
}

void AppContextTest::editingTheCurrentProfileStartsAFreshSession()
{
    NullJournalSink journal;
    SessionFactory factory;
    AppContext context(m_store.get(), &journal, &factory);
    QSignalSpy started(&context, &AppContext::sessionStarted);
    GatewayProfile edited = m_store->current();
    edited.smtpPort = 2600;
    QVERIFY(m_store->update(m_store->currentIndex(), edited).ok());
    QCOMPARE(started.count(), 1);
    QCOMPARE(context.session()->profile().smtpPort, quint16(2600));
}

void AppContextTest::transportComesFromTheFactoryOnce()
{
    NullJournalSink journal;
    CountingFactory factory;
    AppContext context(m_store.get(), &journal, &factory);
    Result<Transport *> a = context.session()->transport();
    Result<Transport *> b = context.session()->transport();
    QVERIFY(a.ok());
    QCOMPARE(a.value(), b.value());
    QCOMPARE(factory.transports, 1);
}

void AppContextTest::unusableSshTargetIsAnError()
{
    GatewayProfile bad = GatewayProfile::lab();
    bad.name = QStringLiteral("bad");
    bad.transport = GatewayProfile::Transport::Ssh;
    bad.sshHost = QStringLiteral("admin@");
    NullJournalSink journal;
    SessionFactory factory;
    std::unique_ptr<GatewaySession> session = factory.create(bad, &journal);
    QVERIFY(!session->transport().ok());
    QVERIFY(!session->transport().ok());
}

QTEST_GUILESS_MAIN(AppContextTest)
#include "appcontext_test.moc"
