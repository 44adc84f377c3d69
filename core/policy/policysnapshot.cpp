#include "policysnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <algorithm>

namespace MailOps {

qsizetype PolicySnapshot::indexOf(const QString &path) const
{
    const auto it = std::lower_bound(m_files.cbegin(), m_files.cend(), path,
        [](const File &file, const QString &key) { return file.path < key; });
    if (it == m_files.cend() || it->path != path)
        return -1;
    return it - m_files.cbegin();
}

QStringList PolicySnapshot::paths() const
{
    QStringList out;
    out.reserve(m_files.size());
    for (const File &file : m_files)
        out << file.path;
    return out;
}

bool PolicySnapshot::contains(const QString &path) const
{
    return indexOf(path) >= 0;
}

QByteArray PolicySnapshot::content(const QString &path) const
{
    const qsizetype i = indexOf(path);
    return i < 0 ? QByteArray() : m_files.at(i).content;
}

void PolicySnapshot::setFile(const QString &path, const QByteArray &content)
{
    const auto it = std::lower_bound(m_files.begin(), m_files.end(), path,
        [](const File &file, const QString &key) { return file.path < key; });
    if (it != m_files.end() && it->path == path)
        it->content = content;
    else
        m_files.insert(it, File { path, content });
}

void PolicySnapshot::removeFile(const QString &path)
{
    const qsizetype i = indexOf(path);
    if (i >= 0)
        m_files.removeAt(i);
}

QString PolicySnapshot::absolutePath(const QString &path) const
{
    if (QDir::isAbsolutePath(path) || m_configDir.isEmpty())
        return path;
    return QDir::cleanPath(m_configDir + QLatin1Char('/') + path);
}

QString PolicySnapshot::relativePath(const QString &absolutePath) const
{
    const QString clean = QDir::cleanPath(absolutePath);
    if (m_configDir.isEmpty())
        return clean;
    const QString dir = QDir::cleanPath(m_configDir) + QLatin1Char('/');
    if (clean.startsWith(dir) && clean.size() > dir.size())
        return clean.mid(dir.size());
    return clean;
}

QByteArray PolicySnapshot::fileHash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QByteArray PolicySnapshot::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const File &file : m_files) {
        // Length-prefixed so that no path/content split can collide with another.
        const QByteArray path = file.path.toUtf8();
        hash.addData(QByteArray(QByteArray::number(path.size()) + ':' + path));
        hash.addData(QByteArray(QByteArray::number(file.content.size()) + ':'));
        hash.addData(file.content);
    }
    return hash.result().toHex();
}

} // namespace MailOps
