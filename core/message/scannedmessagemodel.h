#pragma once

#include "message/scannedmessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>
#include <vector>

namespace MailOps {

// The queued messages of a malformed-message scan as a table (queue id, queue,
// age, sender, recipients, size, defects, poison suspect): text and numbers
// only, colours belong to the view. Rows are kept by queue id across rescans
// so selections survive. Lives on the GUI thread; cannot fail.
class ScannedMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannedMessageModel)

public:
    enum Column
    {
        QueueId,
        Queue,
        Arrived,
        Sender,
        Recipients,
        Size,
        Defects,
        Suspect,
        ColumnCount
    };
    enum Role
    {
        // The ScannedMessage of the row, with the model's suspect flag applied.
        MessageRole = Qt::UserRole + 1,
        // int(MessageDefect::Severity) of the worst defect, -1 when clean.
        WorstSeverityRole,
        SuspectRole, // bool
        QueueIdRole,
        // Values for sorting: Arrived -> arrival time, Size -> bytes,
        // Defects -> number of defects, Suspect -> bool, others -> the text.
        RawValueRole,
    };

    explicit ScannedMessageModel(QObject *parent = nullptr);

    // Rows whose queue id comes back are updated in place, the others removed
    // or appended; a later duplicate of a queue id replaces the earlier one.
    void setMessages(const ScannedMessageList &messages);
    // The messages named are poison suspects for the reason given; those
    // named by an earlier call and not now are no longer suspects (unless the
    // scan itself flagged them). Survives setMessages().
    void setSuspects(const QStringList &queueIds, const QString &reason);
    void clear();

    ScannedMessage message(int row) const; // a default value when out of range
    int rowOf(const QString &queueId) const; // -1 when absent

    // The clock the ages are counted from; 0 (the default) = now.
    void setReferenceTime(qint64 secondsSinceEpoch) { m_referenceTime = secondsSinceEpoch; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "45s", "12m", "3h 05m", "2d 04h"; "" for a negative age.
    static QString formatAge(qint64 seconds);
    // "3 errors, 1 warning: missing-date, bare-lf, bad-base64", worst first;
    // "" when clean.
    static QString defectSummary(const LintReport &report);
    // -1 when clean.
    static int worstSeverity(const LintReport &report);

private:
    void rebuildIndex();
    qint64 now() const;

    // Row to message while rows are being removed (see removeGone()).
    const ScannedMessage &at(int row) const
    {
        return *m_messages[size_t(row < m_gapStart ? row : row + m_gapSize)];
    }
    void removeGone(const QHash<QString, int> &keep);

    // Held by pointer, so that rows move cheaply. While removeGone() runs,
    // the removed rows gather in a gap at m_gapStart.
    std::vector<std::unique_ptr<ScannedMessage>> m_messages;
    int m_gapStart = 0;
    int m_gapSize = 0;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_suspects; // queue id -> reason
    qint64 m_referenceTime = 0;
};

} // namespace MailOps
