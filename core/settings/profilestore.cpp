#include "profilestore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <filesystem>

namespace MailOps {

namespace {
constexpr int kFormatVersion = 1;
constexpr int kMaxProfiles = 1000;

// Reads one port, reporting rather than truncating anything out of range.
quint16 readPort(const QSettings &s, const QString &key, quint16 fallback, bool *ok)
{
    const QVariant v = s.value(key);
    if (!v.isValid())
        return fallback;
    bool isInt = false;
    const int port = v.toString().trimmed().toInt(&isInt);
    if (!isInt || port < 1 || port > 65535) {
        *ok = false;
        return fallback;
    }
    return quint16(port);
}
// QSettings reads almost anything as INI without complaint, so binary junk or
// a half-written file would silently lose every profile. Check the shape first.
bool looksLikeIni(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
        return false;
    const QByteArray data = f.readAll();
    if (data.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError())
        return false;
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
            continue;
        if (line.indexOf(QLatin1Char('=')) > 0)
            continue;
        return false;
    }
    return true;
}
} // namespace

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile.isEmpty() ? defaultSettingsFile() : settingsFile)
{
}

QString ProfileStore::defaultSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles.conf");
}

void ProfileStore::load()
{
    Q_EMIT aboutToReset();
    m_profiles.clear();
    m_warnings.clear();
    m_current = 0;

    bool keepAside = false;
    const QFileInfo info(m_file);
    if (info.exists() && !info.isReadable()) {
        m_warnings << tr(
            "The settings file %1 cannot be read (permission denied); using the lab gateway profile.")
                          .arg(m_file);
    } else if (info.exists()) {
        QSettings s(m_file, QSettings::IniFormat);
        if (s.status() != QSettings::NoError || !looksLikeIni(m_file)) {
            m_warnings << tr("The settings file %1 is damaged and was not read; it was kept as %2. "
                             "Using the lab gateway profile.")
                              .arg(m_file, m_file + QStringLiteral(".damaged"));
            keepAside = true;
        } else {
            const int version = s.value(QStringLiteral("version"), kFormatVersion).toInt();
            if (version > kFormatVersion)
                m_warnings << tr(
                    "The settings file %1 was written by a newer version; some settings may be ignored.")
                                  .arg(m_file);
            const int size = s.beginReadArray(QStringLiteral("profiles"));
            if (size > kMaxProfiles) {
                m_warnings << tr("The settings file %1 claims %2 profiles; only the first %3 were read.")
                                  .arg(m_file)
                                  .arg(size)
                                  .arg(kMaxProfiles);
            }
            int skipped = 0;
            for (int i = 0; i < size && i < kMaxProfiles; ++i) {
                s.setArrayIndex(i);
                GatewayProfile p;
                bool ok = true;
                p.name = s.value(QStringLiteral("name")).toString().trimmed();
                bool known = true;
                p.transport = GatewayProfile::transportFromName(
                    s.value(QStringLiteral("transport"), QStringLiteral("local")).toString(), &known);
                ok &= known;
                p.sshHost = s.value(QStringLiteral("sshHost")).toString();
                p.serviceBackend = GatewayProfile::backendFromName(
                    s.value(QStringLiteral("serviceBackend"), QStringLiteral("supervisord")).toString(),
                    &known);
                ok &= known;
                p.supervisorUrl = s.value(QStringLiteral("supervisorUrl")).toString();
                p.dnsServer = s.value(QStringLiteral("dnsServer")).toString();
                p.dnsPort = readPort(s, QStringLiteral("dnsPort"), 53, &ok);
                p.smtpHost = s.value(QStringLiteral("smtpHost")).toString();
                p.smtpPort = readPort(s, QStringLiteral("smtpPort"), 25, &ok);
                p.mailLogPath = s.value(QStringLiteral("mailLogPath")).toString();
                p.postfixConfigDir = s.value(QStringLiteral("postfixConfigDir")).toString();
                p.policyReviewRequired = s.value(QStringLiteral("policyReviewRequired"), false).toBool();
                p.noticeReviewRequired = s.value(QStringLiteral("noticeReviewRequired"), false).toBool();
                p.dnsbls = s.value(QStringLiteral("dnsbls"))
                               .toString()
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (QString &z : p.dnsbls)
                    z = z.trimmed();
                const QStringList problems = p.validate();
                if (s.childKeys().isEmpty())
                    continue; // a hole in the array, nothing lost
                if (!ok || !problems.isEmpty() || indexOf(p.name) >= 0) {
                    keepAside = true;
                    if (++skipped > 5)
                        continue;
                    m_warnings << tr("Profile %1 in %2 is invalid and was skipped: %3")
                                      .arg(p.name.isEmpty() ? QString::number(i + 1) : p.name, m_file,
                                          ok ? problems.join(QLatin1Char(' '))
                                             : tr("a value has the wrong type."));
                    continue;
                }
                m_profiles << p;
            }
            if (skipped > 5)
                m_warnings << tr("%1 more invalid profiles were skipped.").arg(skipped - 5);
            s.endArray();
            const int current = indexOf(s.value(QStringLiteral("current")).toString());
            m_current = current >= 0 ? current : 0;
        }
    }

    if (keepAside) {
        // The admin's file is never thrown away: the next save overwrites it,
        // so keep the original beside it first.
        const QString backup = m_file + QStringLiteral(".damaged");
        QFile::remove(backup);
        if (!QFile::copy(m_file, backup))
            m_warnings << tr("Could not keep a copy of the settings file as %1.").arg(backup);
    }
    if (m_profiles.isEmpty())
        m_profiles << GatewayProfile::lab();
    for (const QString &w : std::as_const(m_warnings))
        qCWarning(lcSettings).noquote() << w;
    Q_EMIT reset();
    Q_EMIT currentChanged(m_current);
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void ProfileStore::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_profiles.size() || index == m_current)
        return;
    m_current = index;
    save();
    Q_EMIT currentChanged(m_current);
}

