#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MailOps {

// The gateway's policy at one moment: the text of every file that decides
// what Postfix accepts (main.cf, master.cf and each map source the
// restrictions reference), as the bytes that were read. Paths inside the
// configuration directory are relative ("main.cf", "client_access.cidr");
// others stay absolute. A plain value, usable on any thread; files are kept
// sorted by path so two snapshots of the same content compare and hash alike.
class PolicySnapshot final
{
public:
    struct File
    {
        QString path;
        QByteArray content;
        bool operator==(const File &other) const = default;
    };

    static inline const QString MainCf = QStringLiteral("main.cf");
    static inline const QString MasterCf = QStringLiteral("master.cf");

    QString configDir() const { return m_configDir; }
    void setConfigDir(const QString &dir) { m_configDir = dir; }

    const QList<File> &files() const { return m_files; }
    QStringList paths() const;
    bool contains(const QString &path) const;
    // Empty when the file is not part of the snapshot.
    QByteArray content(const QString &path) const;
    // Adds or replaces; keeps the order by path.
    void setFile(const QString &path, const QByteArray &content);
    void removeFile(const QString &path);
    bool isEmpty() const { return m_files.isEmpty(); }

    // Where the file lives on the gateway: relative paths under configDir().
    QString absolutePath(const QString &path) const;
    // The snapshot's name for a file on the gateway: relative when it lies
    // inside configDir(), absolute otherwise.
    QString relativePath(const QString &absolutePath) const;

    // SHA-256 of one file's content, hex.
    static QByteArray fileHash(const QByteArray &content);
    // SHA-256 over every path and content, hex: equal for equal snapshots
    // whatever order they were built in.
    QByteArray digest() const;

    // The same files with the same content (configDir is not compared).
    bool sameContent(const PolicySnapshot &other) const { return m_files == other.m_files; }

private:
    qsizetype indexOf(const QString &path) const;

    QString m_configDir;
    QList<File> m_files;
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::PolicySnapshot)
