#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace MailOps {

// Secrets (relay passwords, webhook URLs) in the system keychain through
// QtKeychain: the Secret Service on Linux desktops, the platform's own
// store elsewhere. Never a file of ours: without a keychain every call fails
// with Error::Code::Unsupported (isNoKeychain()), quickly, and the caller
// asks for the secret each time and keeps it nowhere.
//
// The calls are synchronous: each runs a QtKeychain job in a local event
// loop for at most the timeout, so it may be called on any thread that
// does not mind that wait (a keychain that prompts to unlock can take it).
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::SecretStore)

public:
    explicit SecretStore(QString service = defaultService(), int timeoutMs = 10000);

    static QString defaultService() { return QStringLiteral("MailOps Console"); }
    // "smtp:<profile>:<relay name>".
    static QString smtpKey(const QString &profile, const QString &relay);
    // "webhook:<profile>:<name>".
    static QString webhookKey(const QString &profile, const QString &name);

    // Error::Code::NotFound when nothing is stored under the key.
    Result<QString> read(const QString &key) const;
    Status write(const QString &key, const QString &secret) const;
    // Removing what is not there succeeds.
    Status remove(const QString &key) const;

    // Whether the error says there is no keychain at all (as opposed to a
    // missing entry, a refusal or a timeout).
    static bool isNoKeychain(const Error &error) { return error.code == Error::Code::Unsupported; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace MailOps
