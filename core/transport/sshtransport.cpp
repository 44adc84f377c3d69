#include "sshtransport.h"

#include "commandjob.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace MailOps {

namespace {

// sun_path holds 108 bytes on Linux, 104 on the BSDs; ssh appends a random
// suffix of 17 characters to the path while it sets up the master.
constexpr int MaxControlPathLength = 104 - 17 - 1;
constexpr int HashLength = 40; // what %C expands to

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

Result<SshTransport::Target> SshTransport::Target::fromString(const QString &text)
{
    Target target;
    QString rest = text.trimmed();
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        target.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Result<Target>::failure(
                Error::Code::InvalidInput, tr("unterminated [ in \"%1\"").arg(text));
        target.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return Result<Target>::failure(
                Error::Code::InvalidInput, tr("unexpected text after ] in \"%1\"").arg(text));
    } else if (rest.count(QLatin1Char(':')) == 1) {
        target.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        target.host = rest; // a bare IPv6 address has several colons and no port
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        target.port = portText.toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535)
            return Result<Target>::failure(Error::Code::InvalidInput, tr("bad port \"%1\"").arg(portText));
    }
    if (target.host.isEmpty())
        return Result<Target>::failure(Error::Code::InvalidInput, tr("no host in \"%1\"").arg(text));
    return target;
}

QString SshTransport::Target::toString() const
{
    QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 0)
        hostPart
            = (host.contains(QLatin1Char(':')) ? hostPart : host) + QLatin1Char(':') + QString::number(port);
    return user.isEmpty() ? hostPart : user + QLatin1Char('@') + hostPart;
}

SshTransport::SshTransport(const Target &target, QObject *parent)
    : SshTransport(target, Settings {}, parent)
{
}

SshTransport::SshTransport(const Target &target, const Settings &settings, QObject *parent)
    : Transport(parent)
    , m_target(target)
    , m_settings(settings)
{
}

QString SshTransport::describe() const
{
    return QStringLiteral("ssh ") + m_target.toString();
}