Status ProfileStore::checkName(const GatewayProfile &profile, int ignoreIndex) const
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Status::failure(Error::Code::InvalidInput, problems.join(QLatin1Char('\n')));
    const int existing = indexOf(profile.name);
    if (existing >= 0 && existing != ignoreIndex)
        return Status::failure(
            Error::Code::InvalidInput, tr("A profile named %1 already exists.").arg(profile.name));
    return Ok {};
}

Result<int> ProfileStore::add(const GatewayProfile &profile)
{
    if (const Status st = checkName(profile, -1); !st)
        return st.error();
    GatewayProfile p = profile;
    p.name = p.name.trimmed();
    const int index = int(m_profiles.size());
    Q_EMIT aboutToAdd(index);
    m_profiles << p;
    Q_EMIT profileAdded(index);
    if (const Status st = save(); !st)
        return st.error();
    return index;
}

Status ProfileStore::update(int index, const GatewayProfile &profile)
{
    if (index < 0 || index >= m_profiles.size())
        return Status::failure(Error::Code::InvalidInput, tr("No such profile."));
    if (const Status st = checkName(profile, index); !st)
        return st;
    m_profiles[index] = profile;
    m_profiles[index].name = profile.name.trimmed();
    Q_EMIT profileChanged(index);
    if (index == m_current)
        Q_EMIT currentChanged(m_current);
    return save();
}

Status ProfileStore::remove(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return Status::failure(Error::Code::InvalidInput, tr("No such profile."));
    if (m_profiles.size() == 1)
        return Status::failure(Error::Code::InvalidInput, tr("The last profile cannot be removed."));
    Q_EMIT aboutToRemove(index);
    m_profiles.removeAt(index);
    Q_EMIT profileRemoved(index);
    const bool currentMoved = index <= m_current;
    if (currentMoved && m_current > 0)
        --m_current;
    if (currentMoved)
        Q_EMIT currentChanged(m_current);
    return save();
}

Status ProfileStore::save()
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    // Written whole to a new file and renamed over the old one: a crash or a
    // full disk mid-write leaves the previous profiles intact, and a damaged
    // old file cannot leak into the new one.
    const QString temp = m_file + QStringLiteral(".new");
    QFile::remove(temp);
    QSettings::Status written = QSettings::AccessError;
    {
        QSettings s(temp, QSettings::IniFormat);
        s.setValue(QStringLiteral("version"), kFormatVersion);
        s.setValue(QStringLiteral("current"), current().name);
        s.beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
        for (int i = 0; i < m_profiles.size(); ++i) {
            const GatewayProfile &p = m_profiles.at(i);
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("name"), p.name);
            s.setValue(QStringLiteral("transport"), GatewayProfile::transportName(p.transport));
            s.setValue(QStringLiteral("sshHost"), p.sshHost);
            s.setValue(QStringLiteral("serviceBackend"), GatewayProfile::backendName(p.serviceBackend));
            s.setValue(QStringLiteral("supervisorUrl"), p.supervisorUrl);
            s.setValue(QStringLiteral("dnsServer"), p.dnsServer);
            s.setValue(QStringLiteral("dnsPort"), p.dnsPort);
            s.setValue(QStringLiteral("smtpHost"), p.smtpHost);
            s.setValue(QStringLiteral("smtpPort"), p.smtpPort);
            s.setValue(QStringLiteral("mailLogPath"), p.mailLogPath);
            s.setValue(QStringLiteral("postfixConfigDir"), p.postfixConfigDir);
            s.setValue(QStringLiteral("policyReviewRequired"), p.policyReviewRequired);
            s.setValue(QStringLiteral("noticeReviewRequired"), p.noticeReviewRequired);
            s.setValue(QStringLiteral("dnsbls"), p.dnsbls.join(QLatin1Char(',')));
        }
        s.endArray();
        s.sync();
        written = s.status();
    }
    std::error_code ec;
    if (written == QSettings::NoError)
        std::filesystem::rename(
            QFile::encodeName(temp).toStdString(), QFile::encodeName(m_file).toStdString(), ec);
    if (written != QSettings::NoError || ec) {
        QFile::remove(temp);
        return Status::failure(Error::Code::IoError, tr("Could not write the settings file %1.").arg(m_file));
    }
    return Ok {};
}

} // namespace MailOps
