#include "scannedmessagemodel.h"

#include "common/printable.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace MailOps {

namespace {

using Severity = MessageDefect::Severity;

constexpr int kTooltipRecipients = 20;

struct CodeTally
{
    MessageDefect::Code code;
    Severity severity;
    qint64 count;
    int firstSeen;
};

// One entry per code found, worst severity first, then in the order found.
// The counts cover every occurrence, also those past the listed few.
QList<CodeTally> tallies(const LintReport &report)
{
    QList<CodeTally> out;
    for (int i = 0; i < report.defects.size(); ++i) {
        const MessageDefect &d = report.defects.at(i);
        auto it = std::find_if(out.begin(), out.end(), [&](const CodeTally &t) { return t.code == d.code; });
        if (it == out.end()) {
            out.append(CodeTally { d.code, d.severity, 1, i });
        } else {
            ++it->count;
            it->severity = std::min(it->severity, d.severity);
        }
    }
    for (CodeTally &t : out)
        t.count = std::max(t.count, report.count(t.code));
    std::stable_sort(out.begin(), out.end(),
        [](const CodeTally &a, const CodeTally &b) { return int(a.severity) < int(b.severity); });
    return out;
}

} // namespace

ScannedMessageModel::ScannedMessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ScannedMessageModel::formatAge(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

int ScannedMessageModel::worstSeverity(const LintReport &report)
{
    int worst = -1;
    for (const MessageDefect &d : report.defects) {
        if (worst < 0 || int(d.severity) < worst)
            worst = int(d.severity);
    }
    return worst;
}

QString ScannedMessageModel::defectSummary(const LintReport &report)
{
    const QList<CodeTally> codes = tallies(report);
    if (codes.isEmpty())
        return {};
    qint64 perSeverity[3] = {};
    QStringList names;
    for (const CodeTally &t : codes) {
        perSeverity[int(t.severity)] += t.count;
        names.append(MessageDefect::codeName(t.code));
    }
    // Singular and plural spelled out: English needs no translation file.
    QStringList counts;
    const int errors
        = perSeverity[int(Severity::Error)] > INT_MAX ? INT_MAX : int(perSeverity[int(Severity::Error)]);
    const int warnings
        = perSeverity[int(Severity::Warning)] > INT_MAX ? INT_MAX : int(perSeverity[int(Severity::Warning)]);
    const int notes
        = perSeverity[int(Severity::Info)] > INT_MAX ? INT_MAX : int(perSeverity[int(Severity::Info)]);
    if (errors == 1)
        counts.append(tr("%n error", nullptr, errors));
    else if (errors > 1)
        counts.append(tr("%n errors", nullptr, errors));
    if (warnings == 1)
        counts.append(tr("%n warning", nullptr, warnings));
    else if (warnings > 1)
        counts.append(tr("%n warnings", nullptr, warnings));
    if (notes == 1)
        counts.append(tr("%n note", nullptr, notes));
    else if (notes > 1)
        counts.append(tr("%n notes", nullptr, notes));
    return tr("%1: %2").arg(counts.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
}

void ScannedMessageModel::setMessages(const ScannedMessageList &incoming)
{
    // Later duplicates of a queue id replace earlier ones in place.
    QList<const ScannedMessage *> messages;
    QHash<QString, int> position;
    messages.reserve(incoming.size());
    position.reserve(incoming.size());
    for (const ScannedMessage &m : incoming) {
        const auto it = position.constFind(m.entry.queueId);
        if (it != position.constEnd()) {
            messages[*it] = &m;
        } else {
            position.insert(m.entry.queueId, int(messages.size()));
            messages.append(&m);
        }
    }
    const auto take
        = [&messages](qsizetype from, qsizetype to, std::vector<std::unique_ptr<ScannedMessage>> *into) {
              for (qsizetype i = from; i < to; ++i)
                  into->push_back(std::make_unique<ScannedMessage>(*messages.at(i)));
          };

    if (m_messages.empty()) {
        if (messages.isEmpty())
            return;
        beginInsertRows({}, 0, int(messages.size()) - 1);
        take(0, messages.size(), &m_messages);
        rebuildIndex();
        endInsertRows();
        return;
    }
    const bool overlap = std::any_of(m_messages.cbegin(), m_messages.cend(),
        [&](const auto &m) { return position.contains(m->entry.queueId); });
    if (!overlap) {
        // Nothing to keep a selection on: one reset is cheaper than a diff.
        beginResetModel();
        m_messages.clear();
        take(0, messages.size(), &m_messages);
        rebuildIndex();
        endResetModel();
        return;
    }

    removeGone(position);
    rebuildIndex();

    if (!m_messages.empty()) {
        for (auto &m : m_messages)
            *m = *messages.at(position.value(m->entry.queueId));
        Q_EMIT dataChanged(index(0, 0), index(int(m_messages.size()) - 1, ColumnCount - 1));
    }

    QList<const ScannedMessage *> added;
    for (const ScannedMessage *m : std::as_const(messages)) {
        if (!m_rowOfId.contains(m->entry.queueId))
            added.append(m);
    }
    if (!added.isEmpty()) {
        const int first = int(m_messages.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const ScannedMessage *m : std::as_const(added))
            m_messages.push_back(std::make_unique<ScannedMessage>(*m));
        rebuildIndex();
        endInsertRows();
    }
}

void ScannedMessageModel::removeGone(const QHash<QString, int> &keep)
{
    // One rowsRemoved per contiguous run, top down. A plain erase per run
    // would cost rows x runs when half of a large queue leaves scattered;
    // instead the removed rows gather in a gap that moves down, so every
    // pointer moves at most once, and views see consistent rows throughout.
    const int physicalRows = int(m_messages.size());
    int p = 0;
    while (p < physicalRows) {
        if (keep.contains(m_messages[size_t(p)]->entry.queueId)) {
            ++p;
            continue;
        }
        const int first = p;
        while (p < physicalRows && !keep.contains(m_messages[size_t(p)]->entry.queueId))
            ++p;
        const int last = p - 1;
        beginRemoveRows({}, first - m_gapSize, last - m_gapSize);
        for (int q = m_gapStart + m_gapSize; q < first; ++q)
            std::swap(m_messages[size_t(q - m_gapSize)], m_messages[size_t(q)]);
        m_gapStart = first - m_gapSize;
        m_gapSize += last - first + 1;
        endRemoveRows();
    }
    m_messages.erase(m_messages.begin() + m_gapStart, m_messages.begin() + m_gapStart + m_gapSize);
    m_gapStart = 0;
    m_gapSize = 0;
}

void ScannedMessageModel::setSuspects(const QStringList &queueIds, const QString &reason)
{
    QHash<QString, QString> suspects;
    for (const QString &id : queueIds)
        suspects.insert(id, reason);
    QList<int> changed;
    for (auto it = m_suspects.cbegin(); it != m_suspects.cend(); ++it) {
        if (!suspects.contains(it.key()) && m_rowOfId.contains(it.key()))
            changed.append(m_rowOfId.value(it.key()));
    }
    for (auto it = suspects.cbegin(); it != suspects.cend(); ++it) {
        if (m_suspects.value(it.key()) != it.value() || !m_suspects.contains(it.key())) {
            if (m_rowOfId.contains(it.key()))
                changed.append(m_rowOfId.value(it.key()));
        }
    }
    m_suspects = std::move(suspects);
    for (int row : std::as_const(changed))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ScannedMessageModel::clear()
{
    beginResetModel();
    m_messages.clear();
    m_rowOfId.clear();
    endResetModel();
}

ScannedMessage ScannedMessageModel::message(int row) const
{
    if (row < 0 || size_t(row) >= m_messages.size())
        return {};
    ScannedMessage m = at(row);
    const auto it = m_suspects.constFind(m.entry.queueId);
    if (it != m_suspects.constEnd() && !m.suspect) {
        m.suspect = true;
        m.suspectReason = *it;
    }
    return m;
}

int ScannedMessageModel::rowOf(const QString &queueId) const
{
    return m_rowOfId.value(queueId, -1);
}

void ScannedMessageModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_messages.size()));
    for (size_t row = 0; row < m_messages.size(); ++row)
        m_rowOfId.insert(m_messages[row]->entry.queueId, int(row));
}

