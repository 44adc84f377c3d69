#include "secretstore.h"

#include "common/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace MailOps {

namespace {

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// The Secret Service lives on the session bus: without one (a server, a
// console over SSH) QtKeychain would try, and on some set-ups wait, for
// nothing. Asking the bus first answers at once.
bool sessionBusOffersSecrets()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface *iface = bus.interface();
    if (!iface)
        return false;
    if (iface->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        return true;
    // A keyring that the bus starts on demand counts too.
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(QStringLiteral("org.freedesktop.secrets"));
}

bool platformNeedsSessionBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return true;
#else
    return false;
#endif
}

// Runs the job in a local event loop; a job still running at the timeout is
// left to delete itself when it ends, and its result is dropped.
Outcome run(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<Outcome>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, guard](QKeychain::Job *j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome->text = read->textData();
        if (guard)
            guard->quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *outcome;
}

Error noKeychain()
{
    return Error { Error::Code::Unsupported,
        SecretStore::tr(
            "No system keychain is available (no Secret Service on the session bus): the password "
            "is used for this session only and stored nowhere.") };
}

Error toError(const Outcome &o, const QString &key, int timeoutMs)
{
    if (!o.finished)
        return Error { Error::Code::Timeout,
            SecretStore::tr("The system keychain did not answer within %1 s (is it locked and waiting for a "
                            "password?); \"%2\" was not read or stored.")
                .arg(timeoutMs / 1000)
                .arg(key) };
    switch (o.error) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error { Error::Code::NotFound,
            SecretStore::tr("The keychain holds nothing for \"%1\".").arg(key) };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error { Error::Code::PermissionDenied,
            SecretStore::tr("The keychain refused access to \"%1\": %2").arg(key, o.errorString) };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeychain();
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error { Error::Code::Other,
        SecretStore::tr("The keychain failed on \"%1\": %2").arg(key, o.errorString) };
}

} // namespace

SecretStore::SecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

QString SecretStore::smtpKey(const QString &profile, const QString &relay)
{
    return QStringLiteral("smtp:") + profile + QLatin1Char(':') + relay;
}

QString SecretStore::webhookKey(const QString &profile, const QString &name)
{
    return QStringLiteral("webhook:") + profile + QLatin1Char(':') + name;
}

Result<QString> SecretStore::read(const QString &key) const
{
    if (platformNeedsSessionBus() && !sessionBusOffersSecrets())
        return noKeychain();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Outcome o = run(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return o.text;
    const Error e = toError(o, key, m_timeoutMs);
    if (e.code != Error::Code::NotFound)
        qCWarning(lcSettings).noquote() << e.message;
    return e;
}

Status SecretStore::write(const QString &key, const QString &secret) const
{
    if (platformNeedsSessionBus() && !sessionBusOffersSecrets())
        return noKeychain();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const Outcome o = run(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return Ok {};
    const Error e = toError(o, key, m_timeoutMs);
    qCWarning(lcSettings).noquote() << e.message;
    return e;
}

Status SecretStore::remove(const QString &key) const
{
    if (platformNeedsSessionBus() && !sessionBusOffersSecrets())
        return noKeychain();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Outcome o = run(job, m_timeoutMs);
    if (o.finished && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return Ok {};
    const Error e = toError(o, key, m_timeoutMs);
    qCWarning(lcSettings).noquote() << e.message;
    return e;
}

} // namespace MailOps
