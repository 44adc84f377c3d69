#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;

namespace MailOps {

// A card per service of a ServiceListModel: its name, state, uptime,
// restarts and last message at a glance, the card turning red when the
// service is in a crash loop. Rebuilt from the model whenever it changes
// (a gateway has a handful of services); GUI thread.
class ServiceCardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCardView)

public:
    explicit ServiceCardView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // The card of one service (objectName "serviceCard_<name>"), for tests.
    QWidget *card(const QString &service) const;

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_model;
    QTimer m_rebuild; // one rebuild per burst of model signals
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<QWidget *> m_cards;
};

} // namespace MailOps
