#pragma once

#include "common/result.h"
#include "settings/gatewayprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace MailOps {

// The gateway profiles, persisted with QSettings (INI). Lives on the GUI
// thread. A settings file that cannot be read is kept aside as a backup and
// replaced by defaults; what went wrong is reported in loadWarnings() rather
// than silently discarded, and never by a crash.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // settingsFile empty: the user's configuration directory.
    explicit ProfileStore(const QString &settingsFile = {}, QObject *parent = nullptr);

    static QString defaultSettingsFile();
    QString settingsFile() const { return m_file; }

    void load();
    QStringList loadWarnings() const { return m_warnings; }

    const QList<GatewayProfile> &profiles() const { return m_profiles; }
    int count() const { return int(m_profiles.size()); }
    int indexOf(const QString &name) const;
    GatewayProfile at(int index) const { return m_profiles.value(index); }

    int currentIndex() const { return m_current; }
    GatewayProfile current() const { return m_profiles.value(m_current, GatewayProfile::lab()); }
    void setCurrentIndex(int index);

    // Validate, then change and save. Names are unique (case-insensitive).
    Result<int> add(const GatewayProfile &profile);
    Status update(int index, const GatewayProfile &profile);
    Status remove(int index);

    Status save();

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void aboutToAdd(int index);
    void profileAdded(int index);
    void profileChanged(int index);
    void aboutToRemove(int index);
    void profileRemoved(int index);
    void currentChanged(int index);

private:
    Status checkName(const GatewayProfile &profile, int ignoreIndex) const;

    QString m_file;
    QList<GatewayProfile> m_profiles;
    QStringList m_warnings;
    int m_current = 0;
};

} // namespace MailOps
