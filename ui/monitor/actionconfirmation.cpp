#include "actionconfirmation.h"

#include "queue/queuefilter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace MailOps {

bool ActionConfirmation::ask(QWidget *parent, QueueAction::Kind kind, qint64 count, const QueueFilter *filter)
{
    if (!QueueAction::isDestructive(kind))
        return true;
    const QString text = filter ? QueueAction::confirmationText(kind, count, *filter)
                                : QueueAction::confirmationText(kind, count);
    QMessageBox box(QMessageBox::Warning, tr("Confirm"), text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmAction"));
    QPushButton *yes
        = box.addButton(kind == QueueAction::Kind::Delete ? tr("Delete") : tr("Return to sender"),
            QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace MailOps
