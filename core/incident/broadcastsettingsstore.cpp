#include "broadcastsettingsstore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace MailOps {

QString BroadcastSettingsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/broadcast.json");
}

BroadcastSettingsStore::BroadcastSettingsStore(const QString &path)
    : m_path(path)
{
}

Status BroadcastSettingsStore::damaged(const QString &why)
{
    m_profiles = {};
    const QString aside = m_path + QStringLiteral(".damaged");
    QFile::remove(aside);
    if (!QFile::rename(m_path, aside))
        return Status::failure(Error::Code::IoError,
            tr("The broadcast settings in %1 cannot be read (%2) and cannot be moved aside; the defaults are "
               "in use.")
                .arg(m_path, why));
    qCWarning(lcIncident).noquote() << "broadcast settings damaged:" << why << "kept as" << aside;
    return Status::failure(Error::Code::ParseError,
        tr("The broadcast settings in %1 cannot be read (%2): the file was kept as %3 and the defaults are "
           "in use.")
            .arg(m_path, why, aside));
}

Status BroadcastSettingsStore::load()
{
    m_profiles = {};
    QFile f(m_path);
    if (!f.exists())
        return Ok {};
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Error::Code::IoError,
            tr("The broadcast settings in %1 cannot be opened: %2; the defaults are in use.")
                .arg(m_path, f.errorString()));
    // Settings are a few kilobytes; anything vastly larger is not ours.
    if (f.size() > 16 * 1024 * 1024) {
        f.close();
        return damaged(tr("it is %1 MB").arg(f.size() / (1024 * 1024)));
    }
    const QByteArray data = f.readAll();
    f.close();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return damaged(tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return damaged(tr("it is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() > FormatVersion)
        return Status::failure(Error::Code::Unsupported,
            tr("The broadcast settings in %1 were written by a newer version; the defaults are in use and "
               "the file "
               "is left as it is.")
                .arg(m_path));
    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (!profiles.isObject())
        return damaged(tr("it has no \"profiles\" object"));
    const QJsonObject all = profiles.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().isObject())
            return damaged(tr("the settings of profile \"%1\" are not an object").arg(it.key()));
        const Result<BroadcastSettings> s = BroadcastSettings::fromJson(it.key(), it.value().toObject());
        if (!s)
            return damaged(tr("profile \"%1\": %2").arg(it.key(), s.error().message));
    }
    m_profiles = all;
    return Ok {};
}

BroadcastSettings BroadcastSettingsStore::settings(const QString &profile) const
{
    const Result<BroadcastSettings> s
        = BroadcastSettings::fromJson(profile, m_profiles.value(profile).toObject());
    if (s)
        return *s;
    BroadcastSettings defaults;
    defaults.profile = profile;
    return defaults;
}

Status BroadcastSettingsStore::save(const BroadcastSettings &settings)
{
    m_profiles.insert(settings.profile, settings.toJson());
    return write();
}

Status BroadcastSettingsStore::remove(const QString &profile)
{
    m_profiles.remove(profile);
    return write();
}

Status BroadcastSettingsStore::write()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(Error::Code::IoError,
            tr("The broadcast settings cannot be written to %1: %2").arg(m_path, f.errorString()));
    const QJsonObject root { { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("profiles"), m_profiles } };
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Status::failure(Error::Code::IoError,
            tr("The broadcast settings cannot be written to %1: %2").arg(m_path, f.errorString()));
    return Ok {};
}

} // namespace MailOps
