#pragma once

#include <QStringList>
#include <QWidget>

namespace MailOps {

// The page of a panel whose engine is not part of this build yet. It says
// plainly what the panel will hold and offers no control that would pretend
// to work.
class PlannedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedPanel)

public:
    PlannedPanel(
        const QString &title, const QString &purpose, const QStringList &features, QWidget *parent = nullptr);
};

} // namespace MailOps