QString SshTransport::quoteForRemoteShell(const QString &argument)
{
    // Inside single quotes a POSIX shell interprets nothing, not even a
    // backslash; a single quote itself is closed, escaped and reopened.
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString SshTransport::remoteCommandLine(const QStringList &remoteArgv)
{
    QStringList quoted;
    quoted.reserve(remoteArgv.size());
    for (const QString &arg : remoteArgv)
        quoted << quoteForRemoteShell(arg);
    return quoted.join(QLatin1Char(' '));
}

Status SshTransport::validate() const
{
    // Both end up in ssh's own argv; one that starts with '-' would be read
    // as an option even after "--" in some ssh versions' config expansion.
    if (m_target.host.isEmpty() || m_target.host.startsWith(QLatin1Char('-'))
        || hasControlCharacter(m_target.host) || m_target.host.contains(QLatin1Char(' '))
        || m_target.host.contains(QLatin1Char('@')))
        return Status::failure(Error::Code::InvalidInput, tr("unusable ssh host \"%1\"").arg(m_target.host));
    if (m_target.user.startsWith(QLatin1Char('-')) || hasControlCharacter(m_target.user)
        || m_target.user.contains(QLatin1Char(' ')))
        return Status::failure(Error::Code::InvalidInput, tr("unusable ssh user \"%1\"").arg(m_target.user));
    return Ok {};
}

QString SshTransport::controlPath() const
{
    if (!m_settings.multiplex)
        return {};
    QString dir = m_settings.controlDirectory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(QStringLiteral("mailops-ssh-%C"));
    if (path.size() - 2 + HashLength > MaxControlPathLength) {
        qCWarning(lcGateway) << "runtime directory path too long for an ssh control socket, not multiplexing:"
                             << dir;
        return {};
    }
    return path;
}

Result<QStringList> SshTransport::sshArguments(const QStringList &remoteArgv) const
{
    const Status valid = validate();
    if (!valid.ok())
        return valid.error();
    if (remoteArgv.isEmpty() || remoteArgv.first().isEmpty())
        return Result<QStringList>::failure(Error::Code::InvalidInput, tr("empty remote command"));
    for (const QString &arg : remoteArgv) {
        if (arg.contains(QChar(0)))
            return Result<QStringList>::failure(
                Error::Code::InvalidInput, tr("remote argument with a NUL character"));
    }

    QStringList args {
        QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=yes"),
        QStringLiteral("-o"),
        QStringLiteral("ConnectTimeout=%1").arg(qMax(1, m_settings.connectTimeoutSeconds)),
        // A dead server is noticed in ~30 s even when the TCP session hangs.
        QStringLiteral("-o"),
        QStringLiteral("ServerAliveInterval=15"),
        QStringLiteral("-o"),
        QStringLiteral("ServerAliveCountMax=2"),
    };
    const QString socket = controlPath();
    if (socket.isEmpty()) {
        args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no");
    } else {
        args << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
             << QStringLiteral("ControlPath=") + socket << QStringLiteral("-o")
             << QStringLiteral("ControlPersist=%1").arg(qMax(1, m_settings.controlPersistSeconds));
    }
    // No pty, no X11 or agent forwarding: commands, not sessions.
    args << QStringLiteral("-T") << QStringLiteral("-x") << QStringLiteral("-a");
    if (!m_settings.identityFile.isEmpty())
        args << QStringLiteral("-i") << m_settings.identityFile;
    if (m_target.port != 0)
        args << QStringLiteral("-p") << QString::number(m_target.port);
    if (!m_target.user.isEmpty())
        args << QStringLiteral("-l") << m_target.user;
    // ssh joins everything after the destination with spaces and hands it to
    // the remote user's shell, so the command travels as one pre-quoted string.
    args << QStringLiteral("--") << m_target.host << remoteCommandLine(remoteArgv);
    return args;
}

CommandJob *SshTransport::start(const QStringList &argv, const CommandOptions &options)
{
    const Result<QStringList> args = sshArguments(argv);
    auto *job
        = new CommandJob(m_settings.sshProgram, args.ok() ? args.value() : QStringList {}, options, this);
    job->setDisplayName(argv.join(QLatin1Char(' ')) + QStringLiteral(" on ") + m_target.host);
    if (!args.ok()) {
        job->failBeforeStart(args.error());
        return job;
    }
    const QString host = m_target.host;
    job->setResultFilter([host](Result<CommandOutput> result) { return mapResult(std::move(result), host); });
    job->start();
    return job;
}

Result<CommandOutput> SshTransport::mapResult(Result<CommandOutput> result, const QString &host)
{
    if (!result.ok()) {
        if (result.error().code == Error::Code::NotFound)
            return Result<CommandOutput>::failure(Error::Code::NotFound,
                tr("the OpenSSH client (ssh) is not installed or not in PATH: %1")
                    .arg(result.error().message));
        return result;
    }
    if (result.value().exitCode != 255)
        return result;

    const QString err = QString::fromUtf8(result.value().stdErr);
    auto has
        = [&err](const char *needle) { return err.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (has("REMOTE HOST IDENTIFICATION HAS CHANGED"))
        return Result<CommandOutput>::failure(Error::Code::HostKeyRejected,
            tr("the host key of %1 has changed since it was recorded in known_hosts: either the server was "
               "reinstalled or someone is intercepting the connection. Verify the new key with the server's "
               "administrator, then update known_hosts (ssh-keygen -R %1)")
                .arg(host));
    if (has("Host key verification failed") || has("No matching host key") || has("host key is known for"))
        return Result<CommandOutput>::failure(Error::Code::HostKeyRejected,
            tr("%1 is not in known_hosts (or its key does not match): connect once with ssh from a terminal, "
               "verify the fingerprint and accept it")
                .arg(host));
    if (has("Permission denied") || has("Too many authentication failures"))
        return Result<CommandOutput>::failure(Error::Code::PermissionDenied,
            tr("%1 refused the login: no key of yours (files or agent) is accepted for this user").arg(host));
    if (has("Could not resolve hostname") || has("Name or service not known"))
        return Result<CommandOutput>::failure(
            Error::Code::HostNotFound, tr("host name %1 does not resolve").arg(host));
    if (has("Connection refused"))
        return Result<CommandOutput>::failure(Error::Code::ConnectionRefused,
            tr("%1 refused the connection: no ssh server on that port").arg(host));
    if (has("timed out"))
        return Result<CommandOutput>::failure(
            Error::Code::Timeout, tr("connecting to %1 timed out").arg(host));
    if (has("No route to host") || has("Network is unreachable"))
        return Result<CommandOutput>::failure(
            Error::Code::HostUnreachable, tr("%1 is unreachable from here").arg(host));
    if (has("Connection closed") || has("Connection reset") || has("Broken pipe")
        || has("kex_exchange_identification"))
        return Result<CommandOutput>::failure(Error::Code::ProtocolError,
            tr("the connection to %1 was closed before the command finished").arg(host));

    // Exit 255 without one of ssh's messages: most likely ssh anyway (a remote
    // command that exits 255 on purpose is rare); show what it said.
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString last = lines.isEmpty() ? tr("no message") : lines.last().trimmed();
    return Result<CommandOutput>::failure(
        Error::Code::ProcessFailed, tr("ssh to %1 failed (exit 255): %2").arg(host, last));
}

} // namespace MailOps