qint64 ScannedMessageModel::now() const
{
    return m_referenceTime > 0 ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
}

int ScannedMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size()) - m_gapSize;
}

int ScannedMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScannedMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScannedMessage m = message(index.row());
    const QueueEntry &e = m.entry;

    switch (role) {
    case MessageRole:
        return QVariant::fromValue(m);
    case WorstSeverityRole:
        return worstSeverity(m.report);
    case SuspectRole:
        return m.suspect;
    case QueueIdRole:
        return e.queueId;
    default:
        break;
    }

    const qint64 size = e.messageSize > 0 ? e.messageSize : m.report.bytes;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Arrived:
            return e.arrivalTime;
        case Size:
            return size;
        case Defects: {
            qint64 n = 0;
            for (const CodeTally &t : tallies(m.report))
                n += t.count;
            return n;
        }
        case Suspect:
            return m.suspect;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Arrived || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Arrived:
            return e.arrivalTime > 0
                ? QDateTime::fromSecsSinceEpoch(e.arrivalTime, Qt::UTC).toString(Qt::ISODate)
                : QString();
        case Recipients: {
            QStringList all;
            for (const QueueRecipient &r :
                e.recipients.first(std::min<qsizetype>(e.recipients.size(), kTooltipRecipients)))
                all.append(Printable::text(r.address));
            if (e.recipients.size() > kTooltipRecipients)
                all.append(tr("… and %n more", nullptr, int(e.recipients.size() - kTooltipRecipients)));
            return all.join(u'\n');
        }
        case Size:
            return tr("%1 bytes").arg(size);
        case Defects: {
            if (!m.fetched)
                return m.fetchError;
            QStringList lines;
            for (const MessageDefect &d : m.report.defects) {
                lines.append(d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.message) : d.message);
                if (lines.size() >= 20)
                    break;
            }
            return lines.join(u'\n');
        }
        case Suspect:
            return m.suspectReason;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case QueueId:
        return e.queueId;
    case Queue:
        return e.queueName.isEmpty() ? QueueEntry::nameOfQueue(e.queue) : e.queueName;
    case Arrived:
        return e.arrivalTime > 0 ? formatAge(now() - e.arrivalTime) : QString();
    // Addresses are the gateway's words: a bidi override or a control
    // character is shown, not obeyed.
    case Sender:
        return e.sender.isEmpty() ? QStringLiteral("<>") : Printable::text(e.sender);
    case Recipients:
        if (e.recipients.isEmpty())
            return QString();
        if (e.recipients.size() == 1)
            return Printable::text(e.recipients.first().address);
        return tr("%1 +%2").arg(Printable::text(e.recipients.first().address)).arg(e.recipients.size() - 1);
    case Size:
        return QLocale().formattedDataSize(size);
    case Defects:
        if (!m.fetched)
            return m.fetchError.isEmpty() ? tr("not read") : tr("not read: %1").arg(m.fetchError);
        return defectSummary(m.report);
    case Suspect:
        return m.suspect ? tr("poison suspect") : QString();
    default:
        return {};
    }
}

QVariant ScannedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueId:
        return tr("Queue id");
    case Queue:
        return tr("Queue");
    case Arrived:
        return tr("Age");
    case Sender:
        return tr("Sender");
    case Recipients:
        return tr("Recipients");
    case Size:
        return tr("Size");
    case Defects:
        return tr("Defects");
    case Suspect:
        return tr("Suspect");
    default:
        return {};
    }
}

} // namespace MailOps
