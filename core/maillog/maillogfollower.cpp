#include "maillogfollower.h"

#include "common/logging.h"

#include <sys/stat.h>

namespace MailOps {

namespace {

constexpr qint64 kReadBlock = 256 * 1024;

bool statPath(const QString &path, quint64 *device, quint64 *inode, qint64 *size)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    *size = qint64(st.st_size);
    return true;
}

} // namespace

MailLogFollower::MailLogFollower(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MailLogFollower::poll);
}

MailLogFollower::~MailLogFollower() = default;

void MailLogFollower::start()
{
    if (!m_file.isOpen())
        openCurrent(m_startAtEnd);
    m_timer.start();
    poll();
}

void MailLogFollower::stop()
{
    m_timer.stop();
}

bool MailLogFollower::openCurrent(bool atEnd)
{
    m_file.close();
    m_file.setFileName(m_path);
    qint64 size = 0;
    if (!statPath(m_path, &m_device, &m_inode, &size) || !m_file.open(QIODevice::ReadOnly)) {
        if (!m_reportedError) {
            m_reportedError = true;
            const bool missing = !QFile::exists(m_path);
            Q_EMIT errorOccurred(Error { missing ? Error::Code::NotFound : Error::Code::PermissionDenied,
                missing ? tr("mail log %1 does not exist (yet)").arg(m_path)
                        : tr("cannot open mail log %1: %2").arg(m_path, m_file.errorString()) });
        }
        return false;
    }
    m_reportedError = false;
    m_pos = atEnd ? size : 0;
    m_file.seek(m_pos);
    m_splitter.reset();
    return true;
}

void MailLogFollower::poll()
{
    QList<QByteArray> lines;
    bool more = false;
    if (!m_file.isOpen()) {
        // Not there at start: whatever appears later is new, read it all.
        if (!openCurrent(false))
            return;
    }
    quint64 device = 0, inode = 0;
    qint64 size = 0;
    const bool exists = statPath(m_path, &device, &inode, &size);
    if (exists && (device != m_device || inode != m_inode)) {
        // Rotated: finish the old file (writers may still have appended), then switch.
        readAvailable(lines, m_maxPerPoll, &more);
        if (!more) {
            flushPartial(lines);
            ++m_stats.rotations;
            qCInfo(lcLog) << "mail log rotated:" << m_path;
            Q_EMIT rotated();
            openCurrent(false);
        }
    } else if (exists && size < m_pos) {
        ++m_stats.truncations;
        qCInfo(lcLog) << "mail log truncated:" << m_path;
        Q_EMIT truncated();
        m_pos = 0;
        m_file.seek(0);
        m_splitter.reset();
    }
    if (!more)
        readAvailable(lines, m_maxPerPoll, &more);
    if (!lines.isEmpty())
        Q_EMIT linesRead(lines);
    if (more && m_timer.isActive())
        QTimer::singleShot(0, this, &MailLogFollower::poll);
}

void MailLogFollower::readAvailable(QList<QByteArray> &lines, qint64 budget, bool *more)
{
    *more = false;
    QByteArray block;
    while (budget > 0) {
        block.resize(qsizetype(std::min(kReadBlock, budget)));
        const qint64 n = m_file.read(block.data(), block.size());
        if (n <= 0)
            return;
        m_pos += n;
        m_stats.bytesRead += n;
        budget -= n;
        split(QByteArrayView(block.constData(), qsizetype(n)), lines);
    }
    *more = m_file.size() > m_pos;
}

void MailLogFollower::split(QByteArrayView data, QList<QByteArray> &lines)
{
    // A cut line keeps its head: the queue id and status are at the start.
    m_splitter.feed(
        data,
        [&](QByteArrayView line) {
            lines.append(line.toByteArray());
            ++m_stats.lines;
        },
        [this] { ++m_stats.cutLines; });
}

void MailLogFollower::flushPartial(QList<QByteArray> &lines)
{
    m_splitter.finish(
        [&](QByteArrayView line) {
            lines.append(line.toByteArray());
            ++m_stats.lines;
        },
        [this] { ++m_stats.cutLines; });
}

} // namespace MailOps
