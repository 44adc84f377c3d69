#pragma once

#include "common/result.h"
#include "incident/broadcastsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace MailOps {

// Every profile's BroadcastSettings in one JSON file in the user's data
// directory, written whole through QSaveFile (a reader sees the old file or
// the new one, never half). A file that cannot be read as settings is moved
// aside as "<file>.damaged", the defaults are used, and load() says so in a
// sentence; it never throws or crashes. An unknown profile has the
// defaults. Used on one thread.
class BroadcastSettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::BroadcastSettingsStore)
    Q_DISABLE_COPY_MOVE(BroadcastSettingsStore)

public:
    static constexpr int FormatVersion = 1;

    // "<AppDataLocation>/broadcast.json".
    static QString defaultPath();

    explicit BroadcastSettingsStore(const QString &path = defaultPath());

    QString path() const { return m_path; }

    // A missing file is no error. An Error when the file was damaged (the
    // defaults are then in use and the old file kept aside) or unreadable.
    Status load();
    BroadcastSettings settings(const QString &profile) const;
    // Replaces the profile's settings and writes the file.
    Status save(const BroadcastSettings &settings);
    Status remove(const QString &profile);

private:
    Status write();
    Status damaged(const QString &why);

    QString m_path;
    QJsonObject m_profiles;
};

} // namespace MailOps
