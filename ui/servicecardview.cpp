#include "servicecardview.h"

#include "services/servicelistmodel.h"
#include "services/servicestatus.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace MailOps {

namespace {

constexpr int kColumns = 4;

QVariant raw(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data(ServiceListModel::RawValueRole);
}

QString text(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data(Qt::DisplayRole).toString();
}

// The theme's severity colours for a service's state.
QString stateColour(ServiceStatus::State state)
{
    switch (state) {
    case ServiceStatus::State::Running:
        return Theme::colour(Theme::Severity::Ok).name();
    case ServiceStatus::State::Starting:
    case ServiceStatus::State::Stopping:
    case ServiceStatus::State::Backoff:
        return Theme::colour(Theme::Severity::Warning).name();
    case ServiceStatus::State::Stopped:
    case ServiceStatus::State::Unknown:
        return Theme::colour(Theme::Severity::Neutral).name();
    default:
        return Theme::colour(Theme::Severity::Critical).name();
    }
}

} // namespace

ServiceCardView::ServiceCardView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_empty(new QLabel(tr("Waiting for the first poll of the gateway's services…"), this))
{
    setObjectName(QStringLiteral("serviceCards"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_empty->setEnabled(false);
    m_grid->addWidget(m_empty, 0, 0);
    // A poll changes every row; the cards are rebuilt once, after it.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ServiceCardView::rebuild);
}

void ServiceCardView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, &m_rebuild, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, &m_rebuild, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsRemoved, &m_rebuild, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, &m_rebuild, qOverload<>(&QTimer::start));
    }
    rebuild();
}

QWidget *ServiceCardView::card(const QString &service) const
{
    return findChild<QWidget *>(QStringLiteral("serviceCard_") + service);
}

void ServiceCardView::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_empty->setVisible(rows == 0);
    for (int r = 0; r < rows; ++r) {
        const QString name = text(m_model, r, ServiceListModel::Name);
        const auto state = ServiceStatus::State(raw(m_model, r, ServiceListModel::State).toInt());
        const bool looping = raw(m_model, r, ServiceListModel::CrashLoop).toBool();
        const int restarts = raw(m_model, r, ServiceListModel::Restarts).toInt();

        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("serviceCard_") + name);
        card->setFrameShape(QFrame::StyledPanel);
        card->setProperty("crashLoop", looping);
        const QString border = looping ? Theme::colour(Theme::Severity::Critical).name() : stateColour(state);
        card->setStyleSheet(
            QStringLiteral("QFrame#%1 { border: %2px solid %3; border-radius: 6px; }")
                .arg(card->objectName(), looping ? QStringLiteral("3") : QStringLiteral("1"), border));
        auto *box = new QVBoxLayout(card);
        box->setContentsMargins(10, 8, 10, 8);
        box->setSpacing(2);

        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), card);
        auto *stateLabel = new QLabel(
            QStringLiteral("<span style=\"color:%1\">●</span> %2")
                .arg(stateColour(state), text(m_model, r, ServiceListModel::State).toHtmlEscaped()),
            card);
        stateLabel->setObjectName(QStringLiteral("state"));
        stateLabel->setToolTip(m_model->index(r, ServiceListModel::State).data(Qt::ToolTipRole).toString());
        const QString uptime = text(m_model, r, ServiceListModel::Uptime);
        const QString pid = text(m_model, r, ServiceListModel::Pid);
        auto *facts = new QLabel(card);
        facts->setObjectName(QStringLiteral("facts"));
        QStringList parts;
        if (!uptime.isEmpty())
            parts << tr("up %1").arg(uptime);
        if (!pid.isEmpty())
            parts << tr("pid %1").arg(pid);
        // Counted here: without an English catalogue "%n restart(s)" would
        // show its "(s)".
        parts << (restarts == 1 ? tr("1 restart") : tr("%1 restarts").arg(restarts));
        facts->setText(parts.join(QStringLiteral(" · ")));
        // A narrow window wraps the facts rather than growing wider than the screen.
        facts->setWordWrap(true);
        box->addWidget(title);
        box->addWidget(stateLabel);
        box->addWidget(facts);
        if (looping) {
            auto *loop = new QLabel(tr("CRASH LOOP"), card);
            loop->setObjectName(QStringLiteral("crashLoopTag"));
            loop->setStyleSheet(
                QStringLiteral("color: %1; background: %2; padding: 1px 6px; border-radius: 3px;")
                    .arg(Theme::textOn(Theme::Severity::Critical).name(),
                        Theme::colour(Theme::Severity::Critical).name()));
            box->addWidget(loop, 0, Qt::AlignLeft);
        }
        const QString message = text(m_model, r, ServiceListModel::Message);
        if (!message.isEmpty() && state != ServiceStatus::State::Running) {
            auto *msg = new QLabel(card);
            msg->setObjectName(QStringLiteral("message"));
            msg->setWordWrap(true);
            msg->setText(message.left(160));
            msg->setToolTip(message);
            box->addWidget(msg);
        }
        box->addStretch(1);
        m_grid->addWidget(card, r / kColumns, r % kColumns);
        m_cards << card;
    }
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, 1);
}

} // namespace MailOps
