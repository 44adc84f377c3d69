#pragma once

#include "common/result.h"
#include "message/queuescanner.h"
#include "queue/queueaction.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace MailOps {

class GatewayMonitor;
class MessageInspector;
class ScannedMessageModel;

// The Gateway monitor's malformed-and-poison tab: a scan of the queued
// messages with the linter, the poison suspects of a crash loop beside them,
// the selected one's raw text in the inspector, and queue actions on the
// selection (destructive ones confirmed with their real size).
class MalformedTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MalformedTab)

public:
    explicit MalformedTab(QWidget *parent = nullptr);
    ~MalformedTab() override;

    void setMonitor(GatewayMonitor *monitor);
    MessageInspector *inspector() const { return m_inspector; }
    // Selects the message (and shows it in the inspector); one not listed
    // yet is selected when a scan or a crash loop's suspects bring it.
    void showMessage(const QString &queueId);
    // Selects these messages; the ones not listed yet are looked at first.
    void selectMessages(const QStringList &queueIds);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void titleChanged(const QString &title);

private:
    void onScan(const Result<QueueScanResult> &result);
    void onSuspectsChecked(const QString &service, const ScannedMessageList &suspects);
    void onActionFinished();
    void onRawFetched();
    void showSelectedMessage();
    void actOnSelection(QueueAction::Kind kind);
    void exportSelected();
    QStringList selectedIds() const;
    bool selectPending();

    QPointer<GatewayMonitor> m_monitor;
    QStringList m_pendingSelection;
    QStringList m_latestSuspects; // the last crash loop's, shown first
    ScannedMessageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    MessageInspector *m_inspector;
    QLabel *m_scanStatus;
    QPushButton *m_scanButton;
    QCheckBox *m_autoHold;
    QList<QPushButton *> m_actionButtons;
    QFutureWatcher<Result<QByteArray>> m_rawWatcher;
};

} // namespace MailOps
