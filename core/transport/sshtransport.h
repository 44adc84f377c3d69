#pragma once

#include "transport.h"

namespace MailOps {

// Runs commands on a remote gateway through the OpenSSH client: the user's
// own keys, agent and known_hosts, BatchMode (never a prompt), strict host key
// checking and a ControlMaster socket in the per-user runtime directory so
// that a poll every second reuses one connection. Lives on its creator's
// thread. ssh's own failures (exit 255: unknown or changed host key, refused
// login, unknown host, refused connection) become Errors with plain messages.
class SshTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTransport)
public:
    struct Target
    {
        QString user; // empty: ssh's default (config or local user)
        QString host;
        int port = 0; // 0: ssh's default

        // "host", "user@host", "user@host:2222", "[::1]:2222", "user@[::1]".
        static Result<Target> fromString(const QString &text);
        QString toString() const;
    };

    struct Settings
    {
        QString sshProgram = QStringLiteral("ssh");
        int connectTimeoutSeconds = 10;
        int controlPersistSeconds = 60;
        QString identityFile; // empty: the user's keys and agent
        QString controlDirectory; // empty: the per-user runtime directory
        bool multiplex = true;
    };

    explicit SshTransport(const Target &target, QObject *parent = nullptr);
    SshTransport(const Target &target, const Settings &settings, QObject *parent = nullptr);

    CommandJob *start(const QStringList &argv, const CommandOptions &options = {}) override;
    QString describe() const override;

    // The full argument list given to ssh for this remote argv (for tests
    // and for showing the user what runs). Fails on an unusable target or
    // argument (NUL characters, a host that would read as an option).
    Result<QStringList> sshArguments(const QStringList &remoteArgv) const;

    // One argument quoted for a POSIX shell: 'it'\''s' style, which leaves
    // nothing ($, `, \, ;, newline, glob) for the remote shell to interpret.
    static QString quoteForRemoteShell(const QString &argument);
    static QString remoteCommandLine(const QStringList &remoteArgv);

    // ssh's exit status 255 and its stderr turned into an Error; other
    // results pass through unchanged (a remote non-zero exit is the command's).
    static Result<CommandOutput> mapResult(Result<CommandOutput> result, const QString &host);

private:
    Status validate() const;
    QString controlPath() const;

    Target m_target;
    Settings m_settings;
};

} // namespace MailOps
