#include "mailqparser.h"

#include "common/logging.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::MailqParser", text);
}

QList<QByteArrayView> splitWords(QByteArrayView line, int maxWords)
{
    QList<QByteArrayView> words;
    qsizetype i = 0;
    while (i < line.size() && words.size() < maxWords) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        qsizetype j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t')
            ++j;
        words.append(line.sliced(i, j - i));
        i = j;
    }
    return words;
}

bool allDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int monthNumber(QByteArrayView m)
{
    static const char *const names[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (int i = 0; i < 12; ++i) {
        if (m == QByteArrayView(names[i]))
            return i + 1;
    }
    return 0;
}

QString stripAngles(QByteArrayView a)
{
    a = a.trimmed();
    if (a.size() >= 2 && a.front() == '<' && a.back() == '>')
        a = a.sliced(1, a.size() - 2);
    return QString::fromUtf8(a);
}

} // namespace

MailqParser::MailqParser(EntryHandler handler)
    : m_handler(std::move(handler))
{
}

void MailqParser::feed(QByteArrayView chunk)
{
    m_lines.feed(
        chunk, [this](QByteArrayView line) { processLine(line); }, [this] { reportLongLine(); });
}

void MailqParser::finish()
{
    m_lines.finish([this](QByteArrayView line) { processLine(line); }, [this] { reportLongLine(); });
    flushEntry();
}

void MailqParser::reportLongLine()
{
    addIssue(tr("line longer than %1 bytes, skipped").arg(m_lines.maxLineLength()));
}

void MailqParser::processLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        flushEntry();
        return;
    }
    const char first = line.front();
    // Banners and totals of either program.
    if (first == '-' || trimmed.startsWith("Total requests:") || trimmed.startsWith("Mail queue is empty")
        || trimmed.startsWith("MSP Queue status") || trimmed.startsWith("Mail Queue status")
        || (trimmed.front() == '/' && trimmed.contains("request"))) {
        flushEntry();
        return;
    }
    if (first != ' ' && first != '\t' && first != '(') {
        flushEntry();
        if (!startEntry(trimmed))
            addIssue(tr("not a queue entry: %1")
                         .arg(QString::fromUtf8(trimmed.first(std::min<qsizetype>(trimmed.size(), 80)))));
        return;
    }
    if (!m_current) {
        addIssue(tr("continuation line outside an entry"));
        return;
    }
    if (trimmed.front() == '(') {
        QByteArrayView reason = trimmed.sliced(1);
        if (reason.endsWith(')'))
            reason.chop(1);
        m_currentReason = QString::fromUtf8(reason.trimmed());
        if (m_current->queue == QueueEntry::Queue::Other) {
            m_current->queue = QueueEntry::Queue::Deferred;
            m_current->queueName = QueueEntry::nameOfQueue(m_current->queue);
        }
        return;
    }
    if (trimmed.startsWith("QUARANTINE:")) {
        m_current->queue = QueueEntry::Queue::Hold;
        m_current->queueName = QueueEntry::nameOfQueue(m_current->queue);
        m_currentReason = QString::fromUtf8(trimmed.sliced(11).trimmed());
        return;
    }
    if (m_current->recipients.size() < m_maxRecipients)
        m_current->recipients.append({ stripAngles(trimmed), m_currentReason });
}

bool MailqParser::startEntry(QByteArrayView line)
{
    // ID[status] SIZE Wday Mon DD HH:MM[:SS] [sender]
    const QList<QByteArrayView> w = splitWords(line, 7);
    if (w.size() < 6 || !allDigits(w[1]) || w[1].size() > 15)
        return false;
    const int month = monthNumber(w[3]);
    if (month == 0 || !allDigits(w[4]))
        return false;
    QByteArrayView id = w[0];
    QueueEntry entry;
    entry.queue = QueueEntry::Queue::Other;
    const char status = id.back();
    if (status == '*') {
        entry.queue = QueueEntry::Queue::Active;
        id.chop(1);
    } else if (status == '!') {
        entry.queue = QueueEntry::Queue::Hold;
        id.chop(1);
    } else if (status == 'X' || status == '-') {
        // Sendmail: X = load too high, - = too young to run; both still queued.
        id.chop(1);
    }
    if (id.isEmpty())
        return false;
    entry.queueName = entry.queue == QueueEntry::Queue::Other ? QStringLiteral("queued")
                                                              : QueueEntry::nameOfQueue(entry.queue);
    entry.queueId = QString::fromLatin1(id);
    entry.messageSize = w[1].toLongLong();
    entry.arrivalTime = resolveArrival(w[3], w[4], w[5]);
    if (entry.arrivalTime < 0)
        return false;
    if (w.size() >= 7) {
        const QString sender = stripAngles(line.sliced(w[6].data() - line.data()));
        entry.sender = sender == u"MAILER-DAEMON" ? QString() : sender;
    }
    m_current = std::move(entry);
    m_currentReason.clear();
    return true;
}

void MailqParser::flushEntry()
{
    if (!m_current)
        return;
    ++m_entries;
    if (m_handler)
        m_handler(*m_current);
    m_current.reset();
    m_currentReason.clear();
}

void MailqParser::addIssue(const QString &message)
{
    ++m_badLines;
    qCDebug(lcQueue) << "mailq line" << m_lines.lineNumber() << message;
    if (m_issues.size() < QueueParser::MaxIssuesKept)
        m_issues.append({ m_lines.lineNumber(), message });
}

qint64 MailqParser::resolveArrival(QByteArrayView month, QByteArrayView day, QByteArrayView time) const
{
    int h = -1, m = -1, s = 0;
    {
        const QByteArray t = time.toByteArray().replace(':', ' ');
        const QList<QByteArrayView> parts = splitWords(t, 4);
        if (parts.size() < 2 || parts.size() > 3)
            return -1;
        for (const QByteArrayView &p : parts) {
            if (!allDigits(p) || p.size() > 2)
                return -1;
        }
        h = parts[0].toInt();
        m = parts[1].toInt();
        if (parts.size() == 3)
            s = parts[2].toInt();
    }
    const QDateTime ref
        = m_reference ? QDateTime::fromSecsSinceEpoch(m_reference) : QDateTime::currentDateTime();
    const QTime clock(h, m, s);
    if (!clock.isValid())
        return -1;
    const int mon = monthNumber(month);
    const int dd = day.toInt();
    for (int year : { ref.date().year(), ref.date().year() - 1 }) {
        const QDate date(year, mon, dd);
        if (!date.isValid())
            continue; // Feb 29 outside a leap year
        const QDateTime when(date, clock);
        // A listing never shows a message from the future; allow a day of skew.
        if (when.toSecsSinceEpoch() <= ref.toSecsSinceEpoch() + 86400)
            return when.toSecsSinceEpoch();
    }
    return -1;
}

} // namespace MailOps
