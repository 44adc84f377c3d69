#pragma once

#include "common/result.h"
#include "policy/policysnapshot.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <chrono>
#include <optional>

namespace MailOps {

// The gateway's own half of a confirm window: a transient systemd timer
// (systemd-run --on-active) that runs a fixed script, installed by the
// console, which puts back the files an apply replaced (their
// "<file>.mailops-prev" copies) and reloads Postfix, even when the console or
// the admin's network is gone by then. The script takes only the
// configuration directory and the version number; what to restore is in a
// manifest the console writes beside the files
// (CONFDIR/.mailops-guard/manifest), and a confirm that races the timer is
// settled by renaming that manifest: one of them wins.
//
// Every call blocks on fixed argv lists through the Transport, running a
// local event loop: use it where PolicyGateway is used (a worker thread that
// owns the transport, or a command-line process). Failures are Errors whose
// message is one sentence for the admin.
//
// Typical use around PolicyGateway::write() of version `to` over `from`:
//   PolicyRevertGuard guard(transport);
//   if (guard.detect() && guard.detection().available && guard.install()) {
//       guard.arm({ confDir, 42, std::chrono::minutes(10),
//           PolicyRevertGuard::guardedFiles(from, to, confDir), 41 });
//   }
//   ... guard.guardDescription() for the window's line ...
//   on confirm: guard.disarm(confDir, 42); on the console's own revert too.
class PolicyRevertGuard final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyRevertGuard)
    Q_DISABLE_COPY_MOVE(PolicyRevertGuard)

public:
    explicit PolicyRevertGuard(Transport *transport);

    // Where install() puts the script and arm() has systemd run it.
    static constexpr auto DefaultScriptPath = "/usr/local/libexec/mailops/mailops-policy-revert";
    // The script as the console ships it (a Qt resource).
    static QByteArray script();

    void setScriptPath(const QString &path) { m_scriptPath = path; }
    QString scriptPath() const { return m_scriptPath; }
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    struct Detection
    {
        bool available = false;
        // When not available: why, in words that finish "the console's
        // countdown only: ..." ("the gateway has no systemd").
        QString reason;
        QString systemState; // what `systemctl is-system-running` printed
        QString systemdVersion; // "systemd 252 (252.38-1~deb12u1)"
    };
    // Whether the gateway runs systemd as its init and has systemd-run. An
    // Error only when the transport itself fails (lost connection); a
    // gateway without systemd is a Detection with available = false.
    Result<Detection> detect();
    // What the last detect() found (unavailable before the first).
    const Detection &detection() const { return m_detection; }

    // Copies script() to scriptPath() (mode 0755, through a temporary file
    // and a rename) unless the file there already has its SHA-256. True when
    // it wrote the file.
    Result<bool> install();

    // A file an apply replaced, relative to the configuration directory;
    // `mapType` names the table ("hash", "lmdb", ...) when postmap indexes it.
    struct GuardedFile
    {
        QString name;
        QString mapType;
        bool operator==(const GuardedFile &) const = default;
    };
    // The files PolicyGateway::write(from, to) replaces and keeps a previous
    // copy of: those of `to` that differ from `from` and existed in it.
    static QList<GuardedFile> guardedFiles(
        const PolicySnapshot &from, const PolicySnapshot &to, const QString &configDir);

    struct Arming
    {
        QString configDir; // absolute, as PolicyGateway::configDirectory()
        qint64 token = 0; // the version on probation (42 in "v42")
        std::chrono::seconds window { 600 };
        QList<GuardedFile> files;
        qint64 previousVersion = 0; // what comes back (41); 0: not named in the log
    };
    struct Armed
    {
        QString timerUnit; // as systemd-run named it: "mailops-policy-revert-42.timer"
        QString serviceUnit;
        QDateTime deadline; // by the gateway's clock
    };
    // Writes the manifest, then starts the timer. Refuses a file outside the
    // configuration directory (the script restores only inside it) and a
    // script that is not installed. A refused timer leaves no manifest.
    Result<Armed> arm(const Arming &arming);

    // Stops the timer and removes the manifest: the version is kept. An
    // Error when the gateway's timer has already begun or finished
    // restoring (the confirm came too late), or when the manifest belongs to
    // another version (left alone). Not armed at all is fine.
    Status disarm(const QString &configDir, qint64 token);

    struct State
    {
        enum class Phase
        {
            NotArmed, // no manifest for this token, no timer
            Armed, // timer waiting, manifest in place
            TimerLost, // manifest in place but no timer (the gateway rebooted?)
            Restoring, // the script has claimed the manifest
            Restored, // the script has put the previous files back
        };
        Phase phase = Phase::NotArmed;
        std::optional<std::chrono::seconds> remaining; // when Armed and the deadline is known
        QString timerUnit;
        QString sentence; // one line for the window
    };
    Result<State> status(const QString &configDir, qint64 token);

    // Which guard watches a window, for the console's countdown line:
    // "gateway timer mailops-policy-revert-42.timer and the console's
    // countdown" while armed, otherwise "the console's countdown only: "
    // and why.
    QString guardDescription() const;

    // systemd-run's "Running timer as unit: X.timer" / "Will run service as
    // unit: X.service" (on stderr, unless --quiet).
    static Result<Armed> parseSystemdRunOutput(const QByteArray &output);
    // `systemctl show`'s "Name=value" lines.
    static QHash<QString, QString> parseShowOutput(const QByteArray &output);

    static QString unitName(qint64 token);
    static QString manifestPath(const QString &configDir);
    static QByteArray manifest(const Arming &arming, qint64 deadline);

private:
    Result<CommandOutput> run(const QStringList &argv, const CommandOptions &options = {});
    Result<CommandOutput> runChecked(const QStringList &argv, const CommandOptions &options = {});
    Status writeFile(const QString &path, const QByteArray &content, const QString &mode);
    Result<qint64> gatewayTime();
    // The token of a guard file ("token N" line); 0 when missing; Error on transport failure.
    Result<qint64> tokenIn(const QString &path);

    Transport *m_transport;
    QString m_scriptPath = QLatin1String(DefaultScriptPath);
    std::chrono::milliseconds m_timeout { 30000 };
    Detection m_detection;
    std::optional<Armed> m_armed;
};

} // namespace MailOps
