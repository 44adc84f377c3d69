#pragma once

#include "journal/journalevent.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace MailOps {

// What is wrong on the gateway right now: one row per alert that has been
// raised and not cleared (a crash loop, a queue threshold), the worst first.
// The banner, the sidebar mark and the tray all read this one list, so an
// alert that clears, or a lesser one raised later, can never hide a worse
// one still active. GUI thread; plain bookkeeping, cannot fail.
class ActiveAlerts final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveAlerts)

public:
    using Severity = JournalEvent::Severity;

    struct Alert
    {
        QString name; // unique among the active ones: "crashloop:filterhub", "queue:deferred"
        QString source; // "crashloop", "queue"
        Severity severity = Severity::Warning;
        QDateTime since; // when it was first raised; kept through escalations
        QString title;
        QString text;
    };

    enum Role
    {
        NameRole = Qt::UserRole + 1,
        SourceRole,
        SeverityRole,
        SinceRole,
        TitleRole,
        TextRole
    };

    explicit ActiveAlerts(QObject *parent = nullptr);

    // Adds the alert, or updates the one of the same name (escalated,
    // de-escalated or new text) keeping its `since`. An invalid `since` is
    // taken as now.
    void raise(Alert alert);
    // False when no alert of that name is active.
    bool clear(const QString &name);
    void clearSource(const QString &source);
    void clearAll();

    // Worst first; among equals the oldest first.
    const QList<Alert> &alerts() const { return m_alerts; }
    std::optional<Alert> find(const QString &name) const;
    std::optional<Alert> worst() const;
    std::optional<Alert> worst(const QString &source) const;
    // Info when nothing is active.
    Severity worstSeverity() const;
    bool isEmpty() const { return m_alerts.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Any raise, update or clear: whoever shows the worst reads it again.
    void changed();

private:
    int indexOf(const QString &name) const;
    void place(Alert alert);

    QList<Alert> m_alerts;
};

} // namespace MailOps
