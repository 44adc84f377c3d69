#pragma once

#include "common/result.h"
#include "policy/policyversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace MailOps {

class SqliteFile;

// Every policy version of every profile, in one SQLite file (WAL) that the GUI
// and the `mailops` commands write at the same time: file contents are kept
// once per SHA-256, so versions that differ by one line cost one new blob.
// Each version is written in one transaction (a crash leaves no half
// version); a writer waits for another process's lock. An instance is used
// on one thread only (its connection is that thread's). A damaged file found
// by open() is moved aside as "<file>.damaged" and a new store started; the
// Error says where the old file went. Failures later are returned as Errors
// and the file is left as it is.
class PolicyStore final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyStore)
    Q_DISABLE_COPY_MOVE(PolicyStore)

public:
    static constexpr int SchemaVersion = 1;

    // An apply that was under way: written before the first file on the
    // gateway changes, removed when the apply has finished or was undone, so
    // a console that died in between can finish or undo it after a restart.
    struct PendingApply
    {
        QString profile;
        qint64 number = 0; // the version being applied
        qint64 previous = 0; // what the gateway had before; 0 if unknown
        QDateTime time; // UTC, when it began
        // What the apply needs to be finished or undone: where the old files
        // were kept aside, which were written, the commands still to run.
        QJsonObject journal;
    };

    // "<AppDataLocation>/policy.sqlite".
    static QString defaultPath();

    explicit PolicyStore(const QString &path = defaultPath());
    ~PolicyStore();

    QString path() const { return m_path; }

    // Opens or creates the file. An Error when it was damaged (isOpen() is
    // then true: a new store was started) or cannot be opened at all.
    Status open();
    bool isOpen() const;
    void close();

    // Stores `snapshot` as the profile's next version. From `meta` come the
    // comment, parent, origin, rollbackOf, state and driftDiff; an empty time
    // is now and an empty author the OS user. Returns the version as stored,
    // with its number, digest, first history entry and content.
    Result<PolicyVersion> add(
        const QString &profile, const PolicySnapshot &snapshot, const PolicyVersion &meta);

    // Newest first, light for a list: without content, history or driftDiff
    // (version() has them).
    Result<QList<PolicyVersion>> versions(const QString &profile);
    // With content. Error::Code::NotFound when there is no such version.
    Result<PolicyVersion> version(const QString &profile, qint64 number);
    // The newest version, with content.
    Result<std::optional<PolicyVersion>> latest(const QString &profile);
    // The newest version in one of `states`, with content: e.g. Applied,
    // Confirmed or Recorded is what the gateway should have now.
    Result<std::optional<PolicyVersion>> latestWithState(
        const QString &profile, const QList<PolicyVersion::State> &states);
    // The newest version with this PolicySnapshot::digest(), with content.
    Result<std::optional<PolicyVersion>> findByDigest(const QString &profile, const QByteArray &digest);

    // Sets the current state and appends it to the history, in one transaction.
    Status setState(
        const QString &profile, qint64 number, PolicyVersion::State state, const QString &note = {});

    // One pending apply per profile: beginApply() replaces an older marker.
    Status beginApply(const QString &profile, qint64 number, qint64 previous, const QJsonObject &journal);
    Status endApply(const QString &profile);
    Result<std::optional<PendingApply>> pendingApply(const QString &profile);

private:
    // SqliteFile::write() once the store is open.
    Status write(const QString &what, const std::function<Status(QSqlQuery &)> &body);
    Status notOpen() const;
    Error queryError(const QString &what, const QSqlQuery &query) const;
    // The newest version of values[0]'s profile matching `condition`.
    Result<std::optional<PolicyVersion>> loadWhere(
        const QString &condition, const QVariantList &values, const QString &order = {});
    Status loadContent(qint64 id, PolicyVersion *version);

    QString m_path;
    std::unique_ptr<SqliteFile> m_file;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::PolicyStore::PendingApply)
