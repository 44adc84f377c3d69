#pragma once

#include "common/result.h"
#include "policy/policysnapshot.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <functional>

namespace MailOps {

// The gateway's Postfix policy files, read and written through a Transport
// with fixed argv lists (cat, postconf, postfix, postmap, cp, dd, mv, rm),
// never a shell string. Every call blocks until its commands end, running a
// local event loop: use it on a worker thread that owns the transport, or in
// a command-line process. Each command has a time limit; failures are Errors
// that say which command and why.
class PolicyGateway final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyGateway)
    Q_DISABLE_COPY_MOVE(PolicyGateway)

public:
    // `configDir` empty: Postfix's default, asked of the gateway on first use.
    // `mailLogPath` is where reloads are confirmed; empty: not confirmed.
    PolicyGateway(Transport *transport, const QString &configDir, const QString &mailLogPath = {});

    struct Reading
    {
        PolicySnapshot snapshot;
        QStringList missingFiles; // referenced by the policy, not on the gateway
        QByteArray postconfWarnings; // what postconf said on stderr, verbatim
    };

    struct Validation
    {
        bool passed = false;
        QString failure; // one sentence when it did not pass
        QByteArray postconfWarnings;
        QByteArray checkOutput; // postfix check's own words
    };

    // Per step of a long operation, for progress and tests ("staging", ...).
    using StepHook = std::function<void(const QString &step)>;
    void setStepHook(StepHook hook) { m_hook = std::move(hook); }

    void setCommandTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setCheckTimeout(std::chrono::milliseconds timeout) { m_checkTimeout = timeout; }

    Result<QString> configDirectory();

    // main.cf, master.cf and every map source they reference.
    Result<Reading> read();

    // Writes the proposed files to a fresh staging directory on the gateway
    // and asks Postfix about them (postconf -n, postfix check, postmap for
    // indexed maps); the staging directory is removed afterwards. Nothing of
    // the live configuration is touched.
    Result<Validation> validate(const PolicySnapshot &proposed);

    // Makes the live files those of `to`: each changed file is written beside
    // itself, the previous one kept as "<file>.mailops-prev", then renamed
    // into place; indexed maps are rebuilt. `from` is what the gateway has now.
    Status write(const PolicySnapshot &from, const PolicySnapshot &to);

    // postfix reload, confirmed by the master's line in the mail log.
    Status reload();
    // Where the mail log ended just before the last reload(); -1: unknown.
    qint64 reloadLogOffset() const { return m_reloadLogOffset; }

    // The mail log's size in bytes, and its bytes from offset `from` (at most
    // `maxBytes`; 0: all). What the health watch and the shadow count read.
    Result<qint64> logSize();
    Result<QByteArray> readLog(qint64 from, qint64 maxBytes = 0);
    // Up to `maxBytes` whole lines ending at offset `end`: the hour before a change.
    Result<QByteArray> readLogBefore(qint64 end, qint64 maxBytes);

    // Messages in the deferred queue now (postqueue -j).
    Result<qint64> deferredCount();

    // The blocking form of Transport::start().
    Result<CommandOutput> run(const QStringList &argv, const CommandOptions &options = {});

    // Map sources the snapshot's main.cf and master.cf reference, with their
    // table types ("hash", "cidr"), by absolute path.
    static QHash<QString, QString> mapSources(const PolicySnapshot &snapshot, const QString &configDir);

    static constexpr auto PreviousSuffix = ".mailops-prev";
    static constexpr auto NewSuffix = ".mailops-new";

private:
    Result<QByteArray> readFile(const QString &path, bool *missing);
    Status writeFile(const QString &path, const QByteArray &content, bool keepPrevious);
    Result<CommandOutput> runChecked(const QStringList &argv, const CommandOptions &options = {});
    void step(const QString &name);

    Transport *m_transport;
    QString m_configDir;
    QString m_mailLogPath;
    StepHook m_hook;
    qint64 m_reloadLogOffset = -1;
    std::chrono::milliseconds m_timeout { 30000 };
    std::chrono::milliseconds m_checkTimeout { 60000 };
};

} // namespace MailOps
